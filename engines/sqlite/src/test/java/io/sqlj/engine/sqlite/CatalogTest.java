package io.sqlj.engine.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Catalog#read} reads every table's columns in one statement; one {@code PRAGMA table_xinfo}
 * per table is what it falls back to. Both must give the same catalog, whatever the schema holds.
 */
class CatalogTest {

    private static final String SCHEMA = """
      CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL, bio TEXT, born DATE);
      CREATE TABLE [odd "name"] (a, b ANY, c MONEY NOT NULL);
      CREATE TABLE pairs (x INTEGER, y TEXT NOT NULL, z BLOB, PRIMARY KEY (x, y));
      CREATE TABLE keyed (code TEXT PRIMARY KEY, n INT) WITHOUT ROWID;
      CREATE TABLE composite (a INT, b INT, PRIMARY KEY (a, b)) WITHOUT ROWID;
      CREATE TABLE shadowing (rowid TEXT, _rowid_ TEXT, v REAL);
      CREATE TABLE computed (a INT NOT NULL, b INT GENERATED ALWAYS AS (a * 2) VIRTUAL,
        c TEXT GENERATED ALWAYS AS ('x' || a) STORED);
      CREATE TABLE counters (id INTEGER PRIMARY KEY AUTOINCREMENT, n INT);
      CREATE VIRTUAL TABLE notes USING fts5(title, body);
      CREATE VIEW author_names AS SELECT id, name, upper(bio) AS loud FROM authors;
      CREATE VIEW of_view AS SELECT a.name, n.loud FROM author_names n LEFT JOIN authors a ON a.id = n.id;
      CREATE VIEW counted (total) AS SELECT count(*) FROM authors;
      """;

    @Test
    void oneStatementReadsWhatOnePragmaPerTableReads() throws Exception {
        try (Connection conn = loaded(SCHEMA)) {
            Catalog fast = Catalog.read(conn, true);
            Catalog slow = Catalog.read(conn, false);
            assertEquals(slow.modelTables(), fast.modelTables());
            assertEquals(slow.toProto(), fast.toProto());
            // the tables that get no model are there too, for queries that read them
            for (String name : List.of("sqlite_sequence", "notes_data", "notes_content", "notes_config")) {
                assertNotNull(slow.table(name), name);
                assertEquals(slow.table(name), fast.table(name), name);
            }
            assertEquals(
                    List.of(
                            "author_names",
                            "authors",
                            "composite",
                            "computed",
                            "counted",
                            "counters",
                            "keyed",
                            "notes",
                            "odd \"name\"",
                            "of_view",
                            "pairs",
                            "shadowing"),
                    names(fast));
            assertEquals("id", key(fast, "authors"));
            assertEquals("rowid", key(fast, "pairs"));
            assertEquals("code", key(fast, "keyed"));
            assertEquals("oid", key(fast, "shadowing"));
            assertNull(fast.table("composite").key());
            assertEquals(List.of("title", "body"), columnNames(fast, "notes"));
            assertEquals(List.of("a", "b", "c"), columnNames(fast, "computed"));
        }
    }

    /** A view over a column that is gone fails when it is read: left out, the rest read as before. */
    @Test
    void aViewThatCannotBeReadIsLeftOutEitherWay() throws Exception {
        String schema = """
          CREATE TABLE t (a INTEGER PRIMARY KEY, b TEXT);
          CREATE TABLE gone (x INT);
          CREATE VIEW broken AS SELECT x FROM gone;
          CREATE VIEW v AS SELECT a, b FROM t;
          DROP TABLE gone;
          CREATE VIEW w AS SELECT b FROM v;
          """;
        try (Connection conn = loaded(schema)) {
            Catalog fast = Catalog.read(conn, true);
            Catalog slow = Catalog.read(conn, false);
            assertEquals(slow.modelTables(), fast.modelTables());
            assertEquals(List.of("t", "v", "w"), names(fast));
            assertNull(fast.table("broken"));
        }
    }

    private static Connection loaded(String schema) throws Exception {
        Connection conn = SqliteEngine.memoryDatabase();
        assertEquals(List.of(), SchemaLoader.load(conn, schema));
        return conn;
    }

    private static List<String> names(Catalog catalog) {
        List<String> out = new ArrayList<>();
        for (Catalog.Table t : catalog.modelTables()) {
            out.add(t.name());
        }
        return out;
    }

    private static String key(Catalog catalog, String table) {
        Catalog.TableColumn key = catalog.table(table).key();
        return key == null ? "" : key.name();
    }

    private static List<String> columnNames(Catalog catalog, String table) {
        List<String> out = new ArrayList<>();
        for (Catalog.TableColumn c : catalog.table(table).columns()) {
            out.add(c.name());
        }
        return out;
    }
}
