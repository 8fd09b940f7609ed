package io.sqlj.engine.sdk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.CodedOutputStream;
import io.sqlj.engine.v1.BatchParseRequest;
import io.sqlj.engine.v1.BatchParseResponse;
import io.sqlj.engine.v1.ConnectionParams;
import io.sqlj.engine.v1.EngineInfo;
import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.engine.v1.ParseResponse;
import io.sqlj.engine.v1.QueryInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * {@code parse-batch} reads its request while it answers (docs/engine-authors.md): any field order
 * protobuf allows gives the response the whole request would get, the session opens and answers
 * before stdin ends when the schema comes first, and a broken request or a failing engine is one
 * line and exit 1, mid-stream too. No test here depends on time: the streaming ones wait for the
 * engine to have done something before the rest of the request is written, which an engine that
 * read to EOF first could never do (they would time out and fail).
 */
class ArrivingBatchTest {

    /** Answers with everything a response may depend on: the SQL, the schema, the options, the version. */
    static class Recorder implements Engine {
        final List<String> opened = Collections.synchronizedList(new ArrayList<>());
        final List<String> answered = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch open = new CountDownLatch(1);
        final CountDownLatch firstAnswer = new CountDownLatch(1);

        @Override
        public EngineInfo info() {
            return EngineInfo.newBuilder().setName("rec").build();
        }

        @Override
        public Session open(SchemaSource schema) {
            throw new AssertionError("opened with options");
        }

        @Override
        public Session open(SchemaSource schema, Map<String, String> options) {
            String source = schema.toString();
            opened.add(source);
            open.countDown();
            return new Session() {
                @Override
                public ParseResponse parse(ParseRequest request) {
                    if (request.getSql().equals("boom")) {
                        throw new IllegalStateException("kaboom");
                    }
                    answered.add(request.getSql());
                    firstAnswer.countDown();
                    return ParseResponse.newBuilder()
                            .setSql(request.getSql() + "|" + source + "|" + new java.util.TreeMap<>(options) + "|"
                                    + request.getSqljVersion() + "|"
                                    + request.getQuery().getName())
                            .build();
                }

                @Override
                public java.util.Optional<io.sqlj.engine.v1.Catalog> catalog() {
                    return java.util.Optional.of(io.sqlj.engine.v1.Catalog.newBuilder()
                            .addTables(io.sqlj.engine.v1.Table.newBuilder().setName(source))
                            .build());
                }
            };
        }
    }

    /** As the SQLite and PostgreSQL engines on several threads: asks for the count before answering. */
    static final class CountsFirst extends Recorder {
        @Override
        public Session open(SchemaSource schema, Map<String, String> options) {
            Session inner = super.open(schema, options);
            return new Session() {
                @Override
                public ParseResponse parse(ParseRequest request) throws Exception {
                    return inner.parse(request);
                }

                @Override
                public List<ParseResponse> parseAll(List<ParseRequest> requests) throws Exception {
                    ParseResponse[] answers = new ParseResponse[requests.size()];
                    for (int i = answers.length - 1; i >= 0; i--) { // any order
                        answers[i] = EngineMain.answer(this, requests.get(i));
                    }
                    return List.of(answers);
                }

                @Override
                public java.util.Optional<io.sqlj.engine.v1.Catalog> catalog() throws Exception {
                    return inner.catalog();
                }
            };
        }
    }

    private static ParseRequest request(int i) {
        return ParseRequest.newBuilder()
                .setSql(i == 1 ? "SELECT 'ü 𝄞'" : "SELECT " + i)
                .setQuery(
                        QueryInfo.newBuilder().setName("Q" + i).setFile("q.sql").setLine(i))
                .putOptions("strict", "true")
                .putOptions("z", "")
                .setSqljVersion(i == 2 ? "own" : "")
                .build();
    }

    /** A request without options (and so without descriptors, docs/performance.md §1ag). */
    private static ParseRequest bare(int i) {
        return ParseRequest.newBuilder()
                .setSql("SELECT " + i)
                .setQuery(QueryInfo.newBuilder().setName("B" + i))
                .build();
    }

    /** Writes fields in the order given; each a piece of a BatchParseRequest. */
    private static byte[] fields(List<Consumer<CodedOutputStream>> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CodedOutputStream out = CodedOutputStream.newInstance(bytes);
        parts.forEach(p -> p.accept(out));
        try {
            out.flush();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }

    private interface Field {
        void write(CodedOutputStream out) throws IOException;
    }

    private static Consumer<CodedOutputStream> f(Field field) {
        return out -> {
            try {
                field.write(out);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        };
    }

    private static Consumer<CodedOutputStream> req(int i) {
        return f(out -> out.writeMessage(1, request(i)));
    }

    private static Consumer<CodedOutputStream> bareReq(int i) {
        return f(out -> out.writeMessage(1, bare(i)));
    }

    /** A request that says its version is empty: field 6 written although it is the default. */
    private static Consumer<CodedOutputStream> emptyVersionReq(int i) {
        return f(out -> {
            byte[] own = bare(i).toByteArray();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            CodedOutputStream field = CodedOutputStream.newInstance(bytes);
            field.writeString(ParseRequest.SQLJ_VERSION_FIELD_NUMBER, "");
            field.flush();
            out.writeTag(1, com.google.protobuf.WireFormat.WIRETYPE_LENGTH_DELIMITED);
            out.writeUInt32NoTag(own.length + bytes.size());
            out.writeRawBytes(own);
            out.writeRawBytes(bytes.toByteArray());
        });
    }

    private static Consumer<CodedOutputStream> schema(String sql) {
        return f(out -> out.writeString(2, sql));
    }

    private static Consumer<CodedOutputStream> database(String dsn) {
        return f(out ->
                out.writeMessage(3, ConnectionParams.newBuilder().setDsn(dsn).build()));
    }

    private static Consumer<CodedOutputStream> version(String v) {
        return f(out -> out.writeString(4, v));
    }

    private static Consumer<CodedOutputStream> unknown() {
        return f(out -> {
            out.writeUInt64(99, 7);
            out.writeString(100, "x");
            out.writeUInt64(1, 5); // field 1 with the wrong wire type: an unknown field to protobuf too
            out.writeFixed32(2, 3); // schema_sql with the wrong wire type: likewise
            out.writeGroup(101, QueryInfo.newBuilder().setName("g").build());
        });
    }

    /** What the batch's bytes must give: the answer to the message protobuf decodes from all of them. */
    private static byte[] expected(byte[] bytes) throws Exception {
        return EngineMain.parseBatch(new Recorder(), BatchParseRequest.parseFrom(bytes))
                .toByteArray();
    }

    private static EngineHarness.Result run(Engine engine, byte[] bytes) {
        return new EngineHarness(engine).run(bytes, "parse-batch");
    }

    @Test
    void everyFieldOrderGivesTheAnswerOfTheWholeRequest() throws Exception {
        List<List<Consumer<CodedOutputStream>>> orders = List.of(
                // sqlj today: what the session needs first
                List.of(schema("S"), version("v1"), req(0), req(1), req(2), req(3)),
                // protobuf's own order, and sqlj's before: the schema last
                List.of(req(0), req(1), req(2), req(3), schema("S"), version("v1")),
                List.of(req(0), schema("S"), req(1), version("v1"), req(2), req(3)),
                List.of(version("v1"), req(0), req(1), schema("S"), req(2), req(3)),
                List.of(database("postgresql://h/db"), version("v1"), req(0), req(1), req(2)),
                List.of(req(0), req(1), database("postgresql://h/db")),
                List.of(schema("S"), req(0), req(1)), // no version
                List.of(version("v1"), req(0), req(1)), // no schema
                List.of(schema("S"), version("v1")), // no requests
                List.of(),
                List.of(unknown(), schema("S"), unknown(), version("v1"), req(0), unknown(), req(1), unknown()),
                // a field twice: the last one counts, even after requests were answered
                List.of(schema("first"), version("v1"), req(0), req(1), schema("S"), req(2)),
                List.of(schema("S"), version("v0"), req(0), req(1), req(2), version("v1")),
                List.of(schema("S"), version("v1"), req(0), database("d"), req(1)),
                List.of(database("a"), version("v1"), req(0), database("b")),
                List.of(schema(""), version("v1"), req(0)),
                // requests without options, or only later ones with them
                List.of(schema("S"), version("v1"), bareReq(0), bareReq(1)),
                List.of(schema("S"), version("v1"), bareReq(0), req(1), req(2)),
                List.of(schema("S"), bareReq(0), version("v1"), bareReq(1)),
                // a version that changes between requests (decoded with the first, handed out with the last)
                List.of(schema("S"), version("v0"), req(0), bareReq(1), version("v1"), req(2), bareReq(3)),
                List.of(schema("S"), version("v0"), req(0), version(""), req(1)),
                // a request that writes its empty version out: the batch's is given to it
                List.of(schema("S"), version("v1"), emptyVersionReq(0), req(2), emptyVersionReq(3)),
                List.of(schema("S"), emptyVersionReq(0), version("v1")));
        for (List<Consumer<CodedOutputStream>> order : orders) {
            byte[] bytes = fields(order);
            for (Recorder engine : List.of(new Recorder(), new CountsFirst())) {
                EngineHarness.Result r = run(engine, bytes);
                assertEquals(0, r.exitCode(), r.stderr());
                assertArrayEquals(expected(bytes), r.stdout(), "order " + orders.indexOf(order));
                BatchParseResponse response = BatchParseResponse.parseFrom(r.stdout());
                assertEquals(BatchParseRequest.parseFrom(bytes).getRequestsCount(), response.getResponsesCount());
            }
        }
        // and what the answers say, once by hand: the options, the batch's version where a request had none
        BatchParseResponse response = BatchParseResponse.parseFrom(
                run(new Recorder(), fields(List.of(schema("S"), version("v1"), req(0), req(1), req(2), req(3))))
                        .stdout());
        assertEquals(
                List.of(
                        "SELECT 0|Sql[text=S]|{strict=true, z=}|v1|Q0",
                        "SELECT 'ü 𝄞'|Sql[text=S]|{strict=true, z=}|v1|Q1",
                        "SELECT 2|Sql[text=S]|{strict=true, z=}|own|Q2",
                        "SELECT 3|Sql[text=S]|{strict=true, z=}|v1|Q3"),
                response.getResponsesList().stream().map(ParseResponse::getSql).toList());
        assertEquals("Sql[text=S]", response.getCatalog().getTables(0).getName());
    }

    @Test
    void theSchemaSentFirstOpensOneSessionAndTheSchemaSentTwiceAnswersAgainWithTheLast() throws Exception {
        Recorder once = new Recorder();
        assertEquals(
                0,
                run(once, fields(List.of(schema("S"), version("v1"), req(0), req(1))))
                        .exitCode());
        assertEquals(List.of("Sql[text=S]"), once.opened);
        Recorder late = new Recorder();
        assertEquals(
                0,
                run(late, fields(List.of(req(0), req(1), schema("S"), version("v1"))))
                        .exitCode());
        assertEquals(List.of("Sql[text=S]"), late.opened);
        // a second schema after the session opened with the first: opened again, answered with the last
        Recorder twice = new Recorder();
        PipedInputStream in = new PipedInputStream(1 << 16);
        PipedOutputStream pipe = new PipedOutputStream(in);
        CompletableFuture<EngineHarness.Result> result = runOnPipe(twice, in);
        pipe.write(fields(List.of(schema("A"), version("v1"), req(0))));
        pipe.flush();
        assertTrue(twice.firstAnswer.await(60, TimeUnit.SECONDS));
        pipe.write(fields(List.of(schema("S"), req(1))));
        pipe.close();
        EngineHarness.Result r = result.get(60, TimeUnit.SECONDS);
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals(List.of("Sql[text=A]", "Sql[text=S]"), twice.opened);
        assertArrayEquals(
                expected(fields(List.of(schema("A"), version("v1"), req(0), schema("S"), req(1)))), r.stdout());
    }

    /** Runs parse-batch on a pipe that {@code feed} writes, on a thread of its own. */
    private static CompletableFuture<EngineHarness.Result> runOnPipe(Engine engine, PipedInputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = EngineMain.run(
                    engine,
                    new String[] {"parse-batch"},
                    in,
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8),
                    false);
            return new EngineHarness.Result(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
        });
    }

    @Test
    void theSessionOpensAndAnswersWhileTheRequestStillArrives() throws Exception {
        Recorder engine = new Recorder();
        PipedInputStream in = new PipedInputStream(1 << 16);
        PipedOutputStream pipe = new PipedOutputStream(in);
        CompletableFuture<EngineHarness.Result> result = runOnPipe(engine, in);
        pipe.write(fields(List.of(schema("S"), version("v1"), req(0))));
        pipe.flush();
        // answered before the rest is even written
        assertTrue(engine.firstAnswer.await(60, TimeUnit.SECONDS), "no answer while stdin is open");
        assertEquals(List.of("SELECT 0"), engine.answered);
        pipe.write(fields(List.of(req(1), req(2), req(3))));
        pipe.close();
        EngineHarness.Result r = result.get(60, TimeUnit.SECONDS);
        assertEquals(0, r.exitCode(), r.stderr());
        byte[] all = fields(List.of(schema("S"), version("v1"), req(0), req(1), req(2), req(3)));
        assertArrayEquals(expected(all), r.stdout());
    }

    @Test
    void anEngineThatCountsFirstStillLoadsTheSchemaWhileTheRequestArrives() throws Exception {
        Recorder engine = new CountsFirst();
        PipedInputStream in = new PipedInputStream(1 << 16);
        PipedOutputStream pipe = new PipedOutputStream(in);
        CompletableFuture<EngineHarness.Result> result = runOnPipe(engine, in);
        pipe.write(fields(List.of(schema("S"), version("v1"), req(0))));
        pipe.flush();
        assertTrue(engine.open.await(60, TimeUnit.SECONDS), "no session while stdin is open");
        assertEquals(List.of(), engine.answered); // it waits for the count
        pipe.write(fields(List.of(req(1), req(2))));
        pipe.close();
        EngineHarness.Result r = result.get(60, TimeUnit.SECONDS);
        assertEquals(0, r.exitCode(), r.stderr());
        assertArrayEquals(expected(fields(List.of(schema("S"), version("v1"), req(0), req(1), req(2)))), r.stdout());
    }

    @Test
    void anEngineThatFailsMidStreamExitsOneWithoutWaitingForTheRestOfStdin() throws Exception {
        Recorder engine = new Recorder();
        PipedInputStream in = new PipedInputStream(1 << 16);
        PipedOutputStream pipe = new PipedOutputStream(in);
        CompletableFuture<EngineHarness.Result> result = runOnPipe(engine, in);
        pipe.write(fields(List.of(
                schema("S"),
                version("v1"),
                req(0),
                f(out -> out.writeMessage(
                        1, request(1).toBuilder().setSql("boom").build())))));
        pipe.flush(); // and stdin stays open
        EngineHarness.Result r = result.get(60, TimeUnit.SECONDS);
        assertEquals(1, r.exitCode());
        assertEquals(0, r.stdout().length);
        assertEquals(
                List.of(
                        "rec engine failed: java.lang.IllegalStateException: kaboom",
                        "(set SQLJ_ENGINE_DEBUG=1 for a stack trace)"),
                r.stderr().lines().toList());
        pipe.close();
    }

    @Test
    void aTruncatedOrGarbledRequestIsOneLineAndExitOneWhereverItBreaks() {
        byte[] whole = fields(List.of(schema("S"), version("v1"), req(0), req(1), req(2), req(3)));
        List<byte[]> broken = new ArrayList<>();
        for (int cut = 1; cut < whole.length; cut++) {
            byte[] part = java.util.Arrays.copyOf(whole, cut);
            boolean decodes;
            try {
                BatchParseRequest.parseFrom(part);
                decodes = true;
            } catch (IOException e) {
                decodes = false;
            }
            if (!decodes) {
                broken.add(part); // cut inside a field, not between two
            }
        }
        assertTrue(broken.size() > whole.length / 2, "cuts: " + broken.size());
        broken.add(new byte[] {(byte) 0xff, 0x01, 0x02});
        broken.add(
                fields(List.of(schema("S"), version("v1"), req(0), f(out -> out.writeTag(7, 4))))); // a stray end-group
        broken.add(fields(List.of(schema("S"), req(0), f(out -> {
            out.writeTag(2, 2);
            out.writeUInt32NoTag(2);
            out.writeRawBytes(new byte[] {(byte) 0xc3, 0x28}); // not UTF-8
        }))));
        for (byte[] bytes : broken) {
            for (Recorder engine : List.of(new Recorder(), new CountsFirst())) {
                EngineHarness.Result r = run(engine, bytes);
                assertEquals(1, r.exitCode());
                assertEquals(0, r.stdout().length);
                List<String> lines = r.stderr().lines().toList();
                assertEquals(1, lines.size(), r.stderr());
                assertTrue(
                        lines.get(0).startsWith("rec engine: cannot decode the parse-batch request on stdin: "),
                        r.stderr());
            }
        }
    }

    @Test
    void arrivesTellsWhetherARequestExists() throws Exception {
        assertTrue(EngineMain.arrives(List.of(request(0)), 0));
        assertFalse(EngineMain.arrives(List.of(request(0)), 1));
        ArrivingBatch batch = ArrivingBatch.of(fields(List.of(schema("S"), req(0), req(1))));
        List<ParseRequest> requests = batch.requests();
        assertTrue(EngineMain.arrives(requests, 1));
        assertFalse(EngineMain.arrives(requests, 2));
        assertEquals(2, requests.size());
        assertThrows(IndexOutOfBoundsException.class, () -> requests.get(2));
        ArrivingBatch cut = ArrivingBatch.of(java.util.Arrays.copyOf(fields(List.of(schema("S"), req(0), req(1))), 20));
        assertThrows(ArrivingBatch.Unreadable.class, () -> EngineMain.arrives(cut.requests(), 5));
    }
}
