package io.sqlj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimingsTest {

    @Test
    void offUnlessTheEnvironmentSaysSo() {
        assertFalse(Timings.from(Map.of()).enabled());
        assertFalse(Timings.from(Map.of("SQLJ_TIMINGS", "0")).enabled());
        assertTrue(Timings.from(Map.of("SQLJ_TIMINGS", "1")).enabled());
    }

    @Test
    void offRecordsNothing() {
        Timings off = Timings.from(Map.of());
        assertEquals("x", off.time("config", () -> "x"));
        off.add("write", 5_000_000);
        off.addEngineLines("engine: ", "sqlj-timing resolve 12.5\n");
        assertEquals(List.of(), off.report());
    }

    @Test
    void reportsPhasesInOrderWithTheEnginesOwn() {
        Timings on = Timings.from(Map.of("SQLJ_TIMINGS", "1"));
        on.add("config", 1_500_000);
        on.addEngineLines("sql[0] engine: ", "warming up\nsqlj-timing resolve-3-queries 12.5\nsqlj-timing bad x\n");
        assertEquals(
                List.of(
                        "sqlj: timing      1.5 ms  config",
                        "sqlj: timing     12.5 ms  sql[0] engine: resolve-3-queries"),
                on.report());
    }
}
