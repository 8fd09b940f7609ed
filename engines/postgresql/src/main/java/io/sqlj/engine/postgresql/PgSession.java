package io.sqlj.engine.postgresql;

import io.sqlj.engine.sdk.Diagnostics;
import io.sqlj.engine.sdk.Engine;
import io.sqlj.engine.sdk.EngineMain;
import io.sqlj.engine.sdk.Placeholder;
import io.sqlj.engine.sdk.QueryShape;
import io.sqlj.engine.sdk.ScannedSql;
import io.sqlj.engine.sdk.SqlScanner;
import io.sqlj.engine.v1.Diagnostic;
import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.engine.v1.ParseResponse;
import io.sqlj.sql.SqlLexer;
import io.sqlj.sql.SqlSyntax;
import io.sqlj.sql.SqlToken;
import java.sql.Connection;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.CachedQuery;
import org.postgresql.core.Field;
import org.postgresql.core.ParameterList;
import org.postgresql.core.Query;
import org.postgresql.core.QueryExecutor;
import org.postgresql.core.ResultCursor;
import org.postgresql.core.ResultHandlerBase;
import org.postgresql.core.TransactionState;
import org.postgresql.core.Tuple;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLWarning;
import org.postgresql.util.ServerErrorMessage;

/**
 * One connection with the schema in place: each query is prepared (described, never run) by
 * the server inside a transaction that is rolled back. Where the server allows it, the describe
 * also brings back the server's rewritten query tree, from which {@link NotNullProof} decides
 * which result columns are never NULL.
 */
final class PgSession implements Engine.Session {
    private final @Nullable Connection conn;
    private final @Nullable EmbeddedPostgres server;
    private final List<Diagnostic> schemaDiagnostics;
    /** Null exactly when {@code conn} is: a session without a database only reports why. */
    private final @Nullable PgTypes types;

    private final @Nullable Catalog catalog;
    /** Whether the server sends its rewritten query trees to this connection (see {@link #askForTrees}). */
    private final boolean trees;

    private io.sqlj.engine.v1.@Nullable Catalog schemaCatalog;

    /**
     * The generated key of each table INSERTs have named, by the table as written; shared with the
     * helper sessions of {@link #parseAll}, as the type and catalog caches are.
     */
    private final Map<String, Optional<io.sqlj.engine.v1.Column>> generatedKeys;

    /** @param schemaDiagnostics problems loading the schema, repeated on every response */
    PgSession(@Nullable Connection conn, List<Diagnostic> schemaDiagnostics, @Nullable EmbeddedPostgres server)
            throws SQLException {
        this(
                conn,
                schemaDiagnostics,
                server,
                conn == null ? null : new PgTypes(conn),
                conn == null ? null : new Catalog(conn),
                new ConcurrentHashMap<>());
    }

    private PgSession(
            @Nullable Connection conn,
            List<Diagnostic> schemaDiagnostics,
            @Nullable EmbeddedPostgres server,
            @Nullable PgTypes types,
            @Nullable Catalog catalog,
            Map<String, Optional<io.sqlj.engine.v1.Column>> generatedKeys)
            throws SQLException {
        this.conn = conn;
        this.server = server;
        this.schemaDiagnostics = List.copyOf(schemaDiagnostics);
        this.types = types;
        this.catalog = catalog;
        this.generatedKeys = generatedKeys;
        this.trees = conn != null && askForTrees(conn);
    }

    /** What the server said about a prepared query; {@code tree} is its rewritten query tree, or null. */
    record Described(
            List<String> parameterTypes,
            @Nullable List<ResultField> columns,
            @Nullable String tree) {}

    /**
     * One column of a row description: its label, its type as pgjdbc names it ({@code
     * ResultSetMetaData.getPGType}), and the table column it reads (table OID and attribute
     * number; 0 when it reads none).
     */
    record ResultField(String label, String typeName, long tableOid, int attnum) {}

    /**
     * Lets the server send each described statement's rewritten query tree to this client as a
     * LOG message ({@code debug_print_rewritten}; the catalog queries get theirs too, which costs
     * less than switching it on and off around each describe). Needs
     * PostgreSQL 16 or later, whose column references carry the outer joins that can null them,
     * and the right to keep those messages out of the server's own log ({@code log_min_messages}:
     * a superuser, or one granted SET on it). The private server always qualifies; a live database
     * may not, and then nullability comes from reading the SQL text alone.
     */
    private static boolean askForTrees(Connection conn) throws SQLException {
        if (conn.getMetaData().getDatabaseMajorVersion() < 16) {
            return false;
        }
        try (Statement s = conn.createStatement()) {
            s.execute("SET log_min_messages = fatal");
            s.execute("SET client_min_messages = log");
            s.execute("SET debug_pretty_print = off");
            s.execute("SET debug_print_rewritten = on");
            conn.commit();
            return true;
        } catch (PSQLException e) {
            conn.rollback();
            return false;
        }
    }

    /** Warnings said once, on the first response: where the server's binaries were downloaded to. */
    private List<Diagnostic> once = List.of();

    PgSession once(List<Diagnostic> notes) {
        this.once = List.copyOf(notes);
        return this;
    }

    @Override
    public ParseResponse parse(ParseRequest request) throws SQLException {
        String sql = request.getSql();
        List<Diagnostic> diagnostics = new ArrayList<>(once);
        once = List.of();
        diagnostics.addAll(schemaDiagnostics);
        ScannedSql scanned = SqlScanner.scan(sql, SqlSyntax.POSTGRESQL);
        diagnostics.addAll(Diagnostics.scanProblems(sql, scanned));
        ServerText text = ServerText.of(scanned);
        ParseResponse.Builder response = ParseResponse.newBuilder().setSql(text.text());
        List<SqlToken> tokens = SqlLexer.significant(text.text(), SqlSyntax.POSTGRESQL);
        diagnostics.addAll(Diagnostics.notOneStatement(sql, tokens, text::originalOffset));
        Connection conn = this.conn;
        PgTypes types = this.types;
        Catalog catalog = this.catalog;
        if (conn == null || types == null || catalog == null || Diagnostics.hasErrors(diagnostics)) {
            return response.addAllDiagnostics(diagnostics).build();
        }
        try {
            Map<Integer, String> casts = new HashMap<>(castsForRepeats(conn, scanned, text));
            if (!casts.isEmpty()) {
                text = ServerText.of(scanned, casts);
            }
            casts.putAll(castsForMixedRepeats(conn, types, scanned, text, casts));
            if (!casts.isEmpty()) {
                text = ServerText.of(scanned, casts);
                response.setSql(text.text());
                tokens = SqlLexer.significant(text.text(), SqlSyntax.POSTGRESQL);
            }
            Described d = describe(conn, text.text());
            List<ResultField> described = d.columns();
            QueryShape shape = QueryShape.of(tokens);
            List<Boolean> notNull = proveNotNull(d, catalog);
            response.addAllColumns(new ColumnBuilder(types, catalog, shape, scanned, text, notNull)
                    .columns(described == null ? List.of() : described));
            ParameterBuilder.Result params =
                    new ParameterBuilder(types, catalog, scanned, text, tokens).build(d.parameterTypes());
            response.addAllParameters(params.parameters());
            if (!params.casts().isEmpty()) {
                Map<Integer, String> all = new HashMap<>(casts);
                params.casts().forEach((i, type) -> all.putIfAbsent(i, quotedName(type)));
                response.setSql(ServerText.of(scanned, all).text());
            }
            GeneratedKey.of(conn, types, catalog, tokens, generatedKeys).ifPresent(response::setGeneratedKey);
            diagnostics.addAll(params.diagnostics());
            io.sqlj.engine.sdk.Macros.complete(response, scanned);
            if (request.getExplain() && explainable(tokens)) {
                response.setExplain(explain(conn, text.text(), d.parameterTypes()));
            }
        } catch (PSQLException e) {
            diagnostics.add(serverError(sql, scanned, text, e));
        } finally {
            conn.rollback();
            conn.clearWarnings();
        }
        return response.addAllDiagnostics(diagnostics).build();
    }

    /** Below this many queries per connection, another connection costs more than it saves. */
    private static final int QUERIES_PER_CONNECTION = 100;

    /** How many helper sessions (second and later connections) this JVM has made: what a test counts. */
    static final AtomicInteger HELPERS = new AtomicInteger();

    /** How many catalogs this JVM has read on a helper connection beside the answers: what a test counts. */
    static final AtomicInteger CATALOGS_BESIDE = new AtomicInteger();

    /** Connections that describe side by side at most, whatever the cores. */
    private static final int MAX_CONNECTIONS = 4;

    /**
     * Answers a batch on several connections to the private server at once, one per core (at most
     * {@link #MAX_CONNECTIONS}, at least {@link #QUERIES_PER_CONNECTION} queries each): the server
     * describes on one backend process per connection, and the engine reads one answer while the
     * server works on the next. The schema is in the database, so every connection sees it;
     * {@link #sameSession} makes sure nothing the schema left on the first connection alone (its
     * settings, temporary objects, an open transaction) could make another answer differently.
     * The first request is answered first on this connection (it carries the once-only notes);
     * each answer is what {@link #parse} on this connection gives, in the requests' order.
     */
    @Override
    public List<ParseResponse> parseAll(List<ParseRequest> requests) throws Exception {
        int connections = Math.min(
                Math.min(MAX_CONNECTIONS, Runtime.getRuntime().availableProcessors()),
                requests.size() / QUERIES_PER_CONNECTION);
        Connection conn = this.conn;
        EmbeddedPostgres server = this.server;
        prefetch(requests.size());
        if (connections < 2 || conn == null || server == null || !sameSession(conn)) {
            return Engine.Session.super.parseAll(requests);
        }
        SessionState state = SessionState.of(conn);
        if (state == null) {
            return Engine.Session.super.parseAll(requests);
        }
        ParseResponse[] answers = new ParseResponse[requests.size()];
        AtomicInteger next = new AtomicInteger(1);
        Throwable[] failure = new Throwable[connections];
        List<PgSession> helpers = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        try {
            // each helper connects and takes this connection's settings on its own thread while this
            // one answers: its backend's start and a dozen round trips are off the critical path (§1ae)
            for (int k = 1; k < connections; k++) {
                int slot = k;
                Thread t = new Thread(() -> {
                    try {
                        PgSession helper = helper(server, state);
                        if (helper != null) {
                            helpers.add(helper);
                            if (slot == 1) {
                                readCatalogOn(helper);
                            }
                            answerFrom(helper, requests, answers, next, failure, slot);
                        }
                    } catch (Exception | Error e) {
                        failure[slot] = e;
                        next.set(requests.size()); // the others stop at their next request
                    }
                });
                t.setName("sqlj-postgres-describe-" + k);
                t.setDaemon(true);
                t.start();
                threads.add(t);
            }
            answers[0] = EngineMain.answer(this, requests.get(0)); // first: it carries the once-only notes
            answerFrom(this, requests, answers, next, failure, 0);
            for (Thread t : threads) {
                t.join();
            }
            for (Throwable f : failure) {
                if (f instanceof Exception e) {
                    throw e;
                }
                if (f instanceof Error e) {
                    throw e;
                }
            }
        } finally {
            next.set(requests.size());
            for (Thread t : threads) {
                t.join();
            }
            for (PgSession helper : helpers) {
                helper.close();
            }
        }
        return Arrays.asList(answers);
    }

    /**
     * Before a batch of at least {@link #QUERIES_PER_CONNECTION} queries on the private server
     * (whose every table is the schema's), reads the columns of all the schema's tables and views
     * in one query ({@link Catalog#prefetch}) instead of one or two queries per table as the
     * queries name them. A smaller batch (an editor's, {@code engine check}'s) and a live database
     * (which may hold many tables the queries never name) read them one by one as before.
     */
    private void prefetch(int queries) throws SQLException {
        Connection conn = this.conn;
        Catalog catalog = this.catalog;
        if (queries < QUERIES_PER_CONNECTION || conn == null || catalog == null || server == null) {
            return;
        }
        try {
            catalog.prefetch();
        } catch (PSQLException e) {
            // not read ahead: each look-up asks the server itself, as without this
        } finally {
            conn.rollback();
        }
    }

    /** Takes the next unanswered request and answers it on {@code session}, until none is left or one fails. */
    private static void answerFrom(
            PgSession session,
            List<ParseRequest> requests,
            ParseResponse[] answers,
            AtomicInteger next,
            Throwable[] failure,
            int slot) {
        try {
            for (int i = next.getAndIncrement(); i < requests.size(); i = next.getAndIncrement()) {
                answers[i] = EngineMain.answer(session, requests.get(i));
            }
        } catch (Exception | Error e) {
            failure[slot] = e;
            next.set(requests.size()); // the others stop at their next request
        }
    }

    /**
     * Reads this session's {@link #catalog} on a helper's connection before the helper answers,
     * while this connection answers (§1ae): the catalog's queries and its views' describes share the
     * batch's two connections instead of following the last answer on this one. The database is
     * the same and the helper's settings equal this connection's, so it reads what {@link #catalog}
     * would; should it fail, {@link #catalog} reads it here afterwards, as without a helper.
     */
    private void readCatalogOn(PgSession helper) throws SQLException {
        Connection other = helper.conn;
        PgTypes helperTypes = helper.types;
        if (other == null || helperTypes == null) {
            return;
        }
        try {
            schemaCatalog = SchemaCatalog.read(other, helperTypes, server == null, helper::viewNotNull);
            CATALOGS_BESIDE.incrementAndGet();
        } catch (SQLException | RuntimeException e) {
            // read by catalog() on this connection after the batch, as without a helper
        } finally {
            other.rollback();
        }
    }

    /**
     * What a helper connection must take from this one and then equal: the settings this session
     * set ({@code source = 'session'}, in order) and every setting's value; read before this
     * connection answers anything (answering changes no setting). Null when they cannot be read.
     */
    private record SessionState(List<Setting> set, Map<String, String> all) {
        static @Nullable SessionState of(Connection conn) throws SQLException {
            List<Setting> set = new ArrayList<>();
            try {
                try (Statement s = conn.createStatement();
                        ResultSet rs = s.executeQuery(
                                "SELECT name, setting FROM pg_catalog.pg_settings WHERE source = 'session' ORDER BY name")) {
                    while (rs.next()) {
                        set.add(new Setting(rs.getString(1), rs.getString(2)));
                    }
                }
                return new SessionState(set, settings(conn));
            } catch (PSQLException e) {
                return null;
            } finally {
                conn.rollback();
            }
        }
    }

    private record Setting(String name, @Nullable String value) {}

    /**
     * Another session on a new connection to {@code server}'s database, with this connection's
     * session settings ({@code state}); null when it cannot be made exactly like this one. Uses
     * nothing of this session's connection, so it may run while that one answers.
     */
    private @Nullable PgSession helper(EmbeddedPostgres server, SessionState state) throws SQLException {
        Connection other = server.connect(server.database());
        try {
            try (PreparedStatement set = other.prepareStatement("SELECT pg_catalog.set_config(?, ?, false)")) {
                for (Setting setting : state.set()) {
                    set.setString(1, setting.name());
                    set.setString(2, setting.value());
                    set.executeQuery().close();
                }
            } catch (PSQLException e) {
                other.close();
                return null;
            }
            other.setAutoCommit(false);
            PgTypes types = this.types;
            Catalog catalog = this.catalog;
            if (types == null || catalog == null) {
                other.close();
                return null;
            }
            // the caches are the database's: what one connection has read, the others need not ask
            PgSession helper = new PgSession(
                    other, schemaDiagnostics, null, types.sharing(other), catalog.sharing(other), generatedKeys);
            boolean same;
            try {
                same = helper.trees == trees && settings(other).equals(state.all());
            } finally {
                other.rollback();
            }
            if (!same) {
                helper.close();
                return null;
            }
            HELPERS.incrementAndGet();
            return helper;
        } catch (SQLException | RuntimeException e) {
            other.close();
            throw e;
        }
    }

    /** Whether {@code conn} holds nothing of its own a query could see (no temporary objects, no open transaction). */
    private static boolean sameSession(Connection conn) throws SQLException {
        if (conn.unwrap(BaseConnection.class).getTransactionState() != TransactionState.IDLE) {
            return false;
        }
        try (Statement s = conn.createStatement();
                ResultSet rs = s.executeQuery("SELECT pg_catalog.pg_my_temp_schema() <> 0")) {
            return rs.next() && !rs.getBoolean(1);
        } finally {
            conn.rollback();
        }
    }

    private static Map<String, String> settings(Connection conn) throws SQLException {
        Map<String, String> settings = new HashMap<>();
        try (Statement s = conn.createStatement();
                ResultSet rs = s.executeQuery("SELECT name, setting FROM pg_catalog.pg_settings")) {
            while (rs.next()) {
                settings.put(rs.getString(1), String.valueOf(rs.getString(2)));
            }
        }
        return settings;
    }

    /** A type name as SQL spells it quoted: {@code "schema"."type"}. */
    private static String quotedName(String dataType) {
        StringBuilder quoted = new StringBuilder();
        for (String part : dataType.split("\\.", -1)) {
            quoted.append(quoted.length() == 0 ? "" : ".")
                    .append('"')
                    .append(part.replace("\"", "\"\""))
                    .append('"');
        }
        return quoted.toString();
    }

    /** As sqlc's vet: PostgreSQL explains SELECT, INSERT, UPDATE and DELETE (and WITH ... of them). */
    private static boolean explainable(List<SqlToken> tokens) {
        return !tokens.isEmpty()
                && java.util.Set.of("select", "insert", "update", "delete", "with", "values")
                        .contains(tokens.get(0).text().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The plan as sqlc's vet asks for it, the JSON text PostgreSQL returns; each parameter bound
     * to a neutral value of its type (0, '', false, '{}'), else NULL, as sqlc binds them. Nothing
     * runs: ANALYZE is off, and the caller rolls back.
     */
    private static String explain(Connection conn, String sql, List<String> parameterTypes) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "EXPLAIN (ANALYZE false, VERBOSE, COSTS, SETTINGS, BUFFERS, FORMAT JSON) " + sql)) {
            for (int i = 0; i < parameterTypes.size(); i++) {
                String neutral = neutral(parameterTypes.get(i));
                if (neutral == null) {
                    ps.setNull(i + 1, java.sql.Types.OTHER);
                } else {
                    ps.setObject(i + 1, neutral, java.sql.Types.OTHER);
                }
            }
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        }
    }

    private static final Pattern UNTYPED = Pattern.compile("could not determine data type of parameter \\$(\\d+)");

    /**
     * Types for the uses of a parameter that tell the server nothing, taken from the other uses of
     * the same parameter. sqlc sends {@code created_at > @since OR @since IS NULL} with one
     * {@code $1}, which the server types from the comparison; sqlj sends one {@code ?} per use, and
     * the server cannot type the second alone ({@code SQLSTATE 42P18}). So the query is described
     * with each such use replaced by {@code NULL}, until it prepares; each replaced use then gets
     * the type the server gave its parameter's other uses, as a cast ({@code ?::timestamptz}).
     * Empty when no use needs one, or when a use stays untyped whatever its siblings say (the
     * query's own describe then reports that).
     */
    private static Map<Integer, String> castsForRepeats(Connection conn, ScannedSql scanned, ServerText text)
            throws SQLException {
        List<Placeholder> placeholders = scanned.placeholders();
        Map<Integer, Integer> uses = new HashMap<>();
        placeholders.forEach(p -> uses.merge(p.number(), 1, Integer::sum));
        if (uses.values().stream().allMatch(n -> n < 2)) {
            return Map.of();
        }
        Set<Integer> untyped = new TreeSet<>();
        for (int round = 0; round < placeholders.size(); round++) {
            StringBuilder probe = new StringBuilder(text.text());
            List<Integer> sent = new ArrayList<>(); // the placeholders still sent as ?, in order
            for (int i = placeholders.size() - 1; i >= 0; i--) {
                if (untyped.contains(i)) {
                    int at = text.questionOffset(i);
                    probe.replace(at, at + 1, "NULL");
                } else {
                    sent.add(0, i);
                }
            }
            try (PreparedStatement ps = conn.prepareStatement(probe.toString())) {
                ParameterMetaData pmd = ps.getParameterMetaData();
                if (untyped.isEmpty() || pmd.getParameterCount() != sent.size()) {
                    return Map.of();
                }
                Map<Integer, String> typeByNumber = new HashMap<>();
                for (int j = 0; j < sent.size(); j++) {
                    typeByNumber.putIfAbsent(placeholders.get(sent.get(j)).number(), pmd.getParameterTypeName(j + 1));
                }
                Map<Integer, String> casts = new HashMap<>();
                for (int i : untyped) {
                    String type = typeByNumber.get(placeholders.get(i).number());
                    if (type == null) {
                        return Map.of();
                    }
                    casts.put(i, sqlName(conn, type));
                }
                return casts;
            } catch (PSQLException e) {
                Matcher m = UNTYPED.matcher(String.valueOf(e.getMessage()));
                if (!"42P18".equals(e.getSQLState()) || !m.find()) {
                    return Map.of();
                }
                int k = Integer.parseInt(m.group(1)) - 1;
                if (k < 0 || k >= sent.size()) {
                    return Map.of();
                }
                int index = sent.get(k);
                int number = placeholders.get(index).number();
                boolean sibling = false;
                for (int i : sent) {
                    sibling |= i != index && placeholders.get(i).number() == number;
                }
                if (!sibling) {
                    return Map.of();
                }
                untyped.add(index);
            } finally {
                conn.rollback();
            }
        }
        return Map.of();
    }

    /**
     * Casts that give every use of a parameter the type of its first use. sqlc sends {@code
     * sqlc.narg(next)::timestamp IS NULL OR sqlc.narg(next) > evaluation_time} with one {@code $1},
     * which the server types {@code timestamp} from its first use and converts where the other
     * uses need it; sqlj sends one {@code ?} per use, and the server types the second {@code
     * timestamptz}: one parameter with two Java types. So each later use whose type maps to another
     * Java type than the first's is sent as {@code ?::timestamp}, as the server reads the single
     * {@code $1}. Empty when the uses agree (or no parameter is used twice), and when a use cannot
     * take the first one's type ({@code id = @v OR title = @v}, which the server refuses with one
     * {@code $1} too): {@link ParameterBuilder} then says which two types the one parameter has.
     * {@code record} uses are left to it too.
     */
    private static Map<Integer, String> castsForMixedRepeats(
            Connection conn, PgTypes types, ScannedSql scanned, ServerText text, Map<Integer, String> before)
            throws SQLException {
        List<Placeholder> placeholders = scanned.placeholders();
        Map<Integer, Integer> first = new HashMap<>(); // number -> index of its first use
        boolean repeated = false;
        for (int i = 0; i < placeholders.size(); i++) {
            repeated |= first.putIfAbsent(placeholders.get(i).number(), i) != null;
        }
        if (!repeated) {
            return Map.of();
        }
        List<String> serverTypes = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(text.text())) {
            ParameterMetaData pmd = ps.getParameterMetaData();
            for (int j = 1; j <= pmd.getParameterCount(); j++) {
                serverTypes.add(pmd.getParameterTypeName(j));
            }
        } catch (PSQLException e) {
            return Map.of(); // the describe that follows reports it
        } finally {
            conn.rollback();
        }
        if (serverTypes.size() != placeholders.size()) {
            return Map.of();
        }
        Map<Integer, String> casts = new HashMap<>();
        for (int i = 0; i < placeholders.size(); i++) {
            int f = first.getOrDefault(placeholders.get(i).number(), i);
            String want = serverTypes.get(f);
            String have = serverTypes.get(i);
            if (f == i || want.equals(have) || want.equals("record") || have.equals("record")) {
                continue;
            }
            PgType a = types.byName(want);
            PgType b = types.byName(have);
            if (!a.jdbcType().equals(b.jdbcType())
                    || !a.javaClass().equals(b.javaClass())
                    || a.arrayDims() != b.arrayDims()) {
                casts.put(i, sqlName(conn, want));
            }
        }
        if (casts.isEmpty()) {
            return casts;
        }
        Map<Integer, String> all = new HashMap<>(before);
        all.putAll(casts);
        try (PreparedStatement ps =
                conn.prepareStatement(ServerText.of(scanned, all).text())) {
            ps.getParameterMetaData();
            return casts;
        } catch (PSQLException e) {
            return Map.of();
        } finally {
            conn.rollback();
        }
    }

    /** The SQL spelling of a type pgjdbc names ({@code _int4} → {@code integer[]}, schema-qualified where needed). */
    private static String sqlName(Connection conn, String pgjdbcName) throws SQLException {
        int oid = conn.unwrap(BaseConnection.class).getTypeInfo().getPGType(pgjdbcName);
        try (PreparedStatement ps = conn.prepareStatement("SELECT pg_catalog.format_type(?, NULL)")) {
            ps.setInt(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** A value of the type, as text the server reads, for EXPLAIN's parameters; null for NULL. */
    private static @Nullable String neutral(String type) {
        String t = type.toLowerCase(java.util.Locale.ROOT);
        if (t.startsWith("_") || t.endsWith("[]")) {
            return "{}";
        }
        return switch (t) {
            case "bool" -> "false";
            case "int2", "int4", "int8", "oid", "numeric", "float4", "float8", "money" -> "0";
            case "text", "varchar", "bpchar", "name", "citext" -> "";
            case "json", "jsonb" -> "{}";
            case "uuid" -> "00000000-0000-0000-0000-000000000000";
            case "date" -> "2000-01-01";
            case "timestamp", "timestamptz" -> "2000-01-01 00:00:00";
            case "time", "timetz" -> "00:00:00";
            case "interval" -> "0";
            case "bytea" -> "";
            default -> null;
        };
    }

    /**
     * Describes {@code sql} in one round trip: Parse, Describe and Sync, nothing executed. The
     * server's answer to one Describe carries both the parameter types and the row description;
     * {@link PreparedStatement#getParameterMetaData} and {@link PreparedStatement#getMetaData}
     * each send their own Describe, two round trips for what one brings (docs/performance.md,
     * session 24). pgjdbc parses the JDBC text exactly as for {@code prepareStatement}, from its
     * statement cache, and names the types as {@code ParameterMetaData} does.
     */
    private Described describe(Connection conn, String sql) throws SQLException {
        BaseConnection base = conn.unwrap(BaseConnection.class);
        QueryExecutor executor = base.getQueryExecutor();
        CachedQuery query = executor.borrowQuery(sql);
        try {
            ParameterList params = query.query.createParameterList();
            DescribeHandler handler = new DescribeHandler();
            executor.execute(
                    query.query,
                    params,
                    handler,
                    0,
                    0,
                    QueryExecutor.QUERY_ONESHOT
                            | QueryExecutor.QUERY_DESCRIBE_ONLY
                            | QueryExecutor.QUERY_SUPPRESS_BEGIN);
            handler.handleCompletion();
            List<String> parameterTypes = new ArrayList<>();
            for (int oid : params.getTypeOIDs()) {
                parameterTypes.add(base.getTypeInfo().getPGType(oid));
            }
            Field[] fields = handler.fields;
            List<ResultField> columns = null;
            if (fields != null) {
                columns = new ArrayList<>(fields.length);
                for (Field f : fields) {
                    columns.add(new ResultField(
                            f.getColumnLabel(),
                            base.getTypeInfo().getPGType(f.getOID()),
                            Integer.toUnsignedLong(f.getTableOid()),
                            f.getPositionInTable()));
                }
            }
            String tree = null;
            for (SQLWarning w : trees ? handler.warnings : List.<SQLWarning>of()) {
                if (w instanceof PSQLWarning pw
                        && pw.getServerErrorMessage() != null
                        && "rewritten parse tree:"
                                .equals(pw.getServerErrorMessage().getMessage())) {
                    tree = pw.getServerErrorMessage().getDetail();
                }
            }
            return new Described(parameterTypes, columns, tree);
        } finally {
            executor.releaseQuery(query);
        }
    }

    /** Keeps the row description and the server's notices of one describe. */
    private static final class DescribeHandler extends ResultHandlerBase {
        Field @Nullable [] fields;
        final List<SQLWarning> warnings = new ArrayList<>();

        @Override
        public void handleResultRows(
                Query fromQuery, Field[] fields, List<Tuple> tuples, @Nullable ResultCursor cursor) {
            this.fields = fields;
        }

        @Override
        public void handleWarning(SQLWarning warning) {
            warnings.add(warning);
        }
    }

    /** One flag per column of {@code SELECT * FROM} the view (true: never NULL), or null without a tree. */
    private @Nullable List<Boolean> viewNotNull(String schema, String view) throws SQLException {
        Connection conn = this.conn;
        Catalog catalog = this.catalog;
        if (!trees || conn == null || catalog == null) {
            return null;
        }
        String sql = "SELECT * FROM " + quoted(schema) + "." + quoted(view);
        return proveNotNull(describe(conn, sql), catalog);
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** One flag per result column (true: never NULL), or null to let the SQL text decide. */
    private static @Nullable List<Boolean> proveNotNull(Described d, Catalog catalog) throws SQLException {
        if (d.tree() == null || d.columns() == null) {
            return null;
        }
        Optional<List<Boolean>> proven;
        try {
            proven = NotNullProof.columns(QueryTree.parse(d.tree()), catalog);
        } catch (IllegalArgumentException | StackOverflowError e) {
            // A tree this reader does not follow, or one nested deeper than the stack: fall back.
            return null;
        }
        int width = d.columns().size();
        return proven.filter(p -> p.size() == width).orElse(null);
    }

    private static Diagnostic serverError(String sql, ScannedSql scanned, ServerText text, PSQLException e)
            throws PSQLException {
        ServerErrorMessage server = e.getServerErrorMessage();
        if (server == null) {
            throw e;
        }
        int offset = server.getPosition() > 0 ? text.originalOffsetOfServerPosition(server.getPosition()) : 0;
        String message = server.getMessage();
        Matcher untyped = UNTYPED.matcher(String.valueOf(message));
        List<Placeholder> placeholders = scanned.placeholders();
        if ("42P18".equals(server.getSQLState()) && untyped.find()) {
            // the server counts one $k per ?; name the parameter as the user wrote it, where it is
            int k = Integer.parseInt(untyped.group(1)) - 1;
            if (k >= 0 && k < placeholders.size()) {
                Placeholder p = placeholders.get(k);
                offset = p.offset();
                String spelled = sql.substring(p.offset(), Math.min(sql.length(), p.offset() + p.length()));
                message = message.substring(0, untyped.start(1) - 1)
                        + spelled
                        + message.substring(untyped.end(1))
                        + "; nothing in the query tells its type: cast it (" + spelled
                        + "::type) or compare it with a column";
            }
        }
        if (server.getDetail() != null) {
            message += " (" + server.getDetail() + ")";
        }
        if (server.getHint() != null) {
            message += "; hint: " + server.getHint();
        }
        return Diagnostics.error(sql, offset, message, server.getSQLState());
    }

    /**
     * The user's tables, views and enums, read once. A private server holds only the schema, so
     * every non-system schema counts; a live database only the schemas on its search path.
     */
    @Override
    public Optional<io.sqlj.engine.v1.Catalog> catalog() throws SQLException {
        Connection conn = this.conn;
        PgTypes types = this.types;
        if (conn == null || types == null) {
            return Optional.empty();
        }
        if (schemaCatalog == null) {
            try {
                schemaCatalog = SchemaCatalog.read(conn, types, server == null, this::viewNotNull);
            } finally {
                conn.rollback();
            }
        }
        return Optional.of(schemaCatalog);
    }

    @Override
    public void close() throws SQLException {
        try {
            if (conn != null) {
                conn.close();
            }
        } finally {
            if (server != null) {
                // the engine writes its response and exits while the server stops (§1ae)
                server.closeWithoutWaiting();
            }
        }
    }
}
