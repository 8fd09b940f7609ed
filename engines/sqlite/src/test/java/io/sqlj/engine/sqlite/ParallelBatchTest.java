package io.sqlj.engine.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.engine.sdk.Engine;
import io.sqlj.engine.sdk.SchemaSource;
import io.sqlj.engine.v1.BatchParseRequest;
import io.sqlj.engine.v1.BatchParseResponse;
import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.engine.v1.ParseResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A large batch is resolved on two databases at once (SqliteSession.parseAll): its answers are
 * exactly the answers of one session resolving the same queries one after the other, in order.
 */
class ParallelBatchTest extends EngineTestSupport {
    private static final List<String> TEMPLATES = List.of(
            "SELECT id, name, bio FROM authors WHERE id = ?",
            "SELECT a.name, b.title, b.price FROM authors a LEFT JOIN books b ON b.author_id = a.id WHERE a.id > @min%d",
            "INSERT INTO books (author_id, title, added_at) VALUES (?, ?, ?) RETURNING id",
            "UPDATE books SET price = ? WHERE id = @id",
            "SELECT nme%d FROM authors",
            "SELECT count(*) FROM books WHERE author_id IN (sqlj.slice(ids))",
            "SELEC %d",
            "SELECT json_extract(bio, '$.x') AS x FROM authors",
            "SELECT author_id, avg(price) AS p FROM books GROUP BY author_id HAVING count(*) > %d",
            "DELETE FROM books WHERE published = ? AND rating < %d",
            "SELECT * FROM authors WHERE sqlj.optional(name = @name) ORDER BY sqlj.sort(@order, name, born DESC)");

    @Test
    void aLargeBatchAnswersAsOneSessionOneQueryAtATime() throws Exception {
        BatchParseRequest.Builder batch = BatchParseRequest.newBuilder().setSchemaSql(SCHEMA);
        int count = 3 * SqliteSession.PARALLEL_MIN;
        for (int i = 0; i < count; i++) {
            String template = TEMPLATES.get(i % TEMPLATES.size());
            batch.addRequests(ParseRequest.newBuilder().setSql(template.replace("%d", Integer.toString(i))));
        }
        BatchParseRequest request = batch.build();
        List<ParseResponse> oneByOne = new ArrayList<>();
        try (Engine.Session session = new SqliteEngine().open(SchemaSource.of(request))) {
            for (ParseRequest r : request.getRequestsList()) {
                oneByOne.add(session.parse(r));
            }
        }
        BatchParseResponse answered = engine.parseBatch(request);
        assertTrue(count >= SqliteSession.PARALLEL_MIN);
        assertEquals(count, answered.getResponsesCount());
        for (int i = 0; i < count; i++) {
            assertEquals(
                    oneByOne.get(i),
                    answered.getResponses(i),
                    "query " + i + ": " + request.getRequests(i).getSql());
        }
        // the two-database path itself, whatever this machine's cores (it needs 3: PARALLEL_MIN_CORES)
        try (Engine.Session session = new SqliteEngine().open(SchemaSource.of(request))) {
            List<ParseResponse> onTwo = ((SqliteSession) session).parseAll(request.getRequestsList(), 4);
            assertEquals(answered.getResponsesList(), onTwo);
        }
        // the answers are not all alike: errors, warnings and columns all came through
        assertTrue(diags(answered.getResponses(4)).contains("no such column: nme4"), diags(answered.getResponses(4)));
        assertEquals("id:INTEGER/BIGINT name:TEXT/VARCHAR bio:TEXT/VARCHAR?", columns(answered.getResponses(0)));
    }
}
