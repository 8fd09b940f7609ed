package io.sqlj.it;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.postgresql.util.PGobject;

/**
 * The values the round-trip matrix sends for one SQL type, by the Java type the generated code
 * gives it: an engine writes down, for each type, the values of each Java type the mapping may
 * reasonably pick (the text form as {@code String}, an exact JDK type...). The matrix uses the
 * list of the Java type the generated parameter actually has; when there is none it fails with
 * "no values for type X as Y", so a mapping change can never pass unproven.
 *
 * <p>Values of generated types are written as {@link Label} (an enum constant by its database
 * label) and {@link Struct} (a composite's record by its components), and converted to the
 * generated class when the matrix knows it.
 */
final class MatrixValues {

    /** An enum constant, by its database label. */
    record Label(String label) {
        @Override
        public String toString() {
            return "enum '" + label + "'";
        }
    }

    /** A generated record (composite type), by its components in order. */
    record Struct(List<Object> components) {
        Struct(Object... components) {
            this(Collections.unmodifiableList(Arrays.asList(components)));
        }

        @Override
        public String toString() {
            return "record" + components;
        }
    }

    /** What an element type of an array column is written as: values as above, of {@code javaType}. */
    private final Map<Class<?>, List<Object>> byJavaType = new LinkedHashMap<>();

    static MatrixValues of(Class<?> javaType, Object... values) {
        return new MatrixValues().or(javaType, values);
    }

    /** Values for the same SQL type when the generated code uses another Java type. */
    MatrixValues or(Class<?> javaType, Object... values) {
        byJavaType.put(javaType, Collections.unmodifiableList(Arrays.asList(values)));
        return this;
    }

    /** The values for {@code javaType} (boxed, or a generated enum/record), or null. */
    List<Object> forJavaType(Class<?> javaType) {
        Class<?> boxed = box(javaType);
        if (byJavaType.containsKey(boxed)) {
            return byJavaType.get(boxed);
        }
        if (javaType.isEnum() && byJavaType.containsKey(Label.class)) {
            return byJavaType.get(Label.class);
        }
        if (javaType.isRecord() && byJavaType.containsKey(Struct.class)) {
            return byJavaType.get(Struct.class);
        }
        return null;
    }

    /** The Java types that have values, for the "no values" message. */
    String javaTypes() {
        return byJavaType.keySet().stream().map(Class::getSimpleName).collect(Collectors.joining(", "));
    }

    /**
     * The matrix's values turned into objects of the generated type {@code target}: a {@link Label}
     * becomes the enum constant, a {@link Struct} the record, lists element by element.
     */
    static Object toJava(Object value, Type target) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            Type element = target instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            List<Object> out = new ArrayList<>();
            for (Object v : list) {
                out.add(toJava(v, element));
            }
            return out;
        }
        Class<?> raw = raw(target);
        if (value instanceof Label label && raw.isEnum()) {
            for (Object constant : raw.getEnumConstants()) {
                if (label.label().equals(labelOf(constant))) {
                    return constant;
                }
            }
            throw new IllegalArgumentException(
                    "enum " + raw.getName() + " has no constant for label '" + label.label() + "'");
        }
        if (value instanceof Struct struct && raw.isRecord()) {
            RecordComponent[] components = raw.getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                args[i] = toJava(struct.components().get(i), components[i].getGenericType());
                types[i] = components[i].getType();
            }
            try {
                return raw.getDeclaredConstructor(types).newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build " + raw.getName() + " from " + struct, e);
            }
        }
        return value;
    }

    /** The matrix form of a value read by generated code: enum constants as labels, records as structs. */
    static Object fromJava(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object v : list) {
                out.add(fromJava(v));
            }
            return out;
        }
        if (value.getClass().isEnum()) {
            return new Label(labelOf(value));
        }
        if (value.getClass().isRecord()) {
            List<Object> components = new ArrayList<>();
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                try {
                    components.add(fromJava(c.getAccessor().invoke(value)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return new Struct(Collections.unmodifiableList(components));
        }
        return value;
    }

    /**
     * Equality as the type means it: numbers by value ({@code BigDecimal} ignoring scale),
     * {@code byte[]} by content, {@code OffsetDateTime} by instant (the database may answer in
     * another offset), lists and records element by element; {@code Double}/{@code Float} equality
     * tells NaN as equal and 0.0 from -0.0, as the types do.
     */
    static boolean same(Object expected, Object actual) {
        if (expected == null || actual == null) {
            return expected == actual;
        }
        if (expected instanceof BigDecimal e && actual instanceof BigDecimal a) {
            return e.compareTo(a) == 0;
        }
        if (expected instanceof byte[] e && actual instanceof byte[] a) {
            return Arrays.equals(e, a);
        }
        if (expected instanceof OffsetDateTime e && actual instanceof OffsetDateTime a) {
            return e.isEqual(a);
        }
        if (expected instanceof List<?> e && actual instanceof List<?> a) {
            if (e.size() != a.size()) {
                return false;
            }
            for (int i = 0; i < e.size(); i++) {
                if (!same(e.get(i), a.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (expected instanceof Struct e && actual instanceof Struct a) {
            return same(e.components(), a.components());
        }
        if (expected instanceof PGobject e && actual instanceof PGobject a) {
            // pgjdbc's geometric classes compare doubles with ==; their text tells NaN and -0.0
            return e.getClass().equals(a.getClass()) && Objects.equals(e.getValue(), a.getValue());
        }
        return Objects.equals(expected, actual);
    }

    /** A value as a failure message shows it: strings quoted and escaped, bytes in hex, the Java type named. */
    static String show(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof String s) {
            StringBuilder out = new StringBuilder("\"");
            s.codePoints().forEach(cp -> {
                if (cp == '"' || cp == '\\') {
                    out.append('\\').appendCodePoint(cp);
                } else if (cp < 0x20 || cp > 0x7e) {
                    out.append(cp > 0xffff ? String.format("\\u{%x}", cp) : String.format("\\u%04x", cp));
                } else {
                    out.appendCodePoint(cp);
                }
            });
            return out.append('"').toString();
        }
        if (value instanceof byte[] bytes) {
            StringBuilder out = new StringBuilder("byte[]{");
            for (byte b : bytes) {
                out.append(String.format("%02x", b));
            }
            return out.append('}').toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(MatrixValues::show).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Label || value instanceof Struct) {
            return value.toString();
        }
        return value + " (" + value.getClass().getSimpleName() + ")";
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "boolean" -> Boolean.class;
            case "byte" -> Byte.class;
            case "short" -> Short.class;
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "float" -> Float.class;
            case "double" -> Double.class;
            case "char" -> Character.class;
            default -> throw new IllegalArgumentException(type.getName());
        };
    }

    private static String labelOf(Object constant) {
        try {
            Method label = constant.getClass().getMethod("label");
            return (String) label.invoke(constant);
        } catch (ReflectiveOperationException e) {
            return ((Enum<?>) constant).name();
        }
    }
}
