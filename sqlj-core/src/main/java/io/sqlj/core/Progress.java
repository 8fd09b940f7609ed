package io.sqlj.core;

/**
 * Told when long work starts and ends, so an interactive front end can show what is going on
 * (the CLI on a terminal: {@code sqlj: sql[0] (postgresql): resolving 12 queries... 3s}).
 */
public interface Progress {

    /** Shows nothing: the Maven plugin, tests, a pipe, CI, {@code -q}. */
    Progress NONE = what -> () -> {};

    /** Work that has started; {@link Task#close()} says it ended. */
    interface Task extends AutoCloseable {
        @Override
        void close();
    }

    /** Starts {@code what}, such as {@code sql[0] (postgresql): resolving 12 queries}. */
    Task start(String what);
}
