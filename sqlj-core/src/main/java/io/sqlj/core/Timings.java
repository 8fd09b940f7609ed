package io.sqlj.core;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/**
 * An opt-in breakdown of where a run spends its time, turned on by {@code SQLJ_TIMINGS=1} in the
 * environment. Phases are recorded in the order they end, from any thread (blocks run side by
 * side); engines built on the SDK add their own phases as {@code sqlj-timing <phase> <ms>} lines
 * on stderr, which {@link #addEngineLines} picks up. Off, every method does nothing.
 *
 * <p>Besides each phase's duration, a phase that is a span of time (not a CPU or busy figure) has
 * its place on a timeline: when it started and ended, in milliseconds since this JVM started
 * (docs/performance.md, "SQLJ_TIMINGS"). An engine's phases are placed by when sqlj read their line,
 * which the engine prints as each phase ends.
 */
public final class Timings {

    /** The environment variable that turns timings on, passed on to engines too. */
    public static final String ENV = "SQLJ_TIMINGS";
    /** How an engine reports a phase on stderr: {@code sqlj-timing <phase> <milliseconds>}. */
    public static final String ENGINE_LINE = "sqlj-timing ";
    /**
     * Set by the launchers ({@code ./sqlj}, the distribution's {@code bin/sqlj}) when timings are on:
     * the launcher's start, in seconds since the epoch with a fraction (bash's {@code EPOCHREALTIME}).
     */
    public static final String LAUNCHED_AT_ENV = "SQLJ_LAUNCHED_AT";

    /**
     * @param startMillis when the phase started, in ms since the JVM's start; NaN for a figure that is
     *     not a span of time (CPU time, a thread's busy time)
     */
    private record Phase(String name, double millis, double startMillis) {
        boolean onTimeline() {
            return !Double.isNaN(startMillis);
        }
    }

    private final boolean enabled;
    /** {@link System#nanoTime()} at this JVM's start (to the millisecond), when enabled. */
    private final long origin;
    /** This JVM's start in ms since the epoch, when enabled. */
    private final long originEpochMillis;

    private final Queue<Phase> phases = new ConcurrentLinkedQueue<>();

    private Timings(boolean enabled) {
        this.enabled = enabled;
        long uptime = enabled ? ManagementFactory.getRuntimeMXBean().getUptime() : 0;
        this.origin = System.nanoTime() - uptime * 1_000_000;
        this.originEpochMillis = System.currentTimeMillis() - uptime;
    }

    /** On when {@code env} has {@code SQLJ_TIMINGS} set to anything but empty or {@code 0}. */
    public static Timings from(Map<String, String> env) {
        return new Timings(on(env));
    }

    /** Whether {@code env} turns timings on. */
    public static boolean on(Map<String, String> env) {
        String value = env.getOrDefault(ENV, "");
        return !value.isEmpty() && !value.equals("0");
    }

    public boolean enabled() {
        return enabled;
    }

    /** Records a span of {@code nanos} that ends now. */
    public void add(String phase, long nanos) {
        if (enabled) {
            long now = System.nanoTime();
            phases.add(new Phase(phase, nanos / 1e6, offset(now - nanos)));
        }
    }

    /** Records a span from {@code startNanos} to {@code endNanos} ({@link System#nanoTime()}). */
    public void span(String phase, long startNanos, long endNanos) {
        if (enabled) {
            phases.add(new Phase(phase, (endNanos - startNanos) / 1e6, offset(startNanos)));
        }
    }

    /** Records a figure that is not a span of time (CPU time, a thread's busy time): no place on the timeline. */
    public void addFigure(String phase, long nanos) {
        if (enabled) {
            phases.add(new Phase(phase, nanos / 1e6, Double.NaN));
        }
    }

    public <T> T time(String phase, Supplier<T> body) {
        long start = System.nanoTime();
        try {
            return body.get();
        } finally {
            if (enabled) {
                span(phase, start, System.nanoTime());
            }
        }
    }

    /**
     * Records the time from this JVM's start to now as {@code phase}, and, when {@code env} has the
     * launcher's start ({@link #LAUNCHED_AT_ENV}), the launcher's part before the JVM.
     */
    public void addJvmStart(String phase, Map<String, String> env) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        phases.add(new Phase(phase, (now - origin) / 1e6, 0));
        String launched = env.getOrDefault(LAUNCHED_AT_ENV, "");
        if (!launched.isEmpty()) {
            try {
                // EPOCHREALTIME has the locale's decimal separator
                double launchedMillis = Double.parseDouble(launched.replace(',', '.')) * 1000;
                double before = originEpochMillis - launchedMillis;
                if (before >= 0 && before < 60_000) {
                    phases.add(new Phase("launcher, before the JVM started", before, -before));
                }
            } catch (NumberFormatException e) {
                // not a time: no launcher phase
            }
        }
    }

    /** Records the {@code sqlj-timing} lines of an engine's stderr, each phase named {@code prefix + phase}. */
    public void addEngineLines(String prefix, String stderr) {
        if (!enabled) {
            return;
        }
        for (String line : stderr.split("\n")) {
            engineLine(prefix, line, Double.NaN);
        }
    }

    /**
     * Records one line of an engine's stderr when it is a {@code sqlj-timing} line, read by sqlj at
     * {@code receivedNanos} ({@link System#nanoTime()}): on the timeline it ends then, as an engine
     * prints each phase's line when the phase ends.
     */
    public void addEngineLine(String prefix, String line, long receivedNanos) {
        if (enabled) {
            engineLine(prefix, line, offset(receivedNanos));
        }
    }

    private void engineLine(String prefix, String line, double receivedMillis) {
        String[] parts = line.strip().split(" ");
        if (parts.length == 3 && line.startsWith(ENGINE_LINE)) {
            try {
                double millis = Double.parseDouble(parts[2]);
                phases.add(new Phase(prefix + parts[1], millis, receivedMillis - millis));
            } catch (NumberFormatException e) {
                // Not a timing line after all: engines may print anything on stderr.
            }
        }
    }

    private double offset(long nanoTime) {
        return (nanoTime - origin) / 1e6;
    }

    /** The milliseconds recorded for phases whose name ends with {@code suffix}, added up; 0 when off. */
    public double millis(String suffix) {
        return phases.stream()
                .filter(p -> p.name().endsWith(suffix))
                .mapToDouble(Phase::millis)
                .sum();
    }

    /**
     * One line per phase, {@code sqlj: timing <ms> ms  <phase>}, in the order they ended; then the
     * timeline, one line per span of time by start, {@code sqlj: at <start> .. <end> ms  <phase>}
     * (ms since this JVM's start); empty when off.
     */
    public List<String> report() {
        List<String> lines = new ArrayList<>();
        List<Phase> all = List.copyOf(phases);
        for (Phase p : all) {
            lines.add(String.format(Locale.ROOT, "sqlj: timing %8.1f ms  %s", p.millis(), p.name()));
        }
        all.stream()
                .filter(Phase::onTimeline)
                .sorted(Comparator.comparingDouble(Phase::startMillis))
                .forEach(p -> lines.add(String.format(
                        Locale.ROOT,
                        "sqlj: at %8.1f .. %8.1f ms  %s",
                        p.startMillis(),
                        p.startMillis() + p.millis(),
                        p.name())));
        return lines;
    }
}
