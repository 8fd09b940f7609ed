package io.sqlj.codegen.java;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.sql.Types;

/**
 * The JDBC calls that read one column from {@code _rs} and bind one value to {@code _ps}, chosen
 * by the value's {@link ScalarType.Access}.
 */
final class JdbcCode {

    private static final ClassName TYPES = ClassName.get(Types.class);

    /** {@code java.lang.Void}: a value that has none, read as null. */
    static final ClassName VOID = ClassName.get(Void.class);

    private final GeneratedSupport support;

    JdbcCode(GeneratedSupport support) {
        this.support = support;
    }

    /** An expression reading column {@code index} (1-based; an int or a code block) of {@code _rs}. */
    CodeBlock read(ValueType type, Object index) {
        return read(type, "_rs", index, 1);
    }

    /** An expression reading column {@code index} of the result set named {@code rs}. */
    CodeBlock read(ValueType type, String rs, Object index) {
        return read(type, rs, index, 1);
    }

    /**
     * Reads from the result set {@code rs}. An array's elements are read from
     * {@code Array.getResultSet()} (column 2) with the same call as a scalar of their type, so each
     * element gets the driver's exact conversion (a timestamptz element becomes an
     * {@code OffsetDateTime}, not a {@code java.sql.Timestamp}); a second dimension is an array
     * there in turn. {@code depth} names the lambdas' parameters apart; past 1 the value is an
     * element, read through {@link GeneratedSupport#elementObject} where a driver's array result
     * set may lack {@code getObject(i, Class)} (DuckDB's).
     */
    private CodeBlock read(ValueType type, String rs, Object index, int depth) {
        ScalarType scalar = type.scalar();
        if (type.array()) {
            ValueType inner = type.arrayDims() > 1
                    ? new ValueType(scalar, true, type.arrayDims() - 1, type.elementType(), false)
                    : type.element();
            String elements = "_a" + depth;
            String at = "_i" + depth;
            return CodeBlock.of(
                    "$L($L, $L, ($L, $L) -> $L)",
                    support.readArray(),
                    rs,
                    index,
                    elements,
                    at,
                    read(inner, elements, at, depth + 1));
        }
        if (scalar.access() == ScalarType.Access.OBJECT && scalar.type().equals(VOID)) {
            // no value to read (a PostgreSQL function that returns void): always null
            return CodeBlock.of("($T) null", VOID);
        }
        if (scalar.access() == ScalarType.Access.OBJECT && driverClass(scalar.type())) {
            // A driver's own class (pgjdbc's PGpoint): getObject(i, X.class) gives an empty object
            // for SQL NULL, getObject(i) gives null and the same object otherwise.
            return CodeBlock.of("($T) $L.getObject($L)", scalar.type(), rs, index);
        }
        if (depth > 1 && scalar.access() == ScalarType.Access.OBJECT) {
            return CodeBlock.of("$L($L, $L, $T.class)", support.elementObject(), rs, index, scalar.type());
        }
        if (depth > 1 && scalar.type().equals(ArrayTypeName.of(TypeName.BYTE))) {
            return CodeBlock.of("$L($L, $L)", support.elementBytes(), rs, index);
        }
        return switch (scalar.access()) {
            case PRIMITIVE ->
                type.nullable()
                        ? CodeBlock.of("$L($L, $L)", support.nullablePrimitive(scalar), rs, index)
                        : CodeBlock.of("$L.get$L($L)", rs, scalar.accessor(), index);
            case DIRECT, TEXT -> CodeBlock.of("$L.get$L($L)", rs, scalar.accessor(), index);
            case OBJECT -> CodeBlock.of("$L.getObject($L, $T.class)", rs, index, scalar.type());
            case ENUM ->
                CodeBlock.of("$L($L, $L)", support.readEnum(((ScalarType.EnumLabel) scalar).model()), rs, index);
            case CONVERTED ->
                CodeBlock.of("$L($L, $L)", support.readConverted((ScalarType.Converted) scalar, this), rs, index);
            case COMPOSITE ->
                CodeBlock.of(
                        "$L($L, $L)", CompositeCode.read(((ScalarType.Composite) scalar).model(), support), rs, index);
        };
    }

    /** A class that is not the JDK's: the driver's own, which its {@code getObject(i)} returns. */
    static boolean driverClass(TypeName type) {
        return type instanceof ClassName name
                && !name.packageName().startsWith("java.")
                && !name.packageName().startsWith("javax.");
    }

    /**
     * Statements binding {@code value} at {@code index} of {@code _ps}; a nullable value that is
     * null binds SQL NULL with its {@code java.sql.Types} constant.
     */
    CodeBlock bind(ValueType type, CodeBlock index, CodeBlock value) {
        CodeBlock set = set(type, index, value);
        if (!type.nullable() && !type.array()) {
            return set;
        }
        String sqlType = type.array() ? "ARRAY" : type.scalar().sqlType();
        return CodeBlock.builder()
                .beginControlFlow("if ($L == null)", value)
                .addStatement("_ps.setNull($L, $T.$L)", index, TYPES, sqlType)
                .nextControlFlow("else")
                .add(set)
                .endControlFlow()
                .build();
    }

    private CodeBlock set(ValueType type, CodeBlock index, CodeBlock value) {
        if (type.scalar() instanceof ScalarType.Converted converted && !type.array()) {
            ValueType base = ValueType.of(converted.base(), false);
            return set(base, index, CodeBlock.of("$T.toDb($L)", converted.converter(), value));
        }
        ScalarType scalar = type.scalar();
        if (type.array()) {
            return CodeBlock.builder()
                    .addStatement(
                            "_ps.setArray($L, $L.createArrayOf($L, $L))",
                            index,
                            ConnectionCode.CONNECTION,
                            SourceText.literal(type.elementType()),
                            elements(type, value))
                    .build();
        }
        return switch (scalar.access()) {
            case PRIMITIVE, DIRECT ->
                CodeBlock.builder()
                        .addStatement("_ps.set$L($L, $L)", scalar.accessor(), index, value)
                        .build();
            case OBJECT ->
                CodeBlock.builder()
                        .addStatement("_ps.setObject($L, $L)", index, value)
                        .build();
            case TEXT ->
                CodeBlock.builder()
                        .addStatement("_ps.setObject($L, $L, $T.$L)", index, value, TYPES, scalar.sqlType())
                        .build();
            case ENUM ->
                CodeBlock.builder()
                        .addStatement("_ps.setObject($L, $L.label(), $T.$L)", index, value, TYPES, scalar.sqlType())
                        .build();
            case COMPOSITE ->
                CodeBlock.builder()
                        .addStatement(
                                "_ps.setObject($L, $L($L), $T.$L)",
                                index,
                                CompositeCode.format(((ScalarType.Composite) scalar).model(), support),
                                value,
                                TYPES,
                                scalar.sqlType())
                        .build();
            case CONVERTED -> throw new IllegalStateException("handled above");
        };
    }

    /**
     * The {@code Object[]} that {@code createArrayOf} takes for a list: nested lists become nested
     * arrays, enum constants their labels.
     */
    private CodeBlock elements(ValueType type, CodeBlock value) {
        boolean labels = type.scalar().access() == ScalarType.Access.ENUM;
        if (type.scalar() instanceof ScalarType.Composite composite) {
            // each record as its row literal: the driver writes the array of texts
            CodeBlock format = CompositeCode.format(composite.model(), support);
            return type.arrayDims() == 1
                    ? CodeBlock.of("$L.stream().map(_e -> _e == null ? null : $L(_e)).toArray()", value, format)
                    : CodeBlock.of(
                            "$L($L, $L, _e -> $L(($T) _e))",
                            support.toArray(),
                            value,
                            type.arrayDims(),
                            format,
                            composite.model().name());
        }
        if (type.arrayDims() == 1 && type.scalar().type().equals(ArrayTypeName.of(TypeName.BYTE))) {
            return CodeBlock.of("$L.toArray(new byte[0][])", value); // pgjdbc encodes byte[][], not Object[]
        }
        if (type.arrayDims() == 1) {
            return labels
                    ? CodeBlock.of("$L.stream().map(_e -> _e == null ? null : _e.label()).toArray()", value)
                    : CodeBlock.of("$L.toArray()", value);
        }
        return CodeBlock.of(
                "$L($L, $L, _e -> $L)",
                support.toArray(),
                value,
                type.arrayDims(),
                labels ? CodeBlock.of("(($T) _e).label()", type.scalar().type()) : CodeBlock.of("_e"));
    }
}
