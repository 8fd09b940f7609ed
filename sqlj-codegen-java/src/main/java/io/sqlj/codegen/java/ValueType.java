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
 * @param array a SQL array, read and bound through {@code java.sql.Array}
 * @param arrayTypeName the element type name passed to {@code Connection.createArrayOf}
 * @param slice a {@code sqlj.slice}: a list of values expanded to {@code ?, ?, ...}
 */
record ValueType(ScalarType scalar, boolean nullable, boolean array, String arrayTypeName, boolean slice) {

  static final ClassName LIST = ClassName.get(List.class);

  /** The type as declared in records and method signatures. */
  TypeName javaType() {
    if (array || slice) {
      return ParameterizedTypeName.get(LIST, scalar.type().box());
    }
    return nullable ? scalar.type().box() : scalar.type();
  }

  /** The type when it must be a reference type, as inside {@code Optional} or {@code List}. */
  TypeName boxed() {
    return javaType().box();
  }

  /** The type of one element of a slice. */
  ValueType element() {
    return new ValueType(scalar, nullable, false, "", false);
  }

  boolean isPrimitive() {
    return javaType().isPrimitive();
  }
}
