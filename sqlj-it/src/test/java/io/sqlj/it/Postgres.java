package io.sqlj.it;

import io.sqlj.engine.postgresql.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** A private PostgreSQL (the engine's embedded server) with a fresh database per test case. */
final class Postgres {
    private static EmbeddedPostgres server;
    private static int databases;

    private Postgres() {}

    static synchronized EmbeddedPostgres server() throws IOException {
        if (server == null) {
            server = EmbeddedPostgres.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }

    /** A connection to a new, empty database. */
    static synchronized Connection emptyDatabase(String label) throws SQLException, IOException {
        String db = "t" + (++databases) + "_" + label;
        try (Connection admin = server().connect("postgres");
                Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        }
        return server().connect(db);
    }

    /** A connection to a new database loaded with {@code testdata/<case>/schema.sql}. */
    static Connection withSchemaOf(String testCase) throws SQLException, IOException {
        Connection conn = emptyDatabase(testCase);
        try (Statement s = conn.createStatement()) {
            s.execute(Files.readString(
                    Sqlite.root().resolve("testdata").resolve(testCase).resolve("schema.sql")));
        }
        return conn;
    }
}
