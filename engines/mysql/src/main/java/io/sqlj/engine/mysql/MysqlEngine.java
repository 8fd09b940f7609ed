package io.sqlj.engine.mysql;

import io.sqlj.engine.sdk.Diagnostics;
import io.sqlj.engine.sdk.Engine;
import io.sqlj.engine.sdk.EngineMain;
import io.sqlj.engine.sdk.EngineVersion;
import io.sqlj.engine.sdk.SchemaSource;
import io.sqlj.engine.v1.Diagnostic;
import io.sqlj.engine.v1.EngineInfo;
import io.sqlj.engine.v1.ProtocolVersion;
import io.sqlj.sql.SqlSyntax;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The MySQL/MariaDB engine. With schema text it starts a private MariaDB (one per session, so
 * one per batch), loads the schema into a fresh database and lets the server check and describe
 * each query through a prepare; with {@code database: { uri }} it prepares the queries on that
 * server without running them.
 */
public final class MysqlEngine implements Engine {
    /** MySQL's lexical rules: backslash escapes in strings, {@code #} comments, backtick names. */
    static final SqlSyntax SYNTAX = SqlSyntax.MYSQL;

    @Override
    public EngineInfo info() {
        return EngineInfo.newBuilder()
                .setName("mysql")
                .setVersion(EngineVersion.get())
                .setProtocolVersion(ProtocolVersion.PROTOCOL_VERSION_1_VALUE)
                .addFeatures(EngineMain.FEATURE_BATCH)
                .addAllFeatures(io.sqlj.engine.sdk.Macros.FEATURES)
                .build();
    }

    /** The engine option naming a MariaDB server binary installed by other means (schema mode). */
    static final String MARIADBD = "mariadbd";

    @Override
    public Session open(SchemaSource schema) throws IOException, SQLException {
        return open(schema, java.util.Map.of());
    }

    /**
     * {@code engine_options: { mariadbd: /usr/sbin/mariadbd }} starts that server instead of the
     * platform's from Maven Central (schema mode); a database of its own is its own server.
     */
    @Override
    public Session open(SchemaSource schema, java.util.Map<String, String> options) throws IOException, SQLException {
        List<Diagnostic> notes = new java.util.ArrayList<>();
        for (String key : options.keySet()) {
            if (!key.equals(MARIADBD)) {
                notes.add(Diagnostics.unplaced(
                        Diagnostic.Severity.WARNING,
                        "engine_options." + key + " means nothing to the mysql engine; it knows " + MARIADBD,
                        ""));
            }
        }
        if (schema instanceof SchemaSource.Database db) {
            if (options.containsKey(MARIADBD)) {
                notes.add(Diagnostics.unplaced(
                        Diagnostic.Severity.WARNING,
                        "engine_options." + MARIADBD
                                + " picks the private server of schema: mode; with database: that database describes"
                                + " the queries",
                        ""));
            }
            return openDatabase(db.params().getDsn()).once(notes);
        }
        String mariadbd = options.get(MARIADBD);
        EmbeddedMariaDb server;
        try {
            server = EmbeddedMariaDb.start(mariadbd == null || mariadbd.isBlank() ? null : Path.of(mariadbd.strip()));
        } catch (IllegalArgumentException e) {
            // no server for this platform, or not a server where the option says: nothing started
            return new MySession(null, List.of(Diagnostics.unplacedError(String.valueOf(e.getMessage()))), null, "")
                    .once(notes);
        } catch (IOException e) {
            // EngineMain would call an IOException a stdin problem; this one is the server's.
            throw new IllegalStateException(e.getMessage(), e);
        }
        server.note().ifPresent(n -> notes.add(Diagnostics.unplaced(Diagnostic.Severity.WARNING, n, "")));
        try {
            Connection conn = server.connect("");
            String text = schema instanceof SchemaSource.Sql sql ? sql.text() : "";
            String database = SchemaDatabase.name(text);
            try (Statement s = conn.createStatement()) {
                s.execute("CREATE DATABASE `" + database + "`");
                s.execute("USE `" + database + "`");
            }
            List<Diagnostic> errors = SchemaLoader.load(conn, text);
            return new MySession(conn, errors, server, "").once(notes);
        } catch (SQLException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static MySession openDatabase(String dsn) throws SQLException {
        Dsn.Target target;
        try {
            target = Dsn.parse(dsn);
        } catch (IllegalArgumentException e) {
            return new MySession(null, List.of(Diagnostics.unplacedError("database: " + e.getMessage())), null, "");
        }
        Connection conn;
        try {
            java.util.Properties props = new java.util.Properties();
            props.putAll(target.properties());
            props.setProperty("useServerPrepStmts", "true");
            conn = DriverManager.getConnection(target.url(), props);
        } catch (SQLException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (!target.password().isEmpty()) {
                message = message.replace(target.password(), "***");
            }
            return new MySession(
                    null,
                    List.of(Diagnostics.unplacedError(
                            "database: cannot connect to " + target.display() + ": " + message)),
                    null,
                    target.password());
        }
        // Not a READ ONLY session: MySQL then refuses even to prepare an INSERT. The engine only
        // prepares (COM_STMT_PREPARE changes nothing) and reads information_schema; nothing runs.
        conn.setAutoCommit(false);
        return new MySession(conn, List.of(), null, target.password());
    }
}
