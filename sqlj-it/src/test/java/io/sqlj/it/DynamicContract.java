package io.sqlj.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * What sqlj.optional, sqlj.sort and sqlj.embed_list (testdata/dynamic_sqlite, dynamic_pg,
 * dynamic_my: one query file, three engines) must do on every engine: every combination of the
 * filters, every ordering, groups with and without children. Each engine's test names its
 * generated package and adds what only its engine shows (query plans).
 */
abstract class DynamicContract {

    /** A row of {@code booksPage}. */
    record Page(long id, String createdAt) {}

    /** A row of {@code authorsWithBooks}: its author record, its list of book records as returned, their ids. */
    record Group(Object author, List<?> books, List<Long> bookIds) {}

    /**
     * The engine's generated package, such as {@code testdata.dynamic_pg}. The three packages have
     * the same classes with the same members (one query file, three engines), so the tests reach
     * them by name; a member that one engine's code lacks fails that engine's tests.
     */
    abstract String generatedPackage();

    /** The seeded database of this engine, shared by the class's tests. */
    abstract Connection db();

    private Class<?> type(String simpleName) {
        try {
            return Class.forName(generatedPackage() + "." + simpleName);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** A new record or the result of a {@code Queries} method, by name; the method's own exception as thrown. */
    private Object call(@Nullable Object target, Class<?> type, String method, Object... args) throws SQLException {
        Method m = java.util.Arrays.stream(type.getMethods())
                .filter(c -> c.getName().equals(method) && c.getParameterCount() == args.length)
                .findFirst()
                .orElseThrow(() -> new AssertionError(type.getName() + " has no method " + method));
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new AssertionError(e.getCause());
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private Object newRecord(String simpleName, Object... args) {
        Constructor<?> c = type(simpleName).getConstructors()[0];
        try {
            return c.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new AssertionError(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** A record component's value. */
    private Object get(Object record, String component) throws SQLException {
        return call(record, record.getClass(), component);
    }

    /** A new {@code Queries} over {@code c}. */
    private Object queries(Connection c) {
        try {
            return type("Queries").getConstructor(Connection.class).newInstance(c);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private Object query(Connection c, String method, @Nullable Object... args) throws SQLException {
        return call(queries(c), type("Queries"), method, args);
    }

    @SuppressWarnings("unchecked")
    private List<Long> longs(Object list) {
        return (List<Long>) list;
    }

    private List<Long> column(Object rows, String component) throws SQLException {
        List<Long> out = new ArrayList<>();
        for (Object row : (List<?>) rows) {
            out.add((Long) get(row, component));
        }
        return out;
    }

    private List<Long> twoFilters(Connection c, @Nullable Long authorId, @Nullable String title) throws SQLException {
        return longs(query(c, "twoFilters", authorId, title));
    }

    /** {@code findBooks} with {@code order} the name of a sort constant: the ids of its rows. */
    private List<Long> findBooks(
            @Nullable Long authorId,
            @Nullable Long minPrice,
            @Nullable Long maxPrice,
            @Nullable List<Long> ids,
            @Nullable String order)
            throws SQLException {
        Object sort = order == null ? null : call(null, type("FindBooksSort"), "valueOf", order);
        Object params = newRecord("FindBooksParams", authorId, minPrice, maxPrice, ids, sort);
        return column(query(db(), "findBooks", params), "id");
    }

    private List<Page> booksPage(
            @Nullable String afterCreatedAt, @Nullable Long afterId, @Nullable Long authorId, int n)
            throws SQLException {
        List<Page> out = new ArrayList<>();
        for (Object row : (List<?>) query(db(), "booksPage", afterCreatedAt, afterId, authorId, n)) {
            out.add(new Page((Long) get(row, "id"), (String) get(row, "createdAt")));
        }
        return out;
    }

    private Group group(Object row) throws SQLException {
        List<?> books = (List<?>) get(row, "books");
        return new Group(get(row, "author"), books, column(books, "id"));
    }

    private List<Long> sameParamTwice(@Nullable Long authorId) throws SQLException {
        return longs(query(db(), "sameParamTwice", new Object[] {authorId}));
    }

    private Object author(long id, String name) {
        return newRecord("Author", id, name);
    }

    static void seed(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("INSERT INTO authors (id, name) VALUES (1, 'Ann'), (2, 'Bob'), (3, 'Cid')");
            s.execute("INSERT INTO books (id, author_id, title, price, created_at) VALUES"
                    + " (1, 1, 'Dune', 30, '2024-01-01'), (2, 1, 'Emma', 10, '2024-01-02'),"
                    + " (3, 2, 'Cats', 20, '2024-01-03'), (4, 2, 'Alps', 40, '2024-01-04'),"
                    + " (5, 1, 'Bees', 20, '2024-01-05')");
        }
    }

    @Test
    void everyCombinationOfTwoFiltersAndAtMostFourSqlStrings() throws SQLException {
        SqlRecorder recorder = new SqlRecorder(db());
        Connection c = recorder.connection;
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), twoFilters(c, null, null));
        assertEquals(List.of(1L, 2L, 5L), twoFilters(c, 1L, null));
        assertEquals(List.of(4L), twoFilters(c, null, "Alps"));
        assertEquals(List.of(), twoFilters(c, 1L, "Alps"));
        assertEquals(List.of(2L), twoFilters(c, 1L, "Emma"));
        assertEquals(List.of(1L, 2L, 5L), twoFilters(c, 1L, null)); // the same SQL as before
        assertEquals(4, new HashSet<>(recorder.prepared).size(), recorder.prepared.toString());
        assertFalse(recorder.prepared.get(0).contains("?"), "no predicate given: nothing bound");
    }

    @Test
    void severalParametersInOnePredicateGoTogether() throws SQLException {
        assertEquals(List.of(3L, 5L), findBooks(null, 15L, 25L, null, "ID"));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> findBooks(null, 15L, null, null, null));
        assertTrue(e.getMessage().contains("minPrice, maxPrice"), e.getMessage());
    }

    @Test
    void aSliceInsideAnOptional() throws SQLException {
        assertEquals(5, findBooks(null, null, null, null, null).size(), "null list: no filter");
        assertEquals(
                List.of(),
                findBooks(null, null, null, List.of(), null),
                "empty list: the filter stays and matches nothing");
        assertEquals(List.of(2L, 4L), findBooks(null, null, null, List.of(4L, 2L), "ID"));
        assertEquals(List.of(1L), findBooks(1L, 25L, 35L, List.of(1L, 3L), null));
    }

    @Test
    void everySortConstantAndNullForTheFirst() throws SQLException {
        assertEquals(List.of(4L, 5L, 3L, 1L, 2L), findBooks(null, null, null, null, null));
        assertEquals(List.of(4L, 5L, 3L, 1L, 2L), findBooks(null, null, null, null, "TITLE"));
        assertEquals(List.of(4L, 1L, 3L, 5L, 2L), findBooks(null, null, null, null, "PRICE_DESC"));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), findBooks(null, null, null, null, "ID"));
        assertEquals(
                List.of("TITLE", "PRICE_DESC", "ID"),
                java.util.Arrays.stream(type("FindBooksSort").getEnumConstants())
                        .map(e -> ((Enum<?>) e).name())
                        .toList());
    }

    @Test
    void theSameParameterInTwoPredicates() throws SQLException {
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), sameParamTwice(null));
        // author_id = 1 AND (price > 1 OR id = 1)
        assertEquals(List.of(1L, 2L, 5L), sameParamTwice(1L));
        assertEquals(List.of(3L, 4L), sameParamTwice(2L));
    }

    @Test
    void optionalInJoinOnAndHaving() throws SQLException {
        assertEquals(List.of(3L, 2L, 0L), column(query(db(), "authorBookCounts", null, null), "books"));
        assertEquals(List.of(2L, 1L, 0L), column(query(db(), "authorBookCounts", 20L, null), "books"));
        assertEquals(List.of(3L, 2L), column(query(db(), "authorBookCounts", null, 2L), "books"));
        assertEquals(List.of(2L), column(query(db(), "authorBookCounts", 20L, 2L), "books"));
    }

    @Test
    void keysetPagination() throws SQLException {
        List<Long> seen = new ArrayList<>();
        List<Page> page = booksPage(null, null, null, 2);
        while (!page.isEmpty()) {
            page.forEach(row -> seen.add(row.id()));
            Page last = page.get(page.size() - 1);
            page = booksPage(last.createdAt(), last.id(), null, 2);
        }
        assertEquals(List.of(5L, 4L, 3L, 2L, 1L), seen);
        assertEquals(
                List.of(5L, 2L),
                booksPage(null, null, 1L, 2).stream().map(Page::id).toList());
        assertEquals(
                List.of(2L, 1L),
                booksPage("2024-01-05", 5L, 1L, 10).stream().map(Page::id).toList());
        assertThrows(IllegalArgumentException.class, () -> booksPage("2024-01-05", null, null, 2));
    }

    @Test
    void embedListGroupsChildrenUnderTheirParent() throws SQLException {
        List<Group> rows = new ArrayList<>();
        for (Object row : (List<?>) query(db(), "authorsWithBooks")) {
            rows.add(group(row));
        }
        assertEquals(
                List.of(author(1, "Ann"), author(2, "Bob"), author(3, "Cid")),
                rows.stream().map(Group::author).toList());
        assertEquals(List.of(1L, 2L, 5L), rows.get(0).bookIds());
        assertEquals(List.of(3L, 4L), rows.get(1).bookIds());
        assertEquals(List.of(), rows.get(2).books(), "no books: an empty list, not one all-null book");
        assertEquals(
                newRecord("Book", 3L, 2L, "Cats", 20L, "2024-01-03"),
                rows.get(1).books().get(0));
        assertThrows(
                UnsupportedOperationException.class, () -> rows.get(0).books().clear());
        Optional<?> one = (Optional<?>) query(db(), "authorWithBooks", 2L);
        assertEquals(List.of(3L, 4L), group(one.orElseThrow()).bookIds());
        assertEquals(
                List.of(),
                group(((Optional<?>) query(db(), "authorWithBooks", 3L)).orElseThrow())
                        .books());
        assertEquals(Optional.empty(), query(db(), "authorWithBooks", 9L));
    }
}
