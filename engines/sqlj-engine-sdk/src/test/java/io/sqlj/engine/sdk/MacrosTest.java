package io.sqlj.engine.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.engine.v1.Column;
import io.sqlj.engine.v1.ParseResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MacrosTest {

    private static ParseResponse complete(ScannedSql scanned) {
        ParseResponse.Builder response = ParseResponse.newBuilder().setSql(scanned.jdbcSql());
        Macros.complete(response, scanned);
        return response.build();
    }

    @Test
    void optionalPredicatesAreMarkedThenReportedAsSpansWithTheirParameters() {
        ScannedSql s = SqlScanner.scan("SELECT * FROM t WHERE a = @a AND sqlj.optional(b = @b)"
                + " AND sqlj.optional(c BETWEEN @lo AND @hi) AND sqlj.optional(d IN (sqlj.slice(ds)))");
        assertTrue(s.problems().isEmpty(), s.problems().toString());
        assertEquals(
                "SELECT * FROM t WHERE a = ? AND /*sqlj:optional*/(b = ?)/*sqlj:end*/ AND"
                        + " /*sqlj:optional*/(c BETWEEN ? AND ?)/*sqlj:end*/ AND /*sqlj:optional*/(d IN (/*SLICE:ds*/?))/*sqlj:end*/",
                s.jdbcSql());
        assertEquals(Set.of("optional"), s.features());
        ParseResponse r = complete(s);
        String sql = r.getSql();
        assertEquals("SELECT * FROM t WHERE a = ? AND (b = ?) AND (c BETWEEN ? AND ?) AND (d IN (/*SLICE:ds*/?))", sql);
        assertEquals(3, r.getOptionalPredicatesCount());
        assertEquals(
                "(b = ?)",
                sql.substring(
                        r.getOptionalPredicates(0).getStart(),
                        r.getOptionalPredicates(0).getEnd()));
        assertEquals(List.of(1), r.getOptionalPredicates(0).getParametersList());
        assertEquals(List.of(2, 3), r.getOptionalPredicates(1).getParametersList());
        assertEquals(
                "(d IN (/*SLICE:ds*/?))",
                sql.substring(
                        r.getOptionalPredicates(2).getStart(),
                        r.getOptionalPredicates(2).getEnd()));
        assertEquals(List.of(4), r.getOptionalPredicates(2).getParametersList());
    }

    @Test
    void sortListsEveryOrderingSoTheDatabaseChecksEach() {
        ScannedSql s = SqlScanner.scan("SELECT * FROM books ORDER BY sqlj.sort(@order, title, price DESC,"
                + " lower(title) ASC), id LIMIT @n");
        assertTrue(s.problems().isEmpty(), s.problems().toString());
        ParseResponse r = complete(s);
        assertEquals("SELECT * FROM books ORDER BY title, price DESC, lower(title) ASC, id LIMIT ?", r.getSql());
        assertEquals("order", r.getSort().getName());
        assertEquals(
                List.of("title", "price DESC", "lower(title) ASC"), r.getSort().getOrderingsList());
        assertEquals(
                "title, price DESC, lower(title) ASC",
                r.getSql().substring(r.getSort().getStart(), r.getSort().getEnd()));
        assertEquals(1, s.placeholders().size());
    }

    @Test
    void embedListFlagsItsColumns() {
        ScannedSql s = SqlScanner.scan("SELECT sqlj.embed(a), sqlj.embed_list(b) FROM a LEFT JOIN b ON b.a_id = a.id");
        assertEquals(Set.of("embed_list"), s.features());
        ParseResponse.Builder response = ParseResponse.newBuilder()
                .setSql(s.jdbcSql())
                .addColumns(Column.newBuilder().setName("id").setEmbedTable("a"))
                .addColumns(Column.newBuilder().setName("id").setEmbedTable("b"))
                .addColumns(Column.newBuilder().setName("a_id").setEmbedTable("b"));
        Macros.complete(response, s);
        assertEquals(
                List.of(false, true, true),
                response.getColumnsList().stream().map(Column::getEmbedList).toList());
    }

    @Test
    void misuseIsAProblemAtTheMacro() {
        assertTrue(SqlScanner.scan("SELECT 1 WHERE sqlj.optional(sqlj.optional(a = @a))")
                .problems()
                .get(0)
                .message()
                .contains("cannot be nested"));
        assertTrue(SqlScanner.scan("SELECT 1 WHERE sqlj.optional(1 = 1)")
                .problems()
                .get(0)
                .message()
                .contains("at least one parameter"));
        assertTrue(SqlScanner.scan("SELECT 1 WHERE sqlj.optional(a = @a")
                .problems()
                .get(0)
                .message()
                .contains("never closed"));
        assertTrue(SqlScanner.scan("SELECT 1 ORDER BY sqlj.sort(@o)")
                .problems()
                .get(0)
                .message()
                .contains("at least one ordering"));
        assertTrue(SqlScanner.scan("SELECT 1 ORDER BY sqlj.sort(@o, a + @x)")
                .problems()
                .get(0)
                .message()
                .contains("cannot use parameters"));
    }
}
