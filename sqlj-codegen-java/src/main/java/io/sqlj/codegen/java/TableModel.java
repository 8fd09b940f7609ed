package io.sqlj.codegen.java;

import com.palantir.javapoet.ClassName;
import io.sqlj.codegen.java.QueryModel.Field;
import io.sqlj.codegen.java.QueryModel.Plain;
import java.util.List;
import java.util.Locale;

/**
 * A table of the engine's catalog and the record generated for it.
 *
 * @param schema the table's schema, "" for the default one (PostgreSQL's public)
 * @param table the table's name as the database spells it
 * @param columnNames the database's column names, in order, one per field
 * @param fields the record's components, one per column in declaration order
 */
record TableModel(ClassName name, String schema, String table, List<String> columnNames, List<Plain> fields) {

    TableModel {
        columnNames = List.copyOf(columnNames);
        fields = List.copyOf(fields);
    }

    /**
     * The key of a table among the models: its lower-case name, after its schema's and a dot when
     * it is not in the default schema ({@code accounts.users}).
     */
    static String key(String schema, String table) {
        String name = table.toLowerCase(Locale.ROOT);
        return schema.isEmpty() ? name : schema.toLowerCase(Locale.ROOT) + "." + name;
    }

    String key() {
        return key(schema, table);
    }

    /**
     * Whether {@code columns} are this table's, in order, with the same Java types. {@code
     * schemas} are the columns' schemas as the engine reports them; {@code otherSchemas} the
     * schemas of the models outside the default schema. A column of one of those is not a column
     * of the default schema's table of the same name, and a table outside the default schema
     * matches only columns the engine says are in its schema.
     */
    boolean matches(
            List<String> names,
            List<String> tables,
            List<String> schemas,
            java.util.Set<String> otherSchemas,
            List<Field> columns) {
        if (columns.size() != fields.size()) {
            return false;
        }
        for (int i = 0; i < columns.size(); i++) {
            String columnSchema = schemas.get(i).toLowerCase(Locale.ROOT);
            boolean sameSchema = schema.isEmpty()
                    ? !otherSchemas.contains(columnSchema)
                    : columnSchema.equals(schema.toLowerCase(Locale.ROOT));
            boolean sameTable = tables.get(i).isEmpty() || (tables.get(i).equalsIgnoreCase(table) && sameSchema);
            if (!sameTable
                    || !names.get(i)
                            .toLowerCase(Locale.ROOT)
                            .equals(columnNames.get(i).toLowerCase(Locale.ROOT))
                    || !(columns.get(i) instanceof Plain column)
                    || !column.javaType().equals(fields.get(i).javaType())) {
                return false;
            }
        }
        return true;
    }
}
