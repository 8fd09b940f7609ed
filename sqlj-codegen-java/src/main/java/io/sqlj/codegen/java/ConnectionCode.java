package io.sqlj.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.lang.model.element.Modifier;
import javax.sql.DataSource;

/**
 * Where a generated call gets its connection. A queries object made with a {@code Connection}
 * runs every call on it and never closes it; one made with a {@code DataSource} takes a
 * connection per call and closes it after the call (a {@code :iter} stream when it is closed),
 * so that a transaction-aware DataSource (Spring's) hands out the transaction's connection.
 * {@code inTransaction} runs a body on one connection and commits or rolls back.
 */
final class ConnectionCode {

    static final String CONNECTIONS = "Connections";
    static final String LEASE = "Lease";
    static final String WORK = "Work";

    /** The local holding the call's {@code Lease}; its {@code connection()} is the connection. */
    static final String LEASE_LOCAL = "_c";

    /** The expression for the call's connection inside a method body. */
    static final CodeBlock CONNECTION = CodeBlock.of("$L.connection()", LEASE_LOCAL);

    private ConnectionCode() {}

    /** {@code SqljSupport.Lease _c = this.connections.open()}: the declaration of a try resource. */
    static CodeBlock openLease(GeneratedSupport support) {
        return CodeBlock.of("$T $L = this.connections.open()", support.nested(LEASE), LEASE_LOCAL);
    }

    static void addTo(GeneratedSupport support) {
        ClassName lease = support.nested(LEASE);
        ClassName connections = support.nested(CONNECTIONS);
        ClassName work = support.nested(WORK);
        TypeVariableName t = TypeVariableName.get("T");
        support.addType(TypeSpec.interfaceBuilder(connections)
                .addJavadoc("Where each call of a queries object gets its connection.\n")
                .addAnnotation(FunctionalInterface.class)
                .addMethod(MethodSpec.methodBuilder("open")
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .returns(lease)
                        .addException(SQLException.class)
                        .build())
                .build());
        support.addType(TypeSpec.recordBuilder(lease)
                .addJavadoc("The connection of one call; closing it closes only a connection taken for the call.\n")
                .addSuperinterface(AutoCloseable.class)
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(Connection.class, "connection")
                        .addParameter(boolean.class, "owned")
                        .build())
                .addMethod(MethodSpec.methodBuilder("close")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addException(SQLException.class)
                        .beginControlFlow("if (owned)")
                        .addStatement("connection.close()")
                        .endControlFlow()
                        .build())
                .build());
        support.addType(TypeSpec.interfaceBuilder(work)
                .addJavadoc("What a transaction runs on its connection.\n")
                .addAnnotation(FunctionalInterface.class)
                .addTypeVariable(t)
                .addMethod(MethodSpec.methodBuilder("apply")
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .returns(t)
                        .addParameter(Connection.class, "connection")
                        .addException(SQLException.class)
                        .build())
                .build());
        support.add(MethodSpec.methodBuilder("kept")
                .addJavadoc("Every call on {@code connection}, which stays open.\n")
                .addModifiers(Modifier.STATIC)
                .returns(connections)
                .addParameter(Connection.class, "connection")
                .addStatement("$T lease = new $T(connection, false)", lease, lease)
                .addStatement("return () -> lease")
                .build());
        support.add(MethodSpec.methodBuilder("perCall")
                .addJavadoc("A connection from {@code dataSource} for each call, closed after it.\n")
                .addModifiers(Modifier.STATIC)
                .returns(connections)
                .addParameter(DataSource.class, "dataSource")
                .addStatement("return () -> new $T(dataSource.getConnection(), true)", lease)
                .build());
        support.add(MethodSpec.methodBuilder("inTransaction")
                .addJavadoc(
                        "Runs {@code work} on one connection of {@code dataSource} with auto-commit off: commits when it"
                                + " returns,\nrolls back when it throws anything; then restores auto-commit and closes the connection.\n")
                .addModifiers(Modifier.STATIC)
                .addTypeVariable(t)
                .returns(t)
                .addParameter(DataSource.class, "dataSource")
                .addParameter(ParameterizedTypeName.get(work, t), "work")
                .addException(SQLException.class)
                .beginControlFlow("try ($T connection = dataSource.getConnection())", Connection.class)
                .addStatement("boolean autoCommit = connection.getAutoCommit()")
                .addStatement("connection.setAutoCommit(false)")
                .addStatement("$T result", t)
                .beginControlFlow("try")
                .addStatement("result = work.apply(connection)")
                .addStatement("connection.commit()")
                .nextControlFlow("catch ($T e)", Throwable.class)
                .beginControlFlow("try")
                .addStatement("connection.rollback()")
                .nextControlFlow("catch ($T suppressed)", SQLException.class)
                .addStatement("e.addSuppressed(suppressed)")
                .endControlFlow()
                .beginControlFlow("try")
                .addStatement("connection.setAutoCommit(autoCommit)")
                .nextControlFlow("catch ($T suppressed)", SQLException.class)
                .addStatement("e.addSuppressed(suppressed)")
                .endControlFlow()
                .addStatement("throw e")
                .endControlFlow()
                .addStatement("connection.setAutoCommit(autoCommit)")
                .addStatement("return result")
                .endControlFlow()
                .build());
    }

    /**
     * {@code closeAfter(failure, statement, lease)}: closes what a failed call opened (the
     * statement may be null), keeping {@code failure} as the exception thrown.
     */
    static CodeBlock closeAfter(GeneratedSupport support) {
        return support.add(MethodSpec.methodBuilder("closeAfter")
                .addModifiers(Modifier.STATIC)
                .addParameter(Exception.class, "failure")
                .addParameter(Statement.class, "statement")
                .addParameter(support.nested(LEASE), "lease")
                .beginControlFlow("try")
                .beginControlFlow("if (statement != null)")
                .addStatement("statement.close()")
                .endControlFlow()
                .nextControlFlow("catch ($T e)", SQLException.class)
                .addStatement("failure.addSuppressed(e)")
                .endControlFlow()
                .beginControlFlow("try")
                .addStatement("lease.close()")
                .nextControlFlow("catch ($T e)", SQLException.class)
                .addStatement("failure.addSuppressed(e)")
                .endControlFlow()
                .build());
    }

    /** The type {@code SqlFunction<A, R>} nested in each queries class. */
    static TypeSpec sqlFunction(ClassName name) {
        TypeVariableName a = TypeVariableName.get("A");
        TypeVariableName r = TypeVariableName.get("R");
        return TypeSpec.interfaceBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(FunctionalInterface.class)
                .addJavadoc(
                        "A function that may throw {@link $T}: the body of {@code inTransaction}.\n",
                        SQLException.class)
                .addTypeVariable(a)
                .addTypeVariable(r)
                .addMethod(MethodSpec.methodBuilder("apply")
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .returns(r)
                        .addParameter(a, "argument")
                        .addException(SQLException.class)
                        .build())
                .build();
    }
}
