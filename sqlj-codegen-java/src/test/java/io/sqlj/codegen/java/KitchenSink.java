package io.sqlj.codegen.java;

import static io.sqlj.codegen.java.Fixtures.query;

import io.sqlj.core.Command;
import io.sqlj.core.ResolvedQuery;
import io.sqlj.engine.v1.Column;
import io.sqlj.engine.v1.Parameter;
import java.util.ArrayList;
import java.util.List;

/** Queries that together use every command, every mapped type, arrays, enums and slices. */
final class KitchenSink {

    static final List<String> JDBC_TYPES = List.of(
            "BIT",
            "BOOLEAN",
            "TINYINT",
            "SMALLINT",
            "INTEGER",
            "BIGINT",
            "REAL",
            "FLOAT",
            "DOUBLE",
            "NUMERIC",
            "DECIMAL",
            "CHAR",
            "VARCHAR",
            "LONGVARCHAR",
            "NCHAR",
            "NVARCHAR",
            "LONGNVARCHAR",
            "CLOB",
            "NCLOB",
            "BINARY",
            "VARBINARY",
            "LONGVARBINARY",
            "BLOB",
            "DATE",
            "TIME",
            "TIMESTAMP",
            "TIME_WITH_TIMEZONE",
            "TIMESTAMP_WITH_TIMEZONE");

    static final List<String> DATA_TYPES = List.of(
            "int2",
            "smallint",
            "int4",
            "integer",
            "serial",
            "int8",
            "bigint",
            "bigserial",
            "float4",
            "real",
            "float8",
            "double precision",
            "numeric",
            "decimal(10,2)",
            "bool",
            "boolean",
            "text",
            "varchar(20)",
            "char",
            "citext",
            "character varying",
            "bytea",
            "uuid",
            "date",
            "time",
            "timestamp",
            "timestamptz",
            "json",
            "jsonb");

    private KitchenSink() {}

    static List<ResolvedQuery> queries() {
        List<ResolvedQuery> queries = new ArrayList<>();
        var jdbc = query("AllJdbcTypes", Command.MANY, sqlWith(2 * JDBC_TYPES.size()));
        var data = query("AllDataTypes", Command.ONE, sqlWith(2 * DATA_TYPES.size()));
        for (String type : JDBC_TYPES) {
            for (boolean nullable : new boolean[] {false, true}) {
                String name = type.toLowerCase() + (nullable ? "_null" : "");
                jdbc.column(name, type, nullable).param(name, type, nullable);
            }
        }
        for (String type : DATA_TYPES) {
            for (boolean nullable : new boolean[] {false, true}) {
                String name = type.replaceAll("\\W", "_") + (nullable ? "_null" : "");
                data.column(Column.newBuilder()
                                .setName(name)
                                .setDataType(type)
                                .setNullable(nullable)
                                .build())
                        .param(Parameter.newBuilder()
                                .setName(name)
                                .setDataType(type)
                                .setNullable(nullable)
                                .setPosition(data.build().response().getParametersCount() + 1)
                                .build());
            }
        }
        queries.add(jdbc.build());
        queries.add(data.build());
        queries.add(query("Arrays", Command.ONE, "SELECT a, b, c, d, e FROM t WHERE x = ? AND y = ?")
                .column(Column.newBuilder()
                        .setName("a")
                        .setDataType("int4[]")
                        .setIsArray(true)
                        .setArrayDims(1)
                        .build())
                .column(Column.newBuilder()
                        .setName("b")
                        .setDataType("text[]")
                        .setIsArray(true)
                        .setNullable(true)
                        .build())
                .column(Column.newBuilder()
                        .setName("grid")
                        .setDataType("int4[][]")
                        .setJdbcType("INTEGER")
                        .setElementType("int4")
                        .setIsArray(true)
                        .setArrayDims(2)
                        .build())
                .column(Column.newBuilder()
                        .setName("spans")
                        .setDataType("interval[]")
                        .setJdbcType("OTHER")
                        .setTextForm(true)
                        .setElementType("interval")
                        .setIsArray(true)
                        .setArrayDims(1)
                        .build())
                .column(Column.newBuilder()
                        .setName("at")
                        .setDataType("timestamptz[]")
                        .setJdbcType("TIMESTAMP_WITH_TIMEZONE")
                        .setElementType("timestamptz")
                        .setIsArray(true)
                        .setArrayDims(1)
                        .build())
                .column(Column.newBuilder()
                        .setName("c")
                        .setDataType("date[]")
                        .setIsArray(true)
                        .build())
                .column(Column.newBuilder()
                        .setName("d")
                        .setDataType("mood[]")
                        .setIsArray(true)
                        .addAllEnumLabels(List.of("happy", "sad"))
                        .build())
                .column(Column.newBuilder()
                        .setName("e")
                        .setDataType("jsonb[]")
                        .setIsArray(true)
                        .build())
                .param(Parameter.newBuilder()
                        .setName("x")
                        .setPosition(1)
                        .setDataType("int8[]")
                        .setIsArray(true)
                        .setNullable(true)
                        .build())
                .param(Parameter.newBuilder()
                        .setName("y")
                        .setPosition(2)
                        .setDataType("mood[]")
                        .setIsArray(true)
                        .build())
                .build());
        queries.add(query("Moods", Command.MANY, "SELECT mood FROM t WHERE mood = ? OR mood2 = ?")
                .column(Column.newBuilder()
                        .setName("mood")
                        .setDataType("mood")
                        .setJdbcType("VARCHAR")
                        .setNullable(true)
                        .addAllEnumLabels(List.of("happy", "sad"))
                        .build())
                .param(Parameter.newBuilder()
                        .setName("m")
                        .setPosition(1)
                        .setDataType("mood")
                        .build())
                .param(Parameter.newBuilder()
                        .setName("m2")
                        .setPosition(2)
                        .setDataType("mood")
                        .setNullable(true)
                        .build())
                .build());
        queries.add(query(
                        "Slices",
                        Command.MANY,
                        "SELECT id FROM t WHERE id IN (/*SLICE:ids*/?) AND name IN (/*SLICE:names*/?) AND x = ?")
                .column("id", "BIGINT", false)
                .param(Parameter.newBuilder()
                        .setName("ids")
                        .setPosition(1)
                        .setDataType("INTEGER")
                        .setJdbcType("BIGINT")
                        .setIsSlice(true)
                        .build())
                .param(Parameter.newBuilder()
                        .setName("names")
                        .setPosition(2)
                        .setDataType("TEXT")
                        .setJdbcType("VARCHAR")
                        .setIsSlice(true)
                        .setNullable(true)
                        .build())
                .param("x", "BIGINT", true)
                .build());
        queries.add(query(
                        "SlicesInParams",
                        Command.EXECROWS,
                        "DELETE FROM t WHERE a = ? AND b IN (/*SLICE:bs*/?) AND c = ? AND d = ? AND e = ? AND a = ?")
                .param("a", "BIGINT", false)
                .param(Parameter.newBuilder()
                        .setName("bs")
                        .setPosition(2)
                        .setDataType("uuid")
                        .setIsSlice(true)
                        .build())
                .param("c", "DATE", true)
                .param("d", "BOOLEAN", false)
                .param("e", "NUMERIC", true)
                .param(Parameter.newBuilder()
                        .setName("a")
                        .setPosition(1)
                        .setJdbcType("BIGINT")
                        .build())
                .build());
        queries.add(query("Exec", Command.EXEC, "DELETE FROM t").build());
        queries.add(query("ExecRows", Command.EXECROWS, "DELETE FROM t WHERE a = ?")
                .param("a", "BIGINT", false)
                .build());
        queries.add(query("ExecLastId", Command.EXECLASTID, "INSERT INTO t (a) VALUES (?)")
                .param("a", "BIGINT", false)
                .key("id", "BIGINT")
                .build());
        queries.add(query("ExecLastUuid", Command.EXECLASTID, "INSERT INTO u (a, b, c) VALUES (?, ?, ?)")
                .param("a", "BIGINT", false)
                .param(Parameter.newBuilder()
                        .setName("b")
                        .setPosition(2)
                        .setDataType("text[]")
                        .setJdbcType("VARCHAR")
                        .setElementType("text")
                        .setIsArray(true)
                        .setArrayDims(2)
                        .build())
                .param(Parameter.newBuilder()
                        .setName("span")
                        .setPosition(3)
                        .setDataType("interval")
                        .setJdbcType("OTHER")
                        .setTextForm(true)
                        .setNullable(true)
                        .build())
                .key(Column.newBuilder()
                        .setName("key")
                        .setDataType("uuid")
                        .setJdbcType("OTHER")
                        .setJavaClass("java.util.UUID")
                        .build())
                .build());
        queries.add(query("Batch", Command.BATCHEXEC, "INSERT INTO t (a, b) VALUES (?, ?)")
                .param("a", "BIGINT", false)
                .param("b", "VARCHAR", true)
                .build());
        queries.add(query("Copy", Command.COPYFROM, "INSERT INTO t (a) VALUES (?)")
                .param("a", "BIGINT", false)
                .build());
        queries.add(query(
                        "Keywords",
                        Command.MANY,
                        "SELECT class, id, id, \"\", toString FROM t "
                                + "WHERE class = ? AND int = ? AND _ps = ? AND connection = ? AND p1 = ? AND ? = 1")
                .comment("Keywords, duplicates, */ comment breakers, @param and {@code braces} \\u000a.")
                .text("SELECT class, id FROM t -- */ @Override { \\u0022\nWHERE x < 1 & y > 2 }")
                .column("class", "BIGINT", false)
                .column("id", "BIGINT", false)
                .column("id", "VARCHAR", true)
                .column("", "VARCHAR", true)
                .column("toString", "VARCHAR", true)
                .param("class", "BIGINT", false)
                .param("int", "BIGINT", false)
                .param("_ps", "BIGINT", false)
                .param("connection", "VARCHAR", false)
                .param("p1", "VARCHAR", false)
                .param("", "VARCHAR", false)
                .build());
        return queries;
    }

    private static String sqlWith(int placeholders) {
        return "SELECT 1 WHERE " + String.join(" AND ", java.util.Collections.nCopies(placeholders, "?"));
    }
}
