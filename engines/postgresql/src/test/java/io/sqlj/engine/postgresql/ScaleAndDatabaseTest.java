package io.sqlj.engine.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.engine.sdk.EngineHarness;
import io.sqlj.engine.v1.BatchParseRequest;
import io.sqlj.engine.v1.BatchParseResponse;
import io.sqlj.engine.v1.ConnectionParams;
import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.engine.v1.ParseResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScaleAndDatabaseTest {

    @Test
    void twoHundredQueriesResolveWithOneServerStart() {
        BatchParseRequest.Builder batch = BatchParseRequest.newBuilder().setSchemaSql(PostgresEngineTest.SCHEMA);
        for (int i = 0; i < 200; i++) {
            batch.addRequests(ParseRequest.newBuilder()
                    .setSql("SELECT a.name, b.title, " + i
                            + " AS n FROM authors a LEFT JOIN books b ON b.author_id = a.id" + " WHERE b.price > $1"));
        }
        int startsBefore = EmbeddedPostgres.STARTS.get();
        long t0 = System.nanoTime();
        BatchParseResponse out = new EngineHarness(new PostgresEngine()).parseBatch(batch.build());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        // The time is printed, not asserted (a loaded machine would move it); the server starts are counted.
        System.out.println("200 queries resolved in " + ms + " ms, server start included");
        assertEquals(1, EmbeddedPostgres.STARTS.get() - startsBefore, "server starts for one batch of 200 queries");
        assertEquals(200, out.getResponsesCount());
        for (ParseResponse r : out.getResponsesList()) {
            assertEquals(0, r.getDiagnosticsCount(), r.getDiagnosticsList().toString());
            assertEquals(3, r.getColumnsCount());
        }
    }

    @Test
    void aLiveDatabaseIsReadAndNeverChanged() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.start()) {
            try (Connection c = server.connect("postgres");
                    Statement s = c.createStatement()) {
                s.execute(PostgresEngineTest.SCHEMA);
            }
            String before = fingerprint(server);
            String uri = server.jdbcUrl("postgres") + "&user=" + EmbeddedPostgres.USER;
            BatchParseRequest batch = BatchParseRequest.newBuilder()
                    .setConnectionParams(ConnectionParams.newBuilder().setDsn(uri))
                    .addRequests(ParseRequest.newBuilder().setSql("SELECT id, name FROM authors WHERE id = $1"))
                    .addRequests(ParseRequest.newBuilder().setSql("INSERT INTO books (title, price) VALUES ($1, $2)"))
                    .addRequests(ParseRequest.newBuilder().setSql("DELETE FROM books"))
                    .build();
            BatchParseResponse out = new EngineHarness(new PostgresEngine()).parseBatch(batch);
            assertEquals("uuid", out.getResponses(0).getColumns(0).getDataType());
            assertEquals("title", out.getResponses(1).getParameters(0).getName());
            assertEquals(0, out.getResponses(2).getDiagnosticsCount());
            assertEquals(
                    List.of("authors", "books", "titles"),
                    out.getCatalog().getTablesList().stream()
                            .map(t -> t.getName())
                            .toList(),
                    "only the schemas on the search path: not audit");
            assertEquals(
                    List.of("mood", "unused"),
                    out.getCatalog().getEnumsList().stream()
                            .map(e -> e.getName())
                            .toList());
            assertEquals(before, fingerprint(server));
        }
    }

    @Test
    void anUnreachableDatabaseIsADiagnostic() {
        BatchParseRequest batch = BatchParseRequest.newBuilder()
                .setConnectionParams(ConnectionParams.newBuilder().setDsn("postgres://x@127.0.0.1:1/none"))
                .addRequests(ParseRequest.newBuilder().setSql("SELECT 1"))
                .build();
        ParseResponse r =
                new EngineHarness(new PostgresEngine()).parseBatch(batch).getResponses(0);
        assertTrue(
                r.getDiagnostics(0)
                        .getMessage()
                        .startsWith("database: cannot connect to postgres://x@127.0.0.1:1/none"),
                r.getDiagnostics(0).getMessage());
    }

    private static String fingerprint(EmbeddedPostgres server) throws Exception {
        try (Connection c = server.connect("postgres");
                Statement s = c.createStatement();
                // The next transaction id moves only when some transaction writes. (Not the WAL position:
                // a read may prune dead catalog tuples left by the schema's DDL, which writes WAL.)
                ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM pg_class) || '/' || (SELECT count(*) FROM"
                        + " pg_namespace) || '/' || (SELECT count(*) FROM books) || '/'"
                        + " || pg_snapshot_xmax(pg_current_snapshot())")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
