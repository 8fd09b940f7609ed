package io.sqlj.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * The JDBC calls that read one column from {@code _rs} and bind one value to {@code _ps}, chosen
 * by the value's {@link ScalarType.Access}.
 */
final class JdbcCode {

  private static final ClassName TYPES = ClassName.get(Types.class);

  private final GeneratedSupport support;

  JdbcCode(GeneratedSupport support) {
    this.support = support;
  }

  /** An expression reading column {@code index} (1-based; an int or a code block) of {@code _rs}. */
  CodeBlock read(ValueType type, Object index) {
    ScalarType scalar = type.scalar();
    if (type.array()) {
      return CodeBlock.of("$L(_rs, $L, $L)", support.readArray(), index, elementConverter(scalar));
    }
    return switch (scalar.access()) {
      case PRIMITIVE -> type.nullable()
          ? CodeBlock.of("$L(_rs, $L)", support.nullablePrimitive(scalar), index)
          : CodeBlock.of("_rs.get$L($L)", scalar.accessor(), index);
      case DIRECT, OTHER_STRING -> CodeBlock.of("_rs.get$L($L)", scalar.accessor(), index);
      case OBJECT -> CodeBlock.of("_rs.getObject($L, $T.class)", index, scalar.type());
      case ENUM -> CodeBlock.of("$L(_rs, $L)", support.readEnum(scalar.enumModel()), index);
      case CONVERTED -> CodeBlock.of("$L(_rs, $L)", support.readConverted(scalar, this), index);
    };
  }

  /** Turns one non-null element of {@code Array.getArray()} into the Java element type. */
  private static CodeBlock elementConverter(ScalarType scalar) {
    TypeName type = scalar.type();
    if (type.equals(ClassName.get(LocalDate.class))) {
      return converter(java.sql.Date.class, "toLocalDate", type);
    } else if (type.equals(ClassName.get(LocalTime.class))) {
      return converter(java.sql.Time.class, "toLocalTime", type);
    } else if (type.equals(ClassName.get(LocalDateTime.class))) {
      return converter(java.sql.Timestamp.class, "toLocalDateTime", type);
    }
    return switch (scalar.access()) {
      case OTHER_STRING -> CodeBlock.of("$T::toString", Object.class);
      case ENUM -> CodeBlock.of("_v -> $T.fromLabel(_v.toString())", type);
      default -> CodeBlock.of("$T.class::cast", type.box());
    };
  }

  private static CodeBlock converter(Class<?> sqlClass, String method, TypeName type) {
    return CodeBlock.of("_v -> _v instanceof $T _d ? _d.$L() : ($T) _v", sqlClass, method, type);
  }

  /**
   * Statements binding {@code value} at {@code index} of {@code _ps}; a nullable value that is
   * null binds SQL NULL with its {@code java.sql.Types} constant.
   */
  CodeBlock bind(ValueType type, CodeBlock index, CodeBlock value) {
    CodeBlock set = set(type, index, value);
    if (!type.nullable() && !type.array()) {
      return set;
    }
    String sqlType = type.array() ? "ARRAY" : type.scalar().sqlType();
    return CodeBlock.builder()
        .beginControlFlow("if ($L == null)", value)
        .addStatement("_ps.setNull($L, $T.$L)", index, TYPES, sqlType)
        .nextControlFlow("else")
        .add(set)
        .endControlFlow()
        .build();
  }

  private static CodeBlock set(ValueType type, CodeBlock index, CodeBlock value) {
    if (type.scalar().access() == ScalarType.Access.CONVERTED && !type.array()) {
      ValueType base = new ValueType(type.scalar().base(), false, false, "", false);
      return set(base, index, CodeBlock.of("$T.toDb($L)", type.scalar().converter(), value));
    }
    ScalarType scalar = type.scalar();
    if (type.array()) {
      CodeBlock elements = scalar.access() == ScalarType.Access.ENUM
          ? CodeBlock.of("$L.stream().map(_e -> _e == null ? null : _e.label()).toArray()", value)
          : CodeBlock.of("$L.toArray()", value);
      return CodeBlock.builder()
          .addStatement("_ps.setArray($L, this.connection.createArrayOf($S, $L))", index,
              type.arrayTypeName(), elements)
          .build();
    }
    return switch (scalar.access()) {
      case PRIMITIVE, DIRECT -> CodeBlock.builder()
          .addStatement("_ps.set$L($L, $L)", scalar.accessor(), index, value).build();
      case OBJECT -> CodeBlock.builder()
          .addStatement("_ps.setObject($L, $L)", index, value).build();
      case OTHER_STRING -> CodeBlock.builder()
          .addStatement("_ps.setObject($L, $L, $T.OTHER)", index, value, TYPES).build();
      case ENUM -> CodeBlock.builder()
          .addStatement("_ps.setObject($L, $L.label(), $T.$L)", index, value, TYPES, scalar.sqlType()).build();
      case CONVERTED -> throw new IllegalStateException("handled above");
    };
  }
}
