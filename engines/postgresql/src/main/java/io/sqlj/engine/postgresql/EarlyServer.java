package io.sqlj.engine.postgresql;

import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A private server of the bundled version started before anyone asked for it ({@link
 * PostgresEngine#prepare}): either a session {@link #take}s it, or it is {@link #discard}ed, at the
 * latest when the JVM exits, so that no server and no run folder outlive an engine that did not
 * use it.
 */
final class EarlyServer {
    /** How long the JVM's exit waits for a start under way to stop; the watchdog covers the rest. */
    private static final long EXIT_WAIT_SECONDS = 10;

    private static final int OPEN = 0;
    private static final int TAKEN = 1;
    private static final int DISCARDED = 2;

    /** {@link #OPEN} until a session takes the server or it is discarded. */
    private final AtomicInteger state = new AtomicInteger(OPEN);

    private final FutureTask<EmbeddedPostgres> task;
    private final Thread hook;

    private EarlyServer() {
        this.task = new FutureTask<>(
                () -> EmbeddedPostgres.start(PgBinaries.BUNDLED_VERSION, () -> state.get() != DISCARDED));
        this.hook = new Thread(
                () -> {
                    state.compareAndSet(OPEN, DISCARDED);
                    stop();
                },
                "sqlj-postgres-early-stop");
    }

    static EarlyServer start() {
        EarlyServer early = new EarlyServer();
        Runtime.getRuntime().addShutdownHook(early.hook);
        Thread thread = new Thread(early.task, "sqlj-postgres-early-start");
        thread.setDaemon(true);
        thread.start();
        return early;
    }

    /**
     * The server, once it is ready; it is the caller's from now on. Fails as {@link
     * EmbeddedPostgres#start(String)} would have failed.
     */
    EmbeddedPostgres take() throws IOException {
        if (!state.compareAndSet(OPEN, TAKEN)) {
            throw new IllegalStateException("the early server was taken or discarded already");
        }
        removeHook();
        try {
            return task.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(String.valueOf(cause), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the embedded PostgreSQL started", e);
        }
    }

    /**
     * Stops the server, or the start under way, unless a session took it; returns at once (the stop
     * runs on a thread of its own, and the JVM's exit waits for it).
     */
    void discard() {
        if (state.compareAndSet(OPEN, DISCARDED)) {
            Thread t = new Thread(this::stop, "sqlj-postgres-early-stop");
            t.setDaemon(true);
            t.start();
        }
    }

    /** Waits for the start to end (it ends early once it sees it is not wanted) and stops what it started. */
    private void stop() {
        try {
            task.get(EXIT_WAIT_SECONDS, TimeUnit.SECONDS).close();
        } catch (ExecutionException | CancellationException e) {
            // it did not start, or stopped itself on seeing that it is not wanted: nothing is left
        } catch (TimeoutException e) {
            // still starting: the watchdog stops the server when this JVM is gone
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void removeHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is exiting: the hook runs or ran
        }
    }
}
