package io.sqlj.engine.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.engine.sdk.Engine;
import io.sqlj.engine.sdk.SchemaSource;
import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.engine.v1.ParseResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A batch answered on several connections (PgSession.parseAll) gives exactly the answers of the
 * same requests answered one by one on one connection, in order; and a schema that leaves
 * something on its own connection (a temporary table) is answered on that connection alone.
 */
class ParallelDescribeTest {
    private static final List<String> QUERIES = List.of(
            "SELECT * FROM authors WHERE id = $1",
            "SELECT a.name, b.title FROM authors a LEFT JOIN books b ON b.author_id = a.id WHERE b.price > $1",
            "INSERT INTO books (author_id, title, price) VALUES ($1, $2, $3) RETURNING id",
            "INSERT INTO authors (name) VALUES ($1)",
            "SELECT * FROM titles",
            "SELECT id, level FROM audit.events WHERE level = $1",
            "SELECT nope FROM authors",
            "SELECT id FROM books WHERE price > $1 OR $1 IS NULL",
            "UPDATE authors SET bio = $1, mood = $2 WHERE tags = $3",
            "SELECT count(*), max(rating) FROM authors WHERE mail IS NOT NULL");

    /** Enough requests that two cores get two connections. */
    private static final int COUNT = 240;

    private static List<ParseRequest> requests(List<String> queries) {
        List<ParseRequest> requests = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            requests.add(ParseRequest.newBuilder()
                    .setSql(queries.get(i % queries.size()))
                    .build());
        }
        return requests;
    }

    private static List<ParseResponse> oneByOne(String schema, List<ParseRequest> requests) throws Exception {
        List<ParseResponse> answers = new ArrayList<>();
        try (Engine.Session session = new PostgresEngine().open(new SchemaSource.Sql(schema))) {
            for (ParseRequest r : requests) {
                answers.add(session.parse(r));
            }
        }
        return answers;
    }

    private static List<ParseResponse> sideBySide(String schema, List<ParseRequest> requests) throws Exception {
        try (Engine.Session session = new PostgresEngine().open(new SchemaSource.Sql(schema))) {
            return session.parseAll(requests);
        }
    }

    private static boolean twoCores() {
        return Runtime.getRuntime().availableProcessors() >= 2;
    }

    @Test
    void sideBySideAnswersAreTheOneByOneAnswers() throws Exception {
        List<ParseRequest> requests = requests(QUERIES);
        List<ParseResponse> expected = oneByOne(PostgresEngineTest.SCHEMA, requests);
        int helpers = PgSession.HELPERS.get();
        List<ParseResponse> actual = sideBySide(PostgresEngineTest.SCHEMA, requests);
        if (twoCores()) {
            assertTrue(PgSession.HELPERS.get() > helpers, "a second connection described");
        }
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(
                    expected.get(i),
                    actual.get(i),
                    "answer " + i + ": " + requests.get(i).getSql());
        }
        assertEquals(1, actual.get(6).getDiagnosticsCount(), "the bad column is reported");
    }

    @Test
    void theCatalogReadBesideTheAnswersIsTheOneReadAfterThem() throws Exception {
        List<ParseRequest> requests = requests(QUERIES);
        io.sqlj.engine.v1.Catalog expected;
        try (Engine.Session session = new PostgresEngine().open(new SchemaSource.Sql(PostgresEngineTest.SCHEMA))) {
            for (ParseRequest r : requests) {
                session.parse(r);
            }
            expected = session.catalog().orElseThrow();
        }
        int beside = PgSession.CATALOGS_BESIDE.get();
        io.sqlj.engine.v1.Catalog actual;
        try (Engine.Session session = new PostgresEngine().open(new SchemaSource.Sql(PostgresEngineTest.SCHEMA))) {
            session.parseAll(requests);
            actual = session.catalog().orElseThrow();
        }
        if (twoCores()) {
            assertEquals(beside + 1, PgSession.CATALOGS_BESIDE.get(), "the catalog was read on the helper connection");
        }
        assertTrue(
                actual.getTablesList().stream().anyMatch(t -> t.getName().equals("titles")),
                "the view is in the catalog: " + actual.getTablesList());
        assertEquals(expected, actual);
    }

    @Test
    void theSchemasSearchPathHoldsOnEveryConnection() throws Exception {
        String schema = """
          CREATE SCHEMA shop;
          SET search_path = shop, public;
          CREATE TABLE items (id int4 PRIMARY KEY, name text NOT NULL, note text);
          """;
        List<ParseRequest> requests = requests(List.of("SELECT id, name, note FROM items WHERE id = $1"));
        int helpers = PgSession.HELPERS.get();
        List<ParseResponse> actual = sideBySide(schema, requests);
        if (twoCores()) {
            assertTrue(PgSession.HELPERS.get() > helpers, "a second connection described");
        }
        assertEquals(oneByOne(schema, requests), actual);
        for (ParseResponse r : actual) {
            assertEquals(0, r.getDiagnosticsCount(), r.getDiagnosticsList().toString());
            assertEquals("shop", r.getColumns(0).getSchemaName());
        }
    }

    @Test
    void aTemporaryTableKeepsTheBatchOnItsConnection() throws Exception {
        String schema = "CREATE TEMP TABLE scratch (id int4 NOT NULL, note text);";
        List<ParseRequest> requests = requests(List.of("SELECT id, note FROM scratch"));
        int helpers = PgSession.HELPERS.get();
        List<ParseResponse> actual = sideBySide(schema, requests);
        assertEquals(helpers, PgSession.HELPERS.get(), "no second connection: it would not see the table");
        for (ParseResponse r : actual) {
            assertEquals(0, r.getDiagnosticsCount(), r.getDiagnosticsList().toString());
            assertEquals(
                    List.of(false, true),
                    r.getColumnsList().stream().map(c -> c.getNullable()).toList());
        }
    }
}
