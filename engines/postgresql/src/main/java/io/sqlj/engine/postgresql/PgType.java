package io.sqlj.engine.postgresql;

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
 */
record PgType(
        String dataType,
        String jdbcType,
        int arrayDims,
        List<String> enumLabels,
        boolean notNullDomain,
        String javaClass,
        boolean textForm,
        String delimiter) {
    PgType {
        enumLabels = List.copyOf(enumLabels);
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
                element + "[]".repeat(dims), jdbcType, dims, enumLabels, notNullDomain, javaClass, textForm, delimiter);
    }

    /**
     * With a column's declared dimensions ({@code pg_attribute.attndims}) when it declares more
     * than one: an {@code int4[][]} column's type is {@code _int4}, one dimension, to the server.
     */
    PgType withDeclaredDims(int declared) {
        return isArray() && declared > arrayDims ? withDims(declared) : this;
    }

    PgType withNotNullDomain(boolean notNull) {
        return new PgType(dataType, jdbcType, arrayDims, enumLabels, notNull, javaClass, textForm, delimiter);
    }

    PgType withDelimiter(String typdelim) {
        return new PgType(dataType, jdbcType, arrayDims, enumLabels, notNullDomain, javaClass, textForm, typdelim);
    }

    /**
     * For an array, the delimiter between elements in its text form when it is not {@code ,}
     * (pg_type.typdelim of the element: {@code ;} for {@code box}); "" otherwise.
     */
    String arrayDelimiter() {
        return isArray() && !delimiter.equals(",") ? delimiter : "";
    }
}
