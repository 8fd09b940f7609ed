package io.sqlj.codegen.java;

import static java.util.Objects.requireNonNull;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code <Name>Sort}, the orderings a {@code sqlj.sort} lists: one constant each, keeping
 * its SQL, which only the generated queries class reads.
 */
final class SortEnumEmitter {

    private SortEnumEmitter() {}

    static TypeSpec emit(QueryModel query) {
        DynamicSql.Sort sort =
                requireNonNull(requireNonNull(query.dynamic(), "dynamic").sort(), "sort");
        TypeSpec.Builder type = TypeSpec.enumBuilder(sort.type())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(
                        "The orderings {@code $L} can sort by; {@code null} means {@link #$L}.\n",
                        Javadocs.escape(query.decl().name()),
                        sort.constants().get(0));
        for (int i = 0; i < sort.constants().size(); i++) {
            type.addEnumConstant(
                    sort.constants().get(i),
                    TypeSpec.anonymousClassBuilder(
                                    "$L", SourceText.literal(sort.orderings().get(i)))
                            .addJavadoc(
                                    "{@code ORDER BY $L}\n",
                                    Javadocs.escape(sort.orderings().get(i)))
                            .build());
        }
        return type.addField(FieldSpec.builder(String.class, "sql", Modifier.PRIVATE, Modifier.FINAL)
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(String.class, "sql")
                        .addStatement("this.sql = sql")
                        .build())
                .addMethod(MethodSpec.methodBuilder("sql")
                        .addJavadoc("The ordering as written in the query, checked by the engine at generate time.\n")
                        .returns(String.class)
                        .addStatement("return sql")
                        .build())
                .build();
    }
}
