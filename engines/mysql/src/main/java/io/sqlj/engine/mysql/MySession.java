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
import java.sql.Statement;
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

    /**
     * {@code sql} with the markers of each executable comment that holds a parameter ({@code /*!
     * WHERE id >= ? *&#47;}, as sqlc reads it) made spaces: MySQL runs the comment's text, so its
     * {@code ?} is a parameter the code must bind, which sqlj's reading of the comment as a comment
     * would miss. The same length, so every offset stays the query's; the SQL generated is this
     * text, which MySQL runs alike (a versioned comment, {@code /*!80000}, then runs on any version).
     */
    static String openExecutableComments(String sql) {
        if (!sql.contains("/*!") && !sql.contains("/*M!")) {
            return sql;
        }
        StringBuilder out = null;
        for (SqlToken t : SqlLexer.tokenize(sql, MysqlEngine.SYNTAX)) {
            if (!SchemaLoader.executable(t) || !t.complete()) {
                continue;
            }
            int open = 3; // /*! then the version's digits
            if (t.text().startsWith("/*M!")) {
                open = 4;
            }
            while (open < t.text().length() - 2 && Character.isDigit(t.text().charAt(open))) {
                open++;
            }
            String body = t.text().substring(open, t.text().length() - 2);
            boolean parameter = SqlLexer.significant(body, MysqlEngine.SYNTAX).stream()
                    .anyMatch(b -> b.kind() == SqlToken.Kind.PLACEHOLDER || b.isWord("sqlc") || b.isWord("sqlj"));
            if (!parameter) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(sql);
            }
            for (int i = t.start(); i < t.start() + open; i++) {
                out.setCharAt(i, ' ');
            }
            out.setCharAt(t.end() - 2, ' ');
            out.setCharAt(t.end() - 1, ' ');
        }
        return out == null ? sql : out.toString();
    }

    @Override
    public ParseResponse parse(ParseRequest request) throws SQLException {
        String sql = openExecutableComments(request.getSql());
        List<Diagnostic> diagnostics = new ArrayList<>(once);
        once = List.of();
        diagnostics.addAll(schemaDiagnostics);
        ScannedSql scanned = SqlScanner.scan(sql, MysqlEngine.SYNTAX);
        diagnostics.addAll(Diagnostics.scanProblems(sql, scanned));
        String text = serverText(scanned.jdbcSql());
        ParseResponse.Builder response = ParseResponse.newBuilder().setSql(text);
        List<SqlToken> tokens = SqlLexer.significant(text, MysqlEngine.SYNTAX);
        diagnostics.addAll(Diagnostics.notOneStatement(sql, tokens, scanned::originalOffset));
        Connection conn = this.conn;
        Catalog catalog = this.catalog;
        if (conn == null || catalog == null || Diagnostics.hasErrors(diagnostics)) {
            return response.addAllDiagnostics(diagnostics).build();
        }
        // the private MariaDB lacks MySQL 8's utf8mb4_0900_* collations: same-length names it has
        DescribedText described = DescribedText.of(server != null ? MariaDbText.of(text) : text, tokens);
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
            Optional<String> mismatch = insertSelectMismatch(conn, described.text(), tokens);
            if (mismatch.isPresent()) {
                diagnostics.add(Diagnostics.error(sql, 0, mismatch.get()));
                return response.addAllDiagnostics(diagnostics).build();
            }
            QueryShape shape = QueryShape.of(tokens);
            java.sql.ResultSetMetaData metadata = ps.getMetaData();
            if ((metadata == null || metadata.getColumnCount() == 0)
                    && !tokens.isEmpty()
                    && tokens.get(0).isWord("show")
                    && count == 0) {
                // SHOW prepares without result columns; it reads and changes nothing, so its columns
                // are those of running it (SHOW WARNINGS: Level, Code, Message)
                try (Statement show = conn.createStatement();
                        java.sql.ResultSet rs = show.executeQuery(described.text())) {
                    response.addAllColumns(new ColumnBuilder(catalog, shape, scanned).columns(rs.getMetaData()));
                }
            } else {
                response.addAllColumns(new ColumnBuilder(catalog, shape, scanned).columns(metadata));
            }
            ParameterBuilder builder = new ParameterBuilder(catalog, scanned, tokens);
            List<io.sqlj.engine.v1.Parameter> parameters = builder.build();
            if (!builder.diagnostics.isEmpty()) {
                diagnostics.addAll(builder.diagnostics);
                return response.addAllDiagnostics(diagnostics).build();
            }
            response.addAllParameters(parameters);
            insertedTable(tokens)
                    .flatMap(catalog::generatedKey)
                    .ifPresent(key -> response.setGeneratedKey(SchemaCatalog.column(key, key.type())));
            io.sqlj.engine.sdk.Macros.complete(response, scanned);
            if (request.getExplain() && Explain.explainable(tokens)) {
                try {
                    response.setExplain(Explain.run(conn, described.text(), parameters));
                } catch (SQLException e) {
                    if (e.getErrorCode() == 0) {
                        throw e;
                    }
                    // the query prepared; only its plan is missing: rules that read it say so
                    diagnostics.add(Diagnostics.warning(
                            sql, 0, "EXPLAIN FORMAT=JSON failed: " + mask(String.valueOf(e.getMessage()))));
                }
            }
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

    /**
     * {@code INSERT INTO t (a) SELECT 1, 2}: MariaDB prepares it and fails only when it runs (MySQL
     * error 1136), so the SELECT is prepared alone and its columns counted against the list, as
     * sqlc checks ("INSERT has more expressions than target columns").
     */
    private static Optional<String> insertSelectMismatch(Connection conn, String text, List<SqlToken> tokens)
            throws SQLException {
        Optional<String> table = insertedTable(tokens);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        int open = -1;
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).isPunct("(")) {
                open = i;
                break;
            }
            if (!tokens.get(i).isIdentifier() && !tokens.get(i).isPunct(".")) {
                return Optional.empty();
            }
        }
        if (open < 0) {
            return Optional.empty();
        }
        int depth = 0;
        int columns = 1;
        int close = -1;
        for (int i = open; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if (t.isPunct("(")) {
                depth++;
            } else if (t.isPunct(")") && --depth == 0) {
                close = i;
                break;
            } else if (t.isPunct(",") && depth == 1) {
                columns++;
            }
        }
        if (close < 0 || close + 1 >= tokens.size()) {
            return Optional.empty();
        }
        SqlToken next = tokens.get(close + 1);
        if (!next.isWord("select") && !next.isWord("with") && !next.isPunct("(")) {
            return Optional.empty();
        }
        int end = text.length();
        depth = 0;
        for (int i = close + 1; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            depth += t.isPunct("(") ? 1 : t.isPunct(")") ? -1 : 0;
            if (depth == 0
                    && t.isWord("on")
                    && i + 1 < tokens.size()
                    && tokens.get(i + 1).isWord("duplicate")) {
                end = t.start();
                break;
            }
        }
        try (PreparedStatement select = conn.prepareStatement(text.substring(next.start(), end))) {
            java.sql.ResultSetMetaData md = select.getMetaData();
            if (md == null || md.getColumnCount() == columns) {
                return Optional.empty();
            }
            return Optional.of("INSERT has " + (md.getColumnCount() > columns ? "more" : "fewer")
                    + " expressions than target columns: the SELECT gives " + md.getColumnCount()
                    + " columns for " + columns + " (MySQL error 1136, Column count doesn't match value count)");
        } catch (SQLException e) {
            if (e.getErrorCode() == 0) {
                throw e;
            }
            return Optional.empty(); // the INSERT itself prepared; leave the SELECT to it
        }
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
