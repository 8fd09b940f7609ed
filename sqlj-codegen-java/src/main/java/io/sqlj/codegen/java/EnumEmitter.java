package io.sqlj.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/** Emits a Java enum for a database enum type; each constant keeps its database label. */
final class EnumEmitter {

    private static final ClassName STRING = ClassName.get(String.class);

    private EnumEmitter() {}

    static TypeSpec emit(EnumModel model, Nullness nullness) {
        TypeSpec.Builder type = nullness.mark(TypeSpec.enumBuilder(model.name()))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The database type {@code $L}.\n", Javadocs.escape(model.dataType()));
        for (int i = 0; i < model.labels().size(); i++) {
            type.addEnumConstant(
                    model.constants().get(i),
                    TypeSpec.anonymousClassBuilder(
                                    "$L", SourceText.literal(model.labels().get(i)))
                            .build());
        }
        return type.addField(FieldSpec.builder(STRING, "label", Modifier.PRIVATE, Modifier.FINAL)
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(STRING, "label")
                        .addStatement("this.label = label")
                        .build())
                .addMethod(MethodSpec.methodBuilder("label")
                        .addJavadoc("The label as the database spells it.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(STRING)
                        .addStatement("return label")
                        .build())
                .addMethod(fromLabel(model.name()))
                .build();
    }

    private static MethodSpec fromLabel(ClassName name) {
        return MethodSpec.methodBuilder("fromLabel")
                .addJavadoc("The constant whose {@link #label()} is {@code label}.\n\n")
                .addJavadoc("@throws IllegalArgumentException when no constant has that label\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name)
                .addParameter(STRING, "label")
                .beginControlFlow("for ($T value : values())", name)
                .beginControlFlow("if (value.label.equals(label))")
                .addStatement("return value")
                .endControlFlow()
                .endControlFlow()
                .addStatement(
                        "throw new $T($S + label)",
                        IllegalArgumentException.class,
                        "unknown " + name.simpleName() + " label: ")
                .build();
    }
}
