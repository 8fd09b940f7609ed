package io.sqlj.engine.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.engine.v1.ParseResponse;
import org.junit.jupiter.api.Test;

/** A column declared JSONB holds SQLite's binary JSON: the engine reads and writes it as JSON text. */
class JsonbTest extends EngineTestSupport {
    private static final String DOCS = """
      CREATE TABLE docs (id INTEGER PRIMARY KEY, body JSONB NOT NULL, meta jsonb, note TEXT);
      """;

    private ParseResponse parseDocs(String sql) {
        ParseResponse r = engine.parse(
                ParseRequest.newBuilder().setSql(sql).setSchemaSql(DOCS).build());
        assertEquals("", diags(r), "diagnostics for " + sql);
        return r;
    }

    @Test
    void resultColumnsAreReadThroughJson() {
        ParseResponse r = parseDocs("SELECT d.id, d.body, meta AS m, note FROM docs d WHERE id = ?");
        assertEquals(
                "SELECT d.id, json(d.body) AS \"body\", json(meta) AS m, note FROM docs d WHERE id = ?", r.getSql());
        assertEquals("id:INTEGER/BIGINT body:JSONB/VARCHAR m:JSONB/VARCHAR? note:TEXT/VARCHAR?", columns(r));
    }

    @Test
    void starsExpandAroundJsonbColumns() {
        assertEquals(
                "SELECT \"docs\".\"id\", json(\"docs\".\"body\") AS \"body\", json(\"docs\".\"meta\") AS \"meta\","
                        + " \"docs\".\"note\" FROM docs",
                parseDocs("SELECT * FROM docs").getSql());
        assertEquals(
                "SELECT \"x\".\"id\", json(\"x\".\"body\") AS \"body\", json(\"x\".\"meta\") AS \"meta\","
                        + " \"x\".\"note\" FROM docs x",
                parseDocs("SELECT sqlj.embed(x) FROM docs x").getSql());
    }

    @Test
    void writesGoThroughJsonbAndSubqueriesAreLeftAlone() {
        ParseResponse insert = parseDocs("INSERT INTO docs (body, meta) VALUES (?, ?) RETURNING id, body");
        assertEquals(
                "INSERT INTO docs (body, meta) VALUES (jsonb(?), jsonb(?)) RETURNING id, json(body) AS \"body\"",
                insert.getSql());
        assertEquals("body#1:VARCHAR meta#2:VARCHAR?", params(insert));
        assertEquals(
                "UPDATE docs SET meta = jsonb(?) WHERE id = ?",
                parseDocs("UPDATE docs SET meta = ? WHERE id = ?").getSql());
        assertEquals(
                "SELECT id FROM docs WHERE body = (SELECT body FROM docs LIMIT 1)",
                parseDocs("SELECT id FROM docs WHERE body = (SELECT body FROM docs LIMIT 1)")
                        .getSql());
    }
}
