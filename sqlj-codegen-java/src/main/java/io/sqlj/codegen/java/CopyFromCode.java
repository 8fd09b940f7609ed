package io.sqlj.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import io.sqlj.codegen.java.QueryModel.Arg;
import io.sqlj.sql.SqlLexer;
import io.sqlj.sql.SqlSyntax;
import io.sqlj.sql.SqlToken;
import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javax.lang.model.element.Modifier;

/**
 * The PostgreSQL path of {@code :copyfrom}: when the connection unwraps to pgjdbc's
 * {@code PGConnection}, rows go through {@code COPY ... FROM STDIN (FORMAT csv)} with pgjdbc's
 * {@code CopyManager}, reached by reflection so that generated code compiles with nothing but
 * {@code java.sql} and runs unchanged on other drivers (which get the batched insert).
 */
final class CopyFromCode {

    private static final TypeName ANY_CLASS =
            ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class));

    private CopyFromCode() {}

    /** The COPY statement for an {@code INSERT INTO t (a, b) VALUES (?, ?)}, else empty. */
    static Optional<String> copySql(String insertSql, int parameters) {
        List<SqlToken> t = SqlLexer.tokenize(insertSql, SqlSyntax.POSTGRESQL).stream()
                .filter(token -> token.kind() != SqlToken.Kind.WHITESPACE)
                .toList();
        if (t.size() < 3 || !t.get(0).isWord("INSERT") || !t.get(1).isWord("INTO") || !name(t.get(2))) {
            return Optional.empty();
        }
        int i = 3;
        if (t.size() > 4 && t.get(3).isPunct(".") && name(t.get(4))) {
            i = 5;
        }
        String table = insertSql.substring(t.get(2).start(), t.get(i - 1).end());
        List<String> names = new ArrayList<>();
        i = list(t, i, CopyFromCode::name, names);
        if (i < 0 || i >= t.size() || !t.get(i).isWord("VALUES")) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        i = list(
                t,
                i + 1,
                token -> token.kind() == SqlToken.Kind.PLACEHOLDER
                        && token.text().equals("?"),
                values);
        if (i >= 0 && i < t.size() && t.get(i).isPunct(";")) {
            i++;
        }
        if (i != t.size() || names.size() != values.size() || values.size() != parameters) {
            return Optional.empty();
        }
        return Optional.of("COPY " + table + " (" + String.join(", ", names) + ") FROM STDIN (FORMAT csv)");
    }

    /** A name as PostgreSQL writes one: a bare word or a complete {@code "quoted"} one. */
    private static boolean name(SqlToken token) {
        return token.kind() == SqlToken.Kind.WORD
                || token.kind() == SqlToken.Kind.QUOTED_IDENTIFIER
                        && token.text().startsWith("\"")
                        && token.complete()
                        && token.text().length() > 2;
    }

    /**
     * Reads {@code ( item, item, ... )} from token {@code i} into {@code items}; the index after the
     * closing parenthesis, or -1 when the tokens there are not such a list. A comment is no item.
     */
    private static int list(List<SqlToken> t, int i, Predicate<SqlToken> item, List<String> items) {
        if (i >= t.size() || !t.get(i).isPunct("(")) {
            return -1;
        }
        for (i++; i + 1 < t.size(); i += 2) {
            if (!item.test(t.get(i))
                    || !(t.get(i + 1).isPunct(",") || t.get(i + 1).isPunct(")"))) {
                return -1;
            }
            items.add(t.get(i).text());
            if (t.get(i + 1).isPunct(")")) {
                return i + 2;
            }
        }
        return -1;
    }

    /** The statements that COPY {@code rows} and return when the connection is PostgreSQL. */
    static CodeBlock copy(QueryModel query, GeneratedSupport support) {
        String copySql = java.util.Objects.requireNonNull(query.copySql(), "copySql");
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("$T<?> _pg = $L($L)", Class.class, pgConnection(support), ConnectionCode.CONNECTION)
                .beginControlFlow("if (_pg != null)")
                .addStatement("$T _data = new $T()", StringBuilder.class, StringBuilder.class)
                .beginControlFlow("for ($T _row : rows)", query.paramsType());
        CodeBlock csv = csv(support);
        for (int i = 0; i < query.bindings().size(); i++) {
            Arg arg = query.args().get(query.bindings().get(i));
            if (i > 0) {
                code.addStatement("_data.append(',')");
            }
            code.addStatement("$L(_data, $L)", csv, dbValue(arg, CodeBlock.of("_row.$L()", arg.name()), support));
        }
        return code.addStatement("_data.append('\\n')")
                .endControlFlow()
                .addStatement(
                        "long _copied = $L(_pg, $L, $L, _data.toString())",
                        copyIn(support),
                        ConnectionCode.CONNECTION,
                        SourceText.literal(copySql))
                .beginControlFlow("if (_copied != rows.size())")
                .addStatement(
                        "throw new $T($L + _copied + $S + rows.size())",
                        SQLException.class,
                        SourceText.literal(query.decl().name() + ": COPY loaded "),
                        " rows of ")
                .endControlFlow()
                .addStatement("long[] _ones = new long[rows.size()]")
                .addStatement("$T.fill(_ones, 1L)", Arrays.class)
                .addStatement("return _ones")
                .endControlFlow()
                .build();
    }

    /**
     * The value as the database sees it: an enum's label, a converter's {@code toDb}, a list's
     * array literal.
     */
    private static CodeBlock dbValue(Arg arg, CodeBlock value, GeneratedSupport support) {
        ScalarType scalar = arg.type().scalar();
        if (arg.type().array()) {
            CodeBlock elements = scalar.access() == ScalarType.Access.ENUM
                    ? CodeBlock.of("$L.stream().map(_e -> _e == null ? null : _e.label()).toList()", value)
                    : value;
            if (scalar instanceof ScalarType.Composite composite && arg.type().arrayDims() == 1) {
                elements = CodeBlock.of(
                        "$L.stream().map(_e -> _e == null ? null : $L(_e)).toList()",
                        value,
                        CompositeCode.format(composite.model(), support));
            }
            String delimiter =
                    arg.type().arrayDelimiter().isEmpty() ? "," : arg.type().arrayDelimiter();
            return CodeBlock.of("$L == null ? null : $L($L, $S)", value, arrayLiteral(support), elements, delimiter);
        }
        return switch (scalar.access()) {
            case ENUM -> CodeBlock.of("$L == null ? null : $L.label()", value, value);
            case CONVERTED ->
                CodeBlock.of(
                        "$L == null ? null : $T.toDb($L)", value, ((ScalarType.Converted) scalar).converter(), value);
            case COMPOSITE ->
                CodeBlock.of(
                        "$L == null ? null : $L($L)",
                        value,
                        CompositeCode.format(((ScalarType.Composite) scalar).model(), support),
                        value);
            default -> value;
        };
    }

    private static CodeBlock pgConnection(GeneratedSupport support) {
        return support.add(MethodSpec.methodBuilder("pgConnection")
                .addJavadoc("pgjdbc's {@code PGConnection} when {@code connection} wraps one, else null.\n")
                .addModifiers(Modifier.STATIC)
                .returns(ANY_CLASS)
                .addParameter(Connection.class, "connection")
                .addException(SQLException.class)
                .addStatement(
                        "$T[] loaders = {connection.getClass().getClassLoader(), $T.class.getClassLoader()}",
                        ClassLoader.class,
                        support.name())
                .beginControlFlow("for ($T loader : loaders)", ClassLoader.class)
                .beginControlFlow("try")
                .addStatement(
                        "$T<?> type = $T.forName($S, false, loader)",
                        Class.class,
                        Class.class,
                        "org.postgresql.PGConnection")
                .addStatement("return connection.isWrapperFor(type) ? type : null")
                .nextControlFlow("catch ($T e)", ClassNotFoundException.class)
                .addCode("// pgjdbc is not visible from this loader; try the next one\n")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return null")
                .build());
    }

    private static CodeBlock copyIn(GeneratedSupport support) {
        return support.add(MethodSpec.methodBuilder("copyIn")
                .addJavadoc("Runs {@code sql} with pgjdbc's {@code CopyManager.copyIn}; the rows copied.\n")
                .addModifiers(Modifier.STATIC)
                .returns(long.class)
                .addParameter(ANY_CLASS, "pg")
                .addParameter(Connection.class, "connection")
                .addParameter(String.class, "sql")
                .addParameter(String.class, "data")
                .addException(SQLException.class)
                .beginControlFlow("try")
                .addStatement("$T api = pg.getMethod($S).invoke(connection.unwrap(pg))", Object.class, "getCopyAPI")
                .addStatement(
                        "$T copied = api.getClass().getMethod($S, $T.class, $T.class).invoke(api, sql, new $T(data))",
                        Object.class,
                        "copyIn",
                        String.class,
                        Reader.class,
                        StringReader.class)
                .addStatement("return ($T) copied", Long.class)
                .nextControlFlow("catch ($T e)", InvocationTargetException.class)
                .beginControlFlow("if (e.getCause() instanceof $T cause)", SQLException.class)
                .addStatement("throw cause")
                .endControlFlow()
                .addStatement("throw new $T($S + e.getCause(), e.getCause())", SQLException.class, "COPY failed: ")
                .nextControlFlow("catch ($T e)", ReflectiveOperationException.class)
                .addStatement("throw new $T($S + e, e)", SQLException.class, "cannot use pgjdbc's CopyManager: ")
                .endControlFlow()
                .build());
    }

    /**
     * {@code arrayLiteral(list, delimiter)}: PostgreSQL's text form of an array, {@code {"a","b",NULL}}
     * (elements separated by {@code delimiter}, as the engine reports it: {@code ;} for {@code box}),
     * every element quoted with {@code "} and {@code \} escaped; nested lists are dimensions, a
     * {@code byte[]} is bytea's hex form.
     */
    private static CodeBlock arrayLiteral(GeneratedSupport support) {
        return support.add(MethodSpec.methodBuilder("arrayLiteral")
                .addModifiers(Modifier.STATIC)
                .returns(String.class)
                .addParameter(
                        ParameterizedTypeName.get(ClassName.get(List.class), WildcardTypeName.subtypeOf(Object.class)),
                        "list")
                .addParameter(String.class, "delimiter")
                .addStatement("$T out = new $T(\"{\")", StringBuilder.class, StringBuilder.class)
                .beginControlFlow("for (int i = 0; i < list.size(); i++)")
                .addStatement("$T e = list.get(i)", Object.class)
                .addStatement("out.append(i == 0 ? \"\" : delimiter)")
                .beginControlFlow("if (e == null)")
                .addStatement("out.append(\"NULL\")")
                .nextControlFlow("else if (e instanceof $T<?> inner)", List.class)
                .addStatement("out.append(arrayLiteral(inner, delimiter))")
                .nextControlFlow("else if (e instanceof byte[] bytes)")
                // bytea's hex form, its backslash escaped for the array literal: "\\x00ff"
                .addStatement("out.append($S)", "\"\\\\x")
                .beginControlFlow("for (byte b : bytes)")
                .addStatement(
                        "out.append($T.forDigit((b >> 4) & 0xf, 16)).append($T.forDigit(b & 0xf, 16))",
                        Character.class,
                        Character.class)
                .endControlFlow()
                .addStatement("out.append('\"')")
                .nextControlFlow("else")
                .addStatement(
                        "out.append('\"').append(e.toString().replace($S, $S).replace($S, $S)).append('\"')",
                        "\\",
                        "\\\\",
                        "\"",
                        "\\\"")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return out.append('}').toString()")
                .build());
    }

    /** {@code csv(out, value)}: one CSV field; null stays empty (NULL), text is always quoted. */
    private static CodeBlock csv(GeneratedSupport support) {
        return support.add(MethodSpec.methodBuilder("csv")
                .addModifiers(Modifier.STATIC)
                .addParameter(StringBuilder.class, "out")
                .addParameter(Object.class, "value")
                .beginControlFlow("if (value == null)")
                .addStatement("return")
                .endControlFlow()
                .beginControlFlow("if (value instanceof byte[] bytes)")
                .addStatement("out.append($S)", "\\x")
                .beginControlFlow("for (byte b : bytes)")
                .addStatement(
                        "out.append($T.forDigit((b >> 4) & 0xf, 16)).append($T.forDigit(b & 0xf, 16))",
                        Character.class,
                        Character.class)
                .endControlFlow()
                .addStatement("return")
                .endControlFlow()
                .addStatement("out.append('\"').append(value.toString().replace($S, $S)).append('\"')", "\"", "\"\"")
                .build());
    }
}
