package io.sqlj.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import testdata.sqlc_example_batch.Book;
import testdata.sqlc_example_batch.BookType;
import testdata.sqlc_example_batch.BooksByYearParams;
import testdata.sqlc_example_batch.CreateBookParams;
import testdata.sqlc_example_batch.DeleteBookExecResult;
import testdata.sqlc_example_batch.GetBiographyParams;
import testdata.sqlc_example_batch.Queries;
import testdata.sqlc_example_batch.QueriesImpl;
import testdata.sqlc_example_ondeck.sqlite.CreateVenueParams;
import testdata.sqlc_example_ondeck.sqlite.CreateVenueResult;
import testdata.sqlc_example_ondeck.sqlite.Venue;

/**
 * sqlc's own examples, generated from their sqlc configs as they are ({@code testdata/sqlc_example_*}),
 * run against the real databases: {@code :batchone}, {@code :batchmany} and {@code :execresult}.
 */
class SqlcExamplesTest {

    private static final String CASES = "testdata";

    @Test
    void batchExampleAgainstPostgresql() throws Exception {
        try (Connection db = Postgres.emptyDatabase("sqlc_batch")) {
            try (Statement s = db.createStatement()) {
                s.execute(Files.readString(
                        Sqlite.root().resolve(CASES).resolve("sqlc_example_batch/postgresql/schema.sql")));
            }
            Queries q = new QueriesImpl(db);
            int ann = q.createAuthor("Ann").orElseThrow().authorId();
            OffsetDateTime when = OffsetDateTime.of(2020, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC);
            List<Optional<Book>> created = q.createBook(List.of(
                    new CreateBookParams(ann, "isbn-1", BookType.FICTION, "One", 2001, when, List.of("a", "b")),
                    new CreateBookParams(ann, "isbn-2", BookType.NONFICTION, "Two", 2001, when, List.of()),
                    new CreateBookParams(ann, "isbn-3", BookType.FICTION, "Three", 2003, when, List.of("c"))));
            assertEquals(3, created.size());
            Book one = created.get(0).orElseThrow();
            assertEquals(
                    new Book(
                            one.bookId(),
                            ann,
                            "isbn-1",
                            BookType.FICTION,
                            "One",
                            2001,
                            one.available(),
                            List.of("a", "b")),
                    one);
            assertTrue(one.available().isEqual(when));

            List<List<Book>> byYear = q.booksByYear(
                    List.of(new BooksByYearParams(2001), new BooksByYearParams(1999), new BooksByYearParams(2003)));
            assertEquals(
                    List.of(List.of("One", "Two"), List.of(), List.of("Three")),
                    byYear.stream()
                            .map(books ->
                                    books.stream().map(Book::title).sorted().toList())
                            .toList());

            try (Statement s = db.createStatement()) {
                s.execute("UPDATE authors SET biography = '{\"born\": 1970}' WHERE author_id = " + ann);
            }
            List<Optional<String>> bios =
                    q.getBiography(List.of(new GetBiographyParams(ann), new GetBiographyParams(ann + 100)));
            assertEquals(List.of(Optional.of("{\"born\": 1970}"), Optional.empty()), bios);

            assertEquals(new DeleteBookExecResult(1), q.deleteBookExecResult(one.bookId()));
            assertEquals(
                    new DeleteBookExecResult(0),
                    q.deleteBookExecResult(one.bookId()),
                    "the row is gone: nothing affected");
        }
    }

    @Test
    void ondeckExampleAgainstSqlite() throws Exception {
        try (Connection db = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:")) {
            for (String file : List.of("0001_city.sql", "0002_venue.sql", "0003_add_column.sql")) {
                Sqlite.exec(
                        db,
                        Files.readString(Sqlite.root()
                                        .resolve(CASES)
                                        .resolve("sqlc_example_ondeck/sqlite/schema")
                                        .resolve(file))
                                .split(";\\s*(?=\\S|$)"));
            }
            Sqlite.exec(db, "INSERT INTO city (slug, name) VALUES ('ber', 'Berlin')");
            testdata.sqlc_example_ondeck.sqlite.Queries q = new testdata.sqlc_example_ondeck.sqlite.QueriesImpl(db);
            CreateVenueResult result =
                    q.createVenue(new CreateVenueParams("bar", "Bar", "ber", "list", "open", null, "x,y"));
            assertEquals(1, result.rowsAffected());
            Venue venue = q.getVenue("bar", "ber").orElseThrow();
            assertEquals("Bar", venue.name());
            assertEquals("x,y", venue.tags());
            assertTrue(venue.createdAt().getYear() >= 2024, venue.toString());
            assertEquals(List.of(venue), q.listVenues("ber"));
        }
    }

    @Test
    void jsonbQuestionOperatorNamesNextToNumbersAndExecResultKeysAgainstPostgresql() throws Exception {
        try (Connection db = Postgres.emptyDatabase("sqlc_params")) {
            try (Statement s = db.createStatement()) {
                s.execute(Files.readString(Sqlite.root().resolve(CASES).resolve("sqlc_postgres_params/schema.sql")));
            }
            testdata.sqlc_postgres_params.Queries q = new testdata.sqlc_postgres_params.Queries(db);
            assertEquals(new testdata.sqlc_postgres_params.AddDocResult(1, 1L), q.addDoc("{\"a\": 1}", null));
            assertEquals(new testdata.sqlc_postgres_params.AddDocResult(1, 2L), q.addDoc("{\"b\": 2}", "x"));
            assertEquals(new testdata.sqlc_postgres_params.AddDocResult(1, 3L), q.addDoc("{\"a\": 3, \"b\": 4}", null));
            assertEquals(List.of(1L, 3L), q.docsWithKey(0, 10, "a"), "jsonb ? is an operator, @key a parameter");
            assertEquals(List.of(3L), q.docsWithKey(1, 10, "a"));
            assertEquals(List.of(3L), q.docsWithKey(2, 1, "b"), "$1 and $2 keep their numbers next to @key");
            assertEquals(List.of(1L, 2L, 3L), q.docsWithAnyKey(List.of("a", "b")));
            assertEquals(2, q.retagDocs("has-a", "a").rowsAffected());
        }
    }

    /** SQLite parameters typed by their context, and one nothing types (an Object), run on SQLite. */
    @Test
    void sqliteParametersTypedByTheirContextAgainstSqlite() throws Exception {
        try (Connection db = Sqlite.withSchemaOf("sqlc_sqlite_context_params")) {
            Sqlite.exec(
                    db,
                    "INSERT INTO notes (id, title, body, score, archived_at) VALUES"
                            + " (1, 'Alpha', 'a body', 1.5, '2024-05-01 10:00:00'),"
                            + " (2, 'Beta', NULL, -2.0, NULL)");
            testdata.sqlc_sqlite_context_params.Queries q = new testdata.sqlc_sqlite_context_params.Queries(db);
            assertEquals(List.of(1L), q.archivedNotes(true), "a boolean operand binds as one");
            assertEquals(List.of(2L), q.archivedNotes(false));
            assertEquals(
                    List.of(new testdata.sqlc_sqlite_context_params.NotesContainingRow(1, 3)),
                    q.notesContaining("ph", "xxAlphaxx", "nothing"));
            assertEquals(
                    List.of(new testdata.sqlc_sqlite_context_params.NotesContainingRow(2, 0)),
                    q.notesContaining("ph", "none", "BETA"));
            assertEquals(
                    List.of(new testdata.sqlc_sqlite_context_params.TitlePrefixesRow(2, ">>Be")),
                    q.titlePrefixes(">>", 4, 1, 1),
                    "substr's integers, LIMIT and OFFSET");
            assertEquals(
                    List.of(
                            new testdata.sqlc_sqlite_context_params.BodyOrRow(1, "none"),
                            new testdata.sqlc_sqlite_context_params.BodyOrRow(2, "none")),
                    q.bodyOr("none"));
            assertEquals(
                    List.of(
                            new testdata.sqlc_sqlite_context_params.ScoredRow(1, 3.8, 0.5, 5),
                            new testdata.sqlc_sqlite_context_params.ScoredRow(2, -5.0, 0.5, 5)),
                    q.scored(2.5, 1, -0.5, "hello"));
            assertEquals(List.of(1L), q.archivedSince("2024-01-01"));
            assertEquals(List.of(), q.archivedSince("2025-01-01"));
            assertEquals(List.of(2L), q.castTitle("Beta"));
            assertEquals(List.of(1L), q.notesByOptionalTitle("Alpha"));
            assertEquals(
                    List.of(new testdata.sqlc_sqlite_context_params.EchoAnythingRow(1, "integer")),
                    q.echoAnything(42L, 1).stream().toList(),
                    "an Object keeps the type of its value");
            assertEquals("text", q.echoAnything("x", 1).orElseThrow().kind());
            assertEquals("real", q.echoAnything(1.5, 1).orElseThrow().kind());
            assertEquals("blob", q.echoAnything(new byte[] {1}, 1).orElseThrow().kind());
            assertEquals(Optional.empty(), q.echoAnything(null, 1), "@anything IS NOT NULL");
        }
    }
}
