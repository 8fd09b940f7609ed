package io.sqlj.engine.sqlite;

import io.sqlj.engine.sdk.Diagnostics;
import io.sqlj.engine.sdk.Engine;
import io.sqlj.engine.sdk.EngineMain;
import io.sqlj.engine.sdk.ScannedSql;
import io.sqlj.engine.sdk.SqlScanner;
import io.sqlj.engine.v1.Column;
import io.sqlj.engine.v1.Diagnostic;
import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.engine.v1.ParseResponse;
import io.sqlj.sql.SqlLexer;
import io.sqlj.sql.SqlSyntax;
import io.sqlj.sql.SqlToken;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** One SQLite database with the schema loaded, resolving queries by preparing them. */
final class SqliteSession implements Engine.Session {
    private final @Nullable Connection conn;
    private final Catalog catalog;
    private final List<Diagnostic> schemaDiagnostics;
    /** The schema text the database was loaded from; null for a database file. */
    private final @Nullable String schema;
    /** Warnings about the schema as a whole, sent with the first answer and then dropped. */
    private final List<Diagnostic> firstOnly = new ArrayList<>();

    /**
     * @param schemaDiagnostics problems loading the schema, repeated on every response (sqlj says
     *     each once), with the warnings of {@link AnyValueTypes} after them
     * @param schema the schema text the database was loaded from; null for a database file
     */
    SqliteSession(@Nullable Connection conn, List<Diagnostic> schemaDiagnostics, @Nullable String schema)
            throws SQLException {
        this.conn = conn;
        this.schema = schema;
        this.catalog = conn == null ? Catalog.empty() : Catalog.read(conn);
        List<Diagnostic> all = new ArrayList<>(schemaDiagnostics);
        for (Diagnostic warning : AnyValueTypes.warnings(catalog, schema)) {
            // One with a place in the schema is said once however often it comes; one without (a
            // database file) would be placed at each query, so it comes with the first answer only.
            (warning.getInSchema() ? all : firstOnly).add(warning);
        }
        this.schemaDiagnostics = List.copyOf(all);
    }

    /** A batch at least this large is resolved on two databases at once, when there are enough cores. */
    static final int PARALLEL_MIN = 64;

    /**
     * The cores the second database needs: on 2 cores sqlj itself keeps one busy while the engine
     * resolves (reading the query files, making the staging files), and an A/B run of 1,000 queries
     * measured the second database at 0.2 s more CPU for no wall time (docs/performance.md §1q).
     */
    static final int PARALLEL_MIN_CORES = 3;

    @Override
    public ParseResponse parse(ParseRequest request) {
        List<Diagnostic> first = List.copyOf(firstOnly);
        firstOnly.clear();
        return resolve(conn, request, first);
    }

    /**
     * The answers in order, each exactly what {@link #parse} gives. A large batch from schema text is
     * shared with a second thread that loads the same schema into a database of its own and takes
     * the next query whenever it is free (docs/performance.md §1p): each answer depends only on
     * its query, the schema and the catalog read from the first database, so which thread
     * resolved it does not show. The first answer, which carries the warnings said once, is the
     * calling thread's. When the second thread fails, the calling thread answers what it left.
     */
    @Override
    public List<ParseResponse> parseAll(List<ParseRequest> requests) throws Exception {
        return parseAll(requests, Runtime.getRuntime().availableProcessors());
    }

    /** {@link #parseAll(List)} as on a machine with {@code cores} cores. */
    List<ParseResponse> parseAll(List<ParseRequest> requests, int cores) throws Exception {
        String text = schema;
        Connection main = conn;
        // the cores first: size() waits for the whole batch, which answering one by one need not (§1y)
        if (cores < PARALLEL_MIN_CORES || main == null || text == null || requests.size() < PARALLEL_MIN) {
            return Engine.Session.super.parseAll(requests);
        }
        AtomicReferenceArray<ParseResponse> answers = new AtomicReferenceArray<>(requests.size());
        AtomicInteger next = new AtomicInteger(1);
        FutureTask<Void> helper = new FutureTask<>(() -> {
            if (next.get() >= requests.size()) {
                return null; // all taken already: no second schema load
            }
            try (Connection second = SqliteEngine.memoryDatabase()) {
                SchemaLoader.load(second, text);
                drain(new OnConnection(second), requests, answers, next);
            }
            return null;
        });
        Thread thread = new Thread(helper, "sqlite-engine-resolve");
        thread.setDaemon(true);
        thread.start();
        answers.set(0, EngineMain.answer(this, requests.get(0)));
        drain(new OnConnection(main), requests, answers, next);
        // Every query is taken now. One the helper took is being answered: wait for it. A helper
        // still loading its schema takes none and is not waited for.
        if (missing(answers)) {
            try {
                helper.get();
            } catch (ExecutionException e) {
                // the second database could not be opened or loaded: what it took is answered here
            }
        }
        List<ParseResponse> out = new ArrayList<>(answers.length());
        for (int i = 0; i < answers.length(); i++) {
            ParseResponse answer = answers.get(i);
            out.add(answer != null ? answer : EngineMain.answer(new OnConnection(main), requests.get(i)));
        }
        return out;
    }

    private static boolean missing(AtomicReferenceArray<ParseResponse> answers) {
        for (int i = 0; i < answers.length(); i++) {
            if (answers.get(i) == null) {
                return true;
            }
        }
        return false;
    }

    /** Answers the requests {@code next} hands out until there are none left. */
    private static void drain(
            Engine.Session on,
            List<ParseRequest> requests,
            AtomicReferenceArray<ParseResponse> answers,
            AtomicInteger next)
            throws Exception {
        for (int i = next.getAndIncrement(); i < requests.size(); i = next.getAndIncrement()) {
            ParseResponse answer = EngineMain.answer(on, requests.get(i));
            // its size, which writing the batch needs, is computed (and kept) by the thread that made it
            answer.getSerializedSize();
            answers.set(i, answer);
        }
    }

    /** This session's answers on one database, without the warnings said once. */
    private final class OnConnection implements Engine.Session {
        private final Connection db;

        OnConnection(Connection db) {
            this.db = db;
        }

        @Override
        public ParseResponse parse(ParseRequest request) {
            return resolve(db, request, List.of());
        }
    }

    /**
     * One query's answer on {@code db}.
     *
     * @param first the warnings said once, when this is the first answer
     */
    private ParseResponse resolve(@Nullable Connection db, ParseRequest request, List<Diagnostic> first) {
        String sql = request.getSql();
        List<Diagnostic> diagnostics = new ArrayList<>(schemaDiagnostics);
        diagnostics.addAll(first);
        ScannedSql scanned = SqlScanner.scan(sql, SqlSyntax.SQLITE);
        diagnostics.addAll(Diagnostics.scanProblems(sql, scanned));
        // a new list, which the next lines may shorten: not copied again
        List<SqlToken> tokens = SqlLexer.significant(scanned.jdbcSql(), SqlSyntax.SQLITE);
        String jdbc = scanned.jdbcSql();
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).isPunct(";")) {
            jdbc = jdbc.substring(0, tokens.remove(tokens.size() - 1).start()).stripTrailing();
        }
        ParseResponse.Builder response = ParseResponse.newBuilder().setSql(jdbc);
        diagnostics.addAll(Diagnostics.notOneStatement(sql, tokens, scanned::originalOffset));
        if (db == null || Diagnostics.hasErrors(diagnostics.subList(schemaDiagnostics.size(), diagnostics.size()))) {
            return response.addAllDiagnostics(diagnostics).build();
        }
        PreparedStatement ps = null;
        List<MetaColumn> meta;
        try {
            ps = db.prepareStatement(jdbc);
            meta = metaColumns(ps);
        } catch (SQLException e) {
            closeQuietly(ps);
            String message = SqliteErrors.message(e);
            Connection compiler = db;
            int at = ErrorLocator.locate(message, tokens, jdbc, prefix -> SqliteErrors.compileError(compiler, prefix));
            int offset = at < 0 ? 0 : scanned.originalOffset(at);
            diagnostics.add(Diagnostics.error(sql, offset, message, SqliteErrors.code(e)));
            return response.addAllDiagnostics(diagnostics).build();
        }
        // The statement stays open until the columns are built: the table a result column comes
        // from (one JNI call per column) is read only when the walk's columns are not used, which
        // is rare (docs/performance.md §1am).
        try {
            return analyzed(db, sql, scanned, jdbc, tokens, meta, response, diagnostics);
        } finally {
            closeQuietly(ps);
        }
    }

    /** Closes a statement that was never stepped: sqlite3_finalize returns SQLITE_OK for it. */
    private static void closeQuietly(@Nullable PreparedStatement ps) {
        if (ps != null) {
            try {
                ps.close();
            } catch (SQLException e) {
                // nothing was evaluated: finalizing it reports no error (a closed database aside)
            }
        }
    }

    /** The rest of {@link #resolve} once SQLite has prepared the query. */
    private ParseResponse analyzed(
            Connection db,
            String sql,
            ScannedSql scanned,
            String jdbc,
            List<SqlToken> tokens,
            List<MetaColumn> meta,
            ParseResponse.Builder response,
            List<Diagnostic> diagnostics) {
        ParamFacts facts = new ParamFacts(scanned.placeholders().size());
        QueryAnalyzer analyzer = new QueryAnalyzer(tokens, catalog, facts, scanned);
        List<QueryAnalyzer.OutCol> cols = analyze(analyzer::statement, sql, diagnostics);
        Catalog.Table inserted = analyzer.insertedTable();
        if (inserted != null && inserted.key() != null) {
            Catalog.TableColumn key = inserted.key();
            response.setGeneratedKey(Column.newBuilder()
                    .setName(key.name())
                    .setTableName(inserted.name())
                    .setDataType(key.type().dataType())
                    .setJdbcType(key.type().jdbcType())
                    .setNullable(false));
        }
        JsonbText jsonb = analyzer.jsonbText();
        if (!jsonb.isEmpty() && cols != null && cols.size() == meta.size()) {
            String rewritten =
                    jsonb.apply(jdbc, meta.stream().map(MetaColumn::label).toList());
            try (PreparedStatement ps = db.prepareStatement(rewritten)) {
                response.setSql(rewritten);
            } catch (SQLException e) {
                diagnostics.add(Diagnostics.error(
                        sql,
                        0,
                        "cannot read a JSONB column as JSON text here (" + SqliteErrors.message(e)
                                + "); select json(<column>) AS <name> instead"));
            }
        }
        ResultColumns.add(response, diagnostics, scanned, meta, cols, catalog);
        ParameterBuilder.Result params = ParameterBuilder.build(scanned, facts);
        response.addAllParameters(params.parameters());
        diagnostics.addAll(params.diagnostics());
        io.sqlj.engine.sdk.Macros.complete(response, scanned);
        return response.addAllDiagnostics(diagnostics).build();
    }

    @Override
    public Optional<io.sqlj.engine.v1.Catalog> catalog() {
        return conn == null ? Optional.empty() : Optional.of(catalog.toProto());
    }

    /**
     * Runs the analyzer's walk. It throws only on a bug of its own: then the query's columns come
     * from SQLite's metadata alone (declared types, nullable unless the column says NOT NULL), and a
     * warning at the query says so and that it is a bug, so types never change silently. Returns
     * null then.
     */
    static @Nullable List<QueryAnalyzer.OutCol> analyze(
            Supplier<@Nullable List<QueryAnalyzer.OutCol>> walk, String sql, List<Diagnostic> diagnostics) {
        try {
            return walk.get();
        } catch (RuntimeException e) {
            diagnostics.add(Diagnostics.warning(
                    sql,
                    0,
                    "internal error in sqlj's SQLite analyzer (" + e
                            + "); this query's column types and nullability come from SQLite's metadata alone and may"
                            + " be less precise; please report this query"));
            return null;
        }
    }

    /**
     * What sqlite-jdbc reports about one result column: its label, read at once, and the table it
     * comes from, read from the still open statement only when asked ({@link ResultColumns} asks
     * only when the walk's columns are not used).
     */
    static final class MetaColumn {
        private final String label;
        private final ResultSetMetaData md;
        private final int index;
        private @Nullable String table;

        MetaColumn(String label, ResultSetMetaData md, int index) {
            this.label = label;
            this.md = md;
            this.index = index;
        }

        String label() {
            return label;
        }

        /** The table, "" for an expression; a failure to read it reads as "" too. */
        String table() {
            String known = table;
            if (known == null) {
                try {
                    known = md.getTableName(index);
                } catch (SQLException e) {
                    known = null; // the statement is open: sqlite-jdbc throws only for a closed one
                }
                known = known == null ? "" : known;
                table = known;
            }
            return known;
        }
    }

    private static List<MetaColumn> metaColumns(PreparedStatement ps) throws SQLException {
        ResultSetMetaData md = ps.getMetaData();
        int count;
        try {
            count = md.getColumnCount();
        } catch (SQLException e) {
            return List.of(); // sqlite-jdbc throws for a statement without result columns
        }
        List<MetaColumn> columns = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            columns.add(new MetaColumn(md.getColumnLabel(i), md, i));
        }
        return columns;
    }

    @Override
    public void close() throws SQLException {
        if (conn != null) {
            conn.close();
        }
    }

    /** Builds the response's columns from the walk, or from SQLite's metadata when they disagree. */
    static final class ResultColumns {
        private ResultColumns() {}

        static void add(
                ParseResponse.Builder response,
                List<Diagnostic> diagnostics,
                ScannedSql scanned,
                List<MetaColumn> meta,
                @Nullable List<QueryAnalyzer.OutCol> cols,
                Catalog catalog) {
            List<QueryAnalyzer.OutCol> walked = cols != null && cols.size() == meta.size() ? cols : null;
            for (int i = 0; i < meta.size(); i++) {
                MetaColumn m = meta.get(i);
                Column.Builder col = Column.newBuilder().setName(m.label());
                SqlType type;
                int offset = 0;
                if (walked != null) {
                    QueryAnalyzer.OutCol out = walked.get(i);
                    type = out.typed().type();
                    offset = scanned.originalOffset(out.offset());
                    if (out.typed().column() != null && out.typed().table() != null) {
                        col.setTableName(out.typed().table());
                    }
                    if (out.embedTable() != null) {
                        col.setEmbedTable(out.embedTable());
                    }
                } else {
                    Catalog.Table table = m.table().isEmpty() ? null : catalog.table(m.table());
                    Catalog.TableColumn tc = table == null ? null : table.column(m.label());
                    type = tc == null ? SqlType.UNKNOWN : tc.type();
                    if (table != null && tc != null) {
                        col.setTableName(table.name());
                    }
                }
                if (!type.known()) {
                    // Nothing tells the type (json_extract(...), ->>, a bare ?, NULL): any value, as
                    // sqlc's interface{}, read with getObject; the warning names what gives a precise one.
                    type = SqlType.GENERIC;
                    diagnostics.add(Diagnostics.warning(
                            scanned.sql(),
                            offset,
                            "cannot infer the type of column \"" + m.label()
                                    + "\"; it is an Object (read with getObject) until CAST(<expression> AS <type>)"
                                    + " or an override {db_type: \"any\", java_type: <a Java type>} gives it one"));
                }
                response.addColumns(col.setDataType(type.dataType())
                        .setJdbcType(type.jdbcType())
                        .setJavaClass(type.javaClass())
                        .setNullable(type.nullable()));
            }
        }
    }
}
