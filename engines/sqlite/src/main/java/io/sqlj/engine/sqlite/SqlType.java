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
     * Maps a column's declared type as {@link SqliteTypes} says. An empty declaration is BLOB, as
     * SQLite's "no affinity" stores any value as given.
     */
    static SqlType declared(String declaration, boolean nullable) {
        String decl = SqliteTypes.normalize(declaration);
        return new SqlType(decl.isEmpty() ? "BLOB" : decl, SqliteTypes.jdbcType(decl), nullable);
    }
}
