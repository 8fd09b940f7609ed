package io.sqlj.engine.mysql;

import io.sqlj.engine.sdk.EngineMain;

/** {@code mysql parse | info | parse-batch}: the bundled MySQL/MariaDB engine's entry point. */
public final class MysqlEngineMain {
    private MysqlEngineMain() {}

    public static void main(String[] args) {
        EngineMain.exit(new MysqlEngine(), args);
    }
}
