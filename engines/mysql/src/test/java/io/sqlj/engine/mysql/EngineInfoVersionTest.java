package io.sqlj.engine.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.engine.sdk.EngineVersion;
import org.junit.jupiter.api.Test;

/** The engine reports the version of the sqlj build it belongs to, not a hard-coded one. */
class EngineInfoVersionTest {

    @Test
    void reportsTheProjectVersion() {
        String version = new MysqlEngine().info().getVersion();
        assertEquals(EngineVersion.get(), version);
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+\\S*"), version);
    }
}
