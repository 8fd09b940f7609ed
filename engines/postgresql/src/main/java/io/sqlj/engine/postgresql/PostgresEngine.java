package io.sqlj.engine.postgresql;

import io.sqlj.engine.sdk.Diagnostics;
import io.sqlj.engine.sdk.Engine;
import io.sqlj.engine.sdk.EngineMain;
import io.sqlj.engine.sdk.EngineVersion;
import io.sqlj.engine.sdk.SchemaSource;
import io.sqlj.engine.v1.Diagnostic;
import io.sqlj.engine.v1.EngineInfo;
import io.sqlj.engine.v1.ProtocolVersion;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The PostgreSQL engine. With schema text it starts a private server (one per session, so one
 * per batch), loads the schema into it and lets the server describe each query; with
 * {@code database: { uri }} it describes queries against that database in read-only
 * transactions that are always rolled back.
 */
public final class PostgresEngine implements Engine {

    /**
     * The types the engine reports a mapping for, as a schema writes them: a round-trip test can
     * create a column of each. Arrays of each, enums, domains (as their base type) and composite
     * types come on top. {@link #EXTENSION_TYPES} need their extension installed first.
     */
    public static final List<String> DECLARED_TYPES = List.of(
            "int2",
            "int4",
            "int8",
            "oid",
            "float4",
            "float8",
            "numeric",
            "bool",
            "text",
            "varchar(20)",
            "char(3)",
            "name",
            "\"char\"",
            "bytea",
            "date",
            "time",
            "timetz",
            "timestamp",
            "timestamptz",
            "interval",
            "uuid",
            "json",
            "jsonb",
            "xml",
            "inet",
            "cidr",
            "macaddr",
            "macaddr8",
            "money",
            "bit(3)",
            "varbit",
            "tsvector",
            "tsquery",
            "point",
            "line",
            "lseg",
            "box",
            "path",
            "polygon",
            "circle",
            "int4range",
            "int8range",
            "numrange",
            "tsrange",
            "tstzrange",
            "daterange",
            "int4multirange",
            "int8multirange",
            "nummultirange",
            "tsmultirange",
            "tstzmultirange",
            "datemultirange",
            "xid",
            "xid8",
            "cid",
            "tid",
            "pg_lsn");

    /** Extension types the engine maps by name, with the extension that provides each. */
    public static final java.util.Map<String, String> EXTENSION_TYPES = java.util.Map.of(
            "citext", "citext", "hstore", "hstore", "ltree", "ltree", "lquery", "ltree", "ltxtquery", "ltree");

    @Override
    public EngineInfo info() {
        return EngineInfo.newBuilder()
                .setName("postgresql")
                .setVersion(EngineVersion.get())
                .setProtocolVersion(ProtocolVersion.PROTOCOL_VERSION_1_VALUE)
                .addFeatures(EngineMain.FEATURE_BATCH)
                .addAllFeatures(io.sqlj.engine.sdk.Macros.FEATURES)
                .build();
    }

    /** The private server {@link #prepare} is starting, until a session takes it or it is discarded. */
    private @Nullable EarlyServer early;

    /**
     * Starts the private server of the bundled version on a thread of its own (binaries, a copy of
     * the template, {@code postgres}, the first connection) while sqlj still reads the query files
     * and writes the request, instead of after the request is read (docs/performance.md §1s).
     * Nothing in the request is known yet: a session in schema mode with the bundled version takes
     * this server ({@link #open}); any other session ({@code database:}, another {@code
     * server_version}) discards it, and so does the JVM's exit when no session took it. With
     * {@link EmbeddedPostgres#SHARED_ENV} ({@code engine check} lends its own server) it creates
     * the session's database on the lent server instead, with pgjdbc's first connection (§1aq).
     */
    @Override
    public void prepare() {
        prepare(System.getenv(EmbeddedPostgres.SHARED_ENV));
    }

    /** {@link #prepare()} with {@code lent}, the run folder of a lent server (blank or null: none). */
    synchronized void prepare(@Nullable String lent) {
        if (early != null) {
            return;
        }
        this.lent = lent != null && !lent.isBlank() ? lent : null;
        early = this.lent != null ? EarlyServer.borrow(java.nio.file.Path.of(this.lent)) : EarlyServer.start();
    }

    /** The run folder of the lent server {@link #prepare} borrowed from, if it did. */
    private @Nullable String lent;

    /** The server {@link #prepare} started, at most once; null when there is none. */
    private synchronized @Nullable EarlyServer takeEarly() {
        EarlyServer e = early;
        early = null;
        return e;
    }

    /** The engine option that picks the embedded server's version. */
    static final String SERVER_VERSION = "server_version";

    @Override
    public Session open(SchemaSource schema) throws IOException, SQLException {
        return open(schema, java.util.Map.of());
    }

    /**
     * {@code engine_options: { server_version: "16" }} picks the embedded server's version (schema
     * mode); a database of its own has its own version.
     */
    @Override
    public Session open(SchemaSource schema, java.util.Map<String, String> options) throws IOException, SQLException {
        EarlyServer started = takeEarly();
        try {
            return open(schema, options, started);
        } finally {
            if (started != null) {
                started.discard(); // does nothing when the session took it
            }
        }
    }

    private Session open(SchemaSource schema, java.util.Map<String, String> options, @Nullable EarlyServer started)
            throws IOException, SQLException {
        List<Diagnostic> notes = new java.util.ArrayList<>();
        for (String key : options.keySet()) {
            if (!key.equals(SERVER_VERSION)) {
                notes.add(Diagnostics.unplaced(
                        Diagnostic.Severity.WARNING,
                        "engine_options." + key + " means nothing to the postgresql engine; it knows " + SERVER_VERSION,
                        ""));
            }
        }
        if (schema instanceof SchemaSource.Database db) {
            if (options.containsKey(SERVER_VERSION)) {
                notes.add(Diagnostics.unplaced(
                        Diagnostic.Severity.WARNING,
                        "engine_options." + SERVER_VERSION
                                + " picks the private server of schema: mode; with database: the database's own version describes"
                                + " the queries",
                        ""));
            }
            return openDatabase(db.params().getDsn()).once(notes);
        }
        String version;
        try {
            version = PgBinaries.version(options.get(SERVER_VERSION));
        } catch (IllegalArgumentException e) {
            return new PgSession(null, List.of(Diagnostics.unplacedError(String.valueOf(e.getMessage()))), null);
        }
        EmbeddedPostgres.Laps laps = new EmbeddedPostgres.Laps();
        EmbeddedPostgres server;
        String lent = started != null ? this.lent : System.getenv(EmbeddedPostgres.SHARED_ENV);
        boolean lend = lent != null && !lent.isBlank() && version.equals(PgBinaries.BUNDLED_VERSION);
        try {
            if (lend && started != null) {
                server = started.take(); // the database prepare() created on the lent server
            } else if (lend) {
                server = EmbeddedPostgres.borrow(java.nio.file.Path.of(lent));
            } else if (started != null && version.equals(PgBinaries.BUNDLED_VERSION)) {
                server = started.take();
            } else {
                server = EmbeddedPostgres.start(version);
            }
        } catch (IOException e) {
            // EngineMain would call an IOException a stdin problem; this one is the server's.
            throw new IllegalStateException(e.getMessage(), e);
        }
        laps.lap("session-server");
        server.note().ifPresent(n -> notes.add(Diagnostics.unplaced(Diagnostic.Severity.WARNING, n, "")));
        try {
            Connection conn = server.open();
            String text = schema instanceof SchemaSource.Sql sql ? sql.text() : "";
            List<Diagnostic> errors = SchemaLoader.load(conn, text);
            laps.lap("session-load-schema");
            conn.setAutoCommit(false);
            return new PgSession(conn, errors, server).once(notes);
        } catch (SQLException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static PgSession openDatabase(String dsn) throws SQLException {
        Dsn.Target target;
        try {
            target = Dsn.parse(dsn);
        } catch (IllegalArgumentException e) {
            return new PgSession(null, List.of(Diagnostics.unplacedError("database: " + e.getMessage())), null);
        }
        Connection conn;
        try {
            conn = DriverManager.getConnection(target.url(), target.properties());
        } catch (SQLException e) {
            return new PgSession(
                    null,
                    List.of(Diagnostics.unplacedError(
                            "database: cannot connect to " + target.display() + ": " + e.getMessage())),
                    null);
        }
        conn.setAutoCommit(false);
        conn.setReadOnly(true);
        try (Statement s = conn.createStatement()) {
            s.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
        }
        conn.commit();
        return new PgSession(conn, List.of(), null);
    }
}
