package io.sqlj.engine.mysql;

import java.util.List;

/**
 * A MySQL type as sqlj reports it.
 *
 * @param dataType the database's name ({@code int unsigned}, {@code varchar}); for an ENUM
 *     column {@code <table>_<column>}, which names the generated Java enum as sqlc names it
 * @param jdbcType a java.sql.JDBCType name
 * @param javaClass the JDK class the value needs when jdbc_type's default cannot hold it, or ""
 * @param enumLabels an ENUM's labels in declaration order
 */
record MyType(String dataType, String jdbcType, String javaClass, List<String> enumLabels) {
    MyType {
        enumLabels = List.copyOf(enumLabels);
    }

    static MyType of(String dataType, String jdbcType) {
        return new MyType(dataType, jdbcType, "", List.of());
    }
}
