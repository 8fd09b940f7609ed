package io.sqlj.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.duckdb.db.AddBookParams;
import com.example.duckdb.db.Author;
import com.example.duckdb.db.Book;
import com.example.duckdb.db.BooksWithAuthorRow;
import com.example.duckdb.db.CreateAuthorParams;
import com.example.duckdb.db.FindBooksRow;
import com.example.duckdb.db.FindBooksSort;
import com.example.duckdb.db.ListAuthorsWithBooksRow;
import com.example.duckdb.db.Queries;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Java that the DuckDB engine (JavaScript) resolved for examples/duckdb, run against DuckDB's
 * own JDBC driver: every type it reported must bind and read back through that driver.
 */
class DuckDbGeneratedCodeTest {

    @Test
    void theGeneratedQueriesRunAgainstDuckDb() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(Files.readString(Sqlite.root().resolve("examples/duckdb/schema.sql")));
            }
            Queries q = new Queries(connection);
            q.createAuthor(new CreateAuthorParams(1, "Ursula K. Le Guin", LocalDate.of(1929, 10, 21), 4.5, true));
            q.createAuthor(new CreateAuthorParams(2, "Nobody Yet", null, null, false));

            assertEquals(
                    Optional.of("A Wizard of Earthsea"),
                    q.addBook(new AddBookParams(
                            10L,
                            1,
                            "A Wizard of Earthsea",
                            new BigDecimal("9.99"),
                            LocalDateTime.of(1968, 11, 1, 0, 0))));
            assertEquals(
                    Optional.of("The Dispossessed"),
                    q.addBook(new AddBookParams(11L, 1, "The Dispossessed", null, null)));

            assertEquals(
                    Optional.of(new Author(1, "Ursula K. Le Guin", LocalDate.of(1929, 10, 21), 4.5, true)),
                    q.getAuthor(1));
            assertEquals(Optional.of(new Author(2, "Nobody Yet", null, null, false)), q.getAuthor(2));
            assertEquals(Optional.empty(), q.getAuthor(3));

            assertEquals(
                    List.of(
                            new ListAuthorsWithBooksRow("Nobody Yet", null, null),
                            new ListAuthorsWithBooksRow(
                                    "Ursula K. Le Guin", "A Wizard of Earthsea", new BigDecimal("9.99")),
                            new ListAuthorsWithBooksRow("Ursula K. Le Guin", "The Dispossessed", null)),
                    q.listAuthorsWithBooks());

            assertEquals(List.of("A Wizard of Earthsea", "The Dispossessed"), q.booksByIds(List.of(10L, 11L, 12L)));
            assertEquals(List.of(), q.booksByIds(List.of()));
            assertEquals(Optional.of(2L), q.countBooks(1));
            assertEquals(1, q.rateAuthor(3.0, "Nobody%"));
            assertEquals(Optional.of(3.0), q.getAuthor(2).map(Author::rating));
            assertEquals(1, q.rateAuthor(null, "Nobody%"));
            assertEquals(Optional.empty(), q.getAuthor(2).map(Author::rating));

            assertEquals(
                    List.of(
                            new BooksWithAuthorRow(
                                    new Book(
                                            10,
                                            1,
                                            "A Wizard of Earthsea",
                                            new BigDecimal("9.99"),
                                            LocalDateTime.of(1968, 11, 1, 0, 0)),
                                    "Ursula K. Le Guin"),
                            new BooksWithAuthorRow(
                                    new Book(11, 1, "The Dispossessed", null, null), "Ursula K. Le Guin")),
                    q.booksWithAuthor());

            // sqlj.optional and sqlj.sort: every combination of the two filters, each ordering
            assertEquals(List.of(10L, 11L), ids(q.findBooks(null, null, null, null)), "null: by title");
            assertEquals(List.of(10L, 11L), ids(q.findBooks(1, null, null, null)));
            assertEquals(List.of(10L), ids(q.findBooks(null, new BigDecimal("5"), new BigDecimal("10"), null)));
            assertEquals(List.of(), ids(q.findBooks(2, new BigDecimal("5"), new BigDecimal("10"), null)));
            assertEquals(List.of(11L, 10L), ids(q.findBooks(null, null, null, FindBooksSort.ID_DESC)));
            assertThrows(IllegalArgumentException.class, () -> q.findBooks(null, BigDecimal.ONE, null, null));
            // sqlj.embed_list: an author without books has an empty list
            var authors = q.authorsWithTheirBooks();
            assertEquals(
                    List.of(10L, 11L),
                    authors.get(0).books().stream().map(Book::id).toList());
            assertEquals(List.of(), authors.get(1).books());
        }
    }

    private static List<Long> ids(List<FindBooksRow> rows) {
        return rows.stream().map(FindBooksRow::id).toList();
    }
}
