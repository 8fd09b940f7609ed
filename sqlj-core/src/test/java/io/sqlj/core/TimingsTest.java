package io.sqlj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        on.addFigure("config", 1_500_000);
        on.addEngineLines("sql[0] engine: ", "warming up\nsqlj-timing resolve-3-queries 12.5\nsqlj-timing bad x\n");
        assertEquals(
                List.of(
                        "sqlj: timing      1.5 ms  config",
                        "sqlj: timing     12.5 ms  sql[0] engine: resolve-3-queries"),
                on.report());
    }

    /** {@code sqlj: at <start> .. <end> ms  <phase>}: the start, the end and the phase of a timeline line. */
    private static final Pattern AT = Pattern.compile("sqlj: at +(-?[\\d.]+) \\.\\. +(-?[\\d.]+) ms  (.*)");

    @Test
    void spansAreAlsoOnATimelineByStartAfterTheDurationsWhichKeepTheirForm() {
        Timings on = Timings.from(Map.of("SQLJ_TIMINGS", "1"));
        long t0 = System.nanoTime();
        on.span("second", t0 + 30_000_000, t0 + 50_000_000);
        on.span("first", t0, t0 + 10_000_000);
        on.addFigure("cpu", 7_000_000);
        on.addEngineLine("sql[0] engine: ", "sqlj-timing resolve 5.0", t0 + 40_000_000);
        on.addEngineLine("sql[0] engine: ", "not a timing line", t0);
        List<String> report = on.report();
        assertEquals(
                List.of(
                        "sqlj: timing     20.0 ms  second",
                        "sqlj: timing     10.0 ms  first",
                        "sqlj: timing      7.0 ms  cpu",
                        "sqlj: timing      5.0 ms  sql[0] engine: resolve"),
                report.subList(0, 4));
        List<Matcher> timeline = report.subList(4, report.size()).stream()
                .map(AT::matcher)
                .filter(Matcher::matches)
                .toList();
        assertEquals(3, timeline.size(), String.join("\n", report));
        assertEquals(
                List.of("first", "second", "sql[0] engine: resolve"),
                timeline.stream().map(m -> m.group(3)).toList());
        double first = Double.parseDouble(timeline.get(0).group(1));
        // offsets are from this JVM's start, the engine's line ends when it was read
        assertTrue(first > 0, report.get(4));
        assertEquals(first + 10, Double.parseDouble(timeline.get(0).group(2)), 0.11);
        assertEquals(first + 30, Double.parseDouble(timeline.get(1).group(1)), 0.11);
        assertEquals(first + 50, Double.parseDouble(timeline.get(1).group(2)), 0.11);
        assertEquals(first + 35, Double.parseDouble(timeline.get(2).group(1)), 0.11);
        assertEquals(first + 40, Double.parseDouble(timeline.get(2).group(2)), 0.11);
    }

    @Test
    void theLaunchersPartEndsWhereTheJvmStarted() {
        Timings on = Timings.from(Map.of("SQLJ_TIMINGS", "1"));
        // the JVM's start as Timings takes it: its uptime's origin (getStartTime() is later, after init)
        long jvmStart = System.currentTimeMillis()
                - ManagementFactory.getRuntimeMXBean().getUptime();
        // bash's EPOCHREALTIME in a locale with a decimal comma, 40 ms before the JVM's start
        String launched =
                String.format(java.util.Locale.ROOT, "%d,%06d", (jvmStart - 40) / 1000, (jvmStart - 40) % 1000 * 1000);
        on.addJvmStart("jvm start to here", Map.of("SQLJ_LAUNCHED_AT", launched));
        List<String> report = on.report();
        List<Matcher> timeline =
                report.stream().map(AT::matcher).filter(Matcher::matches).toList();
        Matcher launcher = timeline.get(0);
        assertEquals("launcher, before the JVM started", launcher.group(3), String.join("\n", report));
        // the two readings of the clocks may be a millisecond apart
        assertEquals(-40, Double.parseDouble(launcher.group(1)), 2.0);
        assertEquals("0.0", launcher.group(2));
        Matcher jvm = timeline.get(1);
        assertEquals("jvm start to here", jvm.group(3));
        assertEquals("0.0", jvm.group(1));
        // no launcher phase without the variable, or with garbage in it
        Timings bare = Timings.from(Map.of("SQLJ_TIMINGS", "1"));
        bare.addJvmStart("jvm start to here", Map.of("SQLJ_LAUNCHED_AT", "soon"));
        assertTrue(bare.report().stream().noneMatch(l -> l.contains("launcher")), String.join("\n", bare.report()));
    }
}
