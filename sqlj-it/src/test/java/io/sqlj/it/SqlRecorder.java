package io.sqlj.it;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/** A connection that remembers the SQL of every statement prepared on it. */
final class SqlRecorder {
    final List<String> prepared = new ArrayList<>();
    final Connection connection;

    SqlRecorder(Connection target) {
        this.connection = (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement")) {
                        prepared.add((String) args[0]);
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    String last() {
        return prepared.get(prepared.size() - 1);
    }
}
