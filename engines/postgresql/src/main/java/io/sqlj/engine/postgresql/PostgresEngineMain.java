package io.sqlj.engine.postgresql;

import io.sqlj.engine.sdk.EngineMain;

/** {@code postgresql parse | info | parse-batch}: the bundled PostgreSQL engine's entry point. */
public final class PostgresEngineMain {
    private PostgresEngineMain() {}

    public static void main(String[] args) {
        EngineMain.exit(new PostgresEngine(), args);
    }
}
