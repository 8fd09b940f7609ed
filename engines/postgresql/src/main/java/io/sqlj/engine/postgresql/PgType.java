package io.sqlj.engine.postgresql;

import io.sqlj.engine.v1.Column;
import java.util.List;

/**
 * A PostgreSQL type as the protocol reports it: domains already replaced by their base type,
 * arrays by their element type plus dimensions.
 *
 * @param dataType the element type's name ({@code int4}, {@code mood}); with {@code []} per
 *     dimension for an array ({@code int4[]})
 * @param jdbcType the java.sql.JDBCType name of the element type
 * @param arrayDims 0 for a scalar
 * @param enumLabels the labels of an enum element type, else empty
 * @param notNullDomain the type is a domain declared NOT NULL
 * @param javaClass the JDK class pgjdbc reads and binds for the element type, or ""
 * @param textForm the element travels as its text: {@code getString}, bound as {@code Types.OTHER}
 * @param delimiter the element type's delimiter in array text (pg_type.typdelim)
 * @param attributes for a composite element type, its attributes in order (each a Column with
 *     name, type facts and nullability, a nested composite with its own); else empty
 */
record PgType(
        String dataType,
        String jdbcType,
        int arrayDims,
        List<String> enumLabels,
        boolean notNullDomain,
        String javaClass,
        boolean textForm,
        String delimiter,
        List<Column> attributes) {
    PgType {
        enumLabels = List.copyOf(enumLabels);
        attributes = List.copyOf(attributes);
    }

    PgType(
            String dataType,
            String jdbcType,
            int arrayDims,
            List<String> enumLabels,
            boolean notNullDomain,
            String javaClass,
            boolean textForm,
            String delimiter) {
        this(dataType, jdbcType, arrayDims, enumLabels, notNullDomain, javaClass, textForm, delimiter, List.of());
    }

    static PgType unknown(String name) {
        return new PgType(name, "OTHER", 0, List.of(), false, "", false, ",");
    }

    boolean isArray() {
        return arrayDims > 0;
    }

    /** The element type's name, as {@code Connection.createArrayOf} takes it; "" for a scalar. */
    String elementType() {
        if (!isArray()) {
            return "";
        }
        String t = dataType;
        while (t.endsWith("[]")) {
            t = t.substring(0, t.length() - 2);
        }
        return t;
    }

    /** The same type with {@code dims} dimensions (0: the element itself). */
    PgType withDims(int dims) {
        String element = isArray() ? elementType() : dataType;
        return new PgType(
                element + "[]".repeat(dims),
                jdbcType,
                dims,
                enumLabels,
                notNullDomain,
                javaClass,
                textForm,
                delimiter,
                attributes);
    }

    /**
     * With a column's declared dimensions ({@code pg_attribute.attndims}) when it declares more
     * than one: an {@code int4[][]} column's type is {@code _int4}, one dimension, to the server.
     */
    PgType withDeclaredDims(int declared) {
        return isArray() && declared > arrayDims ? withDims(declared) : this;
    }

    PgType withNotNullDomain(boolean notNull) {
        return new PgType(
                dataType, jdbcType, arrayDims, enumLabels, notNull, javaClass, textForm, delimiter, attributes);
    }

    PgType withDelimiter(String typdelim) {
        return new PgType(
                dataType, jdbcType, arrayDims, enumLabels, notNullDomain, javaClass, textForm, typdelim, attributes);
    }

    /** The same type with a composite's attributes. */
    PgType withAttributes(List<Column> attrs) {
        return new PgType(
                dataType, jdbcType, arrayDims, enumLabels, notNullDomain, javaClass, textForm, delimiter, attrs);
    }

    /**
     * This type as the protocol's Column named {@code name}: a composite's attribute (only the type
     * facts and nullability; no table).
     */
    Column asAttribute(String name, boolean nullable) {
        return Column.newBuilder()
                .setName(name)
                .setDataType(dataType)
                .setJdbcType(jdbcType)
                .setJavaClass(javaClass)
                .setTextForm(textForm)
                .setElementType(elementType())
                .setArrayDelimiter(arrayDelimiter())
                .setNullable(nullable)
                .setIsArray(isArray())
                .setArrayDims(arrayDims)
                .addAllEnumLabels(enumLabels)
                .addAllCompositeAttributes(attributes)
                .build();
    }

    /**
     * For an array, the delimiter between elements in its text form when it is not {@code ,}
     * (pg_type.typdelim of the element: {@code ;} for {@code box}); "" otherwise.
     */
    String arrayDelimiter() {
        return isArray() && !delimiter.equals(",") ? delimiter : "";
    }
}
