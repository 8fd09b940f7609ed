package io.sqlj.engine.sdk;

import java.io.PrintStream;
import java.util.Optional;

/**
 * Ends the engine's JVM when the process that started it dies. sqlj kills its engines when it is
 * stopped (SIGTERM, SIGINT, a timeout), but a sqlj killed with SIGKILL cannot: its engine is
 * re-parented and would run on, holding a database server, until its work ends. The watch polls
 * (a non-child's exit cannot be waited for) and exits through {@link Runtime#exit}, so shutdown
 * hooks run.
 */
final class ParentWatch {

    /** The exit status of an engine whose parent died; nobody reads it. */
    static final int PARENT_DIED = 3;

    private static final long POLL_MS = 200;

    private ParentWatch() {}

    static void start(PrintStream err) {
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        if (parent.isEmpty() || parent.get().pid() == 1) {
            return; // started by init, or already orphaned: nobody to watch
        }
        ProcessHandle watched = parent.get();
        Thread thread = new Thread(
                () -> {
                    while (watched.isAlive()) {
                        try {
                            Thread.sleep(POLL_MS);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    err.println("engine: the process that started it (pid " + watched.pid() + ") exited; stopping");
                    Runtime.getRuntime().exit(PARENT_DIED);
                },
                "sqlj-engine-parent-watch");
        thread.setDaemon(true);
        thread.start();
    }
}
