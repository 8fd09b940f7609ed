package io.sqlj.codegen.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/**
 * How nullable types are declared: plain ({@code nullability: none}), or with JSpecify's
 * type-use {@code @Nullable} ({@code nullability: jspecify}): {@code @Nullable String},
 * {@code byte @Nullable []}.
 */
record Nullness(boolean jspecify) {

  static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");

  /** {@code type} as declared in a signature or record component. */
  TypeName declare(TypeName type, boolean nullable) {
    if (!jspecify || !nullable || type.isPrimitive()) {
      return type;
    }
    return type.annotated(AnnotationSpec.builder(NULLABLE).build());
  }
}
