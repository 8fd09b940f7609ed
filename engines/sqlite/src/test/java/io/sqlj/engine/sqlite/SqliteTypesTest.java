package io.sqlj.engine.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.engine.v1.ParseResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each declared type SQLite can hold maps to a JDBC type whose getter sqlite-jdbc has. */
class SqliteTypesTest extends EngineTestSupport {

    @Test
    void everyDeclaredTypeOfTheListHasAReadableMapping() {
        StringBuilder schema = new StringBuilder("CREATE TABLE t (");
        for (int i = 0; i < SqliteTypes.DECLARED_TYPES.size(); i++) {
            schema.append(i == 0 ? "" : ", ")
                    .append("c")
                    .append(i)
                    .append(' ')
                    .append(SqliteTypes.DECLARED_TYPES.get(i));
        }
        ParseResponse r = engine.parse(ParseRequest.newBuilder()
                .setSql("SELECT * FROM t")
                .setSchemaSql(schema.append(");").toString())
                .build());
        // MONEY stands for every name with NUMERIC affinity and no mapping: any value, one warning.
        assertEquals(true, diags(r).startsWith("1:"), diags(r));
        assertEquals(true, diags(r).contains("warning: column type \"MONEY\" (t.c33)"), diags(r));
        assertEquals(1, r.getDiagnosticsCount());
        Map<String, String> byType = new LinkedHashMap<>();
        r.getColumnsList().forEach(c -> byType.put(c.getDataType(), c.getJdbcType()));
        assertEquals(SqliteTypes.DECLARED_TYPES.size(), byType.size());
        String mapping = byType.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
        assertEquals(
                "INTEGER=BIGINT, INT=BIGINT, BIGINT=BIGINT, SMALLINT=BIGINT, TINYINT=BIGINT, SERIAL=BIGINT,"
                        + " BIGSERIAL=BIGINT, REAL=DOUBLE, DOUBLE=DOUBLE, DOUBLE PRECISION=DOUBLE, FLOAT=DOUBLE, TEXT=VARCHAR,"
                        + " VARCHAR(20)=VARCHAR, CHARACTER VARYING=VARCHAR, CLOB=VARCHAR, BLOB=BLOB, BYTEA=BLOB, NUMERIC=NUMERIC,"
                        + " DECIMAL(10,2)=NUMERIC, BOOLEAN=BOOLEAN, BOOL=BOOLEAN, DATE=DATE, TIME=TIME, TIMESTAMP=TIMESTAMP,"
                        + " DATETIME=TIMESTAMP, JSON=VARCHAR, JSONB=VARCHAR, UUID=VARCHAR, CITEXT=VARCHAR,"
                        + " TIMESTAMP WITH TIME ZONE=VARCHAR, TIMESTAMPTZ=VARCHAR, TIME WITH TIME ZONE=VARCHAR, TIMETZ=VARCHAR, MONEY=OTHER",
                mapping);
    }

    @Test
    void otherNumericAffinityNamesAreOther() {
        assertEquals("OTHER", SqliteTypes.jdbcTypeOf("money"));
        assertEquals("OTHER", SqliteTypes.jdbcType(SqliteTypes.normalize("INET")));
        assertEquals("BIGINT", SqliteTypes.jdbcType(SqliteTypes.normalize("INTERVAL"))); // INT, by SQLite's rule
        assertEquals("OTHER", SqliteTypes.jdbcType(SqliteTypes.normalize("any")));
        // SQLite's own rules come first: POINT has INT in it, so it is an integer column.
        assertEquals("BIGINT", SqliteTypes.jdbcType(SqliteTypes.normalize("point")));
        assertEquals("OTHER", SqliteTypes.jdbcType(SqliteTypes.normalize(""))); // any value: an Object
        assertEquals(
                "VARCHAR",
                SqliteTypes.jdbcType(SqliteTypes.normalize("timestamp  with\\ttime zone".replace("\\t", "\t"))));
    }

    @Test
    void normalizeAndJdbcTypeAnswerAsTheRegularExpressionsDid() {
        List<String> declarations = List.of(
                "",
                " ",
                "int",
                "  varchar ( 20 )  ",
                "double\tprecision",
                "timestamp \n\r with \u000B\f time zone",
                "a\u00A0b", // not a space for \\s: kept
                "a\u0085 b", // nor this one
                "decimal(10, 2) not null",
                "x(1) y(2)",
                "caf\u00e9 \u0131nt",
                "text(\n)",
                "(",
                ")(");
        for (String declaration : declarations) {
            String expected = declaration.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
            assertEquals(expected, SqliteTypes.normalize(declaration), declaration);
            String base = expected.replaceAll("\\s*\\(.*?\\)", "").trim();
            assertEquals(SqliteTypes.jdbcType(base.isEmpty() ? "" : base), SqliteTypes.jdbcType(expected), declaration);
        }
    }
}
