package io.sqlj.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/**
 * An opt-in breakdown of where a run spends its time, turned on by {@code SQLJ_TIMINGS=1} in the
 * environment. Phases are recorded in the order they end, from any thread (blocks run side by
 * side); engines built on the SDK add their own phases as {@code sqlj-timing <phase> <ms>} lines
 * on stderr, which {@link #addEngineLines} picks up. Off, every method does nothing.
 */
public final class Timings {

    /** The environment variable that turns timings on, passed on to engines too. */
    public static final String ENV = "SQLJ_TIMINGS";
    /** How an engine reports a phase on stderr: {@code sqlj-timing <phase> <milliseconds>}. */
    public static final String ENGINE_LINE = "sqlj-timing ";

    private record Phase(String name, double millis) {}

    private final boolean enabled;
    private final Queue<Phase> phases = new ConcurrentLinkedQueue<>();

    private Timings(boolean enabled) {
        this.enabled = enabled;
    }

    /** On when {@code env} has {@code SQLJ_TIMINGS} set to anything but empty or {@code 0}. */
    public static Timings from(Map<String, String> env) {
        String value = env.getOrDefault(ENV, "");
        return new Timings(!value.isEmpty() && !value.equals("0"));
    }

    public boolean enabled() {
        return enabled;
    }

    public void add(String phase, long nanos) {
        if (enabled) {
            phases.add(new Phase(phase, nanos / 1e6));
        }
    }

    public <T> T time(String phase, Supplier<T> body) {
        long start = System.nanoTime();
        try {
            return body.get();
        } finally {
            add(phase, System.nanoTime() - start);
        }
    }

    /** Records the {@code sqlj-timing} lines of an engine's stderr, each phase named {@code prefix + phase}. */
    public void addEngineLines(String prefix, String stderr) {
        if (!enabled) {
            return;
        }
        for (String line : stderr.split("\n")) {
            String[] parts = line.strip().split(" ");
            if (parts.length == 3 && line.startsWith(ENGINE_LINE)) {
                try {
                    phases.add(new Phase(prefix + parts[1], Double.parseDouble(parts[2])));
                } catch (NumberFormatException e) {
                    // Not a timing line after all: engines may print anything on stderr.
                }
            }
        }
    }

    /** The milliseconds recorded for phases whose name ends with {@code suffix}, added up; 0 when off. */
    public double millis(String suffix) {
        return phases.stream()
                .filter(p -> p.name().endsWith(suffix))
                .mapToDouble(Phase::millis)
                .sum();
    }

    /** One line per phase, {@code sqlj: timing <ms> ms  <phase>}; empty when off. */
    public List<String> report() {
        List<String> lines = new ArrayList<>();
        for (Phase p : phases) {
            lines.add(String.format(java.util.Locale.ROOT, "sqlj: timing %8.1f ms  %s", p.millis(), p.name()));
        }
        return lines;
    }
}
