package io.sqlj.it;

import io.sqlj.engine.mysql.EmbeddedMariaDb;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A private MariaDB (the MySQL engine's own server), started once, with a fresh database per test. */
final class MariaDb {
    private static EmbeddedMariaDb server;
    private static int databases;

    private MariaDb() {}

    static synchronized EmbeddedMariaDb server() throws IOException {
        if (server == null) {
            server = EmbeddedMariaDb.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }

    /** A connection, as an application would open one (default driver settings), to a new database. */
    static synchronized Connection emptyDatabase(String label) throws SQLException, IOException {
        return emptyDatabase(label, "");
    }

    /** A connection to a new database with driver {@code options} ({@code key=value&...}) added to its URL. */
    static synchronized Connection emptyDatabase(String label, String options) throws SQLException, IOException {
        String db = "t" + (++databases) + "_" + label;
        try (Connection admin = DriverManager.getConnection(server().jdbcUrl(""));
                Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        }
        String url = server().jdbcUrl(db);
        return DriverManager.getConnection(options.isEmpty() ? url : url + (url.contains("?") ? "&" : "?") + options);
    }

    /** A connection to a new database loaded with {@code testdata/<case>/schema.sql}. */
    static Connection withSchemaOf(String testCase) throws SQLException, IOException {
        Connection conn = emptyDatabase(testCase);
        String schema = Files.readString(
                Sqlite.root().resolve("testdata").resolve(testCase).resolve("schema.sql"));
        try (Statement s = conn.createStatement()) {
            for (String statement : schema.split(";\\s*\\n")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
        return conn;
    }
}
