package io.sqlj.codegen.java;

import static java.util.Objects.requireNonNull;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import io.sqlj.codegen.java.QueryModel.Arg;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Emits the queries class (a connection, one SQL constant and one method per query) and, with
 * {@code emit_interface}, the interface it implements.
 */
final class QueriesEmitter {

    private final Nullness nullness;

    QueriesEmitter(Nullness nullness) {
        this.nullness = nullness;
    }

    /**
     * The class; it implements {@code iface} when that is not null. Its helpers go into {@code
     * support}, shared by the package's queries classes.
     */
    TypeSpec emit(ClassName name, @Nullable ClassName iface, List<QueryModel> queries, GeneratedSupport support) {
        MethodBodies bodies = new MethodBodies(new JdbcCode(support), support);
        ClassName function = name.nestedClass(SQL_FUNCTION);
        TypeName queriesType = iface != null ? iface : name;
        TypeVariableName t = TypeVariableName.get("T");
        TypeSpec.Builder type = nullness.mark(TypeSpec.classBuilder(name))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(
                        "The queries of this package. Made with a {@link $T}, every call runs on it; made with a {@link"
                                + " $T},\neach call takes a connection from it and closes it after the call.\n",
                        Connection.class,
                        DataSource.class)
                .addField(support.nested(ConnectionCode.CONNECTIONS), "connections", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("Runs every call on {@code connection}, which the caller commits and closes.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(Connection.class, "connection")
                        .addStatement(
                                "this.connections = $L($T.requireNonNull(connection, $S))",
                                support.call("kept"),
                                Objects.class,
                                "connection")
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc(
                                "Takes a connection from {@code dataSource} for each call and closes it after the call (a"
                                        + " stream\nreturned by an {@code :iter} method when the stream is closed). A transaction-aware"
                                        + " {@code DataSource},\nsuch as Spring's, hands out the connection of the current"
                                        + " transaction.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(DataSource.class, "dataSource")
                        .addStatement(
                                "this.connections = $L($T.requireNonNull(dataSource, $S))",
                                support.call("perCall"),
                                Objects.class,
                                "dataSource")
                        .build())
                .addMethod(MethodSpec.methodBuilder("inTransaction")
                        .addJavadoc(
                                "Runs {@code body} on one connection of {@code dataSource} with auto-commit off: commits when"
                                        + " {@code body}\nreturns, rolls back when it throws anything (and rethrows it); then restores"
                                        + " auto-commit and\ncloses the connection.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addTypeVariable(
                                nullness.jspecify()
                                        ? TypeVariableName.get("T", nullness.declare(ClassName.OBJECT, true))
                                        : t)
                        .returns(t)
                        .addParameter(DataSource.class, "dataSource")
                        .addParameter(ParameterizedTypeName.get(function, queriesType, t), "body")
                        .addException(SQLException.class)
                        .addStatement("$T.requireNonNull(body, $S)", Objects.class, "body")
                        .addStatement(
                                "return $L($T.requireNonNull(dataSource, $S), connection -> body.apply(new $T(connection)))",
                                support.call("inTransaction"),
                                Objects.class,
                                "dataSource",
                                name)
                        .build());
        if (iface != null) {
            type.addSuperinterface(iface);
        }
        // Each query's members are built on their own (support is shared and thread-safe): on
        // several threads, in query order (§1v).
        List<Members> members = InParallel.map(queries, query -> members(query, iface, bodies));
        for (Members m : members) {
            type.addField(m.constant());
        }
        for (Members m : members) {
            m.methods().forEach(type::addMethod);
        }
        type.addType(ConnectionCode.sqlFunction(function));
        return type.build();
    }

    /** One query's SQL constant and methods. */
    private record Members(FieldSpec constant, List<MethodSpec> methods) {}

    private Members members(QueryModel query, @Nullable ClassName iface, MethodBodies bodies) {
        FieldSpec constant = FieldSpec.builder(
                        STRING, query.constantName(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(sqlText(query.sql()))
                .build();
        List<MethodSpec> methods = new ArrayList<>(2);
        for (MethodSpec.Builder method : signatures(query)) {
            if (iface != null) {
                method.addAnnotation(OVERRIDE);
            }
            method.addCode(body(query, method, bodies));
            methods.add(method.build());
        }
        return new Members(constant, methods);
    }

    private static final ClassName STRING = ClassName.get(String.class);
    private static final ClassName OVERRIDE = ClassName.get(Override.class);

    /** The nested functional interface {@code inTransaction} takes. */
    static final String SQL_FUNCTION = "SqlFunction";

    /**
     * The longest string literal written whole: a class file stores a constant string in at most
     * 65,535 bytes of modified UTF-8, which takes up to 3 bytes per char.
     */
    static final int LITERAL_CHARS = 20_000;

    /**
     * The SQL as a literal, or, when too long for one constant, joined at class initialization from
     * literals that each fit ({@code "a" + "b"} would be folded back into one constant).
     */
    static CodeBlock sqlText(String sql) {
        if (sql.length() <= LITERAL_CHARS) {
            return SourceText.literal(sql);
        }
        List<CodeBlock> parts = new ArrayList<>();
        for (int start = 0; start < sql.length(); ) {
            int end = Math.min(sql.length(), start + LITERAL_CHARS);
            if (end < sql.length() && Character.isHighSurrogate(sql.charAt(end - 1))) {
                end--; // keep a surrogate pair in one part
            }
            parts.add(SourceText.literal(sql.substring(start, end)));
            start = end;
        }
        return CodeBlock.of("$T.join($S,\n$L)", String.class, "", CodeBlock.join(parts, ",\n"));
    }

    /** The interface: every query method, without bodies. */
    TypeSpec emitInterface(ClassName name, ClassName implementation, List<QueryModel> queries) {
        TypeSpec.Builder type = nullness.mark(TypeSpec.interfaceBuilder(name))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The queries of this package; {@link $T} runs them on a connection.\n", implementation);
        for (QueryModel query : queries) {
            for (MethodSpec.Builder method : signatures(query)) {
                type.addMethod(method.addModifiers(Modifier.ABSTRACT).build());
            }
        }
        return type.build();
    }

    private static CodeBlock body(QueryModel query, MethodSpec.Builder builder, MethodBodies bodies) {
        if (!query.isIter()) {
            return bodies.body(query);
        }
        MethodSpec method = builder.build();
        return method.returnType().equals(TypeName.VOID)
                ? bodies.iterEach(
                        query,
                        method.parameters().get(method.parameters().size() - 1).name())
                : bodies.iterStream(query);
    }

    /**
     * The query's method declarations as a reader sees them, without javadoc or body and with
     * simple type names: {@code public Optional<GetAuthorRow> getAuthor(long id) throws SQLException}.
     */
    List<String> declarations(QueryModel query) {
        List<String> out = new ArrayList<>();
        for (MethodSpec.Builder builder : signatures(query)) {
            String text = builder.addModifiers(Modifier.ABSTRACT).build().toString();
            int doc = text.indexOf("*/\n");
            if (text.startsWith("/**") && doc >= 0) {
                text = text.substring(doc + 3);
            }
            text = text.strip();
            if (text.endsWith(";")) {
                text = text.substring(0, text.length() - 1);
            }
            text = text.replaceAll("\\s*\n\\s*", " ")
                    .replace("abstract ", "")
                    .replaceAll("\\b(?:[a-z_][a-z0-9_]*\\.)+(?=[A-Z])", "");
            out.add(text);
        }
        return out;
    }

    /** One method per query; two for {@code :iter} (a stream, and a callback). */
    private List<MethodSpec.Builder> signatures(QueryModel query) {
        List<MethodSpec.Builder> methods = new ArrayList<>();
        if (!query.isIter()) {
            methods.add(signature(query, returnType(query), ""));
            return methods;
        }
        methods.add(signature(
                query,
                ParameterizedTypeName.get(ClassName.get(Stream.class), element(query)),
                "\n<p>The rows are read as the stream is consumed; close it (try-with-resources) to release"
                        + " the statement. An {@code SQLException} while reading is thrown as {@code "
                        + IterCode.EXCEPTION + "}.\n"));
        MethodSpec.Builder each =
                signature(query, TypeName.VOID, "\n<p>Hands each row to {@code each} as it is read; no row is kept.\n");
        // The callback's name comes after the query's own: a parameter called each keeps its name.
        NameAllocator names = new NameAllocator();
        query.args().forEach(arg -> names.newName(arg.name(), arg));
        each.addParameter(
                ParameterizedTypeName.get(ClassName.get(Consumer.class), WildcardTypeName.supertypeOf(element(query))),
                names.newName("each"));
        methods.add(each);
        return methods;
    }

    private MethodSpec.Builder signature(QueryModel query, TypeName returns, String extraDoc) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(query.methodName())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("$L", Javadocs.forQuery(query.decl()) + extraDoc)
                .returns(returns)
                .addException(SQLException.class);
        if (query.command().isBatch()) {
            method.addParameter(ParameterizedTypeName.get(ValueType.LIST, query.paramsType()), "rows");
        } else if (query.paramsType() != null) {
            method.addParameter(query.paramsType(), "params");
        } else {
            for (Arg arg : query.args()) {
                method.addParameter(declared(arg.type()), arg.name());
            }
        }
        return method;
    }

    /** An argument's or component's type, annotated {@code @Nullable} when asked for. */
    TypeName declared(ValueType type) {
        return nullness.declare(nullness.declaredElements(type), type.nullable() && !type.slice());
    }

    /**
     * One row as an element of a list or stream: a single nullable column is {@code @Nullable}
     * there ({@code :one}'s {@code Optional} holds no null).
     */
    private TypeName element(QueryModel query) {
        boolean nullable = query.rowType() == null
                && query.model() == null
                && query.columns().get(0).isNullable();
        return nullness.declare(resultType(query), nullable);
    }

    /** What one row is read as; a single SQL array column's elements {@link Nullness#arrayElements}. */
    private TypeName resultType(QueryModel query) {
        return query.rowType() == null
                        && query.model() == null
                        && query.columns().get(0) instanceof QueryModel.Plain plain
                        && plain.type().array()
                ? nullness.arrayElements(query.resultType())
                : query.resultType();
    }

    private TypeName returnType(QueryModel query) {
        return switch (query.command()) {
            case ONE -> ParameterizedTypeName.get(ClassName.get(Optional.class), resultType(query));
            case MANY -> ParameterizedTypeName.get(ValueType.LIST, element(query));
            case EXEC -> TypeName.VOID;
            case EXECROWS -> TypeName.LONG;
            case EXECLASTID -> requireNonNull(query.key(), "key").type().javaType();
            case EXECRESULT -> requireNonNull(query.execResult(), "execResult");
            case BATCHEXEC, COPYFROM -> TypeName.get(long[].class);
            case BATCHONE ->
                ParameterizedTypeName.get(
                        ValueType.LIST, ParameterizedTypeName.get(ClassName.get(Optional.class), resultType(query)));
            case BATCHMANY ->
                ParameterizedTypeName.get(ValueType.LIST, ParameterizedTypeName.get(ValueType.LIST, element(query)));
            case ITER -> throw new IllegalStateException(":iter has two signatures");
        };
    }
}
