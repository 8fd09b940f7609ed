package io.sqlj.it;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** A DataSource over a connection factory that counts the connections it handed out and not yet closed. */
final class CountingDataSource implements DataSource {

    /** Opens a new physical connection. */
    interface Opener {
        Connection open() throws SQLException;
    }

    private final Opener opener;
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger taken = new AtomicInteger();

    CountingDataSource(Opener opener) {
        this.opener = opener;
    }

    /** Connections handed out and not closed. */
    int open() {
        return open.get();
    }

    /** Connections handed out in all. */
    int taken() {
        return taken.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection real = opener.open();
        open.incrementAndGet();
        taken.incrementAndGet();
        boolean[] closed = {false};
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close") && !closed[0]) {
                        closed[0] = true;
                        open.decrementAndGet();
                    }
                    if (method.getName().equals("isWrapperFor")
                            || method.getName().equals("unwrap")) {
                        // unwrap to the driver's connection: pgjdbc's COPY path needs its PGConnection
                        return method.getName().equals("unwrap")
                                ? real.unwrap((Class<?>) args[0])
                                : real.isWrapperFor((Class<?>) args[0]);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
