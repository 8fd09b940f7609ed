package io.sqlj.codegen.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;

/**
 * How nullable types are declared: plain ({@code nullability: none}), or with JSpecify's
 * type-use {@code @Nullable} ({@code nullability: jspecify}): {@code @Nullable String},
 * {@code byte @Nullable []}.
 */
record Nullness(boolean jspecify) {

    static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");
    static final ClassName NULL_MARKED = ClassName.get("org.jspecify.annotations", "NullMarked");

    /**
     * With jspecify, {@code @NullMarked} on a public generated type: every type it mentions without
     * {@code @Nullable} is declared non-null, so the nullness is stated everywhere, not only where
     * null is possible.
     */
    TypeSpec.Builder mark(TypeSpec.Builder type) {
        return jspecify ? type.addAnnotation(NULL_MARKED) : type;
    }

    /** {@code type} as declared in a signature or record component. */
    TypeName declare(TypeName type, boolean nullable) {
        return annotates(type, nullable)
                ? type.annotated(AnnotationSpec.builder(NULLABLE).build())
                : type;
    }

    /** Whether {@link #declare} writes {@code type} {@code @Nullable}. */
    boolean annotates(TypeName type, boolean nullable) {
        return jspecify && nullable && !type.isPrimitive();
    }
}
