package io.sqlj.engine.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.engine.v1.ParseResponse;
import org.junit.jupiter.api.Test;

/** Where SQLite guarantees a value, the column is NOT NULL; everywhere else it stays nullable. */
class NullabilityTest extends EngineTestSupport {
    private static final String VIEWS = SCHEMA
            + "CREATE VIEW author_stats AS SELECT a.id, a.name, a.bio, count(b.id) AS books, max(b.title) AS last"
            + " FROM authors a LEFT JOIN books b ON b.author_id = a.id GROUP BY a.id;\n"
            + "CREATE VIEW renamed(who, how_many) AS SELECT name, books FROM author_stats;\n";

    private String columnsOf(String sql) {
        ParseResponse r = engine.parse(
                ParseRequest.newBuilder().setSql(sql).setSchemaSql(VIEWS).build());
        assertEquals("", diags(r), "diagnostics for " + sql);
        return columns(r);
    }

    @Test
    void countIsNeverNull() {
        assertEquals("n:INTEGER/BIGINT", columnsOf("SELECT count(*) FILTER (WHERE price > 1) AS n FROM books"));
        assertEquals(
                "n:INTEGER/BIGINT f:INTEGER/BIGINT",
                columnsOf("SELECT (SELECT count(*) FROM books WHERE author_id = a.id) AS n,"
                        + " (SELECT count(*) FILTER (WHERE price > 1) FROM books) AS f FROM authors a"));
    }

    @Test
    void subqueriesThatMayFindNoRowStayNullable() {
        assertEquals(
                "m:INTEGER/BIGINT? l:INTEGER/BIGINT? g:INTEGER/BIGINT? h:INTEGER/BIGINT?",
                columnsOf("SELECT (SELECT max(id) FROM books) AS m, (SELECT id FROM books LIMIT 1) AS l,"
                        + " (SELECT count(*) FROM books GROUP BY author_id) AS g,"
                        + " (SELECT count(*) FROM books HAVING count(*) > 2) AS h"));
    }

    @Test
    void coalesceWithALiteralAndCastsOfNotNullValues() {
        assertEquals(
                "b:TEXT/VARCHAR t:TEXT/VARCHAR i:INTEGER/BIGINT maybe:INTEGER/BIGINT?",
                columnsOf("SELECT coalesce(bio, 'none') AS b, CAST(id AS TEXT) AS t, CAST(name AS INTEGER) AS i,"
                        + " CAST(bio AS INTEGER) AS maybe FROM authors"));
    }

    @Test
    void unionAllOfNotNullBranches() {
        assertEquals(
                "name:TEXT/VARCHAR k:INTEGER/BIGINT",
                columnsOf("SELECT name, 1 AS k FROM authors UNION ALL SELECT title, 2 FROM books"));
        assertEquals("name:TEXT/VARCHAR?", columnsOf("SELECT name FROM authors UNION ALL SELECT bio FROM authors"));
    }

    @Test
    void viewsKeepTheirColumnsNotNull() {
        assertEquals(
                "id:INTEGER/BIGINT name:TEXT/VARCHAR bio:TEXT/VARCHAR? books:INTEGER/BIGINT last:TEXT/VARCHAR?",
                columnsOf("SELECT * FROM author_stats"));
        assertEquals("who:TEXT/VARCHAR how_many:INTEGER/BIGINT", columnsOf("SELECT who, how_many FROM renamed"));
    }

    @Test
    void cteColumns() {
        assertEquals(
                "i:INTEGER/BIGINT n:TEXT/VARCHAR b:TEXT/VARCHAR?",
                columnsOf("WITH t(i, n, b) AS (SELECT id, name, bio FROM authors) SELECT i, n, b FROM t"));
        assertEquals(
                "n:INTEGER/BIGINT",
                columnsOf(
                        "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 5) SELECT n FROM r"));
        // b + a is NULL once a recursive step has made a NULL.
        assertEquals(
                "a:INTEGER/BIGINT? b:INTEGER/BIGINT?",
                columnsOf(
                        "WITH RECURSIVE r(a, b) AS (SELECT 1, 1 UNION ALL SELECT nullif(a, 3), b + a FROM r WHERE b < 9)"
                                + " SELECT a, b FROM r"));
    }
}
