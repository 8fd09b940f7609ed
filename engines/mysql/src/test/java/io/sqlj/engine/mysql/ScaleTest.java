package io.sqlj.engine.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sqlj.engine.sdk.EngineHarness;
import io.sqlj.engine.v1.BatchParseRequest;
import io.sqlj.engine.v1.BatchParseResponse;
import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.engine.v1.ParseResponse;
import org.junit.jupiter.api.Test;

/** One server start per batch: 1,000 queries are described by one private server. */
class ScaleTest {

    @Test
    void aThousandQueriesShareOneServer() {
        BatchParseRequest.Builder batch = BatchParseRequest.newBuilder().setSchemaSql(MysqlEngineTest.SCHEMA);
        for (int i = 0; i < 1000; i++) {
            batch.addRequests(ParseRequest.newBuilder()
                    .setSql(
                            switch (i % 4) {
                                case 0 -> "SELECT id, name, bio FROM authors WHERE id = ? AND name <> '" + i + "'";
                                case 1 ->
                                    "INSERT INTO books (isbn, author_id, title, pages) VALUES (?, ?, ?, " + i + ")";
                                case 2 -> "UPDATE authors SET bio = ? WHERE id = " + i;
                                default ->
                                    "SELECT b.title, a.name FROM books b LEFT JOIN authors a ON a.id = b.author_id LIMIT "
                                            + i;
                            }));
        }
        int startsBefore = EmbeddedMariaDb.STARTS.get();
        long start = System.nanoTime();
        BatchParseResponse answer = new EngineHarness(new MysqlEngine()).parseBatch(batch.build());
        long ms = (System.nanoTime() - start) / 1_000_000;
        // The time is printed, not asserted (a loaded machine would move it); the server starts are counted.
        System.out.println("mysql engine: 1000 queries with one server start in " + ms + " ms");
        assertEquals(1, EmbeddedMariaDb.STARTS.get() - startsBefore, "server starts for one batch of 1000 queries");
        assertEquals(1000, answer.getResponsesCount());
        for (ParseResponse r : answer.getResponsesList()) {
            assertEquals(0, r.getDiagnosticsCount(), r.toString());
        }
    }

    @Test
    void oneQueryStartsAndStopsAServer() {
        long start = System.nanoTime();
        BatchParseResponse answer = new EngineHarness(new MysqlEngine())
                .parseBatch(BatchParseRequest.newBuilder()
                        .setSchemaSql("CREATE TABLE t (id INT PRIMARY KEY)")
                        .addRequests(ParseRequest.newBuilder().setSql("SELECT id FROM t"))
                        .build());
        System.out.println(
                "mysql engine: one query, start to stop, in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        assertEquals(0, answer.getResponses(0).getDiagnosticsCount());
    }
}
