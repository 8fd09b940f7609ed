package io.sqlj.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import testdata.dynamic_pg.Author;
import testdata.dynamic_pg.AuthorBookCountsRow;
import testdata.dynamic_pg.AuthorWithBooksRow;
import testdata.dynamic_pg.Book;
import testdata.dynamic_pg.BooksPageRow;
import testdata.dynamic_pg.FindBooksParams;
import testdata.dynamic_pg.FindBooksRow;
import testdata.dynamic_pg.FindBooksSort;
import testdata.dynamic_pg.Queries;

/**
 * sqlj.optional, sqlj.sort and sqlj.embed_list (testdata/dynamic_pg) run against PostgreSQL:
 * every combination of the filters, every ordering, groups with and without children, and the
 * query plans that are the point of sqlj.optional.
 */
class DynamicPostgresTest {
    private static Connection db;

    @BeforeAll
    static void load() throws Exception {
        db = Postgres.withSchemaOf("dynamic_pg");
        DynamicSqliteTest.seed(db);
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    @Test
    void everyCombinationOfTwoFiltersAndAtMostFourSqlStrings() throws SQLException {
        SqlRecorder recorder = new SqlRecorder(db);
        Queries q = new Queries(recorder.connection);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), q.twoFilters(null, null));
        assertEquals(List.of(1L, 2L, 5L), q.twoFilters(1L, null));
        assertEquals(List.of(4L), q.twoFilters(null, "Alps"));
        assertEquals(List.of(), q.twoFilters(1L, "Alps"));
        assertEquals(List.of(2L), q.twoFilters(1L, "Emma"));
        assertEquals(List.of(1L, 2L, 5L), q.twoFilters(1L, null)); // the same SQL as before
        assertEquals(4, new HashSet<>(recorder.prepared).size(), recorder.prepared.toString());
        assertFalse(recorder.prepared.get(0).contains("?"), "no predicate given: nothing bound");
    }

    @Test
    void severalParametersInOnePredicateGoTogether() throws SQLException {
        Queries q = new Queries(db);
        assertEquals(List.of(3L, 5L), ids(q.findBooks(new FindBooksParams(null, 15L, 25L, null, FindBooksSort.ID))));
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> q.findBooks(new FindBooksParams(null, 15L, null, null, null)));
        assertTrue(e.getMessage().contains("minPrice, maxPrice"), e.getMessage());
    }

    @Test
    void aSliceInsideAnOptional() throws SQLException {
        Queries q = new Queries(db);
        assertEquals(
                5,
                q.findBooks(new FindBooksParams(null, null, null, null, null)).size(),
                "null list: no filter");
        assertEquals(
                List.of(),
                q.findBooks(new FindBooksParams(null, null, null, List.of(), null)),
                "empty list: the filter stays and matches nothing");
        assertEquals(
                List.of(2L, 4L),
                ids(q.findBooks(new FindBooksParams(null, null, null, List.of(4L, 2L), FindBooksSort.ID))));
        assertEquals(List.of(1L), ids(q.findBooks(new FindBooksParams(1L, 25L, 35L, List.of(1L, 3L), null))));
    }

    @Test
    void everySortConstantAndNullForTheFirst() throws SQLException {
        Queries q = new Queries(db);
        assertEquals(List.of(4L, 5L, 3L, 1L, 2L), ids(q.findBooks(new FindBooksParams(null, null, null, null, null))));
        assertEquals(
                List.of(4L, 5L, 3L, 1L, 2L),
                ids(q.findBooks(new FindBooksParams(null, null, null, null, FindBooksSort.TITLE))));
        assertEquals(
                List.of(4L, 1L, 3L, 5L, 2L),
                ids(q.findBooks(new FindBooksParams(null, null, null, null, FindBooksSort.PRICE_DESC))));
        assertEquals(
                List.of(1L, 2L, 3L, 4L, 5L),
                ids(q.findBooks(new FindBooksParams(null, null, null, null, FindBooksSort.ID))));
        assertEquals(
                List.of("TITLE", "PRICE_DESC", "ID"),
                java.util.Arrays.stream(FindBooksSort.values()).map(Enum::name).toList());
    }

    @Test
    void theSameParameterInTwoPredicates() throws SQLException {
        Queries q = new Queries(db);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), q.sameParamTwice(null));
        // author_id = 1 AND (price > 1 OR id = 1)
        assertEquals(List.of(1L, 2L, 5L), q.sameParamTwice(1L));
        assertEquals(List.of(3L, 4L), q.sameParamTwice(2L));
    }

    @Test
    void optionalInJoinOnAndHaving() throws SQLException {
        Queries q = new Queries(db);
        assertEquals(List.of(3L, 2L, 0L), counts(q.authorBookCounts(null, null)));
        assertEquals(List.of(2L, 1L, 0L), counts(q.authorBookCounts(20L, null)));
        assertEquals(List.of(3L, 2L), counts(q.authorBookCounts(null, 2L)));
        assertEquals(List.of(2L), counts(q.authorBookCounts(20L, 2L)));
    }

    @Test
    void keysetPagination() throws SQLException {
        Queries q = new Queries(db);
        List<Long> seen = new ArrayList<>();
        List<BooksPageRow> page = q.booksPage(null, null, null, 2);
        while (!page.isEmpty()) {
            page.forEach(row -> seen.add(row.id()));
            BooksPageRow last = page.get(page.size() - 1);
            page = q.booksPage(last.createdAt(), last.id(), null, 2);
        }
        assertEquals(List.of(5L, 4L, 3L, 2L, 1L), seen);
        assertEquals(
                List.of(5L, 2L),
                q.booksPage(null, null, 1L, 2).stream().map(BooksPageRow::id).toList());
        assertEquals(
                List.of(2L, 1L),
                q.booksPage("2024-01-05", 5L, 1L, 10).stream()
                        .map(BooksPageRow::id)
                        .toList());
        assertThrows(IllegalArgumentException.class, () -> q.booksPage("2024-01-05", null, null, 2));
    }

    @Test
    void embedListGroupsChildrenUnderTheirParent() throws SQLException {
        Queries q = new Queries(db);
        var rows = q.authorsWithBooks();
        assertEquals(
                List.of(new Author(1, "Ann"), new Author(2, "Bob"), new Author(3, "Cid")),
                rows.stream().map(r -> r.author()).toList());
        assertEquals(
                List.of(1L, 2L, 5L), rows.get(0).books().stream().map(Book::id).toList());
        assertEquals(List.of(3L, 4L), rows.get(1).books().stream().map(Book::id).toList());
        assertEquals(List.of(), rows.get(2).books(), "no books: an empty list, not one all-null book");
        assertEquals(
                new Book(3, 2, "Cats", 20, "2024-01-03"), rows.get(1).books().get(0));
        assertThrows(
                UnsupportedOperationException.class, () -> rows.get(0).books().clear());
        Optional<AuthorWithBooksRow> one = q.authorWithBooks(2);
        assertEquals(
                List.of(3L, 4L),
                one.orElseThrow().books().stream().map(Book::id).toList());
        assertEquals(List.of(), q.authorWithBooks(3).orElseThrow().books());
        assertEquals(Optional.empty(), q.authorWithBooks(9));
    }

    /**
     * PostgreSQL plans a query with parameters once and reuses a generic plan (after five runs of
     * a prepared statement, or always with plan_cache_mode = force_generic_plan): that plan cannot
     * know whether {@code $1 IS NULL}, so the {@code IS NULL OR} form scans the whole table, while
     * the SQL sqlj.optional sends with the filter given searches the index.
     */
    @Test
    void withOneFilterGivenTheGenericPlanUsesItsIndex() throws Exception {
        try (Connection big = Postgres.withSchemaOf("dynamic_pg");
                Statement s = big.createStatement()) {
            s.execute("INSERT INTO authors SELECT g, 'a' || g FROM generate_series(1, 1000) g");
            s.execute(
                    "INSERT INTO books SELECT g, 1 + g % 1000, 't' || g, g % 50, '2024' FROM generate_series(1, 20000) g");
            s.execute("ANALYZE");
            s.execute("SET plan_cache_mode = force_generic_plan");
            SqlRecorder recorder = new SqlRecorder(big);
            Queries q = new Queries(recorder.connection);
            q.twoFilters(7L, null);
            String optional = plan(s, "optional", recorder.last());
            q.nullOrFilter(7L);
            String nullOr = plan(s, "null_or", recorder.last());
            assertTrue(optional.contains("books_author"), optional);
            assertTrue(nullOr.contains("Seq Scan on books") && !nullOr.contains("books_author"), nullOr);
        }
    }

    private static String plan(Statement s, String name, String sql) throws SQLException {
        StringBuilder numbered = new StringBuilder();
        int n = 0;
        for (char c : sql.toCharArray()) {
            numbered.append(c == '?' ? "$" + ++n : String.valueOf(c));
        }
        s.execute("PREPARE " + name + " AS " + numbered);
        StringBuilder plan = new StringBuilder();
        String args = String.join(", ", java.util.Collections.nCopies(n, "7"));
        try (ResultSet rs = s.executeQuery("EXPLAIN EXECUTE " + name + (n == 0 ? "" : "(" + args + ")"))) {
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    private static List<Long> ids(List<FindBooksRow> rows) {
        return rows.stream().map(FindBooksRow::id).toList();
    }

    private static List<Long> counts(List<AuthorBookCountsRow> rows) {
        return rows.stream().map(AuthorBookCountsRow::books).toList();
    }
}
