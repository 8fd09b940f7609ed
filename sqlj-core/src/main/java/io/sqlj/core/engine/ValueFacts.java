package io.sqlj.core.engine;

import io.sqlj.engine.v1.Column;
import io.sqlj.engine.v1.Parameter;
import java.util.List;

/**
 * What an engine reports about the type of one value, the same for a result {@link Column} and a
 * query {@link Parameter}: the two protocol messages repeat these fields (under their own field
 * numbers, which the wire format keeps), and everything that reads or checks them reads them
 * through this record, once.
 *
 * @param what {@code "column"} or {@code "parameter"}, for messages
 * @param tableName the table the value comes from or goes to, or ""
 * @param columnName its column in that table, or "" (a column's own name for a column)
 * @param arrayDelimiter the element delimiter of an array's text form, or "" for the comma
 * @param compositeAttributes a composite type's attributes (of each element for an array), or empty
 */
public record ValueFacts(
        String what,
        String name,
        String dataType,
        String jdbcType,
        String javaClass,
        boolean textForm,
        String elementType,
        boolean array,
        int arrayDims,
        boolean nullable,
        List<String> enumLabels,
        String tableName,
        String columnName,
        String arrayDelimiter,
        List<Column> compositeAttributes) {

    public ValueFacts {
        enumLabels = List.copyOf(enumLabels);
        compositeAttributes = List.copyOf(compositeAttributes);
    }

    public static ValueFacts of(Column c) {
        return new ValueFacts(
                "column",
                c.getName(),
                c.getDataType(),
                c.getJdbcType(),
                c.getJavaClass(),
                c.getTextForm(),
                c.getElementType(),
                c.getIsArray(),
                c.getArrayDims(),
                c.getNullable(),
                c.getEnumLabelsList(),
                c.getTableName(),
                c.getName(),
                c.getArrayDelimiter(),
                c.getCompositeAttributesList());
    }

    public static ValueFacts of(Parameter p) {
        return new ValueFacts(
                "parameter",
                p.getName(),
                p.getDataType(),
                p.getJdbcType(),
                p.getJavaClass(),
                p.getTextForm(),
                p.getElementType(),
                p.getIsArray(),
                p.getArrayDims(),
                p.getNullable(),
                p.getEnumLabelsList(),
                p.getTableName(),
                p.getColumnName(),
                p.getArrayDelimiter(),
                p.getCompositeAttributesList());
    }

    /** {@code column 2 ("id")}: the value as messages name it, {@code n} counting from 1. */
    public String describe(int n) {
        return what + " " + n + (name.isEmpty() ? "" : " (\"" + name + "\")");
    }

    /**
     * What is wrong with these facts whatever the query: no data type, a negative number of array
     * dimensions. Each problem is a phrase that follows {@link #describe(int)}: "without a
     * data_type".
     */
    public List<String> problems() {
        List<String> problems = new java.util.ArrayList<>();
        if (dataType.isBlank()) {
            problems.add("without a data_type");
        }
        if (arrayDims < 0) {
            problems.add("with array_dims " + arrayDims);
        }
        return problems;
    }
}
