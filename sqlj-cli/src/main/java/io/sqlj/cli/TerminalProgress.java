package io.sqlj.cli;

import io.sqlj.core.Progress;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * One status line on stderr, rewritten in place, for work that has taken more than a second:
 * {@code sqlj: sql[0] (postgresql): resolving queries.sql... 4s}. Erased when the work ends, so
 * diagnostics and the summary print as they would without it. Only on an interactive terminal
 * ({@link #wanted}).
 */
final class TerminalProgress implements Progress, AutoCloseable {

    /** How long work runs before it is shown. */
    static final long SHOW_AFTER_MILLIS = 1000;

    private static final int WIDTH = 100;

    private final PrintWriter err;
    private final LongSupplier clockMillis;
    private final Map<Long, Running> running = new LinkedHashMap<>();
    private final @Nullable ScheduledExecutorService ticker;
    private long next;
    private boolean shown;
    private String last = "";

    private record Running(String what, long startMillis) {}

    private TerminalProgress(PrintWriter err, LongSupplier clockMillis, boolean tick) {
        this.err = err;
        this.clockMillis = clockMillis;
        this.ticker = tick
                ? Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "sqlj-progress");
                    t.setDaemon(true);
                    return t;
                })
                : null;
        if (ticker != null) {
            ticker.scheduleAtFixedRate(this::render, 250, 250, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Whether to show progress: on an interactive terminal ({@code System.console()} is there and
     * {@code TERM} is set and not {@code dumb}), unless {@code -q} or in CI ({@code CI} set).
     */
    static boolean wanted(boolean quiet, boolean console, Map<String, String> env) {
        String term = env.getOrDefault("TERM", "");
        String ci = env.get("CI");
        return !quiet
                && console
                && !term.isEmpty()
                && !term.equals("dumb")
                && (ci == null || ci.isEmpty() || ci.equalsIgnoreCase("false") || ci.equals("0"));
    }

    /** A progress for this process's terminal, or {@link Progress#NONE} when it should show nothing. */
    static Progress forTerminal(boolean quiet, PrintWriter err, Map<String, String> env) {
        return wanted(quiet, System.console() != null, env)
                ? new TerminalProgress(err, System::currentTimeMillis, true)
                : Progress.NONE;
    }

    /** For tests: rendered only when {@link #render} is called, on the given clock. */
    static TerminalProgress manual(PrintWriter err, LongSupplier clockMillis) {
        return new TerminalProgress(err, clockMillis, false);
    }

    @Override
    public Task start(String what) {
        long id;
        synchronized (this) {
            id = next++;
            running.put(id, new Running(what, clockMillis.getAsLong()));
        }
        return () -> {
            synchronized (this) {
                running.remove(id);
                if (running.isEmpty()) {
                    erase();
                }
            }
        };
    }

    /** Draws the line when some work has run for more than a second. */
    synchronized void render() {
        long now = clockMillis.getAsLong();
        List<String> parts = new ArrayList<>();
        for (Running r : running.values()) {
            long elapsed = now - r.startMillis();
            if (elapsed >= SHOW_AFTER_MILLIS) {
                parts.add(r.what() + "... " + elapsed / 1000 + "s");
            }
        }
        if (parts.isEmpty()) {
            return;
        }
        String line = "sqlj: " + String.join("; ", parts);
        if (line.length() > WIDTH) {
            line = line.substring(0, WIDTH - 3) + "...";
        }
        if (shown && line.equals(last)) {
            return;
        }
        err.print("\r" + line + "\033[K");
        err.flush();
        shown = true;
        last = line;
    }

    private void erase() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
            shown = false;
        }
    }

    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        running.clear();
        erase();
    }
}
