package io.sqlj.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.sqlj.core.Diagnostic;
import io.sqlj.core.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One entry of {@code options.overrides}: a Java type for a database type or for one column.
 *
 * @param dbType the normalized database type it applies to ({@code text}), or null
 * @param column the {@code table.column} it applies to, lower case, or null
 * @param javaType the type of components and arguments
 * @param converter a class with {@code static J fromDb(D)} and {@code static D toDb(J)}, where
 *     {@code D} is the type sqlj would use without the override; null to read and bind the
 *     value with {@code getObject(i, J.class)} and {@code setObject}
 * @param nullable sqlc's {@code nullable}: with {@code javaType}, the entry applies only to values
 *     that are nullable ({@code true}) or not ({@code false}); without {@code javaType} the entry
 *     only sets the values' nullability; null: any
 */
record TypeOverride(
        @Nullable String dbType,
        @Nullable String column,
        @Nullable TypeName javaType,
        @Nullable ClassName converter,
        @Nullable Boolean nullable) {

    /** Whether the entry gives a Java type, rather than only a nullability. */
    boolean hasType() {
        return javaType != null;
    }

    /** Whether a Java-type entry applies to a value of this nullability. */
    boolean appliesTo(boolean valueNullable) {
        return nullable == null || nullable == valueNullable;
    }

    static final String KEY = "overrides";
    static final Set<String> FIELDS = Set.of("db_type", "column", "java_type", "converter", "nullable");

    /** Reads {@code overrides:}; adds an error naming the bad value for each wrong entry. */
    static List<TypeOverride> parse(@Nullable Object value, Location at, List<Diagnostic> out) {
        List<TypeOverride> overrides = new ArrayList<>();
        if (value == null) {
            return overrides;
        }
        if (!(value instanceof List<?> entries)) {
            out.add(Diagnostic.error(
                    at,
                    "option \"overrides\" must be a list of entries such as"
                            + " {db_type: TEXT, java_type: com.acme.Email, converter: com.acme.EmailConverter}"));
            return overrides;
        }
        for (int i = 0; i < entries.size(); i++) {
            entry(entries.get(i), "overrides[" + i + "]", at, out).ifPresent(overrides::add);
        }
        return overrides;
    }

    private static Optional<TypeOverride> entry(Object raw, String where, Location at, List<Diagnostic> out) {
        if (!(raw instanceof Map<?, ?> map)) {
            out.add(Diagnostic.error(at, where + " must be a map with db_type or column, and java_type"));
            return Optional.empty();
        }
        int errors = out.size();
        for (Object key : map.keySet()) {
            if (!FIELDS.contains(String.valueOf(key))) {
                out.add(Diagnostic.error(
                        at,
                        where + " has unknown key \"" + key
                                + "\"; valid keys: column, converter, db_type, java_type, nullable"));
            }
        }
        String dbType = string(map, "db_type", where, at, out);
        String column = string(map, "column", where, at, out);
        String javaType = string(map, "java_type", where, at, out);
        String converter = string(map, "converter", where, at, out);
        if ((dbType == null) == (column == null)) {
            out.add(Diagnostic.error(
                    at,
                    where + " needs exactly one of db_type (such as TEXT) and column" + " (such as authors.email)"));
        }
        if (column != null && !column.matches("[^.\\s]+\\.[^.\\s]+")) {
            out.add(Diagnostic.error(at, where + ": column must be table.column, got \"" + column + "\""));
        }
        Object nullableValue = map.get("nullable");
        if (nullableValue != null && !(nullableValue instanceof Boolean)) {
            out.add(Diagnostic.error(at, where + ": nullable must be true or false, got " + nullableValue));
        }
        Boolean nullable = nullableValue instanceof Boolean b ? b : null;
        Optional<TypeName> type = javaType == null ? Optional.empty() : JavaTypes.parse(javaType);
        if (javaType == null && nullable == null) {
            out.add(Diagnostic.error(
                    at,
                    where + " needs java_type, such as java_type: com.acme.Email (or"
                            + " only nullable: true or false, to change whether values may be null)"));
        } else if (javaType == null && converter != null) {
            out.add(Diagnostic.error(at, where + ": converter needs java_type"));
        } else if (javaType == null) {
            // a nullability-only entry
        } else if (type.isEmpty()) {
            out.add(Diagnostic.error(
                    at, where + ": java_type is not a fully qualified Java type: \"" + javaType + "\""));
        }
        Optional<TypeName> conv = converter == null ? Optional.empty() : JavaTypes.parse(converter);
        if (converter != null && !(conv.orElse(null) instanceof ClassName)) {
            out.add(Diagnostic.error(
                    at, where + ": converter is not a fully qualified class name: \"" + converter + "\""));
        }
        if (converter == null
                && type.isPresent()
                && !(type.get() instanceof ClassName)
                && !type.get().isPrimitive()
                && !type.get().equals(TypeName.get(byte[].class))) {
            out.add(Diagnostic.error(
                    at,
                    where + ": java_type \"" + javaType + "\" needs a converter;"
                            + " without one only classes, primitives and byte[] can be read with getObject"));
        }
        if (out.size() > errors) {
            return Optional.empty();
        }
        return Optional.of(new TypeOverride(
                dbType == null ? null : TypeMapper.normalize(dbType),
                column == null ? null : column.toLowerCase(Locale.ROOT),
                type.orElse(null),
                (ClassName) conv.orElse(null),
                nullable));
    }

    private static @Nullable String string(Map<?, ?> map, String key, String where, Location at, List<Diagnostic> out) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text) || text.isBlank()) {
            out.add(Diagnostic.error(at, where + ": " + key + " must be a string, got " + value));
            return null;
        }
        return text.strip();
    }
}
