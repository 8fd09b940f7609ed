package io.sqlj.core.engine;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.Parser;
import io.sqlj.core.Diagnostic;
import io.sqlj.core.QueryDecl;
import io.sqlj.core.ResolvedQuery;
import io.sqlj.core.SqljVersion;
import io.sqlj.core.Timings;
import io.sqlj.core.config.SqlBlock;
import io.sqlj.engine.sdk.Engine;
import io.sqlj.engine.v1.BatchParseResponse;
import io.sqlj.engine.v1.Catalog;
import io.sqlj.engine.v1.ConnectionParams;
import io.sqlj.engine.v1.EngineInfo;
import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.engine.v1.ParseResponse;
import io.sqlj.engine.v1.QueryInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Runs an engine over one block's queries: asks {@code <cmd> info} once per engine (not bundled
 * engines: built on the SDK, they all batch), then sends
 * every query in one {@code parse-batch} process when the engine declares the {@code batch}
 * feature, or one {@code parse} process per query otherwise. Every fault of the engine becomes
 * an error diagnostic that names the engine, the block and the query file; nothing is thrown.
 */
public final class EngineRunner {

    private final Path configDir;
    private final Map<String, String> env;
    private final Timings timings;
    /** The bundled engines that run on a thread of this JVM instead of a process. */
    private final InProcessEngines inProcess;

    private final String sqljVersion = SqljVersion.get();
    private final Map<List<String>, Set<String>> features = new ConcurrentHashMap<>();
    private static final Set<String> BUNDLED_FEATURES = Set.of(
            "batch",
            "serve",
            io.sqlj.engine.sdk.Macros.FEATURE_OPTIONAL,
            io.sqlj.engine.sdk.Macros.FEATURE_SORT,
            io.sqlj.engine.sdk.Macros.FEATURE_EMBED_LIST);

    /**
     * @param configDir the engine's working directory, and where relative commands are found
     * @param env the environment of sqlj: {@code PATH} and the variables engines may receive
     */
    public EngineRunner(Path configDir, Map<String, String> env) {
        this(configDir, env, Timings.from(Map.of()));
    }

    /** @param timings where the engine calls, and the phases engines report, are recorded */
    public EngineRunner(Path configDir, Map<String, String> env, Timings timings) {
        this(configDir, env, timings, InProcessEngines.NONE);
    }

    /** @param inProcess the bundled engines that run on a thread of this JVM instead of a process */
    public EngineRunner(Path configDir, Map<String, String> env, Timings timings, InProcessEngines inProcess) {
        this.configDir = configDir.toAbsolutePath().normalize();
        this.env = Map.copyOf(env);
        this.timings = timings;
        this.inProcess = inProcess;
    }

    /**
     * {@code engine} started with {@code argv} (the verb last): on a thread of this JVM when it is one
     * of {@link #inProcess}, else as a process with the plan's command line.
     */
    private ProcessCall.Started begin(
            EngineSpec engine, List<String> argv, SharedArchive.Plan plan, Map<String, String> environment) {
        Optional<Function<Path, Engine>> inJvm = inProcess.factory(engine);
        if (inJvm.isPresent()) {
            List<String> verb = List.of(argv.get(argv.size() - 1));
            return ProcessCall.begin(
                    EngineThread.start(engine.name(), inJvm.get().apply(configDir), verb, environment), environment);
        }
        return ProcessCall.begin(plan.argv(), environment, configDir);
    }

    /** How {@code argv} runs: {@link SharedArchive#plan}, but no archive for an engine in this JVM. */
    private SharedArchive.Plan plan(EngineSpec engine, List<String> argv) {
        return inProcess.factory(engine).isPresent()
                ? new SharedArchive.Plan(argv, null, null)
                : SharedArchive.plan(argv);
    }

    /**
     * @param schemaSql the block's schema files joined; ignored when the block names a {@code
     *     database}
     * @param queries the block's queries, in file order
     */
    public EngineRunResult run(EngineSpec engine, SqlBlock block, String schemaSql, List<QueryDecl> queries) {
        return run(engine, block, SchemaText.of(schemaSql), queries);
    }

    /**
     * @param schema the block's schema files joined, knowing which line came from which file, so
     *     that problems an engine finds in the schema are reported at their file and line
     */
    public EngineRunResult run(EngineSpec engine, SqlBlock block, SchemaText schema, List<QueryDecl> queries) {
        return run(engine, block, schema, queries, null);
    }

    /**
     * A bundled engine's {@code parse-batch} process started before its request is ready (while
     * the schema and query files are read), so its JVM start overlaps that work. {@link
     * #run(EngineSpec, SqlBlock, SchemaText, List, Early)} sends it the request; {@link #close}
     * kills it when the block ends without asking it (no queries, an unreadable schema).
     */
    public static final class Early implements AutoCloseable {
        private final List<String> argv;
        private final SharedArchive.Plan plan;
        private final ProcessCall.Started started;
        /** The queries already on their way to the process ({@link #stream}), in order. */
        private final List<QueryDecl> streamed = new ArrayList<>();
        /** The schema text sent before them, or null before the first {@link #stream}. */
        private @Nullable String streamedSchema;

        private @Nullable BatchRequests encoder;

        private Early(List<String> argv, SharedArchive.Plan plan, ProcessCall.Started started) {
            this.argv = List.copyOf(argv);
            this.plan = plan;
            this.started = started;
        }

        /**
         * Sends {@code queries} of {@code block} to the process now, as the next requests of its
         * batch, while the caller still splits the next query files; the first call sends the
         * schema and the version before them, so the engine loads the schema and resolves these
         * while the rest is split (docs/performance.md §1r, §1y). The run then only closes the
         * request, when the queries it sends are exactly the ones streamed, in order, with the same
         * schema; otherwise it leaves this process and starts another with the whole request.
         *
         * @param schema the block's schema files joined, as the run will send them
         */
        public void stream(SqlBlock block, SchemaText schema, List<QueryDecl> queries) {
            if (queries.isEmpty()) {
                return;
            }
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            BatchRequests e = header(block, schema, bytes);
            for (QueryDecl decl : queries) {
                bytes.writeBytes(e.query(decl));
            }
            started.send(bytes.toByteArray());
            streamed.addAll(queries);
        }

        /**
         * Sends the schema and the version to the process now, before the first query file is split:
         * an engine may load the schema while the files are split (the SQLite engine does;
         * docs/performance.md §1ap). The bytes are those {@link #stream}'s first call would send
         * before its queries; that call then sends only the queries.
         *
         * @param schema the block's schema files joined, as the run will send them
         */
        public void streamSchema(SqlBlock block, SchemaText schema) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            header(block, schema, bytes);
            if (bytes.size() > 0) {
                started.send(bytes.toByteArray());
            }
        }

        /** The encoder of this batch; the first call writes the header to {@code bytes}. */
        private BatchRequests header(SqlBlock block, SchemaText schema, java.io.ByteArrayOutputStream bytes) {
            BatchRequests e = encoder;
            if (e == null) {
                e = new BatchRequests(block);
                encoder = e;
                streamedSchema = schema.text();
                bytes.writeBytes(BatchRequests.header(block, schema.text(), SqljVersion.get()));
            }
            return e;
        }

        /** The reply of the process, perhaps still exiting; null before {@link #reply}. */
        private ProcessCall.@Nullable Reply reply;

        /**
         * What the block's result becomes once the process exited ({@link #awaitExit}); null when
         * the run waited for the exit already, or did not use this process.
         */
        private java.util.function.@Nullable UnaryOperator<EngineRunResult> settle;

        ProcessCall.Reply reply(byte[] request, java.time.Duration timeout) {
            ProcessCall.Reply r = started.reply(request, timeout).then(plan::after);
            reply = r;
            return r;
        }

        /**
         * Waits for the process's exit, when the run decoded its answer as soon as its stdout ended
         * (the engine SDK closes it before closing its session and exiting; docs/performance.md
         * §1aj): returns {@code answer}, what the run gave, when the process then exited with status
         * 0 within its timeout; otherwise the result the run gives for that fault (the same message,
         * no query resolved), as if it had waited for the exit before decoding. A process that hangs
         * is killed at its timeout. Call it before anything is written.
         */
        public EngineRunResult awaitExit(EngineRunResult answer) {
            java.util.function.UnaryOperator<EngineRunResult> s = settle;
            settle = null;
            return s == null ? answer : s.apply(answer);
        }

        @Override
        public void close() {
            ProcessCall.Reply r = reply;
            if (r != null) {
                r.outcome(); // still exiting: waited for (and killed at its timeout)
            }
            started.close();
            plan.forget();
        }
    }

    /**
     * Starts {@code engine}'s {@code parse-batch} process now when it is a bundled engine (its
     * features are known without asking it); empty otherwise, or when its program is not found
     * (then {@link #run} reports that).
     */
    public Optional<Early> prestart(EngineSpec engine) {
        return prestart(engine, engine.name());
    }

    /** As {@link #prestart(EngineSpec)}; {@code label} names the process in timings ({@code sql[0]}). */
    public Optional<Early> prestart(EngineSpec engine, String label) {
        if (!engine.bundled()) {
            return Optional.empty();
        }
        CommandResolver.Resolution found =
                CommandResolver.resolve(engine.argv().get(0), engine.bundled(), configDir, env.get("PATH"));
        if (found.program().isEmpty()) {
            return Optional.empty();
        }
        List<String> argv = new ArrayList<>(engine.argv());
        argv.set(0, found.program().get().toString());
        List<String> full = with(argv, "parse-batch");
        SharedArchive.Plan plan = plan(engine, full);
        Map<String, String> environment = EngineEnvironment.of(engine, env, timings.enabled());
        long start = System.nanoTime();
        ProcessCall.Started started = begin(engine, full, plan, environment);
        timings.span(
                label + " engine parse-batch: started by sqlj ("
                        + (inProcess.factory(engine).isPresent() ? "a thread of sqlj's JVM" : "process spawn") + ")",
                start,
                System.nanoTime());
        return Optional.of(new Early(full, plan, started));
    }

    /**
     * As {@link #run(EngineSpec, SqlBlock, SchemaText, List)}, sending the batch to {@code early}
     * when it was started for this engine; the caller closes {@code early}.
     */
    public EngineRunResult runStarted(
            EngineSpec engine, SqlBlock block, SchemaText schema, List<QueryDecl> queries, Early early) {
        return early.awaitExit(runStartedBeforeExit(engine, block, schema, queries, early));
    }

    /**
     * As {@link #runStarted}, but returns as soon as the engine's answer is read and checked, while
     * its process may still be exiting (the engine SDK closes stdout before it closes its session and
     * exits: docs/performance.md §1aj). The result is provisional: {@link Early#awaitExit} gives the
     * final one, and must be called before anything is written from it.
     */
    public EngineRunResult runStartedBeforeExit(
            EngineSpec engine, SqlBlock block, SchemaText schema, List<QueryDecl> queries, Early early) {
        return run(engine, block, schema, queries, null, early);
    }

    /**
     * How a batch reaches the engine: by default one {@code parse-batch} process; an {@link
     * EngineSession} sends it to a warm {@code serve} process instead.
     */
    interface Transport {
        /**
         * Sends the encoded BatchParseRequest; the reply's stdout is the encoded BatchParseResponse,
         * an answer only when its outcome is an exit with status 0.
         */
        ProcessCall.Reply call(List<String> argv, Map<String, String> environment, byte[] request, EngineSpec engine);
    }

    /** As {@link #run(EngineSpec, SqlBlock, SchemaText, List)}, through {@code transport} when the engine serves. */
    EngineRunResult run(
            EngineSpec engine,
            SqlBlock block,
            SchemaText schema,
            List<QueryDecl> queries,
            @Nullable Transport transport) {
        return run(engine, block, schema, queries, transport, null);
    }

    private EngineRunResult run(
            EngineSpec engine,
            SqlBlock block,
            SchemaText schema,
            List<QueryDecl> queries,
            @Nullable Transport transport,
            @Nullable Early early) {
        String schemaSql = schema.text();
        if (queries.isEmpty()) {
            return new EngineRunResult(List.of(), List.of());
        }
        Call call = new Call(engine, block, queries, schema);
        String program = engine.argv().get(0);
        CommandResolver.Resolution found =
                CommandResolver.resolve(program, engine.bundled(), configDir, env.get("PATH"));
        if (found.program().isEmpty()) {
            return call.fail(
                    block.engineLocation(),
                    "engine \"" + engine.name() + "\" (used by " + call.blockName + "): command \"" + program
                            + "\" not found or not executable; looked in " + found.searched());
        }
        List<String> argv = new ArrayList<>(engine.argv());
        argv.set(0, found.program().get().toString());
        Map<String, String> environment = EngineEnvironment.of(engine, env, timings.enabled());
        Optional<Set<String>> engineFeatures = features(call, argv, environment);
        if (engineFeatures.isEmpty()) {
            return call.result();
        }
        call.refuseUnsupportedMacros(engineFeatures.get());
        if (call.queries.isEmpty()) {
            return call.result();
        }
        if (transport != null && engineFeatures.get().contains("serve")) {
            batch(call, argv, environment, schemaSql, transport, false);
        } else if (engineFeatures.get().contains("batch")) {
            // The early process takes the batch when it was started for this engine; when queries were
            // streamed to it already, only when they are exactly the ones to send (else a new one does).
            boolean streamed = false;
            Early taker = null;
            if (early != null && early.argv.equals(with(argv, "parse-batch"))) {
                streamed = !early.streamed.isEmpty()
                        && early.streamed.equals(call.queries)
                        && schemaSql.equals(early.streamedSchema);
                // a process that has the header but no queries yet (never, as the run streams) gets no second header
                taker = streamed || (early.streamed.isEmpty() && early.encoder == null) ? early : null;
            }
            Early process = taker;
            batch(
                    call,
                    argv,
                    environment,
                    schemaSql,
                    (a, e, bytes, spec) -> {
                        if (process != null) {
                            return process.reply(bytes, spec.timeout());
                        }
                        List<String> full = with(a, "parse-batch");
                        SharedArchive.Plan plan = plan(spec, full);
                        return ProcessCall.Reply.settled(
                                plan.after(begin(spec, full, plan, e).finish(bytes, spec.timeout())));
                    },
                    streamed);
            if (early != null) {
                early.settle = call.settle;
            }
        } else {
            oneByOne(call, argv, environment, schemaSql);
        }
        return call.result();
    }

    /** The engine's features; an engine that fails {@code info} or answers garbage has none. */
    private Optional<Set<String>> features(Call call, List<String> argv, Map<String, String> environment) {
        if (call.engine.bundled()) {
            // built on the engine SDK, which always has these: no JVM start to ask
            return Optional.of(BUNDLED_FEATURES);
        }
        Set<String> known = features.get(argv);
        if (known != null) {
            return Optional.of(known);
        }
        ProcessCall.Outcome outcome = timed(
                        call,
                        "info",
                        () -> ProcessCall.Reply.settled(ProcessCall.run(
                                with(argv, "info"), new byte[0], environment, configDir, call.engine.timeout())))
                .outcome();
        if (outcome.kind() != ProcessCall.Kind.EXITED) {
            call.fault(call.engineLocation(), outcome, "while asking for its info (" + call.blockName + ")");
            return Optional.empty();
        }
        Set<String> result = outcome.exitCode() == 0
                ? decode(outcome.stdout(), EngineInfo.parser())
                        .map(i -> Set.copyOf(i.getFeaturesList()))
                        .orElse(Set.of())
                : Set.of();
        features.put(List.copyOf(argv), result);
        return Optional.of(result);
    }

    /** {@code streamed}: the whole request was sent already ({@link Early#stream}); only its end is. */
    private void batch(
            Call call,
            List<String> argv,
            Map<String, String> environment,
            String schemaSql,
            Transport transport,
            boolean streamed) {
        byte[] request = streamed
                ? new byte[0]
                : new BatchRequests(call.sqlBlock).encode(call.queries, call.sqlBlock, schemaSql, sqljVersion);
        AnswerWarmUp.start(); // on the core the engine leaves, while it works
        long called = System.nanoTime();
        ProcessCall.Reply reply =
                timed(call, "parse-batch", () -> transport.call(argv, environment, request, call.engine));
        String during = "while resolving " + call.blockName + " (" + call.files() + ")";
        if (reply.exiting()) {
            // The engine closed its stdout and is exiting: its answer is decoded, checked and
            // generated from meanwhile, and stands only when it then exits 0 (Early#awaitExit).
            List<Diagnostic> before = List.copyOf(call.diagnostics);
            call.settle = answer -> {
                ProcessCall.Outcome outcome = reply.outcome();
                if (timings.enabled()) {
                    long exited = reply.exitedNanos() != 0 ? reply.exitedNanos() : System.nanoTime();
                    timings.span(call.blockName + " engine parse-batch (process wall time)", called, exited);
                    timings.span(
                            call.blockName + " engine parse-batch: its exit, after its stdout closed",
                            reply.closedNanos(),
                            exited);
                    engineLines(call, "parse-batch", outcome);
                }
                Optional<String> fault = Faults.describe(call.engine, outcome, during);
                if (fault.isEmpty()) {
                    return answer;
                }
                // what the run gives when it waits for the exit first: the fault, nothing resolved
                List<Diagnostic> diagnostics = new ArrayList<>(before);
                diagnostics.add(Diagnostic.error(call.engineLocation(), fault.get()));
                return new EngineRunResult(List.of(), diagnostics);
            };
        } else if (call.fault(call.engineLocation(), reply.outcome(), during)) {
            return;
        }
        // After the engine has answered and before codegen: on the critical path (docs/performance.md §1af).
        long start = System.nanoTime();
        long cpu = timings.enabled() ? threadCpuNanos() : 0;
        accept(call, reply.stdout(), during);
        if (timings.enabled()) {
            timings.add(call.blockName + " engine answer: decode and check", System.nanoTime() - start);
            timings.add(call.blockName + " engine answer: decode and check (CPU)", threadCpuNanos() - cpu);
        }
    }

    private static long threadCpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
    }

    /** Decodes a {@code parse-batch} answer and takes each response that passes {@link ResponseCheck}. */
    private static void accept(Call call, byte[] stdout, String during) {
        Optional<BatchParseResponse> response = decode(stdout, BatchParseResponse.parser());
        if (response.isEmpty()) {
            call.error(
                    call.engineLocation(),
                    "engine \"" + call.engine.name() + "\" printed a response that is not a valid BatchParseResponse "
                            + during);
        } else if (response.get().getResponsesCount() != call.queries.size()) {
            call.error(
                    call.engineLocation(),
                    "engine \"" + call.engine.name() + "\" returned "
                            + response.get().getResponsesCount() + " responses for " + call.queries.size() + " queries "
                            + during);
        } else if (response.get().hasCatalog()
                && FieldLimits.firstExcess(response.get().getCatalog(), 0).isPresent()) {
            call.error(
                    call.engineLocation(),
                    "engine \"" + call.engine.name() + "\" sent catalog."
                            + FieldLimits.firstExcess(response.get().getCatalog(), 0)
                                    .get() + " " + during);
        } else {
            if (response.get().hasCatalog()) {
                call.catalog = response.get().getCatalog();
            }
            for (int i = 0; i < call.queries.size(); i++) {
                call.accept(call.queries.get(i), response.get().getResponses(i));
            }
        }
    }

    private void oneByOne(Call call, List<String> argv, Map<String, String> environment, String schemaSql) {
        for (QueryDecl decl : call.queries) {
            ParseRequest.Builder request = request(decl, call.sqlBlock).setSqljVersion(sqljVersion);
            if (call.sqlBlock.database().isPresent()) {
                request.setConnectionParams(connection(call.sqlBlock));
            } else {
                request.setSchemaSql(schemaSql);
            }
            ProcessCall.Outcome outcome = ProcessCall.run(
                    with(argv, "parse"), request.build().toByteArray(), environment, configDir, call.engine.timeout());
            String during =
                    "while resolving query \"" + decl.name() + "\" of " + call.blockName + " (" + decl.file() + ")";
            if (call.fault(decl.location(), outcome, during)) {
                if (outcome.kind() == ProcessCall.Kind.EXITED) {
                    continue;
                }
                return; // a hung or missing engine would only fail the same way for every other query
            }
            Optional<ParseResponse> response = decode(outcome.stdout(), ParseResponse.parser());
            if (response.isEmpty()) {
                call.error(
                        decl.location(),
                        "engine \"" + call.engine.name() + "\" printed a response that is not a valid ParseResponse "
                                + during);
            } else {
                call.accept(decl, response.get());
            }
        }
    }

    /** Runs one engine process, recording its wall time and the phases it reports on stderr. */
    private ProcessCall.Reply timed(Call call, String verb, java.util.function.Supplier<ProcessCall.Reply> body) {
        if (!timings.enabled()) {
            return body.get();
        }
        long start = System.nanoTime();
        ProcessCall.Reply reply = body.get();
        if (reply.exiting()) {
            // its stderr's last lines come while it exits: Call#settle adds them
            timings.span(call.blockName + " engine " + verb + ": until its stdout closed", start, System.nanoTime());
        } else {
            timings.span(call.blockName + " engine " + verb + " (process wall time)", start, System.nanoTime());
            engineLines(call, verb, reply.outcome());
        }
        return reply;
    }

    /** The phases an engine process reported on stderr. */
    private void engineLines(Call call, String verb, ProcessCall.Outcome outcome) {
        String prefix = call.blockName + " engine " + verb + ": ";
        if (outcome.timingLines().isEmpty()) {
            timings.addEngineLines(prefix, outcome.stderr());
        } else {
            List<ProcessCall.TimingLine> lines = outcome.timingLines();
            for (int i = 0; i < lines.size(); i++) {
                long received = lines.get(i).receivedNanos();
                if (lines.get(i).line().startsWith(Timings.ENGINE_LINE + JVM_START_TO_MAIN + " ")
                        && i + 1 < lines.size()) {
                    // The SDK prints this line at main, after asking the JVM for its uptime, which
                    // loads classes first; its laps count from main: the next line's start is when it ended.
                    received = Math.min(received, lines.get(i + 1).receivedNanos() - nanos(lines.get(i + 1)));
                }
                timings.addEngineLine(prefix, lines.get(i).line(), received);
            }
        }
    }

    /** The engine SDK's first timing line: from its JVM's start to its main. */
    private static final String JVM_START_TO_MAIN = "jvm-start-to-main";

    /** The milliseconds of a timing line, in nanoseconds; 0 when it has none. */
    private static long nanos(ProcessCall.TimingLine line) {
        String[] parts = line.line().strip().split(" ");
        try {
            return parts.length == 3 ? (long) (Double.parseDouble(parts[2]) * 1e6) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** One query's request without a schema source or version: a {@code parse} request's start, a batch's entry. */
    static ParseRequest.Builder request(QueryDecl decl, SqlBlock block) {
        return ParseRequest.newBuilder()
                .setSql(decl.text())
                .setQuery(QueryInfo.newBuilder()
                        .setName(decl.name())
                        .setCommand(decl.command().keyword())
                        .setFile(decl.file())
                        .setLine(decl.textLine()))
                .putAllOptions(block.engineOptions())
                .setExplain(io.sqlj.core.config.VetRule.needsExplain(block));
    }

    static ConnectionParams connection(SqlBlock block) {
        return ConnectionParams.newBuilder()
                .setDsn(block.database().orElseThrow())
                .build();
    }

    private static List<String> with(List<String> argv, String verb) {
        List<String> full = new ArrayList<>(argv);
        full.add(verb);
        return full;
    }

    /**
     * Decodes a message; empty for bytes that are not one. Protobuf skips unknown fields, so bytes
     * that decode to nothing but unknown fields are taken as garbage too.
     */
    static <T extends Message> Optional<T> decode(byte[] bytes, Parser<T> parser) {
        try {
            T message = parser.parseFrom(bytes);
            if (bytes.length > 0
                    && message.getAllFields().isEmpty()
                    && !message.getUnknownFields().asMap().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(message);
        } catch (InvalidProtocolBufferException e) {
            return Optional.empty();
        }
    }

    /** One block's run: what it resolved and what went wrong. */
    private static final class Call {
        final EngineSpec engine;
        final SqlBlock sqlBlock;
        /** The block as messages name it: {@code sql[0]}. */
        final String blockName;

        List<QueryDecl> queries;
        final SchemaText schema;
        final List<ResolvedQuery> resolved = new ArrayList<>();
        final List<Diagnostic> diagnostics = new ArrayList<>();
        /** The first catalog the engine reported, or null. */
        @Nullable
        Catalog catalog;

        /** For {@link Early#awaitExit}: set when the answer was taken before the process exited. */
        java.util.function.@Nullable UnaryOperator<EngineRunResult> settle;

        Call(EngineSpec engine, SqlBlock block, List<QueryDecl> queries, SchemaText schema) {
            this.engine = engine;
            this.sqlBlock = block;
            this.blockName = "sql[" + block.index() + "]";
            this.queries = List.copyOf(queries);
            this.schema = schema;
        }

        /**
         * Drops, with an error each, the queries that use a macro ({@code sqlj.optional}, {@code
         * sqlj.sort}, {@code sqlj.embed_list}) whose feature the engine does not declare: an engine
         * that does not know them would see unknown functions, or worse, answer without the spans.
         */
        void refuseUnsupportedMacros(Set<String> features) {
            List<QueryDecl> kept = new ArrayList<>();
            for (QueryDecl decl : queries) {
                String lower = decl.text().toLowerCase(java.util.Locale.ROOT);
                if (!lower.contains("optional") && !lower.contains("sort") && !lower.contains("embed_list")) {
                    kept.add(decl); // most queries: no need to scan
                    continue;
                }
                io.sqlj.engine.sdk.ScannedSql scanned =
                        io.sqlj.engine.sdk.SqlScanner.scan(decl.text(), io.sqlj.sql.SqlSyntax.forEngine(engine.name()));
                List<String> missing = scanned.features().stream()
                        .filter(f -> !features.contains(f))
                        .toList();
                if (missing.isEmpty()) {
                    kept.add(decl);
                    continue;
                }
                error(
                        decl.location(),
                        "query " + decl.name() + " uses sqlj." + String.join(", sqlj.", missing)
                                + ", but engine \"" + engine.name() + "\" (" + blockName
                                + ") does not declare the feature"
                                + (missing.size() == 1 ? " " : "s ")
                                + String.join(
                                        ", ",
                                        missing.stream()
                                                .map(m -> "\"" + m + "\"")
                                                .toList())
                                + " in its info; use a bundled engine, or an engine version that supports "
                                + (missing.size() == 1 ? "it" : "them"));
            }
            queries = List.copyOf(kept);
        }

        /** Where the block names its engine: where faults of the engine as a whole are reported. */
        io.sqlj.core.Location engineLocation() {
            return sqlBlock.engineLocation();
        }

        String files() {
            return String.join(
                    ", ", queries.stream().map(QueryDecl::file).distinct().toList());
        }

        void accept(QueryDecl decl, ParseResponse response) {
            List<Diagnostic> found = ResponseCheck.check(engine.name(), decl, response, schema);
            // A problem in the schema comes back on every response; say it once.
            found.stream().filter(d -> !diagnostics.contains(d)).forEach(diagnostics::add);
            if (catalog == null && response.hasCatalog()) {
                catalog = response.getCatalog();
            }
            if (found.stream().noneMatch(Diagnostic::isError)) {
                // A batch's responses carry no catalog (the batch has it): no copy needed for them.
                resolved.add(new ResolvedQuery(
                        decl,
                        response.hasCatalog()
                                ? response.toBuilder().clearCatalog().build()
                                : response));
            }
        }

        void error(io.sqlj.core.Location at, String message) {
            diagnostics.add(Diagnostic.error(at, message));
        }

        EngineRunResult fail(io.sqlj.core.Location at, String message) {
            error(at, message);
            return result();
        }

        /** Reports a call that did not exit 0; returns whether there was such a fault. */
        boolean fault(io.sqlj.core.Location at, ProcessCall.Outcome outcome, String during) {
            Optional<String> fault = Faults.describe(engine, outcome, during);
            fault.ifPresent(message -> error(at, message));
            return fault.isPresent();
        }

        EngineRunResult result() {
            return new EngineRunResult(resolved, diagnostics, Optional.ofNullable(catalog));
        }
    }
}
