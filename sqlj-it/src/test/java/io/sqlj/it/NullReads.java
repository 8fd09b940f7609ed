package io.sqlj.it;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Wraps a JDBC connection to catch a column the generated code reads as non-null that the
 * database returns NULL: a primitive getter ({@code getInt}, {@code getLong}...) that reads SQL NULL
 * and is not followed by {@code wasNull()} on the same result set. Generated code reads a column
 * the engine declares non-null with a bare primitive getter (so a NULL would silently become
 * {@code 0} or {@code false}) and a nullable one with the getter and {@code wasNull()}, so this is
 * exactly "the engine said NOT NULL and the database said NULL". Objects read as null are checked
 * against their declared type by {@link Synthesized#check} where the code carries nullability
 * annotations.
 */
final class NullReads {

    private static final Set<String> PRIMITIVE_GETTERS =
            Set.of("getInt", "getLong", "getShort", "getByte", "getDouble", "getFloat", "getBoolean");

    private final List<String> found = new ArrayList<>();

    Connection wrap(Connection connection) {
        return proxy(Connection.class, connection);
    }

    /** What was read as non-null and came back NULL since the last call, emptied. */
    List<String> drain() {
        List<String> out = List.copyOf(found);
        found.clear();
        return out;
    }

    /**
     * DuckDB types that travel as text ({@code text_form}) and whose text {@code "1"}, the value
     * {@link Synthesized} gives every {@code String}, is not one: a {@code setString(i, "1")} (or
     * {@code setObject(i, "1", Types.VARCHAR)}) for a
     * parameter DuckDB types so binds this instead, so that the call reaches the database with a
     * value of the parameter's type rather than ending as a conversion error every time.
     */
    static final java.util.Map<String, String> TEXT_FORMS = java.util.Map.of(
            "TIMESTAMP_NS", "2024-01-02 12:34:56.123456789",
            "TIME_NS", "12:34:56.123456789",
            "TIME WITH TIME ZONE", "12:34:56+00",
            "TIMETZ", "12:34:56+00");

    private <T> T proxy(Class<T> type, Object target) {
        InvocationHandler handler = type == ResultSet.class
                ? new Reads((ResultSet) target)
                : (self, method, args) -> {
                    Object[] call = args;
                    if (target instanceof PreparedStatement ps
                            && target.getClass().getName().startsWith("org.duckdb.")
                            && (method.getName().equals("setString")
                                    || method.getName().equals("setObject"))
                            && "1".equals(args[1])
                            && args[0] instanceof Integer index) {
                        String sqlType = parameterType(ps, index);
                        if (TEXT_FORMS.containsKey(sqlType)) {
                            call = args.clone();
                            call[1] = TEXT_FORMS.get(sqlType);
                        }
                    }
                    Object result;
                    try {
                        result = method.invoke(target, call);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (result instanceof ResultSet rs && method.getReturnType() == ResultSet.class) {
                        return proxy(ResultSet.class, rs);
                    }
                    if (result instanceof PreparedStatement ps && method.getReturnType() == PreparedStatement.class) {
                        return proxy(PreparedStatement.class, ps);
                    }
                    if (result instanceof Statement s && method.getReturnType() == Statement.class) {
                        return proxy(Statement.class, s);
                    }
                    return result;
                };
        return type.cast(Proxy.newProxyInstance(NullReads.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static String parameterType(PreparedStatement ps, int index) {
        try {
            String name = ps.getParameterMetaData().getParameterTypeName(index);
            return name == null ? "" : name.toUpperCase(java.util.Locale.ROOT);
        } catch (java.sql.SQLException | RuntimeException e) {
            return "";
        }
    }

    /** One result set: a primitive read of NULL waits for {@code wasNull()}; any other call first makes it a finding. */
    private final class Reads implements InvocationHandler {
        private final ResultSet target;
        private String pending;

        Reads(ResultSet target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object self, Method method, Object[] args) throws Throwable {
            if (method.getName().equals("wasNull")) {
                pending = null;
            } else if (pending != null) {
                found.add(pending);
                pending = null;
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (PRIMITIVE_GETTERS.contains(method.getName()) && args != null && args.length == 1 && target.wasNull()) {
                String column =
                        args[0] instanceof Integer i ? target.getMetaData().getColumnLabel(i) : String.valueOf(args[0]);
                pending = "column " + column + " (" + args[0] + ") is NULL, read as non-null with " + method.getName();
            }
            return result;
        }
    }
}
