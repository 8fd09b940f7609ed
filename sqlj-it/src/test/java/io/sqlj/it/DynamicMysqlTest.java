package io.sqlj.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import testdata.dynamic_my.Author;
import testdata.dynamic_my.AuthorBookCountsRow;
import testdata.dynamic_my.AuthorWithBooksRow;
import testdata.dynamic_my.Book;
import testdata.dynamic_my.BooksPageRow;
import testdata.dynamic_my.FindBooksParams;
import testdata.dynamic_my.FindBooksRow;
import testdata.dynamic_my.FindBooksSort;
import testdata.dynamic_my.Queries;

/**
 * sqlj.optional, sqlj.sort and sqlj.embed_list (testdata/dynamic_my) run against MariaDB:
 * every combination of the filters, every ordering, groups with and without children,.
 */
class DynamicMysqlTest {
    private static Connection db;

    @BeforeAll
    static void load() throws Exception {
        db = MariaDb.withSchemaOf("dynamic_my");
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

    private static List<Long> ids(List<FindBooksRow> rows) {
        return rows.stream().map(FindBooksRow::id).toList();
    }

    private static List<Long> counts(List<AuthorBookCountsRow> rows) {
        return rows.stream().map(AuthorBookCountsRow::books).toList();
    }
}
