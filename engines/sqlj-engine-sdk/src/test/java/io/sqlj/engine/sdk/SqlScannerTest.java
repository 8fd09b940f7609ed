package io.sqlj.engine.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.engine.sdk.Placeholder.Kind;
import io.sqlj.sql.SqlSyntax;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SqlScannerTest {

    private static String summary(ScannedSql s) {
        return s.placeholders().stream()
                .map(p -> p.kind() + ":" + p.name() + ":" + p.number())
                .collect(Collectors.joining(" "));
    }

    @Test
    void plainQuestionMarksAreNumberedInOrder() {
        ScannedSql s = SqlScanner.scan("SELECT * FROM t WHERE a = ? AND b = ?");
        assertEquals("SELECT * FROM t WHERE a = ? AND b = ?", s.jdbcSql());
        assertEquals("QUESTION::1 QUESTION::2", summary(s));
        assertEquals(26, s.placeholders().get(0).offset());
        assertEquals(26, s.placeholders().get(0).jdbcOffset());
        assertTrue(s.problems().isEmpty());
    }

    @Test
    void questionMarksInStringsCommentsAndIdentifiersAreText() {
        String sql = "SELECT '?', 'it''s ?', \"a?\", `b?`, [c?] -- what?\n/* ? :x @y $1 */ FROM t WHERE x = ?";
        ScannedSql s = SqlScanner.scan(sql);
        assertEquals(1, s.placeholders().size());
        assertEquals(sql.lastIndexOf('?'), s.placeholders().get(0).offset());
        assertEquals(sql, s.jdbcSql());
    }

    @Test
    void numberedPlaceholdersKeepTheirNumbers() {
        ScannedSql s = SqlScanner.scan("SELECT * FROM t WHERE a = $2 AND b = $1 OR c = ?2 OR d = $2");
        assertEquals("SELECT * FROM t WHERE a = ? AND b = ? OR c = ? OR d = ?", s.jdbcSql());
        assertEquals("DOLLAR::2 DOLLAR::1 NUMBERED::2 DOLLAR::2", summary(s));
        assertTrue(s.problems().isEmpty(), s.problems().toString());
    }

    @Test
    void aNumberedPlaceholderWithANamesNumberIsThatName() {
        // SQLite numbers @sort 1, so ?1 is the same parameter (zenbpm's ORDER BY, as sqlc binds it)
        ScannedSql s = SqlScanner.scan(
                "SELECT * FROM t WHERE @sort IS NULL OR a = @a ORDER BY CASE ?1 WHEN 'a' THEN a END", SqlSyntax.SQLITE);
        assertTrue(s.problems().isEmpty(), s.problems().toString());
        assertEquals("AT_NAME:sort:1 AT_NAME:a:2 NUMBERED:sort:1", summary(s));
        // a slice's number stays its own: its ? becomes a list
        ScannedSql slice = SqlScanner.scan("SELECT * FROM t WHERE a IN (sqlc.slice(ids)) OR b = ?1", SqlSyntax.SQLITE);
        assertEquals(1, slice.problems().size(), slice.problems().toString());
    }

    @Test
    void namesAreNumberedOnFirstAppearanceAndReused() {
        ScannedSql s = SqlScanner.scan("SELECT * FROM t WHERE a = @x AND b = :y AND c = @x AND d = sqlj.arg(z)");
        assertEquals("SELECT * FROM t WHERE a = ? AND b = ? AND c = ? AND d = ?", s.jdbcSql());
        assertEquals("AT_NAME:x:1 COLON_NAME:y:2 AT_NAME:x:1 ARG:z:3", summary(s));
    }

    @Test
    void castsAndAssignmentsAreNotNamedParameters() {
        ScannedSql s = SqlScanner.scan("SELECT x::int, y :: text, '1'::date FROM t WHERE z := 1 AND w = :w");
        assertEquals("COLON_NAME:w:1", summary(s));
        assertEquals("SELECT x::int, y :: text, '1'::date FROM t WHERE z := 1 AND w = ?", s.jdbcSql());
    }

    @Test
    void macrosAndTheirSqlcAliases() {
        ScannedSql s = SqlScanner.scan(
                "UPDATE t SET a = sqlc.arg(a), b = sqlj.narg('b'), c = SQLJ.ARG( \"c\" ) WHERE id IN (sqlc.slice(ids))");
        assertEquals("UPDATE t SET a = ?, b = ?, c = ? WHERE id IN (/*SLICE:ids*/?)", s.jdbcSql());
        assertEquals("ARG:a:1 NARG:b:2 ARG:c:3 SLICE:ids:4", summary(s));
        Placeholder narg = s.placeholders().get(1);
        assertTrue(narg.forcedNullable());
        assertFalse(s.placeholders().get(0).forcedNullable());
        Placeholder slice = s.placeholders().get(3);
        assertTrue(slice.slice());
        assertEquals(s.jdbcSql().lastIndexOf('?'), slice.jdbcOffset());
        assertEquals("sqlc.slice(ids)", s.sql().substring(slice.offset(), slice.offset() + slice.length()));
    }

    @Test
    void embedBecomesAStar() {
        ScannedSql s = SqlScanner.scan("SELECT sqlj.embed(authors), b.title FROM authors JOIN books b");
        assertEquals("SELECT authors.*, b.title FROM authors JOIN books b", s.jdbcSql());
        assertEquals(List.of(new ScannedSql.Embed("authors", 7, 7, false)), s.embeds());
        assertTrue(s.placeholders().isEmpty());
    }

    @Test
    void dollarQuotedStringsHideTheirContents() {
        ScannedSql s =
                SqlScanner.scan("SELECT $$ ? @x $$, $tag$ :y $1 $tag$ FROM t WHERE a = $1", SqlSyntax.POSTGRESQL);
        assertEquals("DOLLAR::1", summary(s));
        assertTrue(s.jdbcSql().endsWith("a = ?"));
    }

    @Test
    void dollarNamesAreParametersInSqlite() {
        ScannedSql s = SqlScanner.scan("SELECT '$no' FROM t WHERE a = $val AND b = $2 AND c = $val", SqlSyntax.SQLITE);
        assertEquals("DOLLAR_NAME:val:1 DOLLAR::2 DOLLAR_NAME:val:1", summary(s));
        assertEquals("SELECT '$no' FROM t WHERE a = ? AND b = ? AND c = ?", s.jdbcSql());
        assertEquals(
                0,
                SqlScanner.scan("SELECT a FROM t WHERE a = $val", SqlSyntax.LENIENT)
                        .placeholders()
                        .size());
    }

    @Test
    void bracketsAreSubscriptsInPostgres() {
        ScannedSql s = SqlScanner.scan("SELECT a[1] FROM t WHERE b = ?", SqlSyntax.POSTGRESQL);
        assertEquals(1, s.placeholders().size());
        ScannedSql lite = SqlScanner.scan("SELECT [a?] FROM t WHERE b = ?", SqlSyntax.SQLITE);
        assertEquals(1, lite.placeholders().size());
    }

    @Test
    void mixedStylesAreNumberedLikeSqlite() {
        ScannedSql s = SqlScanner.scan("SELECT ? , @a, ?, $5, ?");
        assertEquals("QUESTION::1 AT_NAME:a:2 QUESTION::3 DOLLAR::5 QUESTION::6", summary(s));
        assertTrue(s.problems().isEmpty());
    }

    @Test
    void ambiguousNumberingIsAProblem() {
        ScannedSql s = SqlScanner.scan("SELECT ?, ?1");
        assertEquals(1, s.problems().size());
        assertEquals(10, s.problems().get(0).offset());
        assertTrue(
                s.problems().get(0).message().contains("?1"),
                s.problems().get(0).message());
    }

    @Test
    void questionMarkIsAJsonbOperatorInPostgresqlQueriesWithOtherParameters() {
        ScannedSql s =
                SqlScanner.scan("SELECT * FROM t WHERE doc ? 'k' AND doc ?| $1 AND id = @id", SqlSyntax.POSTGRESQL);
        assertEquals("SELECT * FROM t WHERE doc ?? 'k' AND doc ??| ? AND id = ?", s.jdbcSql());
        assertEquals("DOLLAR::1 AT_NAME:id:2", summary(s));
        assertTrue(s.problems().isEmpty());
        assertEquals(
                "QUESTION::1", summary(SqlScanner.scan("SELECT ?", SqlSyntax.POSTGRESQL)), "alone, ? is a placeholder");
        assertEquals("QUESTION::1 AT_NAME:a:2", summary(SqlScanner.scan("SELECT ?, @a", SqlSyntax.SQLITE)));
    }

    @Test
    void namesNextToDollarNumbersTakeTheNumbersLeftFreeAsInSqlc() {
        ScannedSql s = SqlScanner.scan("SELECT * FROM a WHERE x = @id OR y = @id LIMIT $1 OFFSET $2");
        assertEquals("AT_NAME:id:3 AT_NAME:id:3 DOLLAR::1 DOLLAR::2", summary(s));
        assertTrue(s.problems().isEmpty());
        assertEquals(
                "AT_NAME:a:1 DOLLAR::2 AT_NAME:b:3 ARG:c:4",
                summary(SqlScanner.scan("SELECT @a, $2, @b, sqlc.arg(c)")));
    }

    @Test
    void unterminatedTextIsAProblem() {
        assertEquals(
                "unterminated string",
                SqlScanner.scan("SELECT 'abc").problems().get(0).message());
        assertEquals(
                "unterminated comment",
                SqlScanner.scan("SELECT 1 /* x").problems().get(0).message());
        assertEquals(0, SqlScanner.scan("SELECT 'abc").placeholders().size());
    }

    @Test
    void malformedMacroIsAProblem() {
        ScannedSql s = SqlScanner.scan("SELECT * FROM t WHERE a = sqlj.arg()");
        assertEquals(1, s.problems().size());
        assertEquals(26, s.problems().get(0).offset());
        assertTrue(s.problems().get(0).message().contains("sqlj.arg(id)"));
        assertTrue(SqlScanner.scan("SELECT sqlj.other(x), sqlj_arg FROM t")
                .problems()
                .isEmpty());
    }

    @Test
    void sliceAndScalarOfOneNameIsAProblem() {
        ScannedSql s = SqlScanner.scan("SELECT * FROM t WHERE a IN (sqlj.slice(x)) OR b = @x");
        assertEquals(1, s.problems().size());
    }

    @Test
    void offsetsMapBackToTheOriginal() {
        String sql = "SELECT *\nFROM t\nWHERE a = sqlj.arg(name) AND nme = @other";
        ScannedSql s = SqlScanner.scan(sql);
        String jdbc = s.jdbcSql();
        assertEquals(sql.indexOf("nme"), s.originalOffset(jdbc.indexOf("nme")));
        assertEquals(sql.indexOf("sqlj.arg"), s.originalOffset(jdbc.indexOf('?')));
        assertEquals(sql.length(), s.originalOffset(jdbc.length()));
        assertEquals(0, s.originalOffset(0));
        Placeholder second = s.placeholders().get(1);
        assertEquals(sql.indexOf("@other"), second.offset());
        assertEquals(Kind.AT_NAME, second.kind());
        assertEquals(second, s.placeholderAt(second.jdbcOffset()));
    }

    @Test
    void adjacentPlaceholdersAreSeparatedSoJdbcDoesNotReadAnEscape() {
        // found by SqlScannerPropertyTest: "?1?" became "??", which JDBC reads as an escaped ? operator
        assertEquals(
                "SELECT ? ?", SqlScanner.scan("SELECT ?1?", SqlSyntax.SQLITE).jdbcSql());
        assertEquals(
                "SELECT ? ??", SqlScanner.scan("SELECT @a??", SqlSyntax.SQLITE).jdbcSql());
    }

    /** sqlc's invalid_params case: a gap in the $N numbers is an error at the first number after it. */
    @Test
    void aGapInTheDollarNumbersIsAProblemAsInSqlc() {
        String sql = "SELECT foo FROM bar WHERE baz = $1 AND baz = $3";
        ScannedSql s = SqlScanner.scan(sql, SqlSyntax.POSTGRESQL);
        assertEquals(1, s.problems().size(), s.problems().toString());
        assertEquals(sql.indexOf("$3"), s.problems().get(0).offset());
        assertEquals(
                "could not determine data type of parameter $2: the query uses $3 but no $2; number the"
                        + " parameters $1, $2, ... without a gap (PostgreSQL and sqlc reject a gap too)",
                s.problems().get(0).message());
        // The first number need not be first in the text; a name fills the lowest free number.
        assertTrue(SqlScanner.scan("SELECT 1 FROM t WHERE a = $2 AND b = $1", SqlSyntax.POSTGRESQL)
                .problems()
                .isEmpty());
        assertTrue(SqlScanner.scan("SELECT 1 FROM t WHERE a = $1 AND b = @x AND c = $3", SqlSyntax.POSTGRESQL)
                .problems()
                .isEmpty());
        String named = "SELECT id FROM bar WHERE id = $1 AND sqlc.arg(named) = true AND id = $5";
        ScannedSql gap = SqlScanner.scan(named, SqlSyntax.POSTGRESQL);
        assertEquals(1, gap.problems().size(), gap.problems().toString());
        assertEquals(named.indexOf("$5"), gap.problems().get(0).offset());
        assertTrue(gap.problems().get(0).message().startsWith("could not determine data type of parameter $3"));
        // In SQLite $1 and $3 are names: no gap.
        assertTrue(SqlScanner.scan("SELECT 1 FROM t WHERE a = $1 AND b = $3", SqlSyntax.SQLITE)
                .problems()
                .isEmpty());
    }
}
