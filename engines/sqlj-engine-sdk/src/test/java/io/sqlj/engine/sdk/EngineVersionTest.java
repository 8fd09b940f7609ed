package io.sqlj.engine.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

class EngineVersionTest {

    @Test
    void isTheProjectVersionTheBuildRecorded() {
        String expected = System.getProperty("sqlj.projectVersion");
        assertNotNull(expected, "surefire passes ${project.version}");
        assertEquals(expected, EngineVersion.get());
    }
}
