package io.sqlj.codegen.java;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * The package-private class {@code SqljSupport} that every queries class of one package calls:
 * how a call gets its connection, transactions, and the static helpers some queries need (added
 * only then, emitted sorted by name), written once per package however many queries classes
 * there are. The queries' members are built on several threads at once ({@link InParallel}), so
 * every method that reads or adds helpers holds the instance's lock; the helpers are kept sorted by
 * name, so the order the threads add them in changes nothing.
 */
final class GeneratedSupport {

    /** The support class's simple name: {@code Sqlj} keeps it apart from names made from tables. */
    static final String NAME = "SqljSupport";

    /** The nested interface {@code readArray} takes: reads one element. */
    static final String ELEMENT_READER = "ElementReader";

    private final TreeMap<String, MethodSpec> methods = new TreeMap<>();
    private final TreeMap<String, TypeSpec> types = new TreeMap<>();
    private final ClassName owner;
    private final ClassName uncheckedException;
    private boolean streams;

    GeneratedSupport(String packageName) {
        this.owner = ClassName.get(packageName, NAME);
        this.uncheckedException = ClassName.get(packageName, IterCode.EXCEPTION);
        ConnectionCode.addTo(this);
    }

    ClassName name() {
        return owner;
    }

    /** The exception a stream of rows throws: a public top-level class of the package. */
    synchronized ClassName uncheckedException() {
        streams = true;
        return uncheckedException;
    }

    /** Whether some query streams rows, so that {@link #uncheckedException()} must be written. */
    synchronized boolean hasStreams() {
        return streams;
    }

    /** The class. */
    synchronized TypeSpec emit() {
        return TypeSpec.classBuilder(owner)
                .addModifiers(Modifier.FINAL)
                .addJavadoc("What the queries classes of this package share; not part of their API.\n")
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build())
                .addMethods(methods.values())
                .addTypes(types.values())
                .build();
    }

    /** Adds {@code method} under its name unless there; returns how to call it. */
    synchronized CodeBlock add(MethodSpec method) {
        methods.putIfAbsent(method.name(), method);
        return call(method.name());
    }

    /** {@code SqljSupport.name}, to be followed by the arguments. */
    CodeBlock call(String name) {
        return CodeBlock.of("$T.$N", owner, name);
    }

    /** A nested type of the class. */
    ClassName nested(String simpleName) {
        return owner.nestedClass(simpleName);
    }

    /** Adds the nested {@code type} unless there; returns its simple name. */
    synchronized String addType(TypeSpec type) {
        types.putIfAbsent(type.name(), type);
        return type.name();
    }

    /** {@code readEmailConverterString(_rs, index)}: the database value through the converter. */
    synchronized CodeBlock readConverted(ScalarType.Converted scalar, JdbcCode jdbc) {
        String name = "read" + scalar.converter().simpleName() + scalar.base().accessor();
        if (!methods.containsKey(name)) {
            ValueType base = ValueType.of(scalar.base(), true);
            methods.put(
                    name,
                    method(name, scalar.type().box())
                            .addParameter(ResultSet.class, "_rs")
                            .addParameter(int.class, "index")
                            .addStatement("$T value = $L", base.javaType(), jdbc.read(base, "index"))
                            .addStatement("return value == null ? null : $T.fromDb(value)", scalar.converter())
                            .build());
        }
        return call(name);
    }

    /** {@code readAuthor(_rs, at)}: the table's record from the columns starting at {@code at}. */
    synchronized CodeBlock readModel(TableModel model, JdbcCode jdbc) {
        String name = "read" + model.name().simpleName();
        if (!methods.containsKey(name)) {
            List<CodeBlock> values = new ArrayList<>();
            for (int i = 0; i < model.fields().size(); i++) {
                values.add(jdbc.read(model.fields().get(i).type(), i == 0 ? "at" : "at + " + i));
            }
            methods.put(
                    name,
                    method(name, model.name())
                            .addParameter(ResultSet.class, "_rs")
                            .addParameter(int.class, "at")
                            .addStatement("return new $T($L)", model.name(), CodeBlock.join(values, ",$W"))
                            .build());
        }
        return call(name);
    }

    /** {@code allNull(rs, from, count)}: whether the columns are all SQL NULL (an absent join). */
    synchronized CodeBlock allNull() {
        String name = "allNull";
        methods.computeIfAbsent(
                name,
                n -> method(n, TypeName.BOOLEAN)
                        .addParameter(ResultSet.class, "rs")
                        .addParameter(int.class, "from")
                        .addParameter(int.class, "count")
                        .beginControlFlow("for (int i = from; i < from + count; i++)")
                        .beginControlFlow("if (rs.getObject(i) != null)")
                        .addStatement("return false")
                        .endControlFlow()
                        .endControlFlow()
                        .addStatement("return true")
                        .build());
        return call(name);
    }

    /** {@code getLongOrNull(rs, index)}: the value, or null after {@code wasNull()}. */
    synchronized CodeBlock nullablePrimitive(ScalarType scalar) {
        String name = "get" + scalar.accessor() + "OrNull";
        methods.computeIfAbsent(
                name,
                n -> method(n, scalar.type().box())
                        .addParameter(ResultSet.class, "rs")
                        .addParameter(int.class, "index")
                        .addStatement("$T value = rs.get$L(index)", scalar.type(), scalar.accessor())
                        .addStatement("return rs.wasNull() ? null : value")
                        .build());
        return call(name);
    }

    /** {@code readOrderStatus(rs, index)}: the constant for the label read, or null. */
    synchronized CodeBlock readEnum(EnumModel model) {
        String name = "read" + model.name().simpleName();
        methods.computeIfAbsent(
                name,
                n -> method(n, model.name())
                        .addParameter(ResultSet.class, "rs")
                        .addParameter(int.class, "index")
                        .addStatement("$T label = rs.getString(index)", String.class)
                        .beginControlFlow("if (label == null)")
                        .addStatement("return null")
                        .endControlFlow()
                        .beginControlFlow("try")
                        .addStatement("return $T.fromLabel(label)", model.name())
                        .nextControlFlow("catch ($T e)", IllegalArgumentException.class)
                        .addStatement("throw new $T(e.getMessage(), e)", SQLException.class)
                        .endControlFlow()
                        .build());
        return call(name);
    }

    /**
     * {@code readArray(rs, index, element)}: a SQL array as an unmodifiable list, or null; each
     * element is read by {@code element} from {@code Array.getResultSet()}, whose column 2 holds it.
     */
    synchronized CodeBlock readArray() {
        String name = "readArray";
        TypeVariableName t = TypeVariableName.get("T");
        ClassName reader = nested(ELEMENT_READER);
        addType(TypeSpec.interfaceBuilder(reader)
                .addJavadoc("Reads one element of a SQL array from column {@code index} of {@code rs}.\n")
                .addTypeVariable(t)
                .addMethod(MethodSpec.methodBuilder("read")
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .returns(t)
                        .addParameter(ResultSet.class, "rs")
                        .addParameter(int.class, "index")
                        .addException(SQLException.class)
                        .build())
                .build());
        methods.computeIfAbsent(
                name,
                n -> method(n, ParameterizedTypeName.get(ClassName.get(List.class), t))
                        .addTypeVariable(t)
                        .addParameter(ResultSet.class, "rs")
                        .addParameter(int.class, "index")
                        .addParameter(ParameterizedTypeName.get(reader, t), "element")
                        .addStatement("$T array = rs.getArray(index)", Array.class)
                        .beginControlFlow("if (array == null)")
                        .addStatement("return null")
                        .endControlFlow()
                        .beginControlFlow("try ($T elements = array.getResultSet())", ResultSet.class)
                        .addStatement("$T<$T> list = new $T<>()", List.class, t, ArrayList.class)
                        .beginControlFlow("while (elements.next())")
                        .addStatement("list.add(element.read(elements, 2))")
                        .endControlFlow()
                        .addStatement("return $T.unmodifiableList(list)", Collections.class)
                        .nextControlFlow("finally")
                        .addStatement("array.free()")
                        .endControlFlow()
                        .build());
        return call(name);
    }

    /**
     * {@code elementObject(rs, index, type)}: {@code getObject(index, type)} on an array's result
     * set; where the driver does not support that there (DuckDB), its {@code getObject(index)}
     * converted: the class itself, or a {@code java.sql} date/time value as its {@code java.time}
     * one.
     */
    synchronized CodeBlock elementObject() {
        String name = "elementObject";
        TypeVariableName t = TypeVariableName.get("T");
        methods.computeIfAbsent(
                name,
                n -> method(n, t)
                        .addTypeVariable(t)
                        .addParameter(ResultSet.class, "rs")
                        .addParameter(int.class, "index")
                        .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), t), "type")
                        .beginControlFlow("try")
                        .addStatement("return rs.getObject(index, type)")
                        .nextControlFlow("catch ($T e)", SQLFeatureNotSupportedException.class)
                        .addStatement("$T value = rs.getObject(index)", Object.class)
                        .beginControlFlow(
                                "if (value instanceof $T t && type == $T.class)",
                                java.sql.Timestamp.class,
                                java.time.LocalDateTime.class)
                        .addStatement("value = t.toLocalDateTime()")
                        .nextControlFlow(
                                "else if (value instanceof $T d && type == $T.class)",
                                java.sql.Date.class,
                                java.time.LocalDate.class)
                        .addStatement("value = d.toLocalDate()")
                        .endControlFlow()
                        .beginControlFlow("if (value != null && !type.isInstance(value))")
                        .addStatement(
                                "throw new $T($S + value.getClass().getName() + $S + type.getName(), e)",
                                SQLException.class,
                                "cannot read an array element of class ",
                                " as ")
                        .endControlFlow()
                        .addStatement("return type.cast(value)")
                        .endControlFlow()
                        .build());
        return call(name);
    }

    /** {@code elementBytes(rs, index)}: {@code getBytes}, or a {@code Blob}'s bytes where unsupported. */
    synchronized CodeBlock elementBytes() {
        String name = "elementBytes";
        methods.computeIfAbsent(
                name,
                n -> method(n, ArrayTypeName.of(TypeName.BYTE))
                        .addParameter(ResultSet.class, "rs")
                        .addParameter(int.class, "index")
                        .beginControlFlow("try")
                        .addStatement("return rs.getBytes(index)")
                        .nextControlFlow("catch ($T e)", SQLFeatureNotSupportedException.class)
                        .addStatement("$T value = rs.getObject(index)", Object.class)
                        .beginControlFlow("if (value instanceof $T blob)", java.sql.Blob.class)
                        .addStatement("return blob.getBytes(1, (int) blob.length())")
                        .endControlFlow()
                        .beginControlFlow("if (value != null && !(value instanceof byte[]))")
                        .addStatement(
                                "throw new $T($S + value.getClass().getName() + $S, e)",
                                SQLException.class,
                                "cannot read an array element of class ",
                                " as byte[]")
                        .endControlFlow()
                        .addStatement("return (byte[]) value")
                        .endControlFlow()
                        .build());
        return call(name);
    }

    /**
     * {@code toArray(list, dims, element)}: nested lists as the nested {@code Object} arrays
     * {@code createArrayOf} takes for a multi-dimensional array.
     */
    synchronized CodeBlock toArray() {
        String name = "toArray";
        methods.computeIfAbsent(
                name,
                n -> MethodSpec.methodBuilder(n)
                        .addModifiers(Modifier.STATIC)
                        .returns(Object[].class)
                        .addParameter(
                                ParameterizedTypeName.get(
                                        ClassName.get(List.class), WildcardTypeName.subtypeOf(Object.class)),
                                "list")
                        .addParameter(int.class, "dims")
                        .addParameter(
                                ParameterizedTypeName.get(
                                        ClassName.get(Function.class),
                                        ClassName.get(Object.class),
                                        ClassName.get(Object.class)),
                                "element")
                        .addStatement("$T<?> type = $T.class", Class.class, Object.class)
                        .beginControlFlow("for (int i = 1; i < dims; i++)")
                        .addStatement("type = type.arrayType()")
                        .endControlFlow()
                        .addStatement(
                                "$T[] out = ($T[]) $T.newInstance(type, list.size())",
                                Object.class,
                                Object.class,
                                java.lang.reflect.Array.class)
                        .beginControlFlow("for (int i = 0; i < out.length; i++)")
                        .addStatement("$T e = list.get(i)", Object.class)
                        .addStatement(
                                "out[i] = e == null ? null : dims > 1 ? toArray(($T<?>) e, dims - 1, element) : element.apply(e)",
                                List.class)
                        .endControlFlow()
                        .addStatement("return out")
                        .build());
        return call(name);
    }

    /** {@code expandSlice(sql, marker, size)}: the marker becomes {@code ?, ?, ...} or NULL. */
    synchronized CodeBlock expandSlice() {
        String name = "expandSlice";
        methods.computeIfAbsent(
                name,
                n -> MethodSpec.methodBuilder(n)
                        .addJavadoc("An empty list becomes {@code NULL}, so {@code IN (NULL)} matches no row.\n")
                        .addModifiers(Modifier.STATIC)
                        .returns(String.class)
                        .addParameter(String.class, "sql")
                        .addParameter(String.class, "marker")
                        .addParameter(int.class, "size")
                        .addStatement(
                                "$T placeholders = size == 0 ? $S : $T.join($S, $T.nCopies(size, $S))",
                                String.class,
                                "NULL",
                                String.class,
                                ", ",
                                Collections.class,
                                "?")
                        .addStatement("return sql.replace(marker, placeholders)")
                        .build());
        return call(name);
    }

    /** {@code executeBatch(ps, counts, offset)}: runs the batch, copies its counts, new offset. */
    synchronized CodeBlock executeBatch() {
        String name = "executeBatch";
        methods.computeIfAbsent(
                name,
                n -> method(n, TypeName.INT)
                        .addParameter(PreparedStatement.class, "statement")
                        .addParameter(long[].class, "counts")
                        .addParameter(int.class, "offset")
                        .addStatement("int[] done = statement.executeBatch()")
                        .beginControlFlow("for (int i = 0; i < done.length; i++)")
                        .addStatement("counts[offset + i] = done[i]")
                        .endControlFlow()
                        .addStatement("return offset + done.length")
                        .build());
        return call(name);
    }

    static MethodSpec.Builder method(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.STATIC)
                .returns(returns)
                .addException(SQLException.class);
    }
}
