package io.sqlj.codegen.java;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sqlj.core.Command;
import io.sqlj.engine.v1.Column;
import io.sqlj.engine.v1.Parameter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeMapperTest {

    private static final TypeMapper MAPPER = TypeMapper.create(
            "p",
            List.of(Fixtures.query("Q", Command.MANY, "SELECT s FROM t")
                    .column(Column.newBuilder()
                            .setName("s")
                            .setDataType("accounts.order_status")
                            .addAllEnumLabels(List.of("paid", "in-progress", "2nd", "", "-", "paid!", "in_progress"))
                            .build())
                    .build()));

    private static String column(String dataType, String jdbcType, boolean nullable, boolean array) {
        return MAPPER.column(Column.newBuilder()
                        .setDataType(dataType)
                        .setJdbcType(jdbcType)
                        .setNullable(nullable)
                        .setIsArray(array)
                        .build())
                .map(type -> type.javaType().toString())
                .orElse("<none>");
    }

    @Test
    void jdbcTypeComesFirst() {
        assertEquals("long", column("INTEGER", "BIGINT", false, false));
        assertEquals("java.lang.Long", column("INTEGER", "BIGINT", true, false));
        assertEquals("short", column("tinyint", "TINYINT", false, false));
        assertEquals("byte[]", column("BLOB", "BLOB", false, false));
        assertEquals("java.time.OffsetDateTime", column("x", "timestamp_with_timezone", false, false));
    }

    @Test
    void dataTypeNamesWithoutJdbcType() {
        assertEquals("int", column("int4", "", false, false));
        assertEquals("java.util.UUID", column("UUID", "", false, false));
        assertEquals("java.math.BigDecimal", column("NUMERIC(10, 2)", "", false, false));
        // An engine that reports a jdbc_type has said what it knows: OTHER alone is no mapping.
        assertEquals("<none>", column("UUID", "OTHER", false, false));
        assertEquals("java.lang.String", column("Character  Varying(20)", "", false, false));
        assertEquals("java.time.OffsetDateTime", column("timestamp with time zone", "", true, false));
        assertEquals("java.util.List<java.lang.Integer>", column("int4[]", "", false, true));
        assertEquals("java.util.List<java.lang.String>", column("text[]", "", false, true));
        assertEquals("<none>", column("geometry", "OTHER", false, false));
    }

    @Test
    void engineFactsComeBeforeJdbcTypeAndTheFallback() {
        assertEquals(
                "java.util.UUID",
                MAPPER.column(Column.newBuilder()
                                .setDataType("uuid")
                                .setJdbcType("OTHER")
                                .setJavaClass("java.util.UUID")
                                .build())
                        .orElseThrow()
                        .javaType()
                        .toString());
        ValueType interval = MAPPER.column(Column.newBuilder()
                        .setDataType("interval")
                        .setJdbcType("OTHER")
                        .setTextForm(true)
                        .build())
                .orElseThrow();
        assertEquals("java.lang.String", interval.javaType().toString());
        assertEquals(ScalarType.Access.TEXT, interval.scalar().access());
        assertEquals("OTHER", interval.scalar().sqlType());
        ValueType grid = MAPPER.column(Column.newBuilder()
                        .setDataType("int4[][]")
                        .setJdbcType("INTEGER")
                        .setIsArray(true)
                        .setArrayDims(2)
                        .setElementType("int4")
                        .build())
                .orElseThrow();
        assertEquals(
                "java.util.List<java.util.List<java.lang.Integer>>",
                grid.javaType().toString());
        assertEquals("int4", grid.elementType());
        assertEquals(
                "org.postgresql.geometric.PGpoint",
                MAPPER.column(Column.newBuilder()
                                .setDataType("point")
                                .setJdbcType("OTHER")
                                .setJavaClass("org.postgresql.geometric.PGpoint")
                                .build())
                        .map(t -> t.javaType().toString())
                        .orElse("<none>"),
                "a driver class the engine names is used (protocol.md, java_class)");
        assertEquals(
                "<none>",
                MAPPER.column(Column.newBuilder()
                                .setDataType("hstore")
                                .setJdbcType("OTHER")
                                .setJavaClass("not a class name")
                                .build())
                        .map(t -> t.javaType().toString())
                        .orElse("<none>"),
                "a java_class that is not a class name is no mapping");
    }

    @Test
    void enumsByLabelsAndTheirDataTypeForParameters() {
        assertEquals("p.AccountsOrderStatus", column("accounts.order_status", "VARCHAR", false, false));
        assertEquals(
                "p.AccountsOrderStatus",
                MAPPER.parameter(Parameter.newBuilder()
                                .setDataType("ACCOUNTS.ORDER_STATUS")
                                .build())
                        .orElseThrow()
                        .javaType()
                        .toString());
        assertEquals(
                List.of("PAID", "IN_PROGRESS", "_2ND", "VALUE_4", "VALUE_5", "PAID_", "IN_PROGRESS_2"),
                MAPPER.enums().get(0).constants());
    }

    @Test
    void anEnumOnlyAParameterUsesIsGeneratedFromTheParameterLabels() {
        TypeMapper mapper = TypeMapper.create(
                "p",
                List.of(Fixtures.query("SetStatus", Command.EXEC, "UPDATE orders SET status = $1")
                        .param(Parameter.newBuilder()
                                .setName("status")
                                .setPosition(1)
                                .setDataType("order_status")
                                .setJdbcType("OTHER")
                                .addAllEnumLabels(List.of("new", "shipped"))
                                .build())
                        .build()));
        assertEquals(1, mapper.enums().size());
        assertEquals("p.OrderStatus", mapper.enums().get(0).name().toString());
        assertEquals(List.of("NEW", "SHIPPED"), mapper.enums().get(0).constants());
        assertEquals(
                "p.OrderStatus",
                mapper.parameter(Parameter.newBuilder()
                                .setDataType("order_status")
                                .setJdbcType("OTHER")
                                .build())
                        .orElseThrow()
                        .javaType()
                        .toString());
    }
}
