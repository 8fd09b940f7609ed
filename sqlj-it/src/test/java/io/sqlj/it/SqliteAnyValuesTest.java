package io.sqlj.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import testdata.sqlite_any_values.Box;
import testdata.sqlite_any_values.Price;
import testdata.sqlite_any_values.Queries;
import testdata.sqlite_any_values.Repro;

/**
 * Values whose type nothing tells are Objects, as sqlc's interface{}: run through the generated
 * code of testdata/sqlite_any_values on SQLite with integers, reals, text, blobs and NULL.
 */
class SqliteAnyValuesTest {

    /** The case's schema, one statement at a time (sqlite-jdbc fails on CREATE VIRTUAL TABLE in a batch). */
    private static Connection database() throws SQLException {
        Connection db = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:");
        try (var s = db.createStatement()) {
            String schema =
                    java.nio.file.Files.readString(Sqlite.root().resolve("testdata/sqlite_any_values/schema.sql"));
            for (String statement : schema.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return db;
    }

    @Test
    void anUntypedColumnKeepsEachValueAsStored() throws SQLException {
        try (Connection db = database()) {
            Queries q = new Queries(db);
            q.insertRepro(1L, "a", 2.5);
            q.insertRepro(Long.MAX_VALUE, new byte[] {1, 2}, null);
            q.insertRepro("x", null, 3L);
            List<Repro> rows = q.listRepro();
            assertEquals(3, rows.size());
            // sqlite-jdbc gives an Integer for an integer that fits 32 bits, a Long for a larger one
            assertEquals(1, rows.get(0).id());
            assertEquals("a", rows.get(0).name());
            assertEquals(2.5, rows.get(0).seq());
            assertEquals(Long.MAX_VALUE, rows.get(1).id());
            assertArrayEquals(new byte[] {1, 2}, (byte[]) rows.get(1).name());
            assertNull(rows.get(1).seq());
            assertEquals("x", rows.get(2).id());
            assertNull(rows.get(2).name());
            assertEquals(3, rows.get(2).seq());
        }
    }

    @Test
    void expressionsNothingTypesAreObjects() throws SQLException {
        try (Connection db = database()) {
            Queries q = new Queries(db);
            q.insertDoc(1, "{\"v\": 42}");
            q.insertDoc(2, "{\"v\": \"text\"}");
            q.insertDoc(3, "{\"v\": 1.5}");
            q.insertDoc(4, "{}");
            assertEquals(42, q.metaValue(1).orElseThrow().v());
            assertEquals("text", q.metaValue(2).orElseThrow().v());
            assertEquals(1.5, q.metaValue(3).orElseThrow().v());
            assertNull(q.metaValue(4).orElseThrow().v());
            var echo = q.echo("hello").orElseThrow();
            assertEquals("hello", echo.echo());
            assertNull(echo.missing());
            assertEquals(7, q.echo(7L).orElseThrow().echo());
            assertNull(q.echo(null).orElseThrow().echo());
        }
    }

    @Test
    void aNumericAffinityTypeWithoutAJavaTypeKeepsEveryValueSqliteStores() throws SQLException {
        try (Connection db = database()) {
            Queries q = new Queries(db);
            byte[] bytes = {0, 1, (byte) 0xff};
            q.insertPrice(1, "$1.50", null, "10.0.0.1");
            q.insertPrice(2, 7L, 2.5, bytes);
            q.insertPrice(3, Long.MAX_VALUE, "", null);
            q.insertPrice(4, bytes, -1e300, 8);
            // NUMERIC affinity: text that looks like a number is stored as one, a real without a
            // fraction as an integer; what the generated code reads is what SQLite holds.
            q.insertPrice(5, "12", 1.0, "007");
            assertEquals("$1.50", q.getPrice(1).orElseThrow().amount());
            assertNull(q.getPrice(1).orElseThrow().fee());
            assertEquals("10.0.0.1", q.getPrice(1).orElseThrow().host());
            assertEquals(7, q.getPrice(2).orElseThrow().amount());
            assertEquals(2.5, q.getPrice(2).orElseThrow().fee());
            assertArrayEquals(bytes, (byte[]) q.getPrice(2).orElseThrow().host());
            assertEquals(Long.MAX_VALUE, q.getPrice(3).orElseThrow().amount());
            assertEquals("", q.getPrice(3).orElseThrow().fee());
            assertNull(q.getPrice(3).orElseThrow().host());
            assertArrayEquals(bytes, (byte[]) q.getPrice(4).orElseThrow().amount());
            assertEquals(-1e300, q.getPrice(4).orElseThrow().fee());
            assertEquals(8, q.getPrice(4).orElseThrow().host());
            assertEquals(12, q.getPrice(5).orElseThrow().amount());
            assertEquals(1, q.getPrice(5).orElseThrow().fee());
            assertEquals(7, q.getPrice(5).orElseThrow().host());
            // a parameter of the column's type binds any value too
            List<Price> others = q.listPrices("$1.50");
            assertEquals(List.of(2L, 3L, 4L, 5L), others.stream().map(Price::id).toList());
            assertEquals(
                    List.of(1L, 3L, 4L, 5L),
                    q.listPrices(7).stream().map(Price::id).toList());
        }
    }

    @Test
    void virtualTablesAreReadAndWrittenThroughTheirModels() throws SQLException {
        try (Connection db = database()) {
            Queries q = new Queries(db);
            q.insertBox(1L, 0.0, 10.0);
            q.insertBox(2L, 5.0, 6.0);
            List<Box> hits = q.boxesAt(5.5);
            assertEquals(List.of(new Box(1L, 0.0, 10.0), new Box(2L, 5.0, 6.0)), hits);
            assertEquals(List.of(new Box(1L, 0.0, 10.0)), q.boxesAt(1));
        }
    }

    @Test
    void fullTextColumnsAndFunctionsAreText() throws SQLException {
        try (Connection db = database()) {
            Queries q = new Queries(db);
            q.insertNote("Sea", "the sea is wide and the sea is deep");
            q.insertNote("Land", "hills and valleys");
            var hits = q.searchNotes(3, "sea");
            assertEquals(1, hits.size());
            assertEquals("Sea", hits.get(0).title());
            assertEquals("the [sea] is wide and the [sea] is deep", hits.get(0).marked());
            assertEquals(true, hits.get(0).excerpt().contains("[sea]"));
        }
    }
}
