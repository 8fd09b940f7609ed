package io.sqlj.engine.sdk;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.MessageLite;
import io.sqlj.engine.v1.BatchParseRequest;
import io.sqlj.engine.v1.BatchParseResponse;
import io.sqlj.engine.v1.Catalog;
import io.sqlj.engine.v1.EngineInfo;
import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.engine.v1.ParseResponse;
import io.sqlj.engine.v1.ProtocolVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * The entry point of a Java engine: reads the verb from {@code args}, the request from
 * {@code in} to EOF, and writes the response to {@code out}.
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *   EngineMain.exit(new MyEngine(), args);
 * }
 * }</pre>
 *
 * <p>Exit codes: 0 answered (SQL problems are in the diagnostics), 1 the request could not be
 * decoded or the engine failed (one line on stderr; a stack trace too when the environment has
 * {@code SQLJ_ENGINE_DEBUG=1}), 2 usage.
 */
public final class EngineMain {
    /** The feature an engine built on this SDK always has. */
    public static final String FEATURE_BATCH = "batch";

    /**
     * The feature of an engine that answers {@code serve}: a long-lived process that reads
     * length-delimited {@code BatchParseRequest}s from stdin until EOF and writes one
     * length-delimited {@code BatchParseResponse} for each, keeping its session (the loaded schema,
     * a started server) open while the schema stays the same. {@code sqlj lsp} keeps one warm.
     */
    public static final String FEATURE_SERVE = "serve";

    private EngineMain() {}

    /**
     * Runs the engine and exits the JVM with its exit code. Exits early, running the shutdown
     * hooks (which stop a server the engine started), when the process that started the engine
     * dies: an engine must not outlive a sqlj killed with SIGKILL.
     */
    public static void exit(Engine engine, String[] args) {
        int code = run(engine, args, System.in, System.out, System.err, debug(), true, true);
        // stdout is closed once the response is written (when there was one): the JVM's exit does
        // not hold sqlj up, which reads the response as soon as stdout ends (it still waits for
        // the exit status before it writes anything)
        System.out.close();
        System.exit(code);
    }

    /** Runs one invocation and returns the exit code; never throws. */
    public static int run(Engine engine, String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(engine, args, in, out, err, debug(), false, false);
    }

    private static boolean debug() {
        return "1".equals(System.getenv("SQLJ_ENGINE_DEBUG"));
    }

    /**
     * Runs one invocation inside a JVM that is not the engine's own, on the caller's thread with
     * the caller's streams: sqlj runs its bundled SQLite engine so (docs/decisions.md, "Bundled
     * engines in sqlj's JVM"). The invocation is the one {@link #exit} runs, through the same code,
     * but for what belongs to a process: {@code out} is closed once the response is written, as
     * {@link #exit} closes stdout; {@code SQLJ_TIMINGS} and {@code SQLJ_ENGINE_DEBUG} are read from
     * {@code env}, the environment the engine would get as a process, not from this JVM's; the
     * timings do not report the JVM's start (it is not the engine's); no thread watches the parent
     * process; nothing exits. Returns the exit code; never throws.
     */
    public static int runEmbedded(
            Engine engine, String[] args, InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
        PhaseClock clock = PhaseClock.from(env.get("SQLJ_TIMINGS"), err, false);
        return run(engine, args, in, out, err, "1".equals(env.get("SQLJ_ENGINE_DEBUG")), true, false, clock);
    }

    static int run(Engine engine, String[] args, InputStream in, PrintStream out, PrintStream err, boolean debug) {
        return run(engine, args, in, out, err, debug, false, false);
    }

    /**
     * Where the response goes: written in one array and flushed; then, with {@code close}, {@code out}
     * is closed (for {@link System#out}, the JDK puts {@code /dev/null} in place of file descriptor 1,
     * so no file opened later takes it).
     */
    private static final class Reply {
        private final PrintStream out;
        private final boolean close;
        private final PhaseClock clock;
        private boolean failed;

        Reply(PrintStream out, boolean close, PhaseClock clock) {
            this.out = out;
            this.close = close;
            this.clock = clock;
        }

        void send(MessageLite response) {
            // one array and one write: protobuf's array encoder is faster than its stream encoder
            byte[] bytes = response.toByteArray();
            out.write(bytes, 0, bytes.length);
            out.flush();
            clock.lap("write-response");
            failed = out.checkError();
            if (close) {
                out.close();
            }
        }
    }

    /**
     * {@code closeOut}: close {@code out} right after the response, before the session closes (a
     * parse-batch's) and the JVM exits (docs/performance.md §1aj). {@code watchParent}: start the
     * {@link ParentWatch} after the engine's {@link Engine#prepare} and the request's reader have
     * started, which are on the way to the session (§1ak).
     */
    static int run(
            Engine engine,
            String[] args,
            InputStream in,
            PrintStream out,
            PrintStream err,
            boolean debug,
            boolean closeOut,
            boolean watchParent) {
        return run(
                engine,
                args,
                in,
                out,
                err,
                debug,
                closeOut,
                watchParent,
                PhaseClock.from(System.getenv("SQLJ_TIMINGS"), err, true));
    }

    private static int run(
            Engine engine,
            String[] args,
            InputStream in,
            PrintStream out,
            PrintStream err,
            boolean debug,
            boolean closeOut,
            boolean watchParent,
            PhaseClock clock) {
        String verb = args.length == 1 ? args[0] : "";
        // the name is for messages only: asking the engine for its info costs time at every start
        Supplier<String> name = () -> engineName(engine);
        ArrivingBatch arriving = null;
        try {
            if (verb.equals("serve") || verb.equals("parse") || verb.equals("parse-batch")) {
                engine.prepare();
                if (verb.equals("parse-batch")) {
                    // read while the session opens and answers (docs/performance.md §1y)
                    arriving = ArrivingBatch.read(in);
                }
            }
            if (watchParent) {
                ParentWatch.start(err);
            }
            if (verb.equals("serve") || verb.equals("parse") || verb.equals("parse-batch")) {
                // protobuf's classes are made now, while sqlj may still be writing the request; not
                // its descriptors, which only an options map needs (docs/performance.md §1ag)
                BatchParseRequest.getDefaultInstance();
                ParseResponse.getDefaultInstance();
            }
            if (verb.equals("serve")) {
                return serve(engine, in, out, err, name);
            }
            Reply reply = new Reply(out, closeOut, clock);
            switch (verb) {
                case "info" -> reply.send(info(engine));
                case "parse" -> reply.send(parse(engine, ParseRequest.parseFrom(in.readAllBytes())));
                case "parse-batch" -> parseBatch(engine, java.util.Objects.requireNonNull(arriving), clock, reply);
                default -> {
                    usage(name.get(), args, err);
                    return 2;
                }
            }
            if (reply.failed) {
                err.println(name.get() + " engine: cannot write the response to stdout");
                return 1;
            }
            return 0;
        } catch (InvalidProtocolBufferException e) {
            err.println(name.get() + " engine: cannot decode the " + verb + " request on stdin: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println(name.get() + " engine: cannot read stdin: " + e.getMessage());
            return 1;
        } catch (Exception | LinkageError | StackOverflowError | OutOfMemoryError e) {
            err.println(name.get() + " engine failed: " + e);
            if (debug) {
                e.printStackTrace(err);
            } else {
                err.println("(set SQLJ_ENGINE_DEBUG=1 for a stack trace)");
            }
            return 1;
        }
    }

    /** The engine's info with protocol version 1 and the feature "batch" filled in. */
    public static EngineInfo info(Engine engine) {
        EngineInfo info = engine.info();
        EngineInfo.Builder builder = info.toBuilder();
        if (info.getProtocolVersion() == 0) {
            builder.setProtocolVersion(ProtocolVersion.PROTOCOL_VERSION_1_VALUE);
        }
        if (!info.getFeaturesList().contains(FEATURE_BATCH)) {
            builder.addFeatures(FEATURE_BATCH);
        }
        if (!info.getFeaturesList().contains(FEATURE_SERVE)) {
            builder.addFeatures(FEATURE_SERVE);
        }
        return builder.build();
    }

    /**
     * {@code serve}: answers length-delimited batches until EOF on {@code in}. The session stays
     * open from one batch to the next while the schema source is the same, and is reopened when it
     * changes; every response carries the catalog. A failure ends the process as for the other
     * verbs (one line on stderr, exit 1): the caller starts a new one.
     */
    static int serve(Engine engine, InputStream in, PrintStream out, PrintStream err, Supplier<String> name)
            throws Exception {
        SchemaSource open = null;
        Engine.Session session = null;
        try {
            while (true) {
                BatchParseRequest batch = BatchParseRequest.parseDelimitedFrom(in);
                if (batch == null) {
                    return 0;
                }
                SchemaSource schema = SchemaSource.of(batch);
                if (session == null || !schema.equals(open)) {
                    if (session != null) {
                        session.close();
                        session = null;
                    }
                    session = engine.open(schema);
                    open = schema;
                }
                BatchParseResponse.Builder response = BatchParseResponse.newBuilder();
                response.addAllResponses(session.parseAll(withVersion(batch)));
                session.catalog().ifPresent(response::setCatalog);
                response.build().writeDelimitedTo(out);
                out.flush();
                if (out.checkError()) {
                    err.println(name.get() + " engine: cannot write the response to stdout");
                    return 1;
                }
            }
        } finally {
            if (session != null) {
                session.close();
            }
        }
    }

    /** Answers one request in a session of its own. */
    public static ParseResponse parse(Engine engine, ParseRequest request) throws Exception {
        try (Engine.Session session = engine.open(SchemaSource.of(request), request.getOptionsMap())) {
            ParseResponse response = answer(session, request);
            Optional<Catalog> catalog = session.catalog();
            return catalog.isEmpty()
                    ? response
                    : response.toBuilder().setCatalog(catalog.get()).build();
        }
    }

    /** Answers every request of the batch, in order, in one session. */
    public static BatchParseResponse parseBatch(Engine engine, BatchParseRequest batch) throws Exception {
        BatchParseResponse.Builder response = BatchParseResponse.newBuilder();
        java.util.Map<String, String> options = batch.getRequestsCount() == 0
                ? java.util.Map.of()
                : batch.getRequests(0).getOptionsMap();
        try (Engine.Session session = engine.open(SchemaSource.of(batch), options)) {
            response.addAllResponses(session.parseAll(withVersion(batch)));
            session.catalog().ifPresent(response::setCatalog);
        }
        return response.build();
    }

    /**
     * Answers a batch while it arrives ({@link ArrivingBatch}): the session opens as soon as the
     * schema source and the first request are there, and {@link Engine.Session#parseAll} gets the
     * requests as a list that fills while sqlj sends them. The response is the one the whole
     * request would get: should the request end with another schema source or version than the
     * session was opened or the requests answered with (protobuf lets a field come twice, the last
     * one counting), the answers are dropped and the whole request is answered again.
     */
    private static void parseBatch(Engine engine, ArrivingBatch batch, PhaseClock clock, Reply reply) throws Exception {
        try {
            parseArriving(engine, batch, clock, reply);
        } catch (ArrivingBatch.Unreadable e) {
            throw (IOException) java.util.Objects.requireNonNull(e.getCause());
        } catch (Exception | Error e) {
            // a request that could not be read is the fault, whatever the engine made of it
            IOException unread = batch.failureIfEnded();
            if (unread != null) {
                throw unread;
            }
            throw e;
        }
    }

    /**
     * The response is sent before the session closes (a server's stop, a database's close): it
     * is complete by then, and sqlj reads it while the engine closes and exits. A session whose
     * close fails still fails the engine (exit 1), and sqlj then takes nothing of the response.
     */
    private static void parseArriving(Engine engine, ArrivingBatch batch, PhaseClock clock, Reply reply)
            throws Exception {
        if (batch.awaitSchema()) {
            // the schema comes before the first request: the engine may load it while sqlj splits (§1ap)
            clock.lap("read-schema");
            engine.schemaArrived(batch.schema());
            clock.lap("schema-arrived");
        }
        batch.awaitSessionStart();
        clock.lap("read-schema-and-first-request");
        SchemaSource schema = batch.schema();
        boolean answered;
        try (Engine.Session session = engine.open(schema, batch.options())) {
            clock.lap("open-session-and-load-schema");
            List<ParseResponse> answers = session.parseAll(batch.requests());
            BatchParseRequest header = batch.header();
            answered = SchemaSource.of(header).equals(schema) && batch.sameVersionAs(header);
            if (answered) {
                BatchParseResponse.Builder response = BatchParseResponse.newBuilder();
                response.addAllResponses(answers);
                session.catalog().ifPresent(response::setCatalog);
                clock.lap("resolve-" + batch.count() + "-queries");
                clock.mark("resolve-waited-for-requests", batch.waitedNanos() / 1e6);
                clock.since("request-read-to-eof", batch.endedAt());
                reply.send(response.build());
            }
        }
        if (!answered) {
            clock.lap("answered-with-another-schema-or-version");
            parseBatch(engine, batch.whole(), clock, reply);
            return;
        }
        clock.lap("close-session");
    }

    private static void parseBatch(Engine engine, BatchParseRequest batch, PhaseClock clock, Reply reply)
            throws Exception {
        BatchParseResponse.Builder response = BatchParseResponse.newBuilder();
        clock.lap("read-request");
        java.util.Map<String, String> options = batch.getRequestsCount() == 0
                ? java.util.Map.of()
                : batch.getRequests(0).getOptionsMap();
        try (Engine.Session session = engine.open(SchemaSource.of(batch), options)) {
            clock.lap("open-session-and-load-schema");
            response.addAllResponses(session.parseAll(withVersion(batch)));
            session.catalog().ifPresent(response::setCatalog);
            clock.lap("resolve-" + batch.getRequestsCount() + "-queries");
            reply.send(response.build());
        }
        clock.lap("close-session");
    }

    /**
     * The batch's requests, each with the batch's sqlj version where it has none of its own. The
     * copy is made when a request is read, by the thread that answers it.
     */
    private static List<ParseRequest> withVersion(BatchParseRequest batch) {
        List<ParseRequest> requests = batch.getRequestsList();
        String version = batch.getSqljVersion();
        return new WithVersion(requests, version);
    }

    private static final class WithVersion extends AbstractList<ParseRequest> implements RandomAccess {
        private final List<ParseRequest> requests;
        private final String version;

        WithVersion(List<ParseRequest> requests, String version) {
            this.requests = requests;
            this.version = version;
        }

        @Override
        public ParseRequest get(int index) {
            ParseRequest request = requests.get(index);
            return request.getSqljVersion().isEmpty() && !version.isEmpty()
                    ? request.toBuilder().setSqljVersion(version).build()
                    : request;
        }

        @Override
        public int size() {
            return requests.size();
        }
    }

    /**
     * Whether {@code requests}, as {@link Engine.Session#parseAll} got them, has a request at {@code
     * index}: under {@code parse-batch} they are still arriving, and this waits until request
     * {@code index} came or the request ended (then false). For an engine that answers on several
     * threads, each taking the next index, without waiting for the whole batch ({@code size()}
     * waits for it). Throws, as the list does, when the request could not be read to its end.
     */
    public static boolean arrives(List<ParseRequest> requests, int index) {
        return requests instanceof ArrivingBatch.Arriving arriving ? arriving.arrives(index) : index < requests.size();
    }

    /**
     * One query's answer, as {@link Engine.Session#parseAll} gives each. A query nested too deeply for the engine's recursive code (thousands of
     * parentheses) overflows the stack: that is a problem of this query, reported on it, not a crash
     * of the whole batch.
     */
    public static ParseResponse answer(Engine.Session session, ParseRequest request) throws Exception {
        try {
            return session.parse(request);
        } catch (StackOverflowError e) {
            return ParseResponse.newBuilder()
                    .addDiagnostics(
                            Diagnostics.error(
                                    request.getSql(),
                                    0,
                                    "the query is nested too deeply for the engine to analyse (it ran out of stack); simplify it"))
                    .build();
        }
    }

    private static String engineName(Engine engine) {
        try {
            String name = engine.info().getName();
            return name.isEmpty() ? "sqlj" : name;
        } catch (RuntimeException e) {
            return "sqlj";
        }
    }

    private static void usage(String name, String[] args, PrintStream err) {
        boolean help = args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"));
        if (!help) {
            err.println(name + " engine: unknown command line: " + String.join(" ", args));
        }
        err.println("usage: <engine> parse | info | parse-batch | serve");
        err.println("  parse        read a ParseRequest from stdin to EOF, write a ParseResponse");
        err.println("  info         write an EngineInfo");
        err.println("  parse-batch  read a BatchParseRequest, write a BatchParseResponse");
        err.println("  serve        answer length-delimited BatchParseRequests until EOF, one session");
        err.println("Messages are plain protobuf (sqlj/engine/v1/engine.proto), not length-prefixed.");
    }
}
