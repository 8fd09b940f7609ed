package io.sqlj.engine.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sqlj.engine.v1.ParseResponse;
import org.junit.jupiter.api.Test;

class ParameterTest extends EngineTestSupport {

    private String ok(String sql) {
        ParseResponse r = parse(sql);
        assertEquals("", diags(r), "diagnostics for " + sql);
        return params(r);
    }

    @Test
    void comparisonsOnEitherSide() {
        assertEquals(
                "name#1:VARCHAR id#2:BIGINT price#3:DOUBLE",
                ok(
                        "SELECT 1 FROM books b JOIN authors a ON a.id = b.author_id WHERE ? = a.name AND a.id <> ? AND b.price >= ?"));
    }

    @Test
    void everyNamedStyleAndMacro() {
        ParseResponse r = parse(
                "SELECT title FROM books WHERE author_id = @author AND title LIKE :pattern"
                        + " AND price > sqlj.arg(min_price) AND rating = sqlc.narg('rating') AND id = $5 AND author_id = @author");
        assertEquals("", diags(r));
        assertEquals(
                "author#1:BIGINT pattern#2:VARCHAR min_price#3:DOUBLE rating#4:NUMERIC? id#5:BIGINT author#1:BIGINT",
                params(r));
        assertEquals(
                "SELECT title FROM books WHERE author_id = ? AND title LIKE ? AND price > ? AND rating = ?"
                        + " AND id = ? AND author_id = ?",
                r.getSql());
    }

    @Test
    void everySqliteSpellingOfANamedParameter() {
        ParseResponse r = parse("SELECT title FROM books WHERE title = $title AND price > :min AND price < @max"
                + " AND id = ?7 AND title <> $title");
        assertEquals("", diags(r));
        assertEquals("title#1:VARCHAR min#2:DOUBLE max#3:DOUBLE id#7:BIGINT title#1:VARCHAR", params(r));
        assertEquals(
                "SELECT title FROM books WHERE title = ? AND price > ? AND price < ? AND id = ?" + " AND title <> ?",
                r.getSql());
    }

    @Test
    void aNumberedPlaceholderWithANamesNumberIsAnotherUseOfTheName() {
        // zenbpm: @sort_by_order is SQLite's parameter 1, and the ORDER BY reads it again as ?1
        ParseResponse r = parse("SELECT title FROM books WHERE CASE WHEN @sort IS NULL THEN 1 ELSE 1 END"
                + " AND author_id = @author ORDER BY CASE CAST(?1 AS TEXT) WHEN 'title' THEN title END");
        assertEquals("", diags(r));
        assertEquals("sort#1:VARCHAR author#2:BIGINT sort#1:VARCHAR", params(r));
    }

    @Test
    void inListAndSlice() {
        assertEquals("id#1:BIGINT id_2#2:BIGINT", ok("SELECT name FROM authors WHERE id IN (?, ?)"));
        ParseResponse r = parse("SELECT name FROM authors WHERE id IN (sqlj.slice(ids)) AND name = ?");
        assertEquals("ids#1:BIGINT[] name#2:VARCHAR", params(r));
        assertEquals("SELECT name FROM authors WHERE id IN (/*SLICE:ids*/?) AND name = ?", r.getSql());
    }

    @Test
    void betweenNamesBothEnds() {
        assertEquals(
                "from_added_at#1:TIMESTAMP to_added_at#2:TIMESTAMP",
                ok("SELECT id FROM books WHERE added_at BETWEEN ? AND ?"));
    }

    @Test
    void insertValuesAndMultipleRows() {
        assertEquals(
                "name#1:VARCHAR bio#2:VARCHAR? name_2#3:VARCHAR bio_2#4:VARCHAR?",
                ok("INSERT INTO authors (name, bio) VALUES (?, ?), (?, ?)"));
        assertEquals(
                "id#1:BIGINT name#2:VARCHAR bio#3:VARCHAR? born#4:DATE? code#5:VARCHAR",
                ok("INSERT INTO authors VALUES (?, ?, ?, ?, ?)"));
        assertEquals("name#1:VARCHAR bio#2:VARCHAR?", ok("INSERT INTO authors (name, bio) SELECT ?, ?"));
    }

    @Test
    void updateSetAndWhere() {
        assertEquals(
                "name#1:VARCHAR bio#2:VARCHAR? id#3:BIGINT", ok("UPDATE authors SET name = ?, bio = ? WHERE id = ?"));
        assertEquals(
                "bio#1:VARCHAR? id#2:BIGINT", ok("UPDATE authors SET bio = sqlj.narg(bio) WHERE id = sqlj.arg(id)"));
    }

    @Test
    void deleteWhere() {
        ParseResponse r = parse("DELETE FROM books WHERE author_id = ? AND published = ?");
        assertEquals("author_id#1:BIGINT published#2:BOOLEAN", params(r));
        assertEquals(0, r.getColumnsCount());
    }

    @Test
    void limitAndOffset() {
        assertEquals(
                "name#1:VARCHAR limit#2:BIGINT offset#3:BIGINT",
                ok("SELECT id FROM authors WHERE name = ? ORDER BY id LIMIT ? OFFSET ?"));
        assertEquals("offset#1:BIGINT limit#2:BIGINT", ok("SELECT id FROM authors LIMIT ?, ?"));
    }

    @Test
    void returning() {
        ParseResponse r = parse("INSERT INTO authors (name) VALUES (?) RETURNING id, name, bio");
        assertEquals("", diags(r));
        assertEquals("id:INTEGER/BIGINT name:TEXT/VARCHAR bio:TEXT/VARCHAR?", columns(r));
        assertEquals("name#1:VARCHAR", params(r));
        ParseResponse d = parse("DELETE FROM authors WHERE id = ? RETURNING *");
        assertEquals(5, d.getColumnsCount());
    }

    @Test
    void castTypesAnyParameter() {
        ParseResponse r = parse("SELECT CAST(? AS INTEGER) AS n, upper(CAST(@s AS TEXT)) AS u");
        assertEquals("", diags(r));
        assertEquals("#1:BIGINT s#2:VARCHAR", params(r));
        assertEquals("n:INTEGER/BIGINT u:TEXT/VARCHAR", columns(r));
    }

    @Test
    void untypedParameterIsAGenericObjectWithAWarningAtItsPlace() {
        ParseResponse r = parse("SELECT id\nFROM authors\nWHERE typeof(?) = 'text'");
        assertEquals(
                "3:14: warning: cannot infer the type of parameter ?1; write CAST(? AS TYPE) to give it one"
                        + " (until then it is an Object bound with setObject)",
                diags(r));
        assertEquals("#1:OTHER?", params(r));
        assertEquals("java.lang.Object", r.getParameters(0).getJavaClass());
        assertEquals("OTHER", r.getParameters(0).getJdbcType());
        ParseResponse named = parse("SELECT quote(@who)");
        assertEquals(
                "1:14: warning: cannot infer the type of parameter @who; write CAST(@who AS TYPE) to give it one"
                        + " (until then it is an Object bound with setObject)",
                diags(named));
    }

    @Test
    void theContextTellsTheType() {
        assertEquals(
                "archived#1:BOOLEAN archived#1:BOOLEAN",
                ok(
                        "SELECT id FROM books WHERE (@archived AND price IS NOT NULL) OR (NOT @archived AND price IS NULL)"));
        assertEquals("flag#1:BOOLEAN", ok("SELECT id FROM books WHERE @flag"));
        assertEquals("flag#1:BOOLEAN", ok("SELECT CASE WHEN @flag THEN 1 ELSE 0 END AS x FROM books"));
        assertEquals(
                "s#1:VARCHAR t#2:VARCHAR u#3:VARCHAR",
                ok("SELECT id FROM books WHERE INSTR(@s, title) > 0 OR lower(@t) = title OR length(@u) > 2"));
        assertEquals("s#1:VARCHAR start#2:BIGINT n#3:BIGINT", ok("SELECT substr(@s, @start, @n) AS part FROM books"));
        assertEquals("x#1:VARCHAR", ok("SELECT coalesce(@x, title) AS t FROM books"));
        assertEquals("f#1:DOUBLE d#2:BIGINT a#3:DOUBLE", ok("SELECT round(@f, @d) AS r, abs(@a) AS b FROM books"));
        assertEquals("t#1:VARCHAR", ok("SELECT id FROM books WHERE added_at > datetime(@t)"));
        assertEquals("limit#1:BIGINT offset#2:BIGINT", ok("SELECT id FROM books LIMIT @limit OFFSET @offset"));
        assertEquals("p#1:VARCHAR", ok("SELECT @p || title AS t FROM books"));
        assertEquals("c#1:BIGINT", ok("SELECT id FROM books WHERE id = CAST(@c AS INTEGER)"));
        assertEquals(
                "title#1:VARCHAR title#1:VARCHAR", ok("SELECT id FROM books WHERE @title IS NULL OR title = @title"));
    }

    @Test
    void sameColumnNameFromDifferentTablesStaysDistinct() {
        assertEquals(
                "id#1:BIGINT books_id#2:BIGINT",
                ok(
                        "SELECT 1 FROM authors JOIN books ON books.author_id = authors.id WHERE authors.id = ? AND books.id = ?"));
    }

    @Test
    void numberedParametersShareNames() {
        assertEquals(
                "name#2:VARCHAR id#1:BIGINT name#2:VARCHAR",
                ok("SELECT id FROM authors WHERE name = $2 AND id = $1 OR bio = $2"));
    }

    @Test
    void upsert() {
        assertEquals(
                "name#1:VARCHAR code#2:VARCHAR bio#3:VARCHAR?",
                ok("INSERT INTO authors (name, code) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET bio = ?"));
    }

    /** "table.column" per parameter, "-" when it has no origin column. */
    private String origins(String sql) {
        ParseResponse r = parse(sql);
        assertEquals("", diags(r), "diagnostics for " + sql);
        return r.getParametersList().stream()
                .map(p -> p.getTableName().isEmpty() ? "-" : p.getTableName() + "." + p.getColumnName())
                .collect(java.util.stream.Collectors.joining(" "));
    }

    @Test
    void originColumnsResolveAliasesAndSkipComputedContexts() {
        assertEquals(
                "authors.name authors.id books.price books.added_at books.added_at",
                origins("SELECT 1 FROM books b JOIN authors a ON a.id = b.author_id WHERE ? = a.name"
                        + " AND a.id <> @who AND b.price >= ? AND b.added_at BETWEEN ? AND ?"));
        assertEquals(
                "authors.name authors.bio authors.id",
                origins("UPDATE authors SET name = ?, bio = @text WHERE id = ?"));
        assertEquals(
                "authors.name authors.code authors.bio -",
                origins("INSERT INTO authors (name, code) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET bio = ?"
                        + " RETURNING id + ?"));
        assertEquals(
                "books.author_id -",
                origins(
                        "SELECT id FROM authors WHERE id IN (SELECT author_id FROM books WHERE author_id = ?) LIMIT ?"));
    }
}
