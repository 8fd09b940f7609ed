package io.sqlj.engine.mysql;

import io.sqlj.engine.v1.Column;
import io.sqlj.engine.v1.EnumType;
import io.sqlj.engine.v1.Table;
import java.util.List;

/**
 * The protocol's Catalog from {@link Catalog}: every table and view with its columns described
 * as result columns are, and one enum per ENUM column, named {@code <table>_<column>} as sqlc
 * names MySQL enums.
 */
final class SchemaCatalog {
    private SchemaCatalog() {}

    static io.sqlj.engine.v1.Catalog of(Catalog catalog) {
        io.sqlj.engine.v1.Catalog.Builder out = io.sqlj.engine.v1.Catalog.newBuilder();
        for (List<Catalog.Col> columns : catalog.tables()) {
            Table.Builder table = Table.newBuilder().setName(columns.get(0).table());
            for (Catalog.Col c : columns) {
                MyType type = c.type();
                table.addColumns(column(c, type));
                if (!type.enumLabels().isEmpty()) {
                    out.addEnums(EnumType.newBuilder().setName(type.dataType()).addAllLabels(type.enumLabels()));
                }
            }
            out.addTables(table);
        }
        return out.build();
    }

    /** A table column as a protocol Column: name, type, nullability and table. */
    static Column column(Catalog.Col c, MyType type) {
        return Column.newBuilder()
                .setName(c.name())
                .setDataType(type.dataType())
                .setJdbcType(type.jdbcType())
                .setJavaClass(type.javaClass())
                .setNullable(c.nullable())
                .setTableName(c.table())
                .addAllEnumLabels(type.enumLabels())
                .build();
    }
}
