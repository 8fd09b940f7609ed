package io.sqlj.codegen.java;

import com.palantir.javapoet.ClassName;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The one place codegen knows database type names: the fallback for an engine that speaks only
 * the seed fields (no {@code jdbc_type}). The names are DESIGN's default type table; engines that
 * report type facts never reach it: for them {@code OTHER} without {@code java_class} or {@code
 * text_form} means no mapping, and the type is refused with the override to add.
 */
final class SeedTypeNames {

    private static final Map<String, ScalarType> BY_NAME = byName();

    private SeedTypeNames() {}

    /** The type for a {@link TypeMapper#normalize normalized} data type name, if well known. */
    static Optional<ScalarType> byName(String normalized) {
        return Optional.ofNullable(BY_NAME.get(normalized));
    }

    private static Map<String, ScalarType> byName() {
        Map<String, ScalarType> map = new HashMap<>();
        alias(map, TypeMapper.jdbc("SMALLINT"), "int2", "smallint", "smallserial", "serial2");
        alias(map, TypeMapper.jdbc("INTEGER"), "int4", "integer", "int", "serial", "serial4");
        alias(map, TypeMapper.jdbc("BIGINT"), "int8", "bigint", "bigserial", "serial8");
        alias(map, TypeMapper.jdbc("REAL"), "float4", "real");
        alias(map, TypeMapper.jdbc("DOUBLE"), "float8", "double precision", "double", "float");
        alias(map, TypeMapper.jdbc("NUMERIC"), "numeric", "decimal");
        alias(map, TypeMapper.jdbc("BOOLEAN"), "bool", "boolean");
        alias(map, TypeMapper.jdbc("VARCHAR"), "text", "varchar", "char", "character", "character varying", "citext");
        alias(map, TypeMapper.jdbc("VARBINARY"), "bytea", "blob");
        alias(map, ScalarType.object(ClassName.get(UUID.class), "OTHER"), "uuid");
        alias(map, TypeMapper.jdbc("DATE"), "date");
        alias(map, TypeMapper.jdbc("TIME"), "time", "time without time zone");
        alias(map, TypeMapper.jdbc("TIME_WITH_TIMEZONE"), "timetz", "time with time zone");
        alias(map, TypeMapper.jdbc("TIMESTAMP"), "timestamp", "timestamp without time zone");
        alias(map, TypeMapper.jdbc("TIMESTAMP_WITH_TIMEZONE"), "timestamptz", "timestamp with time zone");
        alias(map, ScalarType.text("OTHER"), "json", "jsonb");
        return Map.copyOf(map);
    }

    private static void alias(Map<String, ScalarType> map, ScalarType type, String... names) {
        for (String name : names) {
            map.put(name, type);
        }
    }
}
