package io.sqlj.engine.sqlite;

/**
 * A resolved type: SQLite's declared type name, its JDBC mapping, and nullability. An empty
 * {@code dataType} means not known (yet).
 */
record SqlType(String dataType, String jdbcType, boolean nullable) {
    static final SqlType UNKNOWN = new SqlType("", "", true);
    static final SqlType ANY = new SqlType("ANY", "", true);
    /** A parameter whose type nothing tells: any value, as sqlc's {@code interface{}}. */
    static final SqlType GENERIC = new SqlType("ANY", "OTHER", true);

    static final SqlType BIGINT = new SqlType("INTEGER", "BIGINT", false);
    static final SqlType DOUBLE = new SqlType("REAL", "DOUBLE", false);
    static final SqlType NUMERIC = new SqlType("NUMERIC", "NUMERIC", false);
    static final SqlType TEXT = new SqlType("TEXT", "VARCHAR", false);
    static final SqlType BLOB = new SqlType("BLOB", "BLOB", false);
    static final SqlType BOOLEAN = new SqlType("BOOLEAN", "BOOLEAN", false);

    boolean known() {
        return !dataType.isEmpty();
    }

    SqlType withNullable(boolean value) {
        return value == nullable ? this : new SqlType(dataType, jdbcType, value);
    }

    boolean isNumeric() {
        return switch (jdbcType) {
            case "BIGINT", "DOUBLE", "NUMERIC", "INTEGER", "SMALLINT", "REAL" -> true;
            default -> false;
        };
    }

    /**
     * Any value: a column declared without a type or as {@code ANY} (SQLite's "no affinity" stores
     * every value as given), an expression whose type nothing tells, a parameter nothing types. The
     * protocol's {@code java_class} is then {@code java.lang.Object}, as sqlc's {@code interface{}}.
     */
    boolean generic() {
        return dataType.equals(GENERIC.dataType) && jdbcType.equals(GENERIC.jdbcType);
    }

    /**
     * Any value of SQLite's four storage classes: {@link #generic()}, or a declared name that gives
     * NUMERIC affinity and nothing more ({@code MONEY}, {@code INET}), whose columns store integers,
     * reals, text and blobs as SQLite converts them. Its {@code data_type} stays the declared name,
     * so an override of that name still applies.
     */
    boolean anyValue() {
        return jdbcType.equals(GENERIC.jdbcType);
    }

    /** The protocol's {@code java_class} for this type: {@code java.lang.Object} for any value, else "". */
    String javaClass() {
        return anyValue() ? "java.lang.Object" : "";
    }

    /**
     * Maps a column's declared type as {@link SqliteTypes} says. An empty declaration is {@code
     * ANY}: SQLite's "no affinity" stores any value as given (sqlc's {@code interface{}}).
     */
    static SqlType declared(String declaration, boolean nullable) {
        String decl = SqliteTypes.normalize(declaration);
        return decl.isEmpty()
                ? GENERIC.withNullable(nullable)
                : new SqlType(decl, SqliteTypes.jdbcType(decl), nullable);
    }
}
