package io.sqlj.core.conformance;

import com.google.protobuf.InvalidProtocolBufferException;
import io.sqlj.core.SqljVersion;
import io.sqlj.core.engine.EngineProcess;
import io.sqlj.engine.v1.BatchParseRequest;
import io.sqlj.engine.v1.BatchParseResponse;
import io.sqlj.engine.v1.Catalog;
import io.sqlj.engine.v1.ConnectionParams;
import io.sqlj.engine.v1.EngineInfo;
import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.engine.v1.ParseResponse;
import io.sqlj.engine.v1.QueryInfo;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The conformance kit: runs the standard suite against any engine executable, through the same
 * process code as the pipeline, and says what passes and what fails.
 */
public final class ConformanceCheck {

    /** The suite's schema, for engines checked against a live database ({@code --dsn}). */
    public static final String SCHEMA_SQL = StandardSuite.SCHEMA;

    /**
     * The suite's standard queries as one query file ({@code -- name: X :cmd} each): the starter
     * project. Queries with a column of any type ({@code count(*)}, whose type dialects differ on)
     * are left out: their Java type is not the engine's to get right.
     */
    public static String queriesFile() {
        StringBuilder file = new StringBuilder();
        for (StandardSuite.Query q : StandardSuite.QUERIES) {
            if (q.columns().stream().anyMatch(c -> c.type() == TypeFamily.ANY)) {
                continue;
            }
            file.append("-- name: ")
                    .append(q.name())
                    .append(" :")
                    .append(q.command())
                    .append('\n')
                    .append(q.sql())
                    .append(";\n\n");
        }
        return file.toString();
    }

    /** A result the kit's caller adds, such as the starter project's Java types. */
    public static CheckResult result(boolean passed, String name, String detail) {
        return passed ? CheckResult.pass(name, detail) : CheckResult.fail(name, detail);
    }

    /** Declares 16 bytes of field 1 and gives 6: no protobuf decoder may accept it. */
    static final byte[] MALFORMED = {0x0A, 0x10, 'S', 'E', 'L', 'E', 'C', 'T'};

    private final EngineProcess engine;
    private final Optional<String> dsn;
    private final String version = SqljVersion.get();

    private final boolean each;

    /** @param dsn a database that holds {@link #SCHEMA_SQL}; empty to send the schema as text */
    public ConformanceCheck(EngineProcess engine, Optional<String> dsn) {
        this(engine, dsn, false);
    }

    /**
     * @param each parse every request alone, twice, even when the engine answers batches (an
     *     engine that starts a database server per process, such as the bundled MySQL one, then
     *     starts it once per request)
     */
    public ConformanceCheck(EngineProcess engine, Optional<String> dsn, boolean each) {
        this.engine = engine;
        this.dsn = dsn;
        this.each = each;
    }

    /** Runs every check, handing each result to {@code progress} as soon as it is known. */
    public ConformanceReport run(Consumer<CheckResult> progress) {
        List<CheckResult> results = new ArrayList<>();
        Consumer<CheckResult> record = r -> {
            results.add(r);
            progress.accept(r);
        };
        Optional<String> problem = engine.problem();
        if (problem.isPresent()) {
            record.accept(CheckResult.fail("the engine starts", problem.get()));
            return new ConformanceReport(results);
        }
        Set<String> features = InfoCheck.run(engine, record);
        List<ParseRequest> requests = requests();
        if (features.contains("batch") && !each) {
            batched(requests, record);
            return new ConformanceReport(results);
        }
        List<Optional<ParseResponse>> answers = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            answers.add(answer(requests.get(i), i, record));
        }
        record.accept(positions(requests, answers));
        record.accept(badRequest("a malformed request exits non-zero", engine.call(MALFORMED, "parse")));
        record.accept(badRequest("an unknown command exits non-zero", engine.call(new byte[0], "no-such-command")));
        record.accept(stable(requests, answers));
        record.accept(batch(features, requests, answers));
        return new ConformanceReport(results);
    }

    /**
     * The suite for an engine that answers batches: one {@code parse-batch} call answers every
     * request (one process, so one database server for an engine that starts one), a second one
     * must answer the same, and a sample of requests parsed alone (the first query of the suite,
     * the first bad query) must get the answers the batch gave them. {@code --each} checks every
     * request alone instead.
     */
    private void batched(List<ParseRequest> requests, Consumer<CheckResult> record) {
        Optional<List<ParseResponse>> first = parseBatch(requests, "every request in one batch", record);
        if (first.isEmpty()) {
            return;
        }
        List<Optional<ParseResponse>> answers = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            ParseResponse response = first.get().get(i);
            answers.add(Optional.of(response));
            boolean standard = i < StandardSuite.QUERIES.size();
            String name = standard
                    ? "parse " + requests.get(i).getQuery().getName()
                    : "bad SQL ("
                            + StandardSuite.BAD_QUERIES
                                    .get(i - StandardSuite.QUERIES.size())
                                    .description() + ") gives a diagnostic inside the query";
            List<String> problems = standard
                    ? AnswerCheck.standard(StandardSuite.QUERIES.get(i), response)
                    : BadQueryCheck.problems(requests.get(i).getSql(), response);
            record.accept(
                    problems.isEmpty()
                            ? CheckResult.pass(
                                    name,
                                    (standard
                                                    ? response.getParametersCount() + " parameters, "
                                                            + response.getColumnsCount() + " columns"
                                                    : BadQueryCheck.describe(response))
                                            + " (in the batch)")
                            : CheckResult.fail(name, String.join("\n", problems)));
        }
        record.accept(positions(requests, answers));
        record.accept(badRequest("a malformed request exits non-zero", engine.call(MALFORMED, "parse")));
        record.accept(badRequest("an unknown command exits non-zero", engine.call(new byte[0], "no-such-command")));
        String stableName = "stable answers for the same input";
        Optional<List<ParseResponse>> second = parseBatch(requests, stableName, r -> record.accept(r));
        if (second.isPresent()) {
            List<String> problems = new ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                if (!strip(second.get().get(i)).equals(strip(first.get().get(i)))) {
                    problems.add(requests.get(i).getQuery().getName() + ": the second answer differs from the first: "
                            + text(second.get().get(i)));
                }
            }
            record.accept(
                    problems.isEmpty()
                            ? CheckResult.pass(stableName, "every request answered the same by two batches")
                            : CheckResult.fail(stableName, String.join("\n", problems)));
        }
        String aloneName = "batch answers equal one-by-one answers";
        List<String> problems = new ArrayList<>();
        List<Integer> sample = List.of(0, StandardSuite.QUERIES.size());
        for (int i : sample) {
            Optional<ParseResponse> alone = parse(requests.get(i), aloneName, record);
            if (alone.isEmpty()) {
                return;
            }
            if (!strip(alone.get()).equals(strip(first.get().get(i)))) {
                problems.add(requests.get(i).getQuery().getName() + ": alone " + text(alone.get()) + "\n  in the batch "
                        + text(first.get().get(i)));
            }
            if (i == 0 && alone.get().hasCatalog() && !alone.get().getCatalog().equals(batchCatalog)) {
                problems.add("the catalog differs: alone " + text(alone.get().getCatalog()) + "\n  in the batch "
                        + text(batchCatalog));
            }
        }
        record.accept(
                problems.isEmpty()
                        ? CheckResult.pass(
                                aloneName, sample.size() + " requests parsed alone (--each: all of them, twice)")
                        : CheckResult.fail(aloneName, String.join("\n", problems)));
    }

    /** The catalog of the last batch answer {@link #parseBatch} read. */
    private Catalog batchCatalog = Catalog.getDefaultInstance();

    /** A batch may carry the schema's catalog once, on the batch answer: compared on its own. */
    private static ParseResponse strip(ParseResponse response) {
        return response.toBuilder().clearCatalog().build();
    }

    private Optional<List<ParseResponse>> parseBatch(
            List<ParseRequest> requests, String name, Consumer<CheckResult> record) {
        BatchParseRequest.Builder batch = BatchParseRequest.newBuilder().setSqljVersion(version);
        dsn.ifPresentOrElse(
                d -> batch.setConnectionParams(ConnectionParams.newBuilder().setDsn(d)),
                () -> batch.setSchemaSql(StandardSuite.SCHEMA));
        requests.forEach(
                r -> batch.addRequests(r.toBuilder().clearSchemaSource().clearSqljVersion()));
        EngineProcess.Reply reply = engine.call(batch.build().toByteArray(), "parse-batch");
        if (!reply.ok()) {
            record.accept(CheckResult.fail(
                    name,
                    "expected exit 0 with a BatchParseResponse, got: "
                            + reply.fault().orElse("")));
            return Optional.empty();
        }
        BatchParseResponse response;
        try {
            response = BatchParseResponse.parseFrom(reply.stdout());
        } catch (InvalidProtocolBufferException e) {
            record.accept(CheckResult.fail(name, "stdout is not a BatchParseResponse: " + e.getMessage()));
            return Optional.empty();
        }
        if (response.getResponsesCount() != requests.size()) {
            record.accept(CheckResult.fail(
                    name, "expected " + requests.size() + " responses, got " + response.getResponsesCount()));
            return Optional.empty();
        }
        batchCatalog = response.hasCatalog()
                ? response.getCatalog()
                : response.getResponses(0).getCatalog();
        return Optional.of(response.getResponsesList());
    }

    private List<ParseRequest> requests() {
        List<ParseRequest> requests = new ArrayList<>();
        int line = 1;
        for (StandardSuite.Query q : StandardSuite.QUERIES) {
            requests.add(request(q.name(), q.command(), q.sql(), line));
            line += q.sql().split("\n", -1).length + 2;
        }
        int n = 1;
        for (StandardSuite.BadQuery bad : StandardSuite.BAD_QUERIES) {
            requests.add(request("Bad" + n++, "many", bad.sql(), line));
            line += bad.sql().split("\n", -1).length + 2;
        }
        return requests;
    }

    private ParseRequest request(String name, String command, String sql, int line) {
        ParseRequest.Builder request = ParseRequest.newBuilder()
                .setSql(sql)
                .setQuery(QueryInfo.newBuilder()
                        .setName(name)
                        .setCommand(command)
                        .setFile("conformance.sql")
                        .setLine(line + 1))
                .setSqljVersion(version);
        dsn.ifPresentOrElse(
                d -> request.setConnectionParams(ConnectionParams.newBuilder().setDsn(d)),
                () -> request.setSchemaSql(StandardSuite.SCHEMA));
        return request.build();
    }

    /** Parses request {@code i} alone and records whether its answer is right. */
    private Optional<ParseResponse> answer(ParseRequest request, int i, Consumer<CheckResult> record) {
        boolean standard = i < StandardSuite.QUERIES.size();
        String name = standard
                ? "parse " + request.getQuery().getName()
                : "bad SQL ("
                        + StandardSuite.BAD_QUERIES
                                .get(i - StandardSuite.QUERIES.size())
                                .description() + ") gives a diagnostic inside the query";
        Optional<ParseResponse> response = parse(request, name, record);
        if (response.isEmpty()) {
            return response;
        }
        List<String> problems = standard
                ? AnswerCheck.standard(StandardSuite.QUERIES.get(i), response.get())
                : BadQueryCheck.problems(request.getSql(), response.get());
        if (!problems.isEmpty()) {
            record.accept(CheckResult.fail(name, String.join("\n", problems)));
        } else {
            record.accept(CheckResult.pass(
                    name,
                    standard
                            ? response.get().getParametersCount() + " parameters, "
                                    + response.get().getColumnsCount() + " columns"
                            : BadQueryCheck.describe(response.get())));
        }
        return response;
    }

    private Optional<ParseResponse> parse(ParseRequest request, String name, Consumer<CheckResult> record) {
        EngineProcess.Reply reply = engine.call(request.toByteArray(), "parse");
        if (!reply.ok()) {
            record.accept(CheckResult.fail(
                    name,
                    "expected exit 0 with a ParseResponse, got: "
                            + reply.fault().orElse("")));
            return Optional.empty();
        }
        try {
            return Optional.of(ParseResponse.parseFrom(reply.stdout()));
        } catch (InvalidProtocolBufferException e) {
            record.accept(CheckResult.fail(
                    name, "stdout is not a ParseResponse: " + e.getMessage() + " (" + preview(reply.stdout()) + ")"));
            return Optional.empty();
        }
    }

    private static CheckResult positions(List<ParseRequest> requests, List<Optional<ParseResponse>> answers) {
        String name = "positions in range";
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (int i = 0; i < requests.size(); i++) {
            if (answers.get(i).isPresent()) {
                checked++;
                for (String p : AnswerCheck.positions(
                        requests.get(i).getSql(), answers.get(i).get())) {
                    problems.add(requests.get(i).getQuery().getName() + ": " + p);
                }
            }
        }
        if (checked == 0) {
            return CheckResult.fail(name, "no answer to check");
        }
        return problems.isEmpty()
                ? CheckResult.pass(name, "parameter positions and diagnostic places of " + checked + " answers")
                : CheckResult.fail(name, String.join("\n", problems));
    }

    private static CheckResult badRequest(String name, EngineProcess.Reply reply) {
        if (!reply.exited()) {
            return CheckResult.fail(
                    name, "expected a non-zero exit, got: " + reply.fault().orElse(""));
        }
        return reply.exitCode() != 0
                ? CheckResult.pass(name, "status " + reply.exitCode())
                : CheckResult.fail(
                        name,
                        "expected a non-zero exit and a message on stderr, got exit 0 with " + reply.stdout().length
                                + " bytes on stdout");
    }

    private CheckResult stable(List<ParseRequest> requests, List<Optional<ParseResponse>> answers) {
        String name = "stable answers for the same input";
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            if (answers.get(i).isEmpty()) {
                continue;
            }
            EngineProcess.Reply again = engine.call(requests.get(i).toByteArray(), "parse");
            Optional<ParseResponse> second = again.ok() ? decode(again.stdout()) : Optional.empty();
            if (!second.equals(answers.get(i))) {
                problems.add(requests.get(i).getQuery().getName() + ": the second answer differs from the first: "
                        + second.map(ConformanceCheck::text)
                                .orElse(again.fault().orElse("not a ParseResponse")));
            }
        }
        return problems.isEmpty()
                ? CheckResult.pass(name, "every request answered the same twice")
                : CheckResult.fail(name, String.join("\n", problems));
    }

    private CheckResult batch(
            Set<String> features, List<ParseRequest> requests, List<Optional<ParseResponse>> answers) {
        String name = "batch answers equal one-by-one answers";
        if (!features.contains("batch")) {
            return CheckResult.skip(name, "the engine does not declare the feature \"batch\" (optional)");
        }
        BatchParseRequest.Builder batch = BatchParseRequest.newBuilder().setSqljVersion(version);
        dsn.ifPresentOrElse(
                d -> batch.setConnectionParams(ConnectionParams.newBuilder().setDsn(d)),
                () -> batch.setSchemaSql(StandardSuite.SCHEMA));
        requests.forEach(
                r -> batch.addRequests(r.toBuilder().clearSchemaSource().clearSqljVersion()));
        EngineProcess.Reply reply = engine.call(batch.build().toByteArray(), "parse-batch");
        if (!reply.ok()) {
            return CheckResult.fail(
                    name,
                    "expected exit 0 with a BatchParseResponse, got: "
                            + reply.fault().orElse(""));
        }
        BatchParseResponse response;
        try {
            response = BatchParseResponse.parseFrom(reply.stdout());
        } catch (InvalidProtocolBufferException e) {
            return CheckResult.fail(name, "stdout is not a BatchParseResponse: " + e.getMessage());
        }
        if (response.getResponsesCount() != requests.size()) {
            return CheckResult.fail(
                    name, "expected " + requests.size() + " responses, got " + response.getResponsesCount());
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            // A batch may carry the schema's catalog once, on the batch answer, instead of on each
            // response; the catalog is compared on its own.
            Optional<ParseResponse> alone =
                    answers.get(i).map(a -> a.toBuilder().clearCatalog().build());
            if (alone.isPresent()
                    && !alone.get()
                            .equals(response.getResponses(i).toBuilder()
                                    .clearCatalog()
                                    .build())) {
                problems.add(requests.get(i).getQuery().getName() + ": alone " + text(alone.get()) + "\n  in the batch "
                        + text(response.getResponses(i)));
            }
        }
        Optional<ParseResponse> first = answers.get(0);
        if (first.isPresent() && first.get().hasCatalog()) {
            Catalog batchCatalog = response.hasCatalog()
                    ? response.getCatalog()
                    : response.getResponses(0).getCatalog();
            if (!first.get().getCatalog().equals(batchCatalog)) {
                problems.add("the catalog differs: alone " + text(first.get().getCatalog()) + "\n  in the batch "
                        + text(batchCatalog));
            }
        }
        return problems.isEmpty()
                ? CheckResult.pass(name, requests.size() + " requests in one process")
                : CheckResult.fail(name, String.join("\n", problems));
    }

    private static Optional<ParseResponse> decode(byte[] bytes) {
        try {
            return Optional.of(ParseResponse.parseFrom(bytes));
        } catch (InvalidProtocolBufferException e) {
            return Optional.empty();
        }
    }

    private static String text(com.google.protobuf.MessageOrBuilder response) {
        return "{" + response.toString().strip().replace("\n", " ") + "}";
    }

    private static String preview(byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, 80), StandardCharsets.UTF_8);
        return bytes.length + " bytes: " + text.replaceAll("\\p{Cntrl}", ".");
    }

    /** {@code info}: optional, but well-formed when answered. */
    private static final class InfoCheck {
        static Set<String> run(EngineProcess engine, Consumer<CheckResult> record) {
            String name = "info is well-formed";
            EngineProcess.Reply reply = engine.call(new byte[0], "info");
            if (!reply.exited()) {
                record.accept(CheckResult.fail(name, reply.fault().orElse("")));
                return Set.of();
            }
            if (reply.exitCode() != 0) {
                record.accept(CheckResult.skip(
                        name,
                        "not answered (status " + reply.exitCode()
                                + "; optional: sqlj then runs one parse per query)"));
                return Set.of();
            }
            EngineInfo info;
            try {
                info = EngineInfo.parseFrom(reply.stdout());
            } catch (InvalidProtocolBufferException e) {
                record.accept(CheckResult.fail(name, "exit 0, but stdout is not an EngineInfo: " + e.getMessage()));
                return Set.of();
            }
            List<String> problems = new ArrayList<>();
            if (info.getName().isBlank()) {
                problems.add("no name");
            }
            if (info.getProtocolVersion() != 1) {
                problems.add("protocol_version is " + info.getProtocolVersion() + "; this sqlj speaks 1");
            }
            String described = "name \"" + info.getName() + "\", version \"" + info.getVersion() + "\", protocol "
                    + info.getProtocolVersion() + ", features " + info.getFeaturesList();
            record.accept(
                    problems.isEmpty()
                            ? CheckResult.pass(name, described)
                            : CheckResult.fail(name, String.join("; ", problems) + " (" + described + ")"));
            return Set.copyOf(info.getFeaturesList());
        }
    }
}
