package io.sqlj.engine.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.engine.sdk.EngineHarness;
import io.sqlj.engine.v1.BatchParseRequest;
import io.sqlj.engine.v1.BatchParseResponse;
import io.sqlj.engine.v1.Catalog;
import io.sqlj.engine.v1.Column;
import io.sqlj.engine.v1.Diagnostic;
import io.sqlj.engine.v1.Parameter;
import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.engine.v1.ParseResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every query of this class is resolved in one batch, so against one server start. */
class MysqlEngineTest {
    static final String SCHEMA = """
      CREATE TABLE authors (
        id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
        name VARCHAR(100) NOT NULL,
        bio TEXT,
        active TINYINT(1) NOT NULL DEFAULT 1,
        mood ENUM('happy', 'so-so', 'sad') NOT NULL DEFAULT 'happy',
        tags SET('a', 'b'),
        meta JSON,
        born YEAR,
        flags BIT(4),
        small TINYINT UNSIGNED,
        count INT UNSIGNED,
        rating DECIMAL(4, 2),
        score DOUBLE,
        ratio FLOAT,
        created DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        touched TIMESTAMP NULL,
        at TIME,
        day DATE,
        photo BLOB,
        code BINARY(4),
        place POINT
      );
      CREATE TABLE books (
        isbn CHAR(13) NOT NULL PRIMARY KEY,
        author_id BIGINT UNSIGNED NOT NULL,
        title VARCHAR(200) NOT NULL,
        pages SMALLINT
      );
      CREATE VIEW titles AS SELECT isbn, title FROM books;
      CREATE FUNCTION shout(s TEXT) RETURNS TEXT DETERMINISTIC
      BEGIN
        DECLARE t TEXT;
        SET t = CONCAT(UPPER(s), '!');
        RETURN t;
      END;
      CREATE EVENT nightly ON SCHEDULE EVERY 1 DAY DO DELETE FROM books WHERE pages = 0;
      CREATE PROCEDURE touch(n INT)
      BEGIN
        IF n > 0 THEN UPDATE books SET pages = pages + n; END IF;
      END;
      """;

    static final Map<String, String> QUERIES = new LinkedHashMap<>();
    /** The queries asked for their plan, as {@code sqlj vet} asks when a rule reads {@code mysql.explain}. */
    static final java.util.Set<String> EXPLAINED =
            java.util.Set.of("all", "left", "update", "range", "in", "deleteAlias", "insert");

    static final Map<String, ParseResponse> ANSWERS = new LinkedHashMap<>();
    static Catalog catalog;

    static {
        QUERIES.put("all", "SELECT * FROM authors WHERE id = ?");
        QUERIES.put("left", "SELECT a.name, b.title FROM authors a LEFT JOIN books b ON b.author_id = a.id");
        QUERIES.put("right", "SELECT a.name, b.title FROM authors a RIGHT JOIN books b ON b.author_id = a.id");
        QUERIES.put(
                "exprs",
                "SELECT COUNT(*) AS n, 1 AS one, COALESCE(bio, '') AS bio, CONCAT(bio, 'x') AS bx,"
                        + " MAX(name) AS top FROM authors GROUP BY bio");
        QUERIES.put("insert", "INSERT INTO books (isbn, author_id, title, pages) VALUES (?, ?, ?, ?)");
        QUERIES.put("insertAuthor", "INSERT INTO authors (name, mood) VALUES (@name, @mood);");
        QUERIES.put("update", "UPDATE authors SET bio = @bio, rating = sqlj.narg(rating) WHERE id = sqlj.arg(id)");
        QUERIES.put("range", "SELECT isbn FROM books WHERE pages > ? AND pages < ? LIMIT ?");
        QUERIES.put("in", "SELECT title FROM books WHERE isbn IN (sqlj.slice(isbns))");
        QUERIES.put("mixed", "SELECT count(1) FROM books WHERE pages > ? AND title <> sqlc.arg(title) AND isbn <> ?");
        QUERIES.put(
                "cast", "SELECT title FROM books WHERE author_id = CAST(? AS UNSIGNED) AND title LIKE CONCAT(?, '%')");
        QUERIES.put("bad", "SELECT isbn,\n  nope FROM books");
        QUERIES.put("syntax", "SELECT isbn\nFROM books WHER isbn = ?");
        QUERIES.put("arrow", "SELECT meta->>'$.a' FROM authors");
        QUERIES.put("embed", "SELECT sqlj.embed(b), a.name FROM books b JOIN authors a ON a.id = b.author_id");
        QUERIES.put("view", "SELECT * FROM titles WHERE title = ?");
        QUERIES.put(
                "cteDelete",
                "WITH old AS (SELECT isbn FROM books WHERE pages < ?)\nDELETE FROM books WHERE isbn IN (SELECT isbn FROM old)");
        QUERIES.put("function", "SELECT shout(title) AS loud FROM books");
        QUERIES.put("deleteAlias", "DELETE FROM books b WHERE b.isbn = ?");
        QUERIES.put("deleteAliasBad", "DELETE FROM books AS b WHERE b.nope = ?");
        QUERIES.put("insertSelectBad", "INSERT INTO books (isbn, title)\nSELECT 'x', ?, ?");
        QUERIES.put(
                "insertSelect",
                "INSERT INTO books (isbn, author_id, title) SELECT CONCAT(isbn, 'x'), author_id, title FROM books"
                        + " b WHERE pages > ? ON DUPLICATE KEY UPDATE title = VALUES(title)");
        QUERIES.put("twoTypes", "SELECT title FROM books WHERE pages = sqlc.arg(v) OR title = sqlc.arg(v)");
        QUERIES.put("typedLater", "SELECT title FROM books WHERE (sqlc.narg(p) IS NULL OR pages > sqlc.narg(p))");
        QUERIES.put("showWarnings", "SHOW WARNINGS");
        QUERIES.put("textAndChar", "SELECT title FROM books WHERE title = @s OR isbn = @s");
    }

    @BeforeAll
    static void resolveAll() {
        BatchParseRequest.Builder batch = BatchParseRequest.newBuilder().setSchemaSql(SCHEMA);
        QUERIES.forEach((key, q) ->
                batch.addRequests(ParseRequest.newBuilder().setSql(q).setExplain(EXPLAINED.contains(key))));
        BatchParseResponse answer = new EngineHarness(new MysqlEngine()).parseBatch(batch.build());
        catalog = answer.getCatalog();
        List<ParseResponse> responses = answer.getResponsesList();
        assertEquals(QUERIES.size(), responses.size(), answer.toString());
        int i = 0;
        for (String key : QUERIES.keySet()) {
            ANSWERS.put(key, responses.get(i++));
        }
    }

    static ParseResponse ok(String key) {
        ParseResponse r = ANSWERS.get(key);
        assertEquals(List.of(), r.getDiagnosticsList(), key);
        return r;
    }

    static String cols(List<Column> columns) {
        StringBuilder sb = new StringBuilder();
        for (Column c : columns) {
            sb.append(c.getName())
                    .append(':')
                    .append(c.getDataType())
                    .append('/')
                    .append(c.getJdbcType())
                    .append(c.getNullable() ? "?" : "")
                    .append(' ');
        }
        return sb.toString().trim();
    }

    static String params(ParseResponse r) {
        StringBuilder sb = new StringBuilder();
        for (Parameter p : r.getParametersList()) {
            sb.append(p.getPosition())
                    .append(p.getName())
                    .append(':')
                    .append(p.getDataType())
                    .append(p.getNullable() ? "?" : "")
                    .append(p.getIsSlice() ? "*" : "")
                    .append(' ');
        }
        return sb.toString().trim();
    }

    @Test
    void everyColumnTypeMapsToAJdbcTypeThatHoldsItsValues() {
        assertEquals(
                "id:bigint unsigned/NUMERIC name:varchar/VARCHAR bio:text/VARCHAR? active:tinyint(1)/BOOLEAN"
                        + " mood:authors_mood/CHAR tags:set/VARCHAR? meta:json/LONGVARCHAR? born:year/SMALLINT?"
                        + " flags:bit(4)/VARBINARY? small:tinyint unsigned/SMALLINT? count:int unsigned/BIGINT?"
                        + " rating:decimal/DECIMAL? score:double/DOUBLE? ratio:float/DOUBLE? created:datetime/TIMESTAMP"
                        + " touched:timestamp/TIMESTAMP? at:time/TIME? day:date/DATE? photo:blob/VARBINARY?"
                        + " code:binary/BINARY? place:point/VARBINARY?",
                cols(ok("all").getColumnsList()));
        assertEquals("java.math.BigInteger", ok("all").getColumns(0).getJavaClass());
        assertEquals(List.of("happy", "so-so", "sad"), ok("all").getColumns(4).getEnumLabelsList());
        assertEquals("1id:bigint unsigned", params(ok("all")));
        assertEquals("authors", ok("all").getColumns(0).getTableName());
    }

    @Test
    void outerJoinsMakeTheirNullableSideNullable() {
        assertEquals(
                "name:varchar/VARCHAR title:varchar/VARCHAR?", cols(ok("left").getColumnsList()));
        assertEquals(
                "name:varchar/VARCHAR? title:varchar/VARCHAR", cols(ok("right").getColumnsList()));
    }

    @Test
    void expressionsTakeTheServersTypeAndNullability() {
        assertEquals(
                "n:bigint/BIGINT one:int/INTEGER bio:mediumtext/VARCHAR? bx:mediumtext/VARCHAR? top:varchar/VARCHAR?",
                cols(ok("exprs").getColumnsList()));
    }

    @Test
    void parametersTakeTheTypeNameAndNullabilityOfTheColumnTheyMeet() {
        assertEquals("1isbn:char 2author_id:bigint unsigned 3title:varchar 4pages:smallint?", params(ok("insert")));
        assertEquals(
                "books.isbn books.author_id books.title books.pages",
                String.join(
                        " ",
                        ok("insert").getParametersList().stream()
                                .map(p -> p.getTableName() + "." + p.getColumnName())
                                .toList()));
        assertEquals("1bio:text? 2rating:decimal? 3id:bigint unsigned", params(ok("update")));
        assertEquals("1pages:smallint 2pages_2:smallint 3limit:bigint", params(ok("range")));
        assertEquals("1isbns:char*", params(ok("in")));
        // sqlc's mix_param_types: ? stays a placeholder next to sqlc.arg (it is no operator in MySQL)
        assertEquals("1pages:smallint 2title:varchar 3isbn:char", params(ok("mixed")));
        assertFalse(ok("mixed").getSql().contains("??"), ok("mixed").getSql());
        assertTrue(ok("in").getSql().contains("IN (/*SLICE:isbns*/?)"));
        assertEquals(
                "1p1:bigint unsigned 2p2:varchar",
                params(ok("cast")).replace("1:", "1p1:").replace("2:", "2p2:"));
    }

    @Test
    void enumsAreNamedAfterTableAndColumnAndInsertsReportTheirKey() {
        ParseResponse r = ok("insertAuthor");
        assertEquals("1name:varchar 2mood:authors_mood", params(r));
        assertEquals(List.of("happy", "so-so", "sad"), r.getParameters(1).getEnumLabelsList());
        assertEquals("INSERT INTO authors (name, mood) VALUES (?, ?)", r.getSql());
        assertEquals("id", r.getGeneratedKey().getName());
        assertEquals("java.math.BigInteger", r.getGeneratedKey().getJavaClass());
        assertEquals("isbn", ok("insert").getGeneratedKey().getName(), "a single-column primary key");
    }

    @Test
    void serverErrorsPointIntoTheUsersText() {
        Diagnostic d = ANSWERS.get("bad").getDiagnostics(0);
        assertEquals("Unknown column 'nope' in 'field list'", d.getMessage());
        assertEquals("error 1054, SQLSTATE 42S22", d.getCode());
        assertEquals(2, d.getLine());
        assertEquals(3, d.getColumn());
        Diagnostic s = ANSWERS.get("syntax").getDiagnostics(0);
        assertTrue(s.getMessage().startsWith("You have an error in your SQL syntax"), s.getMessage());
        assertEquals(2, s.getLine());
        assertEquals(17, s.getColumn());
    }

    @Test
    void aMysql8FeatureTheServerLacksIsNamed() {
        Diagnostic d = ANSWERS.get("arrow").getDiagnostics(0);
        assertTrue(
                d.getMessage()
                        .contains(
                                "MariaDB 10.11.5, the private server that describes queries, lacks: the ->> JSON operator"),
                d.getMessage());
        assertEquals(12, d.getColumn());
    }

    @Test
    void aSingleTableDeleteWithAnAliasIsDescribedAsMysql8ReadsIt() {
        assertEquals("DELETE FROM books b WHERE b.isbn = ?", ok("deleteAlias").getSql());
        assertEquals("1isbn:char", params(ok("deleteAlias")));
        Diagnostic d = ANSWERS.get("deleteAliasBad").getDiagnostics(0);
        assertEquals("Unknown column 'b.nope' in 'where clause'", d.getMessage());
        assertEquals(30, d.getColumn());
    }

    @Test
    void aCteBeforeDeleteIsNamedAsMissing() {
        Diagnostic d = ANSWERS.get("cteDelete").getDiagnostics(0);
        assertTrue(d.getMessage().contains("lacks: WITH (a common table expression) before DELETE"), d.getMessage());
        assertEquals(2, d.getLine());
        assertEquals(1, d.getColumn());
    }

    @Test
    void storedRoutinesInTheSchemaLoadAndDescribe() {
        assertEquals("loud:text/VARCHAR?", cols(ok("function").getColumnsList()));
    }

    @Test
    void embedsAndViews() {
        ParseResponse embed = ok("embed");
        assertEquals("books", embed.getColumns(0).getEmbedTable(), "the table, not its alias");
        assertEquals("", embed.getColumns(4).getEmbedTable());
        assertEquals("isbn:char/CHAR title:varchar/VARCHAR", cols(ok("view").getColumnsList()));
        assertEquals("1title:varchar", params(ok("view")));
    }

    @Test
    void theCatalogHoldsEveryTableAndViewAndEachEnumColumn() {
        assertEquals(
                List.of("authors", "books", "titles"),
                catalog.getTablesList().stream().map(t -> t.getName()).toList());
        assertEquals(ok("all").getColumnsList(), catalog.getTables(0).getColumnsList(), "columns read like SELECT *");
        assertEquals(
                List.of("authors_mood:happy,so-so,sad"),
                catalog.getEnumsList().stream()
                        .map(e -> e.getName() + ":" + String.join(",", e.getLabelsList()))
                        .toList());
    }

    /** EXPLAIN FORMAT=JSON on the private server (MariaDB's JSON), parameters bound to neutral values. */
    @Test
    void explainGivesTheServersPlanAsJsonWhenAsked() {
        for (String key : EXPLAINED) {
            String json = ok(key).getExplain();
            assertTrue(json.strip().startsWith("{") && json.contains("\"query_block\""), key + ": " + json);
        }
        String range = ok("range").getExplain();
        assertTrue(range.matches("(?s).*\"table_name\":\\s*\"books\".*"), range);
        assertTrue(range.matches("(?s).*\"access_type\":\\s*\"ALL\".*"), range);
        String byKey = ok("all").getExplain();
        assertFalse(byKey.matches("(?s).*\"access_type\":\\s*\"ALL\".*"), "id = 1 is a key lookup: " + byKey);
        // MariaDB writes no cost; a SELECT gets the optimizer's Last_query_cost under MySQL's name
        java.util.regex.Matcher cost = java.util.regex.Pattern.compile("\"query_cost\": \"([0-9.]+)\"")
                .matcher(ok("left").getExplain());
        assertTrue(
                cost.find() && Double.parseDouble(cost.group(1)) > 0, ok("left").getExplain());
        assertFalse(ok("update").getExplain().contains("cost_info"), "only a SELECT has a cost");
        assertEquals("", ok("view").getExplain(), "a query not asked has no plan");
    }

    /** MariaDB prepares INSERT ... SELECT with too many expressions; MySQL and sqlc reject it. */
    @Test
    void anInsertSelectWhoseColumnsDoNotMatchItsListIsAnError() {
        Diagnostic d = ANSWERS.get("insertSelectBad").getDiagnostics(0);
        assertTrue(d.getMessage().startsWith("INSERT has more expressions than target columns"), d.getMessage());
        assertEquals("1pages:smallint", params(ok("insertSelect")), "a matching INSERT ... SELECT resolves");
    }

    /** One name is one parameter with one Java type, taken from any use that tells it, as in sqlc. */
    @Test
    void aRepeatedParameterHasOneTypeFromTheUseThatTellsIt() {
        Diagnostic d = ANSWERS.get("twoTypes").getDiagnostics(0);
        assertEquals(
                "parameter sqlc.arg(v) is varchar here but smallint where it is first used; one parameter has"
                        + " one type (CAST one use)",
                d.getMessage());
        assertEquals(62, d.getColumn(), "at the second use");
        assertEquals("1p:smallint? 1p:smallint?", params(ok("typedLater")));
        assertEquals("1s:varchar 1s:varchar", params(ok("textAndChar")), "CHAR and VARCHAR are both a String");
    }

    /** SHOW prepares without columns; its columns are those of running it (it changes nothing). */
    @Test
    void showHasTheColumnsItReturns() {
        assertEquals(
                List.of("Level", "Code", "Message"),
                ok("showWarnings").getColumnsList().stream()
                        .map(Column::getName)
                        .toList());
    }
}
