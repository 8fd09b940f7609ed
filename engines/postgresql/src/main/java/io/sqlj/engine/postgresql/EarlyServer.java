package io.sqlj.engine.postgresql;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * A private server of the bundled version started before anyone asked for it ({@link
 * PostgresEngine#prepare}), or a database of its own on a lent server ({@link #borrow}) created
 * before anyone asked for it: either a session {@link #take}s it, or it is {@link #discard}ed, at
 * the latest when the JVM exits, so that no server, no run folder and no database outlive an
 * engine that did not use it.
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

    /**
     * Whether the start may leave something behind before it first asks whether it is {@link
     * #wanted} (the server's start does: its {@code cp} of the template runs before); if not (a
     * borrow only connects before it asks), a discard before that question need not wait for it.
     */
    private final boolean actsBeforeAsking;

    /** The start asked whether it is wanted and was told yes: it may have left something to undo. */
    private boolean committed; // guarded by this

    /** What a start does, asking {@code wanted} before each step that leaves something behind. */
    private interface Start {
        EmbeddedPostgres start(BooleanSupplier wanted) throws IOException;
    }

    private EarlyServer(Start start, boolean actsBeforeAsking) {
        this.actsBeforeAsking = actsBeforeAsking;
        this.task = new FutureTask<>(() -> start.start(this::wanted));
        this.hook = new Thread(this::discardAndStop, "sqlj-postgres-early-stop");
    }

    /** Starts a private server of the bundled version. */
    static EarlyServer start() {
        return launch(
                new EarlyServer(wanted -> EmbeddedPostgres.start(PgBinaries.BUNDLED_VERSION, wanted), true),
                "sqlj-postgres-early-start");
    }

    /**
     * Creates a database of its own on the server another process lends ({@link
     * EmbeddedPostgres#SHARED_ENV}, {@code sqlj engine check}'s), with pgjdbc's first, cold
     * connection: while the engine reads the request, instead of after (docs/performance.md §1aq).
     */
    static EarlyServer borrow(Path runDir) {
        return launch(
                new EarlyServer(wanted -> EmbeddedPostgres.borrow(runDir, wanted), false),
                "sqlj-postgres-early-borrow");
    }

    private static EarlyServer launch(EarlyServer early, String name) {
        Runtime.getRuntime().addShutdownHook(early.hook);
        Thread thread = new Thread(early.task, name);
        thread.setDaemon(true);
        thread.start();
        return early;
    }

    /** Asked by the start before each step that leaves something behind. */
    private synchronized boolean wanted() {
        if (state.get() == DISCARDED) {
            return false;
        }
        committed = true;
        return true;
    }

    /** The JVM's exit: discards the start unless a session took it, and undoes what it did. */
    private void discardAndStop() {
        boolean wait;
        synchronized (this) {
            state.compareAndSet(OPEN, DISCARDED);
            wait = committed || actsBeforeAsking;
        }
        if (wait) {
            stop();
        }
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
        boolean discarded;
        synchronized (this) {
            discarded = state.compareAndSet(OPEN, DISCARDED);
        }
        if (discarded) {
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
