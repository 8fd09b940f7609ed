package io.sqlj.engine.sqlite;

import org.jspecify.annotations.Nullable;

/**
 * The type of an expression, with what it is when that matters for naming parameters.
 *
 * @param column the column name when the expression is a plain column reference, else null
 * @param table the column's table (not its alias), else null
 * @param param the placeholder index when the expression is a bare placeholder, else -1
 */
record Typed(
        SqlType type, @Nullable String column, @Nullable String table, int param) {
    static Typed of(SqlType type) {
        return new Typed(type, null, null, -1);
    }

    boolean isParam() {
        return param >= 0;
    }

    boolean nullable() {
        return type.nullable();
    }
}
