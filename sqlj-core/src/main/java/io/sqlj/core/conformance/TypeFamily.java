package io.sqlj.core.conformance;

import java.util.Locale;
import java.util.Set;

/**
 * The kind of type a standard query's parameter or column must have, judged by {@code jdbc_type}
 * when the engine sets one, else by the well-known {@code data_type} names codegen falls back to.
 */
enum TypeFamily {
    INTEGER("an integer type", Set.of("TINYINT", "SMALLINT", "INTEGER", "BIGINT"), "int", "serial"),
    TEXT(
            "a text type",
            Set.of("CHAR", "VARCHAR", "LONGVARCHAR", "NCHAR", "NVARCHAR", "LONGNVARCHAR", "CLOB", "NCLOB"),
            "char",
            "text",
            "string",
            "clob"),
    /** Dialects differ (an expression's type): any non-blank data_type will do. */
    ANY("any type", Set.of());

    private final String description;
    private final Set<String> jdbcTypes;
    private final String[] nameParts;

    TypeFamily(String description, Set<String> jdbcTypes, String... nameParts) {
        this.description = description;
        this.jdbcTypes = jdbcTypes;
        this.nameParts = nameParts;
    }

    String description() {
        return description;
    }

    boolean matches(String jdbcType, String dataType) {
        if (this == ANY) {
            return true;
        }
        if (!jdbcType.isEmpty() && !jdbcType.equals("OTHER")) {
            return jdbcTypes.contains(jdbcType);
        }
        String name = dataType.toLowerCase(Locale.ROOT);
        for (String part : nameParts) {
            if (name.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
