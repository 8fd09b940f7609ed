package io.sqlj.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.lang.model.element.Modifier;

/**
 * The nested types and helper behind {@code :iter} methods that return a {@code Stream}: rows
 * are read one at a time as the stream is consumed, and closing the stream closes the result set
 * and the statement.
 */
final class IterCode {

    /** Rows fetched per round trip by {@code :iter} statements. */
    static final int FETCH_SIZE = 1000;

    static final String EXCEPTION = "UncheckedSQLException";
    static final String READER = "RowReader";

    private IterCode() {}

    /**
     * {@code stream(lease, ps, rs, reader)}: closing the stream closes the result set, the
     * statement and the lease; adds the types it needs.
     */
    static CodeBlock stream(GeneratedSupport support) {
        ClassName exception = support.uncheckedException();
        ClassName reader = support.nested(READER);
        support.addType(reader(reader));
        TypeVariableName t = TypeVariableName.get("T");
        TypeSpec spliterator = TypeSpec.anonymousClassBuilder("$T.MAX_VALUE, $T.ORDERED", Long.class, Spliterator.class)
                .superclass(ParameterizedTypeName.get(ClassName.get(Spliterators.AbstractSpliterator.class), t))
                .addMethod(MethodSpec.methodBuilder("tryAdvance")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(TypeName.BOOLEAN)
                        .addParameter(
                                ParameterizedTypeName.get(
                                        ClassName.get(Consumer.class), WildcardTypeName.supertypeOf(t)),
                                "action")
                        .beginControlFlow("try")
                        .beginControlFlow("if (!rs.next())")
                        .addStatement("return false")
                        .endControlFlow()
                        .addStatement("action.accept(reader.read(rs))")
                        .addStatement("return true")
                        .nextControlFlow("catch ($T e)", SQLException.class)
                        .addStatement("throw new $T(e)", exception)
                        .endControlFlow()
                        .build())
                .build();
        return support.add(MethodSpec.methodBuilder("stream")
                .addModifiers(Modifier.STATIC)
                .addTypeVariable(t)
                .returns(ParameterizedTypeName.get(ClassName.get(Stream.class), t))
                .addParameter(support.nested(ConnectionCode.LEASE), "lease")
                .addParameter(PreparedStatement.class, "ps")
                .addParameter(ResultSet.class, "rs")
                .addParameter(ParameterizedTypeName.get(reader, t), "reader")
                .addStatement("$T<$T> rows = $L", Spliterator.class, t, spliterator)
                .addCode("return $T.stream(rows, false).onClose(() -> {\n$>", StreamSupport.class)
                .beginControlFlow("try")
                .beginControlFlow("try")
                .addStatement("rs.close()")
                .nextControlFlow("finally")
                .beginControlFlow("try")
                .addStatement("ps.close()")
                .nextControlFlow("finally")
                .addStatement("lease.close()")
                .endControlFlow()
                .endControlFlow()
                .nextControlFlow("catch ($T e)", SQLException.class)
                .addStatement("throw new $T(e)", exception)
                .endControlFlow()
                .addCode("$<});\n")
                .build());
    }

    /** The public top-level exception of the package's streams. */
    static TypeSpec exception(ClassName name, Nullness nullness) {
        return nullness.mark(TypeSpec.classBuilder(name))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(RuntimeException.class)
                .addJavadoc("A {@link $T} raised while a stream of rows was read or closed.\n", SQLException.class)
                .addField(FieldSpec.builder(
                                long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("1L")
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(SQLException.class, "cause")
                        .addStatement("super(cause)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("getCause")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC, Modifier.SYNCHRONIZED)
                        .returns(SQLException.class)
                        .addStatement("return ($T) super.getCause()", SQLException.class)
                        .build())
                .build();
    }

    private static TypeSpec reader(ClassName name) {
        TypeVariableName t = TypeVariableName.get("T");
        return TypeSpec.interfaceBuilder(name)
                .addTypeVariable(t)
                .addMethod(MethodSpec.methodBuilder("read")
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .returns(t)
                        .addParameter(ResultSet.class, "rs")
                        .addException(SQLException.class)
                        .build())
                .build();
    }
}
