package io.sqlj.engine.sdk;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.jspecify.annotations.Nullable;

/**
 * Reports how long an engine's phases take, as {@code sqlj-timing <phase> <ms>} lines on stderr,
 * when sqlj runs with {@code SQLJ_TIMINGS=1} (sqlj passes the variable on and prints the phases
 * with its own). Off, it prints nothing.
 */
final class PhaseClock {

    private final @Nullable PrintStream err;
    private final long start = System.nanoTime();
    private long last = start;

    private PhaseClock(@Nullable PrintStream err) {
        this.err = err;
    }

    static PhaseClock off() {
        return new PhaseClock(null);
    }

    /**
     * On when the environment says so; then its first report is the time from JVM start to now,
     * printed before the first lap. Asking the JVM for its start loads the management classes
     * (tens of ms in a cold JVM): that is done on a thread of its own, so that it does not delay
     * the engine's start in every timed run (docs/performance.md §1ak). Without {@code jvmStart}
     * (an engine run inside another program's JVM) there is no such report.
     */
    static PhaseClock from(@Nullable String setting, PrintStream err, boolean jvmStart) {
        if (setting == null || setting.isEmpty() || setting.equals("0")) {
            return off();
        }
        PhaseClock clock = new PhaseClock(err);
        if (!jvmStart) {
            return clock;
        }
        long main = clock.start;
        FutureTask<Double> sinceStart = new FutureTask<>(() -> sinceJvmStart(main));
        Thread thread = new Thread(sinceStart, "sqlj-engine-timings");
        thread.setDaemon(true);
        thread.start();
        clock.jvmStartToMain = sinceStart;
        return clock;
    }

    /** The time from JVM start to this clock's start, until it is reported; then null. */
    private @Nullable FutureTask<Double> jvmStartToMain;

    /** Milliseconds from JVM start to {@code nanoTime}, less the time it takes to ask. */
    static double sinceJvmStart(long nanoTime) {
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        return uptime - (System.nanoTime() - nanoTime) / 1e6;
    }

    private static double startMillis(FutureTask<Double> sinceStart) {
        try {
            return sinceStart.get();
        } catch (ExecutionException e) {
            return -1; // no management classes: a figure nobody can take for a real one
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Reports the time since the previous lap (or since this clock was made) as {@code phase}. */
    void lap(String phase) {
        long now = System.nanoTime();
        print(phase, (now - last) / 1e6);
        last = now;
    }

    /** Reports {@code millis} as {@code phase}, a figure that is not a lap (the laps go on from the last). */
    void mark(String phase, double millis) {
        print(phase, millis);
    }

    /** Reports the time from this clock's start (the engine's main) to {@code nanoTime} as {@code phase}. */
    void since(String phase, long nanoTime) {
        print(phase, (nanoTime - start) / 1e6);
    }

    private void print(String phase, double millis) {
        if (err != null) {
            FutureTask<Double> sinceStart = jvmStartToMain;
            if (sinceStart != null) {
                jvmStartToMain = null;
                print("jvm-start-to-main", startMillis(sinceStart));
            }
            err.println(String.format(Locale.ROOT, "sqlj-timing %s %.1f", phase, millis));
        }
    }
}
