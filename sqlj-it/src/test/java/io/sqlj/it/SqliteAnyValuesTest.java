package io.sqlj.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
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
