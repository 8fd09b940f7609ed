package io.sqlj.codegen.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
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

    /**
     * A SQL array's {@code List<E>} (or {@code List<List<E>>}) as declared: with jspecify, {@code
     * List<@Nullable E>}, since no database declares an array's elements NOT NULL ({@code ['a',
     * NULL]} is a VARCHAR[] value, as {@code '{a,NULL}'} is a text[] one), and under {@code
     * @NullMarked} a bare {@code E} says they never are.
     */
    TypeName arrayElements(TypeName type) {
        if (!jspecify || !(type instanceof ParameterizedTypeName list) || type.isAnnotated()) {
            return type;
        }
        TypeName element = list.typeArguments().get(0);
        TypeName declared = element instanceof ParameterizedTypeName
                ? arrayElements(element)
                : element.annotated(AnnotationSpec.builder(NULLABLE).build());
        return ParameterizedTypeName.get(list.rawType(), declared);
    }

    /** {@code type}'s Java type, its elements {@link #arrayElements} when it is a SQL array (not a slice). */
    TypeName declaredElements(ValueType type) {
        return type.array() && !type.slice() ? arrayElements(type.javaType()) : type.javaType();
    }

    /** Whether {@link #declare} writes {@code type} {@code @Nullable}. */
    boolean annotates(TypeName type, boolean nullable) {
        return jspecify && nullable && !type.isPrimitive();
    }
}
