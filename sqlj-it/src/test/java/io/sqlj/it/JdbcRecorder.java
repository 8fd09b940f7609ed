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
import java.util.Arrays;
import java.util.List;

/**
 * Wraps a JDBC connection so that every call made through it, and through the statements and
 * result sets it hands out, is written down in order: {@code PreparedStatement.setLong(1, 7)}.
 * Calls of {@link Object}'s own methods are not JDBC work and are not recorded.
 */
final class JdbcRecorder {

    private final List<String> calls = new ArrayList<>();

    Connection wrap(Connection connection) {
        return proxy(Connection.class, connection);
    }

    List<String> calls() {
        return List.copyOf(calls);
    }

    void clear() {
        calls.clear();
    }

    private <T> T proxy(Class<T> type, Object target) {
        InvocationHandler handler = (self, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(target, args);
            }
            calls.add(type.getSimpleName() + "." + method.getName() + "(" + describe(args) + ")");
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return wrapResult(method, result);
        };
        return type.cast(Proxy.newProxyInstance(JdbcRecorder.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private Object wrapResult(Method method, Object result) {
        if (result instanceof ResultSet rs) {
            return proxy(ResultSet.class, rs);
        }
        if (result instanceof PreparedStatement ps && method.getReturnType() == PreparedStatement.class) {
            return proxy(PreparedStatement.class, ps);
        }
        if (result instanceof Statement s && method.getReturnType() == Statement.class) {
            return proxy(Statement.class, s);
        }
        return result;
    }

    private static String describe(Object[] args) {
        if (args == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Object arg : args) {
            if (arg instanceof String s) {
                parts.add('"' + s + '"');
            } else if (arg instanceof Object[] array) {
                parts.add(Arrays.deepToString(array));
            } else if (arg instanceof byte[] bytes) {
                parts.add(Arrays.toString(bytes));
            } else if (arg instanceof Class<?> c) {
                parts.add(c.getSimpleName() + ".class");
            } else {
                parts.add(String.valueOf(arg));
            }
        }
        return String.join(", ", parts);
    }
}
