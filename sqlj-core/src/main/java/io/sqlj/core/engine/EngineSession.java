package io.sqlj.core.engine;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.sqlj.core.QueryDecl;
import io.sqlj.core.Timings;
import io.sqlj.core.config.SqlBlock;
import io.sqlj.engine.v1.BatchParseRequest;
import io.sqlj.engine.v1.BatchParseResponse;
import io.sqlj.engine.v1.Catalog;
import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.engine.v1.ParseResponse;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * One engine kept warm for one block, for tools that resolve the same queries again and again
 * (the language server): a {@code <cmd> serve} process (docs/protocol.md) that keeps the schema
 * loaded, and the answers of the last run, so that a run sends the engine only the queries whose
 * text changed. An engine without the {@code serve} feature runs as {@link EngineRunner} runs it,
 * one process per batch.
 *
 * <p>A serving engine that exits is started again and asked once more; one that fails again, or
 * hangs past its timeout, is killed and reported as {@link EngineRunner} reports it (an error at
 * the block's {@code engine} in the config), and the next run starts a new one. Not thread-safe:
 * one run at a time.
 */
public final class EngineSession implements AutoCloseable {

    private final EngineSpec engine;
    private final Path dir;
    private final EngineRunner runner;
    private final ExecutorService reader;
    /** The running engine and its streams; null while none runs. */
    private @Nullable Process process;

    private @Nullable OutputStream stdin;
    private @Nullable InputStream stdout;
    private @Nullable ByteArrayOutputStream stderr;
    private @Nullable Thread drain;
    private int starts;
    private int sent;
    /** The last run's time spent waiting for the engine process's answer (0 when every answer was cached). */
    private long lastRoundTripNanos;
    /** The schema source of the cached answers: the request with its queries cleared. */
    private @Nullable BatchParseRequest cachedSchema;

    private Map<ByteString, ParseResponse> cache = new HashMap<>();
    private @Nullable Catalog catalog;

    /**
     * @param dir the config's folder: the engine's working directory
     * @param env the caller's environment, as for {@link EngineRunner}
     */
    public EngineSession(EngineSpec engine, Path dir, Map<String, String> env) {
        this.engine = engine;
        this.dir = dir.toAbsolutePath().normalize();
        this.runner = new EngineRunner(this.dir, env, Timings.from(Map.of()));
        this.reader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "sqlj-engine-session-" + engine.name());
            t.setDaemon(true);
            return t;
        });
    }

    /** Resolves {@code queries} as {@link EngineRunner#run(EngineSpec, SqlBlock, SchemaText, List)} does. */
    public EngineRunResult run(SqlBlock block, SchemaText schema, List<QueryDecl> queries) {
        return runner.run(
                engine,
                block,
                schema,
                queries,
                (argv, environment, bytes, spec) -> ProcessCall.Reply.settled(call(argv, environment, bytes, spec)));
    }

    /** How many engine processes this session has started: 1 while the first one lives. */
    public int starts() {
        return starts;
    }

    /** How many queries this session has sent to its engine (the others came from its cache). */
    public int sent() {
        return sent;
    }

    /** How long the last run waited for the engine process (sending the changed queries, reading its answer). */
    public long lastRoundTripNanos() {
        return lastRoundTripNanos;
    }

    /** Whether an engine process is running now. */
    public boolean running() {
        return process != null && process.isAlive();
    }

    /** Stops the engine (closing its stdin first, so it can close its database), and forgets the answers. */
    @Override
    public void close() {
        stop(true);
        cache = new HashMap<>();
        cachedSchema = null;
        reader.shutdownNow();
    }

    private ProcessCall.Outcome call(
            List<String> argv, Map<String, String> environment, byte[] bytes, EngineSpec spec) {
        BatchParseRequest request;
        try {
            request = BatchParseRequest.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("sqlj built a request it cannot read", e);
        }
        BatchParseRequest schemaOnly = request.toBuilder().clearRequests().build();
        if (!schemaOnly.equals(cachedSchema)) {
            cache = new HashMap<>();
            catalog = null;
        }
        List<ByteString> keys = new ArrayList<>();
        BatchParseRequest.Builder misses = schemaOnly.toBuilder();
        for (ParseRequest query : request.getRequestsList()) {
            ByteString key = key(query);
            keys.add(key);
            if (!cache.containsKey(key)) {
                misses.addRequests(query);
            }
        }
        Map<ByteString, ParseResponse> answers = new HashMap<>();
        lastRoundTripNanos = 0;
        if (misses.getRequestsCount() > 0 || catalog == null) {
            long start = System.nanoTime();
            ProcessCall.Outcome outcome = send(argv, environment, misses.build(), spec);
            lastRoundTripNanos = System.nanoTime() - start;
            if (outcome.kind() == ProcessCall.Kind.EXITED && outcome.exitCode() != 0 && outcome.stdout().length == 0) {
                outcome = send(argv, environment, misses.build(), spec); // crashed: a new process, once
            }
            if (outcome.kind() != ProcessCall.Kind.EXITED || outcome.exitCode() != 0) {
                return outcome;
            }
            BatchParseResponse response;
            try {
                response = BatchParseResponse.parseFrom(outcome.stdout());
            } catch (InvalidProtocolBufferException e) {
                return outcome; // the runner says it is not a valid response
            }
            if (response.getResponsesCount() != misses.getRequestsCount()) {
                return outcome; // the runner reports the count
            }
            for (int i = 0; i < misses.getRequestsCount(); i++) {
                answers.put(key(misses.getRequests(i)), response.getResponses(i));
            }
            if (response.hasCatalog()) {
                catalog = response.getCatalog();
            }
            sent += misses.getRequestsCount();
        }
        BatchParseResponse.Builder whole = BatchParseResponse.newBuilder();
        Map<ByteString, ParseResponse> next = new HashMap<>();
        for (ByteString key : keys) {
            ParseResponse answer = answers.containsKey(key) ? answers.get(key) : cache.get(key);
            whole.addResponses(answer);
            next.put(key, answer);
        }
        if (catalog != null) {
            whole.setCatalog(catalog);
        }
        cache = next; // only the queries of this run: the cache never outgrows the block
        cachedSchema = schemaOnly;
        return new ProcessCall.Outcome(ProcessCall.Kind.EXITED, 0, whole.build().toByteArray(), "", "");
    }

    /**
     * A query's answer depends on its text, options and name, not on the line it starts at: a line
     * inserted above it does not send it again (its diagnostics move with it: they are relative).
     */
    private static ByteString key(ParseRequest query) {
        return query.toBuilder()
                .setQuery(query.getQuery().toBuilder().clearLine())
                .build()
                .toByteString();
    }

    /** One request to the serving process, started first when there is none. */
    private ProcessCall.Outcome send(
            List<String> argv, Map<String, String> environment, BatchParseRequest request, EngineSpec spec) {
        if (!running()) {
            stop(false);
            List<String> command = new ArrayList<>(argv);
            command.add("serve");
            try {
                process = ProcessCall.start(command, environment, dir);
            } catch (IOException | RuntimeException e) {
                process = null;
                return new ProcessCall.Outcome(
                        ProcessCall.Kind.NOT_STARTED, -1, new byte[0], "", String.valueOf(e.getMessage()));
            }
            starts++;
            stdin = process.getOutputStream();
            stdout = process.getInputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            stderr = err;
            InputStream errStream = process.getErrorStream();
            drain = new Thread(() -> drain(errStream, err), "sqlj-engine-session-stderr");
            drain.setDaemon(true);
            drain.start();
        }
        Process current = process;
        OutputStream out = stdin;
        InputStream in = stdout;
        if (current == null || out == null || in == null) {
            throw new IllegalStateException("the engine's serving process has no streams after its start");
        }
        try {
            request.writeDelimitedTo(out);
            out.flush();
        } catch (IOException e) {
            return ended(current); // it exited before reading: its status says why
        }
        Future<byte[]> answer = reader.submit(() -> readDelimited(in));
        try {
            return new ProcessCall.Outcome(
                    ProcessCall.Kind.EXITED,
                    0,
                    answer.get(spec.timeout().toMillis(), TimeUnit.MILLISECONDS),
                    stderrText(),
                    "");
        } catch (TimeoutException e) {
            answer.cancel(true);
            stop(false);
            return new ProcessCall.Outcome(ProcessCall.Kind.TIMED_OUT, -1, new byte[0], stderrText(), "");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TooLarge) {
                stop(false);
                return new ProcessCall.Outcome(ProcessCall.Kind.TOO_MUCH_OUTPUT, -1, new byte[0], stderrText(), "");
            }
            return ended(current);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(false);
            return new ProcessCall.Outcome(ProcessCall.Kind.TIMED_OUT, -1, new byte[0], stderrText(), "");
        }
    }

    /** The outcome of a process whose stdout ended before its answer did. */
    private ProcessCall.Outcome ended(Process current) {
        int status;
        try {
            status = current.waitFor(5, TimeUnit.SECONDS) ? current.exitValue() : -1;
            if (drain != null) {
                drain.join(1000); // the last words of its stderr
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = -1;
        }
        String err = stderrText();
        stop(false);
        // An engine that exits 0 mid-conversation is as broken as one that fails.
        return new ProcessCall.Outcome(ProcessCall.Kind.EXITED, status == 0 ? 1 : status, new byte[0], err, "");
    }

    private void stop(boolean gently) {
        Process current = process;
        process = null;
        if (current == null) {
            return;
        }
        if (gently) {
            try {
                current.getOutputStream().close();
                current.waitFor(2, TimeUnit.SECONDS);
            } catch (IOException e) {
                // already gone
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        ProcessCall.stop(current);
    }

    private String stderrText() {
        ByteArrayOutputStream err = stderr;
        if (err == null) {
            return "";
        }
        synchronized (err) {
            return err.toString(StandardCharsets.UTF_8);
        }
    }

    private static void drain(InputStream in, ByteArrayOutputStream sink) {
        byte[] buffer = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                synchronized (sink) {
                    if (sink.size() >= 64 * 1024) {
                        sink.reset();
                    }
                    sink.write(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            // closed when the process was stopped
        }
    }

    private static final class TooLarge extends IOException {
        TooLarge() {
            super("response too large");
        }
    }

    /** One length-delimited message: a varint size, then that many bytes. */
    private static byte[] readDelimited(InputStream in) throws IOException {
        long size = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the engine closed stdout");
            }
            if (shift > 35) {
                throw new TooLarge();
            }
            size |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                break;
            }
        }
        if (size > ProcessCall.STDOUT_LIMIT) {
            throw new TooLarge();
        }
        byte[] bytes = in.readNBytes((int) size);
        if (bytes.length < size) {
            throw new EOFException("the engine closed stdout mid-response");
        }
        return bytes;
    }
}
