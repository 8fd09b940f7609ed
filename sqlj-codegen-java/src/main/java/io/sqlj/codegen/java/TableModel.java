package io.sqlj.codegen.java;

import com.palantir.javapoet.ClassName;
import io.sqlj.codegen.java.QueryModel.Field;
import io.sqlj.codegen.java.QueryModel.Plain;
import java.util.List;
import java.util.Locale;

/**
 * A table of the engine's catalog and the record generated for it.
 *
 * @param table the table's name as the database spells it
 * @param columnNames the database's column names, in order, one per field
 * @param fields the record's components, one per column in declaration order
 */
record TableModel(ClassName name, String table, List<String> columnNames, List<Plain> fields) {

    TableModel {
        columnNames = List.copyOf(columnNames);
        fields = List.copyOf(fields);
    }

    /** Whether {@code columns} are this table's, in order, with the same Java types. */
    boolean matches(List<String> names, List<String> tables, List<Field> columns) {
        if (columns.size() != fields.size()) {
            return false;
        }
        for (int i = 0; i < columns.size(); i++) {
            boolean sameTable = tables.get(i).isEmpty() || tables.get(i).equalsIgnoreCase(table);
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
