package io.sqlj.core.engine;

import io.sqlj.core.Timings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Runs one engine process: writes its stdin, reads stdout and stderr on their own threads so no
 * pipe can fill up and block it, and kills it and everything it started when it takes too long,
 * fails, or sqlj itself is stopped.
 *
 * <p>Where {@code setsid} exists (Linux), each engine runs in a session and process group of its
 * own, so a kill reaches even a grandchild that was re-parented when its parent exited; elsewhere
 * the kill reaches the processes {@link ProcessHandle#descendants()} lists. A JVM shutdown hook
 * (SIGTERM, SIGINT, {@code System.exit}) kills every engine still running. An engine that puts
 * itself in another session escapes both: docs/security.md.
 */
final class ProcessCall {

    enum Kind {
        EXITED,
        TIMED_OUT,
        TOO_MUCH_OUTPUT,
        NOT_STARTED
    }

    /**
     * How a process ended.
     *
     * @param timingLines the {@code sqlj-timing} lines of its stderr with when each was read, when
     *     it ran with timings on ({@link Timings}); else empty
     */
    record Outcome(
            Kind kind, int exitCode, byte[] stdout, String stderr, String startError, List<TimingLine> timingLines) {

        Outcome(Kind kind, int exitCode, byte[] stdout, String stderr, String startError) {
            this(kind, exitCode, stdout, stderr, startError, List.of());
        }
    }

    /** A {@code sqlj-timing} line of an engine's stderr, and when sqlj read it ({@link System#nanoTime()}). */
    record TimingLine(String line, long receivedNanos) {}

    /** How much stderr is kept; enough for the tail a diagnostic shows. */
    static final int STDERR_LIMIT = 64 * 1024;

    /**
     * The most stdout an answer may have. A batch response for thousands of queries is a few
     * megabytes; an engine printing more is broken, and is stopped before it fills the heap.
     */
    static final long STDOUT_LIMIT = 64L * 1024 * 1024;

    /**
     * {@code setsid}, which starts a program as the leader of a new session and process group, when
     * it is there.
     *
     * <p>It runs without {@code -w} (util-linux 2.26 and later; busybox's has none), and no probe runs
     * to ask whether it knows the option (that was a process on every start's critical path,
     * docs/performance.md §1ad): {@code setsid} forks only when it leads a process group already,
     * and a process the JVM starts never does, as it joins the JVM's group, whose id is a process
     * that still exists and so is never a new process's id. So {@code setsid} makes the session
     * and execs the engine in its own process: the engine is the process sqlj waits for, and its exit
     * status is the engine's.
     */
    private static final Optional<Path> SETSID = Stream.of("/usr/bin/setsid", "/bin/setsid")
            .map(Path::of)
            .filter(Files::isExecutable)
            .findFirst();

    private static final Optional<Path> KILL = Stream.of("/bin/kill", "/usr/bin/kill")
            .map(Path::of)
            .filter(Files::isExecutable)
            .findFirst();

    /** Engines running now: the shutdown hook kills them. */
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> RUNNING.forEach(ProcessCall::kill), "sqlj-engine-reaper"));
    }

    private ProcessCall() {}

    static Outcome run(List<String> argv, byte[] stdin, Map<String, String> environment, Path dir, Duration timeout) {
        return begin(argv, environment, dir).finish(stdin, timeout);
    }

    /** Starts a process now and gives it its input later: {@link #begin}. */
    static final class Started implements AutoCloseable {
        private final @Nullable Process process;
        private final String startError;
        /**
         * Its stderr, read from the start by a thread of its own (so that the timing lines of a
         * process run with timings on are stamped as they arrive); null when not started.
         */
        private final @Nullable Tail err;

        private final @Nullable Thread errReader;
        private boolean done;
        /** Writes what {@link #send} was given to stdin, from the first send on; null before. */
        private @Nullable Feeder feeder;

        private Started(@Nullable Process process, String startError, boolean timed) {
            this.process = process;
            this.startError = startError;
            if (process == null) {
                err = null;
                errReader = null;
            } else {
                Tail tail = new Tail(STDERR_LIMIT, timed);
                err = tail;
                errReader = daemon(() -> copy(process.getErrorStream(), tail), "sqlj-engine-stderr");
            }
        }

        /**
         * Queues the first bytes of the input, written to stdin on a thread of their own while the
         * caller makes the rest ({@link #finish} gives the last bytes and closes stdin). A process
         * that stopped reading only makes the bytes be dropped: its exit status tells why.
         */
        synchronized void send(byte[] bytes) {
            if (done) {
                throw new IllegalStateException("a finished process takes no input");
            }
            if (process == null) {
                return; // not started: finish reports it
            }
            Feeder f = feeder;
            if (f == null) {
                f = new Feeder(process.getOutputStream());
                feeder = f;
            }
            f.add(bytes);
        }

        /**
         * Writes {@code stdin} (after what {@link #send} queued) and waits for the process as {@link
         * ProcessCall#run} does; once. The timeout counts from here.
         */
        Outcome finish(byte[] stdin, Duration timeout) {
            return reply(stdin, timeout, false).outcome();
        }

        /**
         * As {@link #finish}, but returns as soon as the process closed its stdout, while it may
         * still be exiting: {@link Reply#outcome} then waits for its exit (the rest of the same
         * timeout), and only that outcome says whether the stdout is an answer. Once.
         */
        Reply reply(byte[] stdin, Duration timeout) {
            return reply(stdin, timeout, true);
        }

        private synchronized Reply reply(byte[] stdin, Duration timeout, boolean early) {
            if (done) {
                throw new IllegalStateException("a started process is finished once");
            }
            done = true;
            if (process == null) {
                return Reply.settled(new Outcome(Kind.NOT_STARTED, -1, new byte[0], "", startError));
            }
            Feeder f = feeder;
            Tail tail = java.util.Objects.requireNonNull(err);
            Thread reader = java.util.Objects.requireNonNull(errReader);
            Thread writer;
            if (f == null) {
                writer = daemon(() -> feed(process.getOutputStream(), stdin), "sqlj-engine-stdin");
            } else {
                f.add(stdin);
                f.end();
                writer = f.thread;
            }
            Reply r = watch(process, writer, timeout, tail, reader, early);
            reply = r;
            return r;
        }

        /** The reply {@link #reply} gave, or null. */
        private @Nullable Reply reply;

        /** What the process printed on stderr so far (its last {@link #STDERR_LIMIT} bytes). */
        String stderrSoFar() {
            Tail tail = err;
            return tail == null ? "" : tail.text();
        }

        /** Kills the process, with what it started, unless {@link #finish} ran. */
        @Override
        public void close() {
            Reply r;
            synchronized (this) {
                r = reply;
            }
            if (r != null) {
                r.outcome(); // a process still exiting is waited for (and killed at its timeout) as finish would
                return;
            }
            closeUnfinished();
        }

        private synchronized void closeUnfinished() {
            if (!done) {
                done = true;
                if (process != null) {
                    stop(process);
                }
                Feeder f = feeder;
                if (f != null) {
                    f.end(); // its writes fail now; it ends at the end mark
                }
            }
        }
    }

    /** A stdin written by a thread from a queue of byte arrays, until {@link #end}. */
    private static final class Feeder {
        private static final byte[] END = new byte[0];
        private final java.util.concurrent.LinkedBlockingQueue<byte[]> queue =
                new java.util.concurrent.LinkedBlockingQueue<>();
        final Thread thread;

        Feeder(OutputStream stdin) {
            thread = daemon(() -> run(stdin), "sqlj-engine-stdin");
        }

        void add(byte[] bytes) {
            if (bytes.length > 0) {
                queue.add(bytes);
            }
        }

        void end() {
            queue.add(END);
        }

        private void run(OutputStream stdin) {
            boolean open = true;
            try {
                while (true) {
                    byte[] bytes = queue.take();
                    if (bytes == END) {
                        break;
                    }
                    if (open) {
                        try {
                            stdin.write(bytes);
                            if (queue.isEmpty()) {
                                // Process's stdin is buffered: what was sent reaches an engine that
                                // reads as it comes (the SDK's) now, not when 8 KB have piled up
                                stdin.flush();
                            }
                        } catch (IOException e) {
                            open = false; // the engine exited or closed stdin; the rest is dropped
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                try {
                    stdin.close();
                } catch (IOException e) {
                    // as above
                }
            }
        }
    }

    /**
     * Starts {@code argv} (on the shutdown hook's list until finished or closed), so that its
     * start overlaps with the work that makes its input; a failure to start is reported by {@link
     * Started#finish}.
     */
    static Started begin(List<String> argv, Map<String, String> environment, Path dir) {
        boolean timed = Timings.on(environment);
        try {
            return new Started(start(argv, environment, dir), "", timed);
        } catch (IOException | RuntimeException e) {
            return new Started(null, String.valueOf(e.getMessage()), timed);
        }
    }

    /**
     * As {@link #begin(List, Map, Path)} for an engine on a thread of this JVM ({@link
     * EngineThread}), which is watched, fed, read and stopped as a process is.
     */
    static Started begin(EngineThread engine, Map<String, String> environment) {
        RUNNING.add(engine);
        return new Started(engine, "", Timings.on(environment));
    }

    /** Starts the engine in a process group of its own where the system can. */
    static Process start(List<String> argv, Map<String, String> environment, Path dir) throws IOException {
        List<String> command = new ArrayList<>();
        SETSID.ifPresent(setsid -> command.add(setsid.toString()));
        command.addAll(argv);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        RUNNING.add(process);
        return process;
    }

    /**
     * What a process printed on stdout, perhaps before it exited. {@link #outcome} waits for the
     * exit (once; later calls give the same outcome): the stdout is an answer only when that outcome
     * is {@link Kind#EXITED} with status 0, as for {@link ProcessCall#run}.
     */
    static final class Reply {
        private final byte @Nullable [] early;
        private @Nullable Supplier<Outcome> settle;
        private @Nullable Outcome outcome;
        private final long closedNanos;

        private Reply(byte @Nullable [] early, @Nullable Supplier<Outcome> settle, @Nullable Outcome outcome) {
            this(early, settle, outcome, System.nanoTime());
        }

        private Reply(
                byte @Nullable [] early,
                @Nullable Supplier<Outcome> settle,
                @Nullable Outcome outcome,
                long closedNanos) {
            this.early = early;
            this.settle = settle;
            this.outcome = outcome;
            this.closedNanos = closedNanos;
        }

        /** A process that had exited (or was stopped) when its stdout ended. */
        static Reply settled(Outcome outcome) {
            return new Reply(null, null, outcome);
        }

        /** Whether the process closed its stdout before it exited; then {@link #stdout} is what it printed. */
        boolean exiting() {
            return early != null;
        }

        /** Its whole stdout, when {@link #exiting}; else its outcome's. */
        byte[] stdout() {
            byte[] bytes = early;
            return bytes != null ? bytes : outcome().stdout();
        }

        /** Set by the JDK when the process exits, for timings; 0 before. */
        private java.util.concurrent.atomic.AtomicLong exited = new java.util.concurrent.atomic.AtomicLong();

        /**
         * When sqlj learnt that the process exited ({@link System#nanoTime()}), for timings; 0 when
         * it did not learn it apart from {@link #outcome}.
         */
        long exitedNanos() {
            return exited.get();
        }

        /** When sqlj saw its stdout end ({@link System#nanoTime()}). */
        long closedNanos() {
            return closedNanos;
        }

        /** Waits for the exit as {@link ProcessCall#run} does (the kill at the timeout included); once. */
        synchronized Outcome outcome() {
            Outcome o = outcome;
            if (o == null) {
                o = java.util.Objects.requireNonNull(settle).get();
                outcome = o;
                settle = null;
            }
            return o;
        }

        /** This reply, whose outcome goes through {@code then} (once, when it is known). */
        Reply then(java.util.function.UnaryOperator<Outcome> then) {
            Outcome o;
            synchronized (this) {
                o = outcome;
            }
            if (o != null && early == null) {
                return settled(then.apply(o));
            }
            Reply next = new Reply(early, () -> then.apply(outcome()), null, closedNanos);
            next.exited = exited;
            return next;
        }
    }

    /**
     * {@code feeder}: the thread that writes the process's stdin and closes it; {@code errReader}:
     * the one that copies its stderr to {@code err}.
     */
    private static Outcome watch(Process process, Thread feeder, Duration timeout, Tail err, Thread errReader) {
        return watch(process, feeder, timeout, err, errReader, false).outcome();
    }

    /**
     * Watches the process to its end; with {@code early}, returns when its stdout ended while it
     * still runs (the engine SDK closes stdout after its response, then closes its session and
     * exits: docs/performance.md §1aj), leaving the wait for its exit to {@link Reply#outcome}.
     * The outcome is the one waiting here for the exit would give: the same timeout (counted from
     * here), the same kill of a process that does not exit 0 in time, the same stderr, read to its
     * end.
     */
    private static Reply watch(
            Process process, Thread feeder, Duration timeout, Tail err, Thread errReader, boolean early) {
        long deadline = System.nanoTime() + timeout.toNanos();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Thread> threads = new ArrayList<>();
        AtomicBoolean overflow = new AtomicBoolean();
        java.util.concurrent.CountDownLatch ended = new java.util.concurrent.CountDownLatch(1);
        threads.add(daemon(
                () -> {
                    try {
                        if (!bounded(process.getInputStream(), out, STDOUT_LIMIT)) {
                            overflow.set(true);
                            kill(process);
                        }
                    } finally {
                        ended.countDown();
                    }
                },
                "sqlj-engine-stdout"));
        threads.add(errReader);
        threads.add(feeder);
        Supplier<Outcome> settle = () -> settle(process, deadline, out, overflow, threads, err);
        if (!early) {
            return Reply.settled(settle.get());
        }
        // The stdout's end or the exit, whichever comes first: a child that keeps the stdout open
        // holds nothing up longer than when sqlj waited for the exit alone.
        java.util.concurrent.atomic.AtomicLong exited = new java.util.concurrent.atomic.AtomicLong();
        process.onExit().thenRun(() -> {
            exited.set(System.nanoTime());
            ended.countDown();
        });
        boolean closed;
        try {
            closed = ended.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = false;
        }
        if (!closed || overflow.get() || !process.isAlive()) {
            return Reply.settled(settle.get()); // timed out, stopped, or exited: as when waiting for the exit
        }
        Reply reply = new Reply(out.toByteArray(), settle, null);
        reply.exited = exited;
        return reply;
    }

    /** The wait for the exit until {@code deadline}, and the outcome. */
    private static Outcome settle(
            Process process,
            long deadline,
            ByteArrayOutputStream out,
            AtomicBoolean overflow,
            List<Thread> threads,
            Tail err) {
        try {
            boolean finished;
            try {
                finished = process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                finished = false;
            }
            if (!finished || process.exitValue() != 0) {
                kill(process); // the engine is gone or going; what it started goes with it
            }
            for (Thread t : threads) {
                join(t);
            }
            String stderr = err.text();
            if (overflow.get()) {
                return new Outcome(Kind.TOO_MUCH_OUTPUT, -1, new byte[0], stderr, "", err.timingLines());
            }
            if (!finished) {
                return new Outcome(Kind.TIMED_OUT, -1, out.toByteArray(), stderr, "", err.timingLines());
            }
            return new Outcome(Kind.EXITED, process.exitValue(), out.toByteArray(), stderr, "", err.timingLines());
        } finally {
            RUNNING.remove(process);
        }
    }

    /** Kills a process {@link #start} started and takes it off the shutdown hook's list. */
    static void stop(Process process) {
        kill(process);
        RUNNING.remove(process);
    }

    /** Kills the process and every process it started, children first seen before any dies. */
    static void kill(Process process) {
        if (process instanceof EngineThread engine) {
            engine.destroyForcibly(); // no process, no group: its streams end and its status is set at once
            return;
        }
        List<ProcessHandle> descendants = process.descendants().toList();
        if (SETSID.isPresent()) {
            killGroup(process.pid());
        }
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        // A child may have forked between the listing and the kill; its parent is gone now.
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGKILL to every process of the group {@code pgid}; nothing when there is none. */
    private static void killGroup(long pgid) {
        if (KILL.isEmpty()) {
            return;
        }
        try {
            Process kill = new ProcessBuilder(KILL.get().toString(), "-KILL", "--", "-" + pgid)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            kill.waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            // No kill program after all: the descendants are still killed one by one.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable body, String name) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Waits a bounded time: a grandchild that escaped the kill may keep a pipe open. */
    private static void join(Thread t) {
        try {
            t.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void feed(OutputStream stdin, byte[] bytes) {
        try (stdin) {
            stdin.write(bytes);
        } catch (IOException e) {
            // The engine exited or closed stdin without reading it all; its exit status tells why.
        }
    }

    /** Copies up to {@code limit} bytes; returns false, having stopped reading, when there were more. */
    private static boolean bounded(InputStream in, ByteArrayOutputStream sink, long limit) {
        byte[] buffer = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (sink.size() + (long) n > limit) {
                    return false;
                }
                sink.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // The stream closed under us when the process was killed; what was read is kept.
        }
        return true;
    }

    /** Reads {@code in} to its end, keeping its last bytes in {@code sink}. */
    static void copy(InputStream in, Tail sink) {
        byte[] buffer = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                sink.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // The stream closed under us when the process was killed; what was read is kept.
        }
    }

    /**
     * The last {@code limit} bytes written to it: an engine's final lines (its error) are what a
     * diagnostic shows, so older output is what goes.
     */
    static final class Tail {
        private final byte[] ring;
        private int next;
        private long written;
        /** The line being read, while stamping; null when not stamping. */
        private final @Nullable ByteArrayOutputStream line;

        private final List<TimingLine> timingLines = new ArrayList<>();

        Tail(int limit) {
            this(limit, false);
        }

        /** {@code stamp}: also keeps each {@code sqlj-timing} line with when it was read. */
        Tail(int limit, boolean stamp) {
            ring = new byte[limit];
            line = stamp ? new ByteArrayOutputStream() : null;
        }

        synchronized void write(byte[] bytes, int offset, int length) {
            long now = line != null ? System.nanoTime() : 0;
            for (int i = offset; i < offset + length; i++) {
                ring[next] = bytes[i];
                next = (next + 1) % ring.length;
                if (line != null) {
                    stamp(bytes[i], now);
                }
            }
            written += length;
        }

        private void stamp(byte b, long now) {
            ByteArrayOutputStream l = java.util.Objects.requireNonNull(line);
            if (b == '\n') {
                String text = l.toString(StandardCharsets.UTF_8);
                if (text.startsWith(Timings.ENGINE_LINE)) {
                    timingLines.add(new TimingLine(text, now));
                }
                l.reset();
            } else if (l.size() < 1024) { // a timing line is short; a longer line is not one
                l.write(b);
            }
        }

        /** The {@code sqlj-timing} lines written, when stamping. */
        synchronized List<TimingLine> timingLines() {
            return List.copyOf(timingLines);
        }

        /** The bytes kept, oldest first. */
        synchronized byte[] bytes() {
            if (written <= ring.length) {
                return java.util.Arrays.copyOf(ring, (int) written);
            }
            byte[] out = new byte[ring.length];
            System.arraycopy(ring, next, out, 0, ring.length - next);
            System.arraycopy(ring, 0, out, ring.length - next, next);
            return out;
        }

        /** The bytes kept as UTF-8, starting at a whole character when the start was cut off. */
        String text() {
            byte[] bytes = bytes();
            int start = 0;
            if (written > ring.length) {
                while (start < bytes.length && (bytes[start] & 0xC0) == 0x80) {
                    start++; // the rest of a character whose first bytes were dropped
                }
            }
            return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        }
    }
}
