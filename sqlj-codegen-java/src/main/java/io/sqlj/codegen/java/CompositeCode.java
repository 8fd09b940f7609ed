package io.sqlj.codegen.java;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.lang.model.element.Modifier;

/**
 * The {@code SqljSupport} methods that carry a composite type's record as its text form, the row
 * literal {@code (1,"a b",)}: {@code readX} ({@code getString} then {@code parseX}) and
 * {@code formatX}, plus the shared helpers they call (the row literal's parser and writer, and
 * each attribute type's text as PostgreSQL writes and reads it with {@code DateStyle} ISO, which
 * pgjdbc sets). Only JDK types.
 */
final class CompositeCode {

    private static final ClassName STRING = ClassName.get(String.class);
    private static final TypeName BYTES = ArrayTypeName.of(TypeName.BYTE);

    /** Attribute types read from text by a JDK call, by Java type: the format of the call. */
    private static final Map<TypeName, String> PARSE = Map.ofEntries(
            Map.entry(TypeName.SHORT, "$T.valueOf($L)"),
            Map.entry(TypeName.INT, "$T.valueOf($L)"),
            Map.entry(TypeName.LONG, "$T.valueOf($L)"),
            Map.entry(TypeName.FLOAT, "$T.valueOf($L)"),
            Map.entry(TypeName.DOUBLE, "$T.valueOf($L)"),
            Map.entry(ClassName.get(BigDecimal.class), "new $T($L)"),
            Map.entry(ClassName.get(BigInteger.class), "new $T($L)"),
            Map.entry(ClassName.get(UUID.class), "$T.fromString($L)"));

    /** Attribute types read from text by a helper of SqljSupport, by Java type: the helper's name. */
    private static final Map<TypeName, String> HELPERS = Map.of(
            TypeName.BOOLEAN,
            "pgBoolean",
            BYTES,
            "pgBytes",
            ClassName.get(LocalDate.class),
            "pgDate",
            ClassName.get(LocalTime.class),
            "pgTime",
            ClassName.get(LocalDateTime.class),
            "pgTimestamp",
            ClassName.get(OffsetDateTime.class),
            "pgTimestamptz",
            ClassName.get(OffsetTime.class),
            "pgTimetz");

    private CompositeCode() {}

    /** Whether an attribute of this type can be read from and written into a row literal. */
    static boolean supports(ScalarType scalar) {
        if (scalar instanceof ScalarType.EnumLabel || scalar instanceof ScalarType.Composite) {
            return true;
        }
        return scalar instanceof ScalarType.Jdbc j
                && (j.type().equals(STRING) || PARSE.containsKey(j.type()) || HELPERS.containsKey(j.type()));
    }

    /** {@code readPair(rs, index)}: the record from the column's text, or null. */
    static CodeBlock read(CompositeModel model, GeneratedSupport support) {
        CodeBlock parse = parse(model, support);
        return support.add(GeneratedSupport.method("read" + model.name().simpleName(), model.name())
                .addParameter(ResultSet.class, "rs")
                .addParameter(int.class, "index")
                .addStatement("$T text = rs.getString(index)", String.class)
                .addStatement("return text == null ? null : $L(text)", parse)
                .build());
    }

    /** {@code formatPair(value)}: the record's row literal; {@code value} is not null. Throws nothing. */
    static CodeBlock format(CompositeModel model, GeneratedSupport support) {
        String name = "format" + model.name().simpleName();
        List<CodeBlock> fields = new ArrayList<>();
        for (CompositeModel.Attribute a : model.attributes()) {
            CodeBlock value = CodeBlock.of("value.$N()", a.name());
            CodeBlock text = toText(a.type().scalar(), value, support);
            boolean same = text.equals(value); // a String attribute is its own text
            fields.add(a.type().nullable() && !same ? CodeBlock.of("$L == null ? null : $L", value, text) : text);
        }
        return support.add(MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.STATIC)
                .returns(String.class)
                .addParameter(model.name(), "value")
                .addStatement("return $L($L)", compositeLiteral(support), CodeBlock.join(fields, ",$W"))
                .build());
    }

    /** {@code parsePair(text)}: the record from its row literal. */
    private static CodeBlock parse(CompositeModel model, GeneratedSupport support) {
        String name = "parse" + model.name().simpleName();
        List<CodeBlock> values = new ArrayList<>();
        for (int i = 0; i < model.attributes().size(); i++) {
            CompositeModel.Attribute a = model.attributes().get(i);
            CodeBlock field = CodeBlock.of("f.get($L)", i);
            CodeBlock value = fromText(a.type().scalar(), field, support);
            boolean same = value.equals(field); // a String attribute is its own text
            values.add(a.type().nullable() && !same ? CodeBlock.of("$L == null ? null : $L", field, value) : value);
        }
        return support.add(GeneratedSupport.method(name, model.name())
                .addParameter(String.class, "text")
                .addStatement(
                        "$T<$T> f = $L(text, $L, $S)",
                        List.class,
                        String.class,
                        compositeFields(support),
                        model.attributes().size(),
                        model.dataType())
                .beginControlFlow("try")
                .addStatement("return new $T($L)", model.name(), CodeBlock.join(values, ",$W"))
                .nextControlFlow("catch ($T e)", RuntimeException.class)
                .addStatement(
                        "throw new $T($S + text + $S + e.getMessage(), e)",
                        SQLException.class,
                        "cannot read " + model.dataType() + " from ",
                        ": ")
                .endControlFlow()
                .build());
    }

    /** The Java value of an attribute from its (non-null) text {@code s}. */
    private static CodeBlock fromText(ScalarType scalar, CodeBlock s, GeneratedSupport support) {
        if (scalar instanceof ScalarType.EnumLabel e) {
            return CodeBlock.of("$T.fromLabel($L)", e.model().name(), s);
        }
        if (scalar instanceof ScalarType.Composite c) {
            return CodeBlock.of("$L($L)", parse(c.model(), support), s);
        }
        TypeName type = scalar.type();
        if (type.equals(STRING)) {
            return s;
        }
        if (PARSE.containsKey(type)) {
            return CodeBlock.of(PARSE.get(type), type.box(), s);
        }
        String helper = HELPERS.get(type);
        if (helper == null) {
            throw new IllegalStateException("not an attribute type: " + type);
        }
        return CodeBlock.of("$L($L)", new Helpers(support).get(helper), s);
    }

    /** The text of an attribute's (non-null) Java value {@code v}. */
    private static CodeBlock toText(ScalarType scalar, CodeBlock v, GeneratedSupport support) {
        if (scalar instanceof ScalarType.EnumLabel) {
            return CodeBlock.of("$L.label()", v);
        }
        if (scalar instanceof ScalarType.Composite c) {
            return CodeBlock.of("$L($L)", format(c.model(), support), v);
        }
        if (scalar.type().equals(STRING)) {
            return v;
        }
        return CodeBlock.of("$L($L)", pgText(support), v);
    }

    /**
     * {@code compositeFields(text, count, type)}: the attributes' texts of a row literal as
     * PostgreSQL's {@code record_out} writes it (and {@code record_in} reads it): between {@code (}
     * and {@code )}, separated by {@code ,}; {@code "} quotes (a doubled {@code ""} inside quotes is
     * one), {@code \} escapes the next character; an empty unquoted field is NULL, {@code ""} the
     * empty string.
     */
    private static CodeBlock compositeFields(GeneratedSupport support) {
        return support.add(GeneratedSupport.method(
                        "compositeFields", ParameterizedTypeName.get(ClassName.get(List.class), STRING))
                .addParameter(String.class, "text")
                .addParameter(int.class, "count")
                .addParameter(String.class, "type")
                .addStatement("$T<$T> fields = new $T<>()", List.class, String.class, ArrayList.class)
                .addStatement("int n = text.length()")
                .addStatement("int i = 1")
                .beginControlFlow("if (n >= 2 && text.charAt(0) == '(' && text.charAt(n - 1) == ')')")
                .beginControlFlow("while (true)")
                .addStatement("$T field = new $T()", StringBuilder.class, StringBuilder.class)
                .addStatement("boolean quoted = false")
                .addStatement("boolean inQuotes = false")
                .beginControlFlow("while (i < n && (inQuotes || (text.charAt(i) != ',' && text.charAt(i) != ')')))")
                .addStatement("char c = text.charAt(i++)")
                .beginControlFlow("if (c == '\\\\' && i < n)")
                .addStatement("field.append(text.charAt(i++))")
                .nextControlFlow("else if (c == '\"' && !inQuotes)")
                .addStatement("inQuotes = true")
                .addStatement("quoted = true")
                .nextControlFlow("else if (c == '\"' && i < n && text.charAt(i) == '\"')")
                .addStatement("field.append('\"')")
                .addStatement("i++")
                .nextControlFlow("else if (c == '\"')")
                .addStatement("inQuotes = false")
                .nextControlFlow("else")
                .addStatement("field.append(c)")
                .endControlFlow()
                .endControlFlow()
                .beginControlFlow("if (i >= n)")
                .addStatement("break")
                .endControlFlow()
                .addStatement("fields.add(quoted || field.length() > 0 ? field.toString() : null)")
                .beginControlFlow("if (text.charAt(i++) == ')')")
                .beginControlFlow("if (i == n && fields.size() == count)")
                .addStatement("return fields")
                .endControlFlow()
                .addStatement("break")
                .endControlFlow()
                .endControlFlow()
                .endControlFlow()
                .addStatement(
                        "throw new $T($S + type + $S + count + $S + text)",
                        SQLException.class,
                        "not a row literal of ",
                        " with ",
                        " attributes: ")
                .build());
    }

    /**
     * {@code compositeLiteral(fields...)}: the row literal of the attributes' texts, every non-null
     * one quoted with {@code "} and {@code \} doubled; NULL is an empty field.
     */
    private static CodeBlock compositeLiteral(GeneratedSupport support) {
        return support.add(MethodSpec.methodBuilder("compositeLiteral")
                .addModifiers(Modifier.STATIC)
                .varargs(true)
                .returns(String.class)
                .addParameter(String[].class, "fields")
                .addStatement("$T out = new $T(\"(\")", StringBuilder.class, StringBuilder.class)
                .beginControlFlow("for (int i = 0; i < fields.length; i++)")
                .beginControlFlow("if (i > 0)")
                .addStatement("out.append(',')")
                .endControlFlow()
                .beginControlFlow("if (fields[i] != null)")
                .addStatement("out.append('\"')")
                .beginControlFlow("for (int k = 0; k < fields[i].length(); k++)")
                .addStatement("char c = fields[i].charAt(k)")
                .beginControlFlow("if (c == '\"' || c == '\\\\')")
                .addStatement("out.append(c)")
                .endControlFlow()
                .addStatement("out.append(c)")
                .endControlFlow()
                .addStatement("out.append('\"')")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return out.append(')').toString()")
                .build());
    }

    /**
     * {@code pgText(value)}: an attribute's text as PostgreSQL reads it: {@code t}/{@code f},
     * bytea's hex form, dates with {@code BC} for years before 1 and offsets as {@code +hh:mm[:ss]};
     * anything else its {@code toString()}.
     */
    private static CodeBlock pgText(GeneratedSupport support) {
        CodeBlock date = pgDateText(support);
        CodeBlock offset = pgOffsetText(support);
        return support.add(MethodSpec.methodBuilder("pgText")
                .addModifiers(Modifier.STATIC)
                .returns(String.class)
                .addParameter(Object.class, "value")
                .beginControlFlow("if (value instanceof $T b)", Boolean.class)
                .addStatement("return b ? $S : $S", "t", "f")
                .endControlFlow()
                .beginControlFlow("if (value instanceof byte[] bytes)")
                .addStatement("$T out = new $T($S)", StringBuilder.class, StringBuilder.class, "\\x")
                .beginControlFlow("for (byte b : bytes)")
                .addStatement(
                        "out.append($T.forDigit((b >> 4) & 0xf, 16)).append($T.forDigit(b & 0xf, 16))",
                        Character.class,
                        Character.class)
                .endControlFlow()
                .addStatement("return out.toString()")
                .endControlFlow()
                .beginControlFlow("if (value instanceof $T d)", LocalDate.class)
                .addStatement("return $L(d, $S)", date, "")
                .endControlFlow()
                .beginControlFlow("if (value instanceof $T t)", LocalDateTime.class)
                .addStatement("return $L(t.toLocalDate(), $S + t.toLocalTime())", date, " ")
                .endControlFlow()
                .beginControlFlow("if (value instanceof $T t)", OffsetDateTime.class)
                .addStatement("return $L(t.toLocalDate(), $S + t.toLocalTime() + $L(t.getOffset()))", date, " ", offset)
                .endControlFlow()
                .beginControlFlow("if (value instanceof $T t)", OffsetTime.class)
                .addStatement("return t.toLocalTime() + $L(t.getOffset())", offset)
                .endControlFlow()
                .addStatement("return value.toString()")
                .build());
    }

    /** {@code pgDateText(date, rest)}: {@code yyyy-mm-dd<rest>}, and {@code  BC} for a year before 1. */
    private static CodeBlock pgDateText(GeneratedSupport support) {
        return support.add(MethodSpec.methodBuilder("pgDateText")
                .addModifiers(Modifier.STATIC)
                .returns(String.class)
                .addParameter(LocalDate.class, "date")
                .addParameter(String.class, "rest")
                .addStatement("boolean bc = date.getYear() < 1")
                .addStatement(
                        "return $T.format($S, bc ? 1 - date.getYear() : date.getYear(), date.getMonthValue(),"
                                + " date.getDayOfMonth()) + rest + (bc ? $S : $S)",
                        String.class,
                        "%04d-%02d-%02d",
                        " BC",
                        "")
                .build());
    }

    /** {@code pgOffsetText(offset)}: {@code +hh:mm}, with {@code :ss} when there are seconds. */
    private static CodeBlock pgOffsetText(GeneratedSupport support) {
        return support.add(MethodSpec.methodBuilder("pgOffsetText")
                .addModifiers(Modifier.STATIC)
                .returns(String.class)
                .addParameter(ZoneOffset.class, "offset")
                .addStatement("int total = offset.getTotalSeconds()")
                .addStatement("int abs = $T.abs(total)", Math.class)
                .addStatement(
                        "$T text = $T.format($S, total < 0 ? '-' : '+', abs / 3600, abs / 60 % 60)",
                        String.class, String.class, "%c%02d:%02d")
                .addStatement("return abs % 60 == 0 ? text : text + $T.format($S, abs % 60)", String.class, ":%02d")
                .build());
    }

    /** Text-to-value helpers for the attribute types without a JDK parse method of their own. */
    private record Helpers(GeneratedSupport support) {

        /** The helper named {@code name}, added to SqljSupport (with what it calls) on first use. */
        CodeBlock get(String name) {
            return switch (name) {
                case "pgBoolean" -> pgBoolean();
                case "pgBytes" -> pgBytes();
                case "pgDate" -> pgDate();
                case "pgTime" -> pgTime();
                case "pgTimestamp" -> pgTimestamp();
                case "pgTimestamptz" -> pgTimestamptz();
                case "pgTimetz" -> pgTimetz();
                default -> throw new IllegalArgumentException("no helper " + name);
            };
        }

        private static MethodSpec.Builder helper(String name, Class<?> returns) {
            return MethodSpec.methodBuilder(name)
                    .addModifiers(Modifier.STATIC)
                    .returns(returns)
                    .addParameter(String.class, "text");
        }

        CodeBlock pgBoolean() {
            return support.add(helper("pgBoolean", Boolean.class)
                    .beginControlFlow("if (text.equals($S) || text.equals($S))", "t", "f")
                    .addStatement("return text.equals($S)", "t")
                    .endControlFlow()
                    .addStatement("throw new $T($S + text)", IllegalArgumentException.class, "not a boolean: ")
                    .build());
        }

        CodeBlock pgBytes() {
            return support.add(helper("pgBytes", byte[].class)
                    .beginControlFlow("if (!text.startsWith($S) || text.length() % 2 != 0)", "\\x")
                    .addStatement("throw new $T($S + text)", IllegalArgumentException.class, "not bytea's hex form: ")
                    .endControlFlow()
                    .addStatement("byte[] bytes = new byte[text.length() / 2 - 1]")
                    .beginControlFlow("for (int i = 0; i < bytes.length; i++)")
                    .addStatement(
                            "bytes[i] = (byte) $T.parseInt(text.substring(2 + 2 * i, 4 + 2 * i), 16)", Integer.class)
                    .endControlFlow()
                    .addStatement("return bytes")
                    .build());
        }

        /** {@code 2024-02-29}, {@code 0044-03-15 BC}, {@code 12345-01-01}. */
        CodeBlock pgDate() {
            return support.add(helper("pgDate", LocalDate.class)
                    .addStatement("boolean bc = text.endsWith($S)", " BC")
                    .addStatement("$T date = bc ? text.substring(0, text.length() - 3) : text", String.class)
                    .addStatement("int dash = date.indexOf('-', 1)")
                    .addStatement("int year = $T.parseInt(date.substring(0, dash))", Integer.class)
                    .addStatement(
                            "return $T.of(bc ? 1 - year : year, $T.parseInt(date.substring(dash + 1, dash + 3)),"
                                    + " $T.parseInt(date.substring(dash + 4)))",
                            LocalDate.class,
                            Integer.class,
                            Integer.class)
                    .build());
        }

        CodeBlock pgTime() {
            return support.add(helper("pgTime", LocalTime.class)
                    .addStatement("return $T.parse(text)", LocalTime.class)
                    .build());
        }

        /** {@code 2024-02-29 13:45:30.123456}, with {@code  BC} after it for a year before 1. */
        CodeBlock pgTimestamp() {
            CodeBlock date = pgDate();
            return support.add(helper("pgTimestamp", LocalDateTime.class)
                    .addStatement("boolean bc = text.endsWith($S)", " BC")
                    .addStatement("int space = text.indexOf(' ')")
                    .addStatement(
                            "$T time = text.substring(space + 1, bc ? text.length() - 3 : text.length())", String.class)
                    .addStatement(
                            "return $T.of($L(text.substring(0, space) + (bc ? $S : $S)), $T.parse(time))",
                            LocalDateTime.class,
                            date,
                            " BC",
                            "",
                            LocalTime.class)
                    .build());
        }

        /** {@code 2024-02-29 11:45:30.123456+00}, offsets {@code +05:30} or {@code -00:09:21} too. */
        CodeBlock pgTimestamptz() {
            CodeBlock local = pgTimestamp();
            CodeBlock offset = pgOffset();
            return support.add(helper("pgTimestamptz", OffsetDateTime.class)
                    .addStatement("boolean bc = text.endsWith($S)", " BC")
                    .addStatement("$T core = bc ? text.substring(0, text.length() - 3) : text", String.class)
                    .addStatement("int space = core.indexOf(' ')")
                    .addStatement("int sign = $T.max(core.lastIndexOf('+'), core.lastIndexOf('-'))", Math.class)
                    .beginControlFlow("if (sign < space)")
                    .addStatement(
                            "throw new $T($S + text)", IllegalArgumentException.class, "no offset in timestamptz ")
                    .endControlFlow()
                    .addStatement(
                            "return $T.of($L(core.substring(0, sign) + (bc ? $S : $S)), $L(core.substring(sign)))",
                            OffsetDateTime.class,
                            local,
                            " BC",
                            "",
                            offset)
                    .build());
        }

        /** {@code 13:45:30.123456+02}. */
        CodeBlock pgTimetz() {
            CodeBlock offset = pgOffset();
            return support.add(helper("pgTimetz", OffsetTime.class)
                    .addStatement("int sign = $T.max(text.lastIndexOf('+'), text.lastIndexOf('-'))", Math.class)
                    .addStatement(
                            "return $T.of($T.parse(text.substring(0, sign)), $L(text.substring(sign)))",
                            OffsetTime.class,
                            LocalTime.class,
                            offset)
                    .build());
        }

        /** {@code +02}, {@code -05:30}, {@code +00:09:21}. */
        CodeBlock pgOffset() {
            return support.add(MethodSpec.methodBuilder("pgOffset")
                    .addModifiers(Modifier.STATIC)
                    .returns(ZoneOffset.class)
                    .addParameter(String.class, "text")
                    .addStatement("int sign = text.charAt(0) == '-' ? -1 : 1")
                    .addStatement("$T[] parts = text.substring(1).split($S)", String.class, ":")
                    .addStatement("int[] hms = new int[3]")
                    .beginControlFlow("for (int i = 0; i < parts.length && i < 3; i++)")
                    .addStatement("hms[i] = sign * $T.parseInt(parts[i])", Integer.class)
                    .endControlFlow()
                    .addStatement("return $T.ofHoursMinutesSeconds(hms[0], hms[1], hms[2])", ZoneOffset.class)
                    .build());
        }
    }
}
