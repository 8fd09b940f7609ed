package io.sqlj.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the generated code of the testdata cases that share the library schema (authors, books,
 * reviews) against a real in-memory SQLite.
 */
class LibraryQueriesTest {

    private Connection db;

    @BeforeEach
    void open() throws SQLException {
        db = Sqlite.withSchemaOf("one_by_id");
        Sqlite.exec(
                db,
                "INSERT INTO authors (id, name, bio, born_year) VALUES (1, 'Le Guin', 'Earthsea', 1929)",
                "INSERT INTO authors (id, name, bio, born_year) VALUES (2, 'Borges', NULL, NULL)",
                "INSERT INTO authors (id, name, bio, born_year) VALUES (3, 'Calvino', 'Cosmicomics', 1923)",
                "INSERT INTO books (id, author_id, title, isbn, price, pages) VALUES (10, 1, 'A Wizard of Earthsea', '0-1', 9.5, 183)",
                "INSERT INTO books (id, author_id, title, isbn, price, pages) VALUES (11, 1, 'The Dispossessed', NULL, 12.0, NULL)",
                "INSERT INTO books (id, author_id, title, isbn, price, pages) VALUES (12, 2, 'Ficciones', '0-3', 7.25, 174)",
                "INSERT INTO books (id, author_id, title, isbn, price, pages) VALUES (13, 99, 'Orphan', NULL, 1.0, 10)");
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void oneReturnsTheRowOrEmptyAndRefusesTwoRows() throws SQLException {
        var q = new testdata.one_by_id.Queries(db);
        assertEquals(Optional.of(new testdata.one_by_id.Author(1, "Le Guin", "Earthsea", 1929L)), q.getAuthor(1));
        assertEquals(Optional.of(new testdata.one_by_id.Author(2, "Borges", null, null)), q.getAuthor(2));
        assertEquals(Optional.empty(), q.getAuthor(42));

        var single = new testdata.single_column.Queries(db);
        assertEquals(Optional.of(3L), single.countAuthors());
        assertEquals(Optional.of(1929L), single.getBornYear(1));
        assertEquals(Optional.empty(), single.getBornYear(2), "a NULL single column reads as empty");
        assertEquals(List.of("Borges", "Calvino", "Le Guin"), single.listAuthorNames());

        assertEquals(Optional.of("Borges"), new testdata.multiple_files.Queries(db).getAuthorName(2));
    }

    @Test
    void oneRefusesASecondRow() throws SQLException {
        // The same query against a table whose ids are not unique.
        try (Connection loose = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:")) {
            Sqlite.exec(
                    loose,
                    "CREATE TABLE authors (id INTEGER, name TEXT NOT NULL, bio TEXT, born_year INTEGER)",
                    "INSERT INTO authors VALUES (7, 'x', NULL, NULL), (7, 'y', NULL, NULL)");
            SQLException e = assertThrows(SQLException.class, () -> new testdata.one_by_id.Queries(loose).getAuthor(7));
            assertTrue(e.getMessage().contains("GetAuthor"), e.getMessage());
        }
    }

    @Test
    void manyKeepsOrderAndNulls() throws SQLException {
        var rows = new testdata.many_ordered.Queries(db).listAuthors();
        assertEquals(
                List.of(
                        new testdata.many_ordered.ListAuthorsRow(2, "Borges", null),
                        new testdata.many_ordered.ListAuthorsRow(3, "Calvino", "Cosmicomics"),
                        new testdata.many_ordered.ListAuthorsRow(1, "Le Guin", "Earthsea")),
                rows);
        var pages = new testdata.nullability.Queries(db).listBooksByPages(0);
        assertEquals(3, pages.size());
        assertEquals(
                new testdata.nullability.ListBooksByPagesRow("A Wizard of Earthsea", "0-1", 9.5, 183L), pages.get(0));
    }

    @Test
    void execCommandsChangeRowsAndReportCountsAndKeys() throws SQLException {
        var insert = new testdata.execlastid_insert.Queries(db);
        long id = insert.createAuthor("Lem", null, null);
        assertEquals(4, id);
        assertEquals(
                Optional.of(new testdata.one_by_id.Author(4, "Lem", null, null)),
                new testdata.one_by_id.Queries(db).getAuthor(id));

        assertEquals(1, new testdata.execrows_update.Queries(db).updateBio("Solaris", "Lem"));
        assertEquals(0, new testdata.execrows_update.Queries(db).updateBio("x", "Nobody"));
        assertEquals(1, new testdata.sqlj_arg.Queries(db).renameAuthor("Stanisław Lem", null, id));
        assertEquals(
                Optional.of(new testdata.one_by_id.Author(4, "Stanisław Lem", null, null)),
                new testdata.one_by_id.Queries(db).getAuthor(id));

        new testdata.exec_delete.Queries(db).deleteAuthor(id);
        assertEquals(Optional.empty(), new testdata.one_by_id.Queries(db).getAuthor(id));

        long book = new testdata.params_record.Queries(db)
                .createBook(new testdata.params_record.CreateBookParams(3, "Invisible Cities", null, 11.0, null));
        assertEquals(14, book);
        new testdata.params_limit_option.Queries(db)
                .updateBook(new testdata.params_limit_option.UpdateBookParams("Le città invisibili", 13.5, book));
        assertEquals(List.of("Le città invisibili"), new testdata.multiple_files.Queries(db).listTitles(3));
    }

    @Test
    void returningReadsTheInsertedRow() throws SQLException {
        var row = new testdata.returning.Queries(db)
                .createAuthorReturning("Tokarczuk", null)
                .orElseThrow();
        assertEquals(new testdata.returning.CreateAuthorReturningRow(4, "Tokarczuk", null), row);
    }

    @Test
    void joinsMakeTheOuterSideNullable() throws SQLException {
        var inner = new testdata.join_inner.Queries(db).listBooksWithAuthor();
        assertEquals(3, inner.size(), "the orphan book has no author");
        assertEquals(new testdata.join_inner.ListBooksWithAuthorRow(12, "Ficciones", "Borges"), inner.get(2));

        var left = new testdata.join_left.Queries(db).listAuthorsWithBooks();
        assertEquals(
                List.of(
                        new testdata.join_left.ListAuthorsWithBooksRow(1, "Le Guin", 10L, "A Wizard of Earthsea"),
                        new testdata.join_left.ListAuthorsWithBooksRow(1, "Le Guin", 11L, "The Dispossessed"),
                        new testdata.join_left.ListAuthorsWithBooksRow(2, "Borges", 12L, "Ficciones"),
                        new testdata.join_left.ListAuthorsWithBooksRow(3, "Calvino", null, null)),
                left);

        var right = new testdata.join_right.Queries(db).listBooksRight();
        assertEquals(new testdata.join_right.ListBooksRightRow(null, "Orphan"), right.get(3));

        var full = new testdata.join_full.Queries(db).listFull();
        assertEquals(5, full.size());
        assertTrue(full.contains(new testdata.join_full.ListFullRow(null, "Orphan")));
        assertTrue(full.contains(new testdata.join_full.ListFullRow("Calvino", null)));
    }

    @Test
    void aggregatesAndExpressions() throws SQLException {
        var stats = new testdata.aggregates.Queries(db).bookStats();
        assertEquals(new testdata.aggregates.BookStatsRow("Borges", 1, 174L, 7.25, 7.25, 7.25), stats.get(0));
        assertEquals(new testdata.aggregates.BookStatsRow("Calvino", 0, null, null, null, 0.0), stats.get(1));
        assertEquals(new testdata.aggregates.BookStatsRow("Le Guin", 2, 183L, 10.75, 12.0, 21.5), stats.get(2));
        assertEquals(Optional.of(2L), new testdata.aggregates.Queries(db).countBooksByAuthor(1));

        var expressions = new testdata.expressions.Queries(db).authorExpressions();
        assertEquals(
                new testdata.expressions.AuthorExpressionsRow(1, "Le Guin (Earthsea)", 1929, "1929", "known", 7, true),
                expressions.get(0));
        assertEquals(
                new testdata.expressions.AuthorExpressionsRow(2, "Borges (no bio)", 0, null, "unknown", 6, false),
                expressions.get(1));

        var counted = new testdata.subquery.Queries(db).authorsWithBookCount(8.0);
        assertEquals(List.of(new testdata.subquery.AuthorsWithBookCountRow(1, "Le Guin", 2L)), counted);
        assertEquals(Optional.of(0L), new testdata.class_name_option.ReviewQueries(db).countReviews());
    }

    @Test
    void parameterStyles() throws SQLException {
        assertEquals(
                List.of(new testdata.named_at.FindBooksRow(10, "A Wizard of Earthsea")),
                new testdata.named_at.Queries(db).findBooks(1, 10.0));
        assertEquals(
                List.of(new testdata.named_colon.FindBooksColonRow(10, "A Wizard of Earthsea")),
                new testdata.named_colon.Queries(db).findBooksColon(1, 100));
        assertEquals(
                List.of(
                        new testdata.sqlc_alias.FindByNameRow(2, "Borges"),
                        new testdata.sqlc_alias.FindByNameRow(3, "Calvino")),
                new testdata.sqlc_alias.Queries(db).findByName("Borges", "Cosmicomics"));
        // ?1 is the lower bound, ?2 the upper one, whatever their order in the text.
        assertEquals(
                List.of(new testdata.numbered_params.BooksInPriceRangeRow(10, "A Wizard of Earthsea")),
                new testdata.numbered_params.Queries(db).booksInPriceRange(8.0, 10.0));
        assertEquals(
                List.of(new testdata.repeated_param.SearchAuthorsRow(1, "Le Guin")),
                new testdata.repeated_param.Queries(db).searchAuthors("%Earth%"));
        assertEquals(
                List.of(
                        new testdata.in_list.ListAuthorsInRow(1, "Le Guin"),
                        new testdata.in_list.ListAuthorsInRow(3, "Calvino")),
                new testdata.in_list.Queries(db).listAuthorsIn(3, 1, 42));
        assertEquals(
                List.of(new testdata.limit_offset.PageAuthorsRow(2, "Borges")),
                new testdata.limit_offset.Queries(db).pageAuthors(1, 1));
    }

    @Test
    void slicesExpandAndAnEmptyListMatchesNothing() throws SQLException {
        var q = new testdata.slice.Queries(db);
        assertEquals(
                List.of(
                        new testdata.slice.ListAuthorsByIdsRow(1, "Le Guin"),
                        new testdata.slice.ListAuthorsByIdsRow(3, "Calvino")),
                q.listAuthorsByIds(List.of(3L, 1L, 77L)));
        assertEquals(List.of(new testdata.slice.ListAuthorsByIdsRow(2, "Borges")), q.listAuthorsByIds(List.of(2L)));
        assertEquals(List.of(), q.listAuthorsByIds(List.of()));
        assertEquals(
                List.of(
                        new testdata.slice.ListBooksByAuthorsAndMaxPriceRow(10, "A Wizard of Earthsea"),
                        new testdata.slice.ListBooksByAuthorsAndMaxPriceRow(12, "Ficciones")),
                q.listBooksByAuthorsAndMaxPrice(List.of(1L, 2L), 10.0));
        assertEquals(List.of(), q.listBooksByAuthorsAndMaxPrice(List.of(), 10.0));
    }

    @Test
    void duplicateColumnsGetSuffixes() throws SQLException {
        var rows = new testdata.duplicate_columns.Queries(db).listAuthorBookIds();
        assertEquals(
                new testdata.duplicate_columns.ListAuthorBookIdsRow(1, 10, "Le Guin", "A Wizard of Earthsea"),
                rows.get(0));
    }

    @Test
    void batchInsertsEveryRow() throws SQLException {
        var q = new testdata.batch_insert.Queries(db);
        List<testdata.batch_insert.InsertReviewsParams> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            rows.add(new testdata.batch_insert.InsertReviewsParams(10, 1 + i % 5, i % 2 == 0 ? null : "review " + i));
        }
        long[] counts = q.insertReviews(rows);
        assertEquals(2500, counts.length);
        long[] ones = new long[2500];
        java.util.Arrays.fill(ones, 1);
        assertArrayEquals(ones, counts);
        assertEquals(Optional.of(2500L), new testdata.class_name_option.ReviewQueries(db).countReviews());
        assertEquals(0, q.insertReviews(List.of()).length);
        assertFalse(db.isClosed());
    }
}
