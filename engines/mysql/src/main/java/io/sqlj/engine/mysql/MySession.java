package io.sqlj.engine.mysql;

import io.sqlj.engine.sdk.Diagnostics;
import io.sqlj.engine.sdk.Engine;
import io.sqlj.engine.sdk.QueryShape;
import io.sqlj.engine.sdk.ScannedSql;
import io.sqlj.engine.sdk.SqlScanner;
import io.sqlj.engine.v1.Diagnostic;
import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.engine.v1.ParseResponse;
import io.sqlj.sql.SqlLexer;
import io.sqlj.sql.SqlToken;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One connection with the schema in place: each query is prepared by the server (checked and
 * described, never run).
 */
final class MySession implements Engine.Session {
    private final @Nullable Connection conn;
    private final @Nullable EmbeddedMariaDb server;
    private final List<Diagnostic> schemaDiagnostics;
    /** Null exactly when {@code conn} is: a session without a database only reports why. */
    private final @Nullable Catalog catalog;
    /** A password to keep out of every message (database mode), or "". */
    private final String secret;

    private io.sqlj.engine.v1.@Nullable Catalog schemaCatalog;

    /** @param schemaDiagnostics problems loading the schema, repeated on every response */
    MySession(
            @Nullable Connection conn,
            List<Diagnostic> schemaDiagnostics,
            @Nullable EmbeddedMariaDb server,
            String secret)
            throws SQLException {
        this.conn = conn;
        this.server = server;
        this.schemaDiagnostics = List.copyOf(schemaDiagnostics);
        this.catalog = conn == null ? null : Catalog.read(conn);
        this.secret = secret;
    }

    /** Warnings said once, on the first response: where the server's jar was downloaded to, unknown options. */
    private List<Diagnostic> once = List.of();

    MySession once(List<Diagnostic> notes) {
        this.once = List.copyOf(notes);
        return this;
    }

    @Override
    public ParseResponse parse(ParseRequest request) throws SQLException {
        String sql = request.getSql();
        List<Diagnostic> diagnostics = new ArrayList<>(once);
        once = List.of();
        diagnostics.addAll(schemaDiagnostics);
        ScannedSql scanned = SqlScanner.scan(sql, MysqlEngine.SYNTAX);
        for (ScannedSql.Problem p : scanned.problems()) {
            diagnostics.add(Diagnostics.error(sql, p.offset(), p.message()));
        }
        String text = serverText(scanned.jdbcSql());
        ParseResponse.Builder response = ParseResponse.newBuilder().setSql(text);
        List<SqlToken> tokens = SqlLexer.significant(text, MysqlEngine.SYNTAX);
        for (SqlToken t : tokens) {
            if (t.isPunct(";")) {
                diagnostics.add(Diagnostics.error(
                        sql,
                        scanned.originalOffset(t.start()),
                        "a query must be one statement; a second one starts after this ;"));
                break;
            }
        }
        if (tokens.isEmpty()) {
            diagnostics.add(Diagnostics.error(sql, 0, "the query is empty"));
        }
        Connection conn = this.conn;
        Catalog catalog = this.catalog;
        if (conn == null || catalog == null || Diagnostics.hasErrors(diagnostics)) {
            return response.addAllDiagnostics(diagnostics).build();
        }
        DescribedText described = DescribedText.of(text, tokens);
        try (PreparedStatement ps = conn.prepareStatement(described.text())) {
            int count = ps.getParameterMetaData().getParameterCount();
            if (count != scanned.placeholders().size()) {
                diagnostics.add(Diagnostics.error(
                        sql,
                        0,
                        "the server counts " + count + " parameters but the query has "
                                + scanned.placeholders().size() + " placeholders"));
                return response.addAllDiagnostics(diagnostics).build();
            }
            QueryShape shape = QueryShape.of(tokens);
            response.addAllColumns(new ColumnBuilder(catalog, shape, scanned).columns(ps.getMetaData()));
            response.addAllParameters(new ParameterBuilder(catalog, scanned, tokens).build());
            insertedTable(tokens)
                    .flatMap(catalog::generatedKey)
                    .ifPresent(key -> response.setGeneratedKey(SchemaCatalog.column(key, key.type())));
            io.sqlj.engine.sdk.Macros.complete(response, scanned);
        } catch (SQLException e) {
            if (e.getErrorCode() == 0) {
                throw e; // the connection failed, not the query
            }
            ServerError error = ServerError.of(described.text(), e);
            diagnostics.add(Diagnostics.error(
                    sql,
                    scanned.originalOffset(described.userOffset(error.offset())),
                    mask(error.message()),
                    error.code()));
        }
        return response.addAllDiagnostics(diagnostics).build();
    }

    /** The scanner's JDBC text without its final {@code ;}: the server prepares one statement. */
    private static String serverText(String jdbc) {
        List<SqlToken> tokens = SqlLexer.significant(jdbc, MysqlEngine.SYNTAX);
        int end = jdbc.length();
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).isPunct(";")) {
            end = tokens.get(tokens.size() - 1).start();
        }
        return jdbc.substring(0, end).stripTrailing();
    }

    /** The table of {@code INSERT [IGNORE] [INTO] t} or {@code REPLACE [INTO] t}. */
    private static Optional<String> insertedTable(List<SqlToken> tokens) {
        if (tokens.isEmpty()
                || !(tokens.get(0).isWord("insert") || tokens.get(0).isWord("replace"))) {
            return Optional.empty();
        }
        int i = 1;
        while (i < tokens.size()
                && (tokens.get(i).isWord("ignore")
                        || tokens.get(i).isWord("into")
                        || tokens.get(i).isWord("low_priority")
                        || tokens.get(i).isWord("delayed")
                        || tokens.get(i).isWord("high_priority"))) {
            i++;
        }
        while (i + 2 < tokens.size() && tokens.get(i + 1).isPunct(".")) {
            i += 2;
        }
        return i < tokens.size() && tokens.get(i).isIdentifier()
                ? Optional.of(tokens.get(i).value())
                : Optional.empty();
    }

    private String mask(String message) {
        return secret.isEmpty() ? message : message.replace(secret, "***");
    }

    @Override
    public Optional<io.sqlj.engine.v1.Catalog> catalog() {
        if (catalog != null && schemaCatalog == null) {
            schemaCatalog = SchemaCatalog.of(catalog);
        }
        return Optional.ofNullable(schemaCatalog);
    }

    @Override
    public void close() throws SQLException {
        try {
            if (conn != null) {
                conn.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }
}
