package io.sqlj.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import testdata.local_names.Clash;
import testdata.local_names.FilterClashesSort;
import testdata.local_names.FindClashesParams;
import testdata.local_names.FindClashesRow;
import testdata.local_names.InsertClashParams;
import testdata.local_names.InsertClashesParams;
import testdata.local_names.Queries;
import testdata.local_names.StreamClashesRow;

/**
 * testdata/local_names on SQLite: parameters and columns named like the locals and parameters of
 * generated methods ({@code conn}, {@code ps}, {@code rs}, {@code sql}, {@code result}, {@code
 * rows}, {@code params}, {@code each}, {@code java}) keep their names and carry their own values
 * through every command.
 */
class LocalNamesTest {
    private static Connection db;

    @BeforeAll
    static void load() throws Exception {
        db = Sqlite.withSchemaOf("local_names");
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    @Test
    void everyCommandReadsAndWritesTheValuesOfItsOwnNames() throws SQLException {
        Queries q = new Queries(db);
        long first = q.insertClash(new InsertClashParams("c1", "p1", 5, "j1", "e1", 7L, "x", "r1"));
        long second = q.insertClash(new InsertClashParams("c2", "p2", 9, "j2", "e1", null, "y", null));
        assertEquals(first + 1, second);

        assertEquals(
                Optional.of(new Clash(first, "c1", "p1", 5, "j1", "e1", 7L, "x", "r1")), q.findClash("c1", 5, "j1"));
        assertEquals(Optional.empty(), q.findClash("c1", 5, "j2"));

        assertEquals(List.of(second), q.clashesIn(List.of(first, second), "c2"));
        assertEquals(List.of(second, first), q.filterClashes(null, null, FilterClashesSort.RS_DESC));
        assertEquals(List.of(first), q.filterClashes("c1", List.of(first, second), FilterClashesSort.ID));
        assertEquals(List.of(), q.filterClashes("c1", List.of(second), null));

        try (Stream<StreamClashesRow> rows = q.streamClashes("e1", 6)) {
            assertEquals(List.of(new StreamClashesRow(second, "e1")), rows.toList());
        }
        List<StreamClashesRow> seen = new ArrayList<>();
        q.streamClashes("e1", 0, seen::add);
        assertEquals(List.of(new StreamClashesRow(first, "e1"), new StreamClashesRow(second, "e1")), seen);

        assertEquals(1, q.updateClashes("done", "c2", "p2"));
        assertEquals(Optional.of("done"), q.findClash("c2", 9, "j2").map(Clash::result));

        long[] counts = q.insertClashes(
                List.of(new InsertClashesParams("c3", 1, 3L, "a"), new InsertClashesParams("c4", 2, null, "b")));
        assertEquals(List.of(1L, 1L), List.of(counts[0], counts[1]));
        List<Optional<FindClashesRow>> found =
                q.findClashes(List.of(new FindClashesParams("c3", 1), new FindClashesParams("c4", 99)));
        assertEquals(2, found.size());
        assertEquals(Optional.of(3L), found.get(0).map(FindClashesRow::rows));
        assertTrue(found.get(1).isEmpty());

        assertEquals(1, q.deleteClashes("y").rowsAffected());
        assertEquals(Optional.empty(), q.findClash("c2", 9, "j2"));
    }
}
