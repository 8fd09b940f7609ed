package io.sqlj.engine.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.engine.v1.ParseResponse;
import org.junit.jupiter.api.Test;

/** ParseResponse.generated_key: the inserted table's key column, as :execlastid reads it back. */
class GeneratedKeyTest extends EngineTestSupport {
    private static final String KEYS = """
      CREATE TABLE by_int (id INTEGER PRIMARY KEY, v TEXT);
      CREATE TABLE by_text (code TEXT PRIMARY KEY NOT NULL, v TEXT);
      CREATE TABLE by_uuid (v TEXT NOT NULL, id UUID PRIMARY KEY);
      CREATE TABLE pair (a INTEGER, b INTEGER, PRIMARY KEY (a, b));
      CREATE TABLE pair_strict (a INTEGER, b INTEGER, PRIMARY KEY (a, b)) WITHOUT ROWID;
      CREATE TABLE one_strict (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID;
      CREATE TABLE shadow (rowid TEXT, v TEXT);
      CREATE VIEW names AS SELECT v FROM by_int;
      """;

    private ParseResponse parseKeys(String sql) {
        ParseResponse r = engine.parse(
                ParseRequest.newBuilder().setSql(sql).setSchemaSql(KEYS).build());
        assertEquals("", diags(r), "diagnostics for " + sql);
        return r;
    }

    private String key(String sql) {
        ParseResponse r = parseKeys(sql);
        return r.hasGeneratedKey() ? r.getGeneratedKey().getTableName() + "." + column(r.getGeneratedKey()) : "none";
    }

    @Test
    void singleColumnPrimaryKeyElseRowid() {
        assertEquals("by_int.id:INTEGER/BIGINT", key("INSERT INTO by_int (v) VALUES (?)"));
        assertEquals("by_text.code:TEXT/VARCHAR", key("INSERT INTO by_text (code, v) VALUES (?, ?)"));
        assertEquals("by_uuid.id:UUID/VARCHAR", key("INSERT INTO by_uuid (v, id) VALUES (?, ?)"));
        assertEquals("pair.rowid:INTEGER/BIGINT", key("INSERT INTO pair (a, b) VALUES (?, ?)"));
        assertEquals("shadow._rowid_:INTEGER/BIGINT", key("INSERT INTO shadow (v) VALUES (?)"));
        assertEquals("one_strict.k:TEXT/VARCHAR", key("INSERT INTO one_strict (k, v) VALUES (?, ?)"));
    }

    @Test
    void everySpellingOfInsert() {
        assertEquals("by_int.id:INTEGER/BIGINT", key("INSERT OR REPLACE INTO by_int (v) VALUES (?)"));
        assertEquals("by_int.id:INTEGER/BIGINT", key("REPLACE INTO by_int (v) VALUES (?)"));
        assertEquals(
                "by_int.id:INTEGER/BIGINT", key("WITH n AS (SELECT 'x' AS v) INSERT INTO by_int (v) SELECT v FROM n"));
        assertEquals("by_int.id:INTEGER/BIGINT", key("INSERT INTO main.by_int (v) VALUES (?) RETURNING id"));
    }

    @Test
    void noSingleKeyColumn() {
        assertEquals("none", key("INSERT INTO pair_strict (a, b) VALUES (?, ?)"));
        assertEquals("none", key("UPDATE by_int SET v = ? WHERE id = ?"));
        assertEquals("none", key("DELETE FROM by_int WHERE id = ?"));
        assertFalse(parseKeys("SELECT id FROM by_int").hasGeneratedKey());
    }
}
