package io.sqlj.engine.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import io.sqlj.engine.sdk.Engine;
import io.sqlj.engine.sdk.EngineHarness;
import io.sqlj.engine.sdk.SchemaSource;
import io.sqlj.engine.v1.BatchParseRequest;
import io.sqlj.engine.v1.BatchParseResponse;
import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.engine.v1.ParseResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The schema loaded as soon as it arrives, before the first request (docs/performance.md §1ap):
 * the session {@code open} then takes answers exactly as one loaded by {@code open} itself, schema
 * errors at the same line and column, and a schema sent again is loaded again.
 */
class SchemaArrivedTest extends EngineTestSupport {

    /** Errors on lines 3 (books is not made), 5 and 6 (line 3 indented by two); the others load. */
    private static final String BROKEN = """
      CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL);

        CREATE TABLE books (id INTEGER PRIMARY KEY, title TEXT NOT NULL,, price REAL);
      CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT, amount MONEY);
      CREATE INDEX missing_idx ON nowhere (x);
      ATTACH 'x.db' AS other;
      CREATE VIEW author_names AS SELECT name FROM authors;
      """;

    private static final List<String> QUERIES = List.of(
            "SELECT id, name FROM authors WHERE id = ?",
            "SELECT title FROM books",
            "SELECT body, amount FROM notes",
            "SELECT name FROM author_names",
            "SELECT nme FROM authors");

    private static List<ParseResponse> answers(Engine.Session session) throws Exception {
        List<ParseResponse> out = new ArrayList<>();
        for (String sql : QUERIES) {
            out.add(session.parse(ParseRequest.newBuilder().setSql(sql).build()));
        }
        out.add(ParseResponse.newBuilder()
                .setCatalog(session.catalog().orElseThrow())
                .build());
        return out;
    }

    @Test
    void aSchemaLoadedBeforeTheFirstRequestAnswersAsOneLoadedAtOpen() throws Exception {
        SqliteEngine late = new SqliteEngine();
        List<ParseResponse> expected;
        try (Engine.Session session = late.open(new SchemaSource.Sql(BROKEN))) {
            expected = answers(session);
        }
        SqliteEngine early = new SqliteEngine();
        early.prepare();
        early.schemaArrived(new SchemaSource.Sql(BROKEN));
        List<ParseResponse> got;
        try (Engine.Session session = early.open(new SchemaSource.Sql(BROKEN))) {
            got = answers(session);
        }
        assertEquals(expected, got);
        // the schema's errors where they were before (line 3: SQLite names ",", and the one it
        // stopped at is the second of ",,"; line 5: the missing table; line 6: the statement's start)
        assertEquals(
                "E3:67 E5:29 E6:1",
                got.get(0).getDiagnosticsList().stream()
                        .filter(d -> d.getInSchema() && d.getSeverity() == io.sqlj.engine.v1.Diagnostic.Severity.ERROR)
                        .map(d -> "E" + d.getLine() + ":" + d.getColumn())
                        .reduce((a, b) -> a + " " + b)
                        .orElse(""));
    }

    @Test
    void theSessionLoadedEarlyIsTheOneOpenGivesAndOnlyOnce() throws Exception {
        SqliteEngine early = new SqliteEngine();
        early.schemaArrived(new SchemaSource.Sql(SCHEMA));
        Engine.Session first = early.open(new SchemaSource.Sql(SCHEMA));
        Engine.Session second = early.open(new SchemaSource.Sql(SCHEMA));
        try {
            assertNotSame(first, second);
            assertEquals(answers(first), answers(second));
        } finally {
            first.close();
            second.close();
        }
    }

    @Test
    void aSchemaSentAgainWithOtherTextIsLoadedAgain() throws Exception {
        SqliteEngine early = new SqliteEngine();
        early.schemaArrived(new SchemaSource.Sql("CREATE TABLE other (y INTEGER);"));
        List<ParseResponse> got;
        try (Engine.Session session = early.open(new SchemaSource.Sql(BROKEN))) {
            got = answers(session);
        }
        List<ParseResponse> expected;
        try (Engine.Session session = new SqliteEngine().open(new SchemaSource.Sql(BROKEN))) {
            expected = answers(session);
        }
        assertEquals(expected, got);
    }

    @Test
    void aDatabaseAfterSchemaTextIsOpenedAsWithoutIt() throws Exception {
        SqliteEngine early = new SqliteEngine();
        early.schemaArrived(new SchemaSource.Sql(SCHEMA));
        SqliteEngine late = new SqliteEngine();
        SchemaSource db = new SchemaSource.Database(io.sqlj.engine.v1.ConnectionParams.newBuilder()
                .setDsn("/nonexistent/liteopen.db")
                .build());
        try (Engine.Session a = early.open(db);
                Engine.Session b = late.open(db)) {
            assertEquals(
                    a.parse(ParseRequest.newBuilder().setSql("SELECT 1").build()),
                    b.parse(ParseRequest.newBuilder().setSql("SELECT 1").build()));
        }
    }

    /**
     * A request whose schema comes again after its requests (protobuf: the last one counts): the
     * engine loaded the first one early, and answers with the last, as for the request read whole.
     */
    @Test
    void aBatchWhoseSchemaComesAgainIsAnsweredWithTheLastOne() throws Exception {
        BatchParseRequest.Builder requests = BatchParseRequest.newBuilder();
        for (String sql : QUERIES) {
            requests.addRequests(ParseRequest.newBuilder().setSql(sql));
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes(BatchParseRequest.newBuilder()
                .setSchemaSql("CREATE TABLE other (y INTEGER);")
                .build()
                .toByteArray());
        bytes.writeBytes(requests.build().toByteArray());
        bytes.writeBytes(
                BatchParseRequest.newBuilder().setSchemaSql(BROKEN).build().toByteArray());
        BatchParseRequest whole = BatchParseRequest.parseFrom(bytes.toByteArray());
        assertEquals(BROKEN, whole.getSchemaSql());
        EngineHarness.Result streamed = engine.run(bytes.toByteArray(), "parse-batch");
        EngineHarness.Result once = new EngineHarness(new SqliteEngine())
                .run(requests.setSchemaSql(BROKEN).build().toByteArray(), "parse-batch");
        assertEquals(0, streamed.exitCode(), streamed.stderr());
        assertEquals(BatchParseResponse.parseFrom(once.stdout()), BatchParseResponse.parseFrom(streamed.stdout()));
        // the tables of the last schema, none of the first one's
        assertEquals(
                List.of("author_names", "authors", "notes"),
                BatchParseResponse.parseFrom(streamed.stdout()).getCatalog().getTablesList().stream()
                        .map(io.sqlj.engine.v1.Table::getName)
                        .toList());
    }
}
