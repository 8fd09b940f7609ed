package io.sqlj.it;

import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Values of a generated method's declared Java types, for {@link EveryMethodRunsTest}, and the
 * check of what it returns against its declared types. Every value is "one" in its type (1, "1",
 * 2024-01-02, the first enum constant, a list of one), so a row inserted by one method is found by
 * the next one that looks it up by the same value.
 */
final class Synthesized {
    private Synthesized() {}

    static final class CannotSynthesize extends Exception {
        private static final long serialVersionUID = 1L;

        CannotSynthesize(String message) {
            super(message);
        }
    }

    /** What a user type made from a String (a converter's type) is made from: "1", else an e-mail address... */
    private static final List<String> STRINGS = List.of("1", "one@example.com", "one");

    /**
     * A {@code Consumer<T>} argument (a streaming method's callback): keeps what it is given, for
     * {@link #check}.
     */
    static final class Collecting implements java.util.function.Consumer<Object> {
        final AnnotatedType elementType;
        final List<Object> seen = new ArrayList<>();

        Collecting(AnnotatedType elementType) {
            this.elementType = elementType;
        }

        @Override
        public void accept(Object value) {
            seen.add(value);
        }
    }

    private static final boolean CHECK_NON_NULL = Boolean.getBoolean("sqlj.checkNonNull");

    private static final UUID ONE_UUID = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final LocalDate DAY = LocalDate.of(2024, 1, 2);
    private static final LocalTime TIME = LocalTime.of(12, 34, 56);

    /** Whether a type use is annotated {@code @Nullable} (any package) or is a boxed primitive. */
    static boolean nullable(AnnotatedType type) {
        return annotatedNullable(type) || type.getType() instanceof Class<?> c && isBox(c);
    }

    /** Whether a type use is annotated {@code @Nullable}: a type argument ({@code List<Long>}) is boxed only because Java says so. */
    static boolean annotatedNullable(AnnotatedType type) {
        for (var a : type.getAnnotations()) {
            if (a.annotationType().getSimpleName().equals("Nullable")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBox(Class<?> c) {
        return c == Integer.class
                || c == Long.class
                || c == Short.class
                || c == Byte.class
                || c == Double.class
                || c == Float.class
                || c == Boolean.class
                || c == Character.class;
    }

    /**
     * Which of the places a method's arguments may hold null (a {@code @Nullable} or boxed parameter,
     * record component, list element, an {@code Optional}) get it in one call: none, all, or only
     * the {@code only}-th in the order {@link #arguments} visits them. Counts the places it passes.
     */
    static final class Nulls {
        static final int NONE = -2;
        static final int ALL = -1;

        final int only;
        int places;
        String chosen = "";

        Nulls(int only) {
            this.only = only;
        }

        /** Whether the place of {@code type} just reached gets null. */
        boolean take(AnnotatedType type) {
            int place = places++;
            boolean take = only == ALL || only == place;
            if (only == place) {
                chosen = "#" + place + " " + type.getType().getTypeName().replaceAll("[\\w.]+\\.", "");
            }
            return take;
        }

        String label() {
            return only == NONE ? "" : only == ALL ? " (nulls)" : " (nulls only " + chosen + ")";
        }
    }

    /**
     * The calls to make of {@code m}: with values; when some place may be null, with null in every
     * such place; and when there are two or more, with null in each alone (so the others' values
     * reach the database with it: a row with one NULL column is written and read back by later
     * methods).
     */
    static List<Nulls> nullsPasses(Method m) {
        Nulls counting = new Nulls(Nulls.NONE);
        try {
            arguments(m, counting);
        } catch (CannotSynthesize e) {
            return List.of(new Nulls(Nulls.NONE));
        }
        List<Nulls> out = new ArrayList<>();
        out.add(new Nulls(Nulls.NONE));
        if (counting.places > 0) {
            out.add(new Nulls(Nulls.ALL));
        }
        if (counting.places > 1) {
            for (int i = 0; i < counting.places; i++) {
                out.add(new Nulls(i));
            }
        }
        return out;
    }

    static Object[] arguments(Method m, Nulls nulls) throws CannotSynthesize {
        AnnotatedType[] types = m.getAnnotatedParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            args[i] = value(types[i], nulls, 0);
        }
        return args;
    }

    static Object value(AnnotatedType annotated, Nulls nulls, int depth) throws CannotSynthesize {
        return value(annotated, nulls, depth, false);
    }

    /** {@code typeArgument}: a list's element, null only when annotated so. */
    static Object value(AnnotatedType annotated, Nulls nulls, int depth, boolean typeArgument) throws CannotSynthesize {
        if ((typeArgument ? annotatedNullable(annotated) : nullable(annotated)) && nulls.take(annotated)) {
            return null;
        }
        if (depth > 6) {
            throw new CannotSynthesize("nested too deep: " + annotated.getType());
        }
        Type type = annotated.getType();
        if (annotated instanceof AnnotatedParameterizedType p) {
            Class<?> raw = rawClass(p.getType());
            AnnotatedType[] args = p.getAnnotatedActualTypeArguments();
            if (isListLike(raw)) {
                List<Object> one = new ArrayList<>();
                one.add(value(args[0], nulls, depth + 1, true));
                return raw == Set.class ? new java.util.LinkedHashSet<>(one) : one;
            }
            if (raw == java.util.function.Consumer.class) {
                return new Collecting(args[0]);
            }
            if (raw == Optional.class) {
                return nulls.take(annotated) ? Optional.empty() : Optional.of(value(args[0], nulls, depth + 1));
            }
            if (raw == Map.class) {
                Map<Object, Object> map = new java.util.LinkedHashMap<>();
                map.put(value(args[0], new Nulls(Nulls.NONE), depth + 1, true), value(args[1], nulls, depth + 1, true));
                return map;
            }
            throw new CannotSynthesize(type.getTypeName());
        }
        if (annotated instanceof AnnotatedArrayType array && type instanceof Class<?> c && c != byte[].class) {
            Object out = Array.newInstance(c.getComponentType(), 1);
            Array.set(out, 0, value(array.getAnnotatedGenericComponentType(), nulls, depth + 1, true));
            return out;
        }
        if (!(type instanceof Class<?> c)) {
            throw new CannotSynthesize(type.getTypeName());
        }
        return ofClass(c, nulls, depth);
    }

    private static Object ofClass(Class<?> c, Nulls nulls, int depth) throws CannotSynthesize {
        if (c == int.class || c == Integer.class) {
            return 1;
        }
        if (c == long.class || c == Long.class) {
            return 1L;
        }
        if (c == short.class || c == Short.class) {
            return (short) 1;
        }
        if (c == byte.class || c == Byte.class) {
            return (byte) 1;
        }
        if (c == double.class || c == Double.class) {
            return 1.0;
        }
        if (c == float.class || c == Float.class) {
            return 1.0f;
        }
        if (c == boolean.class || c == Boolean.class) {
            return true;
        }
        if (c == char.class || c == Character.class) {
            return '1';
        }
        if (c == String.class || c == Object.class || c == CharSequence.class) {
            return "1";
        }
        if (c == byte[].class) {
            return new byte[] {1};
        }
        if (c == BigDecimal.class) {
            return BigDecimal.ONE;
        }
        if (c == BigInteger.class) {
            return BigInteger.ONE;
        }
        if (c == UUID.class) {
            return ONE_UUID;
        }
        if (c == LocalDate.class) {
            return DAY;
        }
        if (c == LocalTime.class) {
            return TIME;
        }
        if (c == LocalDateTime.class) {
            return LocalDateTime.of(DAY, TIME);
        }
        if (c == OffsetDateTime.class) {
            return OffsetDateTime.of(DAY, TIME, ZoneOffset.UTC);
        }
        if (c == OffsetTime.class) {
            return OffsetTime.of(TIME, ZoneOffset.UTC);
        }
        if (c == ZonedDateTime.class) {
            return ZonedDateTime.of(DAY, TIME, ZoneOffset.UTC);
        }
        if (c == Instant.class) {
            return OffsetDateTime.of(DAY, TIME, ZoneOffset.UTC).toInstant();
        }
        if (c == Duration.class) {
            return Duration.ofSeconds(1);
        }
        if (c == Period.class) {
            return Period.ofDays(1);
        }
        if (c == java.sql.Date.class) {
            return java.sql.Date.valueOf(DAY);
        }
        if (c == java.sql.Time.class) {
            return java.sql.Time.valueOf(TIME);
        }
        if (c == java.sql.Timestamp.class) {
            return java.sql.Timestamp.valueOf(LocalDateTime.of(DAY, TIME));
        }
        if (c.isEnum()) {
            Object[] constants = c.getEnumConstants();
            if (constants.length == 0) {
                throw new CannotSynthesize("enum " + c.getName() + " has no constant");
            }
            return constants[0];
        }
        if (c.isRecord()) {
            RecordComponent[] components = c.getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                args[i] = value(components[i].getAnnotatedType(), nulls, depth + 1);
                types[i] = components[i].getType();
            }
            try {
                return construct(c, types, args);
            } catch (CannotSynthesize refused) {
                // a record that checks its text (an e-mail address): its String components from the other STRINGS
                for (String text : STRINGS.subList(1, STRINGS.size())) {
                    Object[] again = args.clone();
                    for (int i = 0; i < again.length; i++) {
                        if ("1".equals(again[i])) {
                            again[i] = text;
                        }
                    }
                    try {
                        return construct(c, types, again);
                    } catch (CannotSynthesize next) {
                        // the next text
                    }
                }
                throw refused;
            }
        }
        Object geometric = postgresGeometric(c);
        if (geometric != null) {
            return geometric;
        }
        List<String> refused = new ArrayList<>();
        for (String text : STRINGS) {
            for (String factory : List.of("valueOf", "of", "parse", "from")) {
                try {
                    Method m = c.getMethod(factory, String.class);
                    if (Modifier.isStatic(m.getModifiers()) && c.isAssignableFrom(m.getReturnType())) {
                        return m.invoke(null, text);
                    }
                } catch (NoSuchMethodException e) {
                    // next
                } catch (ReflectiveOperationException e) {
                    refused.add(factory + "(\"" + text + "\"): " + e.getCause());
                }
            }
            try {
                return c.getConstructor(String.class).newInstance(text);
            } catch (NoSuchMethodException e) {
                // next
            } catch (ReflectiveOperationException e) {
                refused.add("new(\"" + text + "\"): " + e.getCause());
            }
        }
        throw new CannotSynthesize(c.getName() + (refused.isEmpty() ? "" : " " + refused));
    }

    private static Object construct(Class<?> c, Class<?>[] types, Object[] args) throws CannotSynthesize {
        try {
            Constructor<?> ctor = c.getDeclaredConstructor(types);
            ctor.setAccessible(true);
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new CannotSynthesize(c.getName() + ": its constructor threw " + e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new CannotSynthesize(c.getName() + ": " + e);
        }
    }

    private static Object postgresGeometric(Class<?> c) {
        org.postgresql.geometric.PGpoint a = new org.postgresql.geometric.PGpoint(0, 0);
        org.postgresql.geometric.PGpoint b = new org.postgresql.geometric.PGpoint(1, 1);
        org.postgresql.geometric.PGpoint d = new org.postgresql.geometric.PGpoint(2, 0);
        if (c == org.postgresql.geometric.PGpoint.class) {
            return b;
        }
        if (c == org.postgresql.geometric.PGbox.class) {
            return new org.postgresql.geometric.PGbox(a, b);
        }
        if (c == org.postgresql.geometric.PGcircle.class) {
            return new org.postgresql.geometric.PGcircle(1, 1, 1);
        }
        if (c == org.postgresql.geometric.PGline.class) {
            return new org.postgresql.geometric.PGline(1, -1, 0);
        }
        if (c == org.postgresql.geometric.PGlseg.class) {
            return new org.postgresql.geometric.PGlseg(a, b);
        }
        if (c == org.postgresql.geometric.PGpath.class) {
            return new org.postgresql.geometric.PGpath(new org.postgresql.geometric.PGpoint[] {a, b, d}, false);
        }
        if (c == org.postgresql.geometric.PGpolygon.class) {
            return new org.postgresql.geometric.PGpolygon(new org.postgresql.geometric.PGpoint[] {a, b, d});
        }
        return null;
    }

    static boolean isListLike(Class<?> raw) {
        return raw == List.class || raw == Collection.class || raw == Iterable.class || raw == Set.class;
    }

    static Class<?> rawClass(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p) {
            return rawClass(p.getRawType());
        }
        if (t instanceof WildcardType w) {
            return rawClass(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    private static Class<?> boxed(Class<?> c) {
        if (!c.isPrimitive()) {
            return c;
        }
        return switch (c.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "boolean" -> Boolean.class;
            case "char" -> Character.class;
            default -> Void.class;
        };
    }

    /**
     * Walks {@code value} (what a method returned, a record component...) against its declared type,
     * adding a line to {@code problems} for each value that is not of it. Consumes and closes a
     * returned stream or iterator.
     */
    static void check(Object value, AnnotatedType declared, String path, List<String> problems) {
        check(value, declared, path, problems, CHECK_NON_NULL);
    }

    /** {@code nonNull}: a null where the type is neither {@code @Nullable} nor boxed is a problem too. */
    static void check(Object value, AnnotatedType declared, String path, List<String> problems, boolean nonNull) {
        Type type = declared.getType();
        Class<?> raw = rawClass(type);
        if (raw == void.class || raw == Void.class) {
            return;
        }
        if (value == null) {
            // Meaningful only for code generated with nullability annotations, where a type without
            // @Nullable is the engine's word that the value is never NULL (EveryMethodRunsTest turns
            // it on for those; -Dsqlj.checkNonNull=true for all).
            if (nonNull && !(declared.getType() instanceof Class<?> c && c.isPrimitive()) && !nullable(declared)) {
                problems.add(path + " is null, declared non-null " + type.getTypeName());
            }
            return;
        }
        if (!boxed(raw).isInstance(value)) {
            problems.add(path + " is a " + value.getClass().getName() + ", declared " + type.getTypeName());
            return;
        }
        AnnotatedType[] args =
                declared instanceof AnnotatedParameterizedType p ? p.getAnnotatedActualTypeArguments() : null;
        if (value instanceof Stream<?> stream) {
            try (stream) {
                List<?> all = stream.toList();
                for (int i = 0; i < all.size(); i++) {
                    check(all.get(i), args[0], path + "[" + i + "]", problems, nonNull);
                }
            }
            return;
        }
        if (value instanceof Iterator<?> it && args != null) {
            int i = 0;
            while (it.hasNext()) {
                check(it.next(), args[0], path + "[" + i++ + "]", problems, nonNull);
            }
            if (it instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    problems.add(path + ": close threw " + e);
                }
            }
            return;
        }
        if (value instanceof Iterable<?> list && args != null) {
            int i = 0;
            for (Object element : list) {
                check(element, args[0], path + "[" + i++ + "]", problems, nonNull);
            }
            return;
        }
        if (value instanceof Optional<?> optional && args != null) {
            optional.ifPresent(v -> check(v, args[0], path + ".get()", problems, nonNull));
            return;
        }
        if (value instanceof Map<?, ?> map && args != null) {
            map.forEach((k, v) -> {
                check(k, args[0], path + ".key", problems, nonNull);
                check(v, args[1], path + "[" + k + "]", problems, nonNull);
            });
            return;
        }
        if (value instanceof Record record) {
            for (RecordComponent rc : record.getClass().getRecordComponents()) {
                Object component;
                try {
                    rc.getAccessor().setAccessible(true);
                    component = rc.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    problems.add(path + "." + rc.getName() + "(): " + e);
                    continue;
                }
                check(component, rc.getAnnotatedType(), path + "." + rc.getName(), problems, nonNull);
            }
            return;
        }
        if (value.getClass().isArray() && declared instanceof AnnotatedArrayType array && !(value instanceof byte[])) {
            for (int i = 0; i < Array.getLength(value); i++) {
                check(
                        Array.get(value, i),
                        array.getAnnotatedGenericComponentType(),
                        path + "[" + i + "]",
                        problems,
                        nonNull);
            }
        }
    }
}
