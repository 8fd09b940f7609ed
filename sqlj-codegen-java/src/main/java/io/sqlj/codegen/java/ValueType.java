package io.sqlj.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * The Java type of one column or argument.
 *
 * @param scalar the type of the value, or of each element when {@code array} or {@code slice}
 * @param nullable whether SQL NULL is possible (boxed type then)
 * @param arrayDims the dimensions of a SQL array, read and bound through {@code java.sql.Array};
 *     0 for a scalar. Each dimension is one {@code List} level: {@code int4[][]} is
 *     {@code List<List<Integer>>}.
 * @param elementType the element type name passed to {@code Connection.createArrayOf}
 * @param slice a {@code sqlj.slice}: a list of values expanded to {@code ?, ?, ...}
 * @param arrayDelimiter for an array, the delimiter of its text form the engine reports ("" for
 *     {@code ,}): {@code :copyfrom} writes array literals with it
 */
record ValueType(
        ScalarType scalar, boolean nullable, int arrayDims, String elementType, boolean slice, String arrayDelimiter) {

    ValueType(ScalarType scalar, boolean nullable, int arrayDims, String elementType, boolean slice) {
        this(scalar, nullable, arrayDims, elementType, slice, "");
    }

    static final ClassName LIST = ClassName.get(List.class);

    /** A scalar (not an array nor a slice) of {@code scalar}. */
    static ValueType of(ScalarType scalar, boolean nullable) {
        return new ValueType(scalar, nullable, 0, "", false);
    }

    boolean array() {
        return arrayDims > 0;
    }

    /** The type as declared in records and method signatures. */
    TypeName javaType() {
        if (slice) {
            return ParameterizedTypeName.get(LIST, scalar.type().box());
        }
        TypeName type =
                arrayDims > 0 ? scalar.type().box() : nullable ? scalar.type().box() : scalar.type();
        for (int i = 0; i < arrayDims; i++) {
            type = ParameterizedTypeName.get(LIST, type);
        }
        return type;
    }

    /** The type when it must be a reference type, as inside {@code Optional} or {@code List}. */
    TypeName boxed() {
        return javaType().box();
    }

    /** The type of one element of a slice or an array: nullable, as an array's elements are. */
    ValueType element() {
        return new ValueType(scalar, slice ? nullable : true, 0, "", false);
    }
}
