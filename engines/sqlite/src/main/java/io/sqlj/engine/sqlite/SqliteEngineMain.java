package io.sqlj.engine.sqlite;

import io.sqlj.engine.sdk.EngineMain;

/** {@code java io.sqlj.engine.sqlite.SqliteEngineMain parse|info|parse-batch}. */
public final class SqliteEngineMain {
    private SqliteEngineMain() {}

    public static void main(String[] args) {
        EngineMain.exit(new SqliteEngine(), args);
    }
}
