package io.sqlj.codegen.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * A generated record file (a row, params, result, table model or composite record) as plain data:
 * {@code public record Name(components) {}} with a Javadoc and, with jspecify, {@code @NullMarked}.
 * {@link RecordText} writes it as JavaPoet would from {@link #toTypeSpec}, without JavaPoet
 * (docs/performance.md §1u); {@link #toTypeSpec} is that JavaPoet type, for the files {@link
 * RecordText} leaves to JavaPoet and for the tests that compare the two.
 *
 * @param name the record's name
 * @param nullMarked whether the record is annotated {@code @NullMarked} (jspecify)
 * @param javadoc the Javadoc's text, already escaped ({@link Javadocs#escape}), ending in a line
 *     break; no JavaPoet format: a {@code $} is written as it is
 * @param components the record's components, in order
 */
record RecordSpec(ClassName name, boolean nullMarked, String javadoc, List<Component> components) {

    /**
     * One record component.
     *
     * @param type its type, without annotations
     * @param nullable whether the type is written {@code @Nullable} ({@link Nullness#annotates}:
     *     jspecify only, never a primitive)
     * @param name the component's name
     */
    record Component(TypeName type, boolean nullable, String name) {

        /** The type as JavaPoet declares it. */
        TypeName declared() {
            return nullable
                    ? type.annotated(AnnotationSpec.builder(Nullness.NULLABLE).build())
                    : type;
        }
    }

    RecordSpec {
        components = List.copyOf(components);
    }

    /** The record as a JavaPoet type, writing the types of other packages with these simple names qualified. */
    TypeSpec toTypeSpec(String... qualify) {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
        for (Component component : components) {
            constructor.addParameter(component.declared(), component.name());
        }
        TypeSpec.Builder record = TypeSpec.recordBuilder(name);
        if (nullMarked) {
            record.addAnnotation(Nullness.NULL_MARKED);
        }
        record.addModifiers(Modifier.PUBLIC).addJavadoc("$L", javadoc).recordConstructor(constructor.build());
        return JavaGenerator.alwaysQualify(record, qualify).build();
    }
}
