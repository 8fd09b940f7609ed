package io.sqlj.engine.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.engine.sdk.Engine;
import io.sqlj.engine.sdk.SchemaSource;
import io.sqlj.engine.v1.ConnectionParams;
import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.engine.v1.ParseResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The server {@link PostgresEngine#prepare} starts before the request is read: a schema session
 * takes it (no second server), and a session that cannot use it ({@code database:}) stops it and
 * leaves no process and no run folder behind. On a lent server ({@code engine check}'s) it creates
 * the session's database instead: a session takes it, and one that cannot use it drops it.
 */
class EarlyServerTest {
    private static final String QUERY = "SELECT a.name, b.title FROM authors a LEFT JOIN books b ON b.author_id = a.id";

    @Test
    void aSchemaSessionTakesTheServerPrepareStarted() throws Exception {
        PostgresEngine engine = new PostgresEngine();
        engine.prepare();
        ProcessHandle early = awaitPostmaster();
        Path data = dataFolder(early);
        int starts = EmbeddedPostgres.STARTS.get();
        ParseResponse answer;
        try (Engine.Session session = engine.open(new SchemaSource.Sql(PostgresEngineTest.SCHEMA))) {
            assertEquals(starts, EmbeddedPostgres.STARTS.get(), "no second server");
            assertTrue(early.isAlive());
            answer = session.parse(ParseRequest.newBuilder().setSql(QUERY).build());
        }
        ParseResponse without;
        try (Engine.Session session = new PostgresEngine().open(new SchemaSource.Sql(PostgresEngineTest.SCHEMA))) {
            without = session.parse(ParseRequest.newBuilder().setSql(QUERY).build());
        }
        assertEquals(without, answer, "the same answer as from a server started for the session");
        assertGone(early, data);
    }

    @Test
    void aDatabaseSessionStopsTheServerPrepareStarted() throws Exception {
        PostgresEngine engine = new PostgresEngine();
        engine.prepare();
        ProcessHandle early = awaitPostmaster();
        Path data = dataFolder(early);
        SchemaSource database = new SchemaSource.Database(ConnectionParams.newBuilder()
                .setDsn("postgres://x@127.0.0.1:1/none")
                .build());
        try (Engine.Session session = engine.open(database)) {
            ParseResponse r =
                    session.parse(ParseRequest.newBuilder().setSql("SELECT 1").build());
            assertTrue(r.getDiagnostics(0).getMessage().startsWith("database: cannot connect"), r.toString());
        }
        assertGone(early, data);
    }

    @Test
    void aSchemaSessionTakesTheDatabasePrepareCreatedOnALentServer() throws Exception {
        try (EmbeddedPostgres lender = EmbeddedPostgres.start()) {
            PostgresEngine engine = new PostgresEngine();
            engine.prepare(lender.runDir().toString());
            awaitDatabases(lender, 1);
            int starts = EmbeddedPostgres.STARTS.get();
            ParseResponse answer;
            try (Engine.Session session = engine.open(new SchemaSource.Sql(PostgresEngineTest.SCHEMA))) {
                assertEquals(starts, EmbeddedPostgres.STARTS.get(), "no second database, no server of its own");
                assertEquals(1, databases(lender).size(), "the session works in the database prepare() created");
                answer = session.parse(ParseRequest.newBuilder().setSql(QUERY).build());
            }
            awaitDatabases(lender, 0);
            ParseResponse without;
            try (Engine.Session session = new PostgresEngine().open(new SchemaSource.Sql(PostgresEngineTest.SCHEMA))) {
                without = session.parse(ParseRequest.newBuilder().setSql(QUERY).build());
            }
            assertEquals(without, answer, "the same answer as from a server started for the session");
        }
    }

    @Test
    void aDatabaseSessionDropsTheDatabasePrepareCreatedOnALentServer() throws Exception {
        try (EmbeddedPostgres lender = EmbeddedPostgres.start()) {
            PostgresEngine engine = new PostgresEngine();
            engine.prepare(lender.runDir().toString());
            awaitDatabases(lender, 1);
            SchemaSource database = new SchemaSource.Database(ConnectionParams.newBuilder()
                    .setDsn("postgres://x@127.0.0.1:1/none")
                    .build());
            try (Engine.Session session = engine.open(database)) {
                ParseResponse r = session.parse(
                        ParseRequest.newBuilder().setSql("SELECT 1").build());
                assertTrue(r.getDiagnostics(0).getMessage().startsWith("database: cannot connect"), r.toString());
            }
            awaitDatabases(lender, 0);
        }
    }

    /** The databases sessions made on {@code lender}. */
    private static List<String> databases(EmbeddedPostgres lender) throws java.sql.SQLException {
        List<String> names = new java.util.ArrayList<>();
        try (java.sql.Connection c = lender.connect("postgres");
                java.sql.ResultSet rs = c.createStatement()
                        .executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'sqlj\\_%'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static void awaitDatabases(EmbeddedPostgres lender, int count) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        List<String> found = databases(lender);
        while (found.size() != count && System.nanoTime() < deadline) {
            Thread.sleep(10);
            found = databases(lender);
        }
        assertEquals(count, found.size(), "the sessions' databases on the lent server: " + found);
    }

    /** The postmaster of the one server this JVM is starting (its command line names {@code -D}). */
    private static ProcessHandle awaitPostmaster() throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            Optional<ProcessHandle> found = ProcessHandle.current()
                    .descendants()
                    .filter(p -> p.info().command().orElse("").endsWith("/bin/postgres"))
                    .filter(p ->
                            List.of(p.info().arguments().orElse(new String[0])).contains("-D"))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(5);
        }
        throw new AssertionError("prepare started no server within 60 s");
    }

    private static Path dataFolder(ProcessHandle postmaster) {
        List<String> args = List.of(postmaster.info().arguments().orElseThrow());
        return Path.of(args.get(args.indexOf("-D") + 1));
    }

    private static void assertGone(ProcessHandle postmaster, Path data) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline && (postmaster.isAlive() || Files.exists(data.getParent()))) {
            Thread.sleep(10);
        }
        assertFalse(postmaster.isAlive(), "the early server still runs");
        assertFalse(Files.exists(data.getParent()), "its run folder is still there: " + data.getParent());
    }
}
