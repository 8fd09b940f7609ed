package io.sqlj.engine.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.engine.v1.BatchParseRequest;
import io.sqlj.engine.v1.EngineInfo;
import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.engine.v1.ParseResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineMainTest {
    /** Echoes the scanned SQL and remembers how many sessions it opened. */
    static final class EchoEngine implements Engine {
        final List<SchemaSource> opened = new ArrayList<>();

        @Override
        public EngineInfo info() {
            return EngineInfo.newBuilder().setName("echo").setVersion("1").build();
        }

        @Override
        public Session open(SchemaSource schema) {
            opened.add(schema);
            return request -> {
                if (request.getSql().equals("boom")) {
                    throw new IllegalStateException("kaboom");
                }
                return ParseResponse.newBuilder()
                        .setSql(SqlScanner.scan(request.getSql()).jdbcSql())
                        .build();
            };
        }
    }

    private final EchoEngine engine = new EchoEngine();
    private final EngineHarness harness = new EngineHarness(engine);

    @Test
    void infoDeclaresBatchAndProtocolVersion() {
        EngineInfo info = harness.info();
        assertEquals("echo", info.getName());
        assertEquals(1, info.getProtocolVersion());
        assertEquals(List.of("batch", "serve"), info.getFeaturesList());
    }

    @Test
    void serveAnswersBatchesUntilEofAndKeepsTheSessionWhileTheSchemaIsTheSame() throws Exception {
        java.io.ByteArrayOutputStream requests = new java.io.ByteArrayOutputStream();
        BatchParseRequest.newBuilder()
                .setSchemaSql("s")
                .addRequests(ParseRequest.newBuilder().setSql("SELECT @a"))
                .build()
                .writeDelimitedTo(requests);
        BatchParseRequest.newBuilder()
                .setSchemaSql("s")
                .addRequests(ParseRequest.newBuilder().setSql("SELECT $1"))
                .addRequests(ParseRequest.newBuilder().setSql("SELECT 2"))
                .build()
                .writeDelimitedTo(requests);
        BatchParseRequest.newBuilder()
                .setSchemaSql("t")
                .addRequests(ParseRequest.newBuilder().setSql("SELECT 3"))
                .build()
                .writeDelimitedTo(requests);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = EngineMain.run(
                engine,
                new String[] {"serve"},
                new java.io.ByteArrayInputStream(requests.toByteArray()),
                new java.io.PrintStream(out),
                new java.io.PrintStream(err),
                false);
        assertEquals(0, code, err.toString());
        java.io.InputStream answers = new java.io.ByteArrayInputStream(out.toByteArray());
        assertEquals(List.of("SELECT ?"), sqls(io.sqlj.engine.v1.BatchParseResponse.parseDelimitedFrom(answers)));
        assertEquals(
                List.of("SELECT ?", "SELECT 2"),
                sqls(io.sqlj.engine.v1.BatchParseResponse.parseDelimitedFrom(answers)));
        assertEquals(List.of("SELECT 3"), sqls(io.sqlj.engine.v1.BatchParseResponse.parseDelimitedFrom(answers)));
        assertEquals(null, io.sqlj.engine.v1.BatchParseResponse.parseDelimitedFrom(answers));
        assertEquals(List.of(new SchemaSource.Sql("s"), new SchemaSource.Sql("t")), engine.opened);
    }

    private static List<String> sqls(io.sqlj.engine.v1.BatchParseResponse response) {
        return response.getResponsesList().stream().map(ParseResponse::getSql).toList();
    }

    @Test
    void parseReadsTheRequestAndWritesTheResponse() {
        ParseResponse r = harness.parse(
                ParseRequest.newBuilder().setSql("SELECT @a").setSchemaSql("s").build());
        assertEquals("SELECT ?", r.getSql());
        assertEquals(List.of(new SchemaSource.Sql("s")), engine.opened);
    }

    @Test
    void batchOpensOneSessionAndAnswersInOrder() {
        BatchParseRequest batch = BatchParseRequest.newBuilder()
                .setSchemaSql("schema")
                .addRequests(ParseRequest.newBuilder().setSql("SELECT :x"))
                .addRequests(ParseRequest.newBuilder().setSql("SELECT 1"))
                .build();
        var response = harness.parseBatch(batch);
        assertEquals(
                List.of("SELECT ?", "SELECT 1"),
                response.getResponsesList().stream().map(ParseResponse::getSql).toList());
        assertEquals(1, engine.opened.size());
    }

    /** A stdout that knows whether it was closed, and what it held then. */
    private static final class ClosingOut extends java.io.PrintStream {
        final java.io.ByteArrayOutputStream bytes;
        volatile byte[] atClose;

        ClosingOut(java.io.ByteArrayOutputStream bytes) {
            super(bytes);
            this.bytes = bytes;
        }

        @Override
        public void close() {
            if (atClose == null) {
                atClose = bytes.toByteArray();
            }
            super.close();
        }
    }

    /**
     * What {@link EngineMain#exit} runs: the response is written and stdout closed before the
     * session closes (a server's stop), so sqlj reads it while the engine closes and exits.
     */
    /**
     * sqlj sends the schema when the engine starts and the requests as it splits the query files:
     * the engine hears of the schema while no request has arrived yet, and then opens its session
     * with it (docs/performance.md §1ap).
     */
    @Test
    void parseBatchTellsTheEngineTheSchemaBeforeTheFirstRequestArrives() throws Exception {
        List<String> events = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CountDownLatch arrived = new java.util.concurrent.CountDownLatch(1);
        Engine early = new Engine() {
            @Override
            public EngineInfo info() {
                return engine.info();
            }

            @Override
            public void schemaArrived(SchemaSource schema) {
                events.add("arrived " + ((SchemaSource.Sql) schema).text());
                arrived.countDown();
            }

            @Override
            public Session open(SchemaSource schema) {
                events.add("open " + ((SchemaSource.Sql) schema).text());
                return engine.open(schema);
            }
        };
        java.io.PipedOutputStream sqlj = new java.io.PipedOutputStream();
        java.io.PipedInputStream stdin = new java.io.PipedInputStream(sqlj, 1 << 16);
        BatchParseRequest header = BatchParseRequest.newBuilder()
                .setSchemaSql("CREATE TABLE t (x int)")
                .setSqljVersion("9.9")
                .build();
        sqlj.write(header.toByteArray());
        sqlj.flush();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int[] code = {-1};
        Thread main = new Thread(() -> code[0] = EngineMain.run(
                early,
                new String[] {"parse-batch"},
                stdin,
                new java.io.PrintStream(out),
                new java.io.PrintStream(err),
                false,
                true,
                false));
        main.start();
        // no request has been written: the engine hears of the schema all the same
        assertTrue(arrived.await(30, java.util.concurrent.TimeUnit.SECONDS), err.toString());
        sqlj.write(BatchParseRequest.newBuilder()
                .addRequests(ParseRequest.newBuilder().setSql("SELECT :x"))
                .addRequests(ParseRequest.newBuilder().setSql("SELECT 1"))
                .build()
                .toByteArray());
        sqlj.close();
        main.join(30_000);
        assertEquals(0, code[0], err.toString());
        assertEquals(List.of("arrived CREATE TABLE t (x int)", "open CREATE TABLE t (x int)"), events);
        assertEquals(
                List.of("SELECT ?", "SELECT 1"),
                io.sqlj.engine.v1.BatchParseResponse.parseFrom(out.toByteArray()).getResponsesList().stream()
                        .map(ParseResponse::getSql)
                        .toList());
    }

    @Test
    void parseBatchClosesStdoutWithTheWholeResponseBeforeTheSessionCloses() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        ClosingOut out = new ClosingOut(bytes);
        byte[][] atSessionClose = {null};
        Engine closing = new Engine() {
            @Override
            public EngineInfo info() {
                return engine.info();
            }

            @Override
            public Session open(SchemaSource schema) throws Exception {
                Session inner = engine.open(schema);
                return new Session() {
                    @Override
                    public ParseResponse parse(ParseRequest request) throws Exception {
                        return inner.parse(request);
                    }

                    @Override
                    public void close() {
                        atSessionClose[0] = out.atClose;
                    }
                };
            }
        };
        BatchParseRequest batch = BatchParseRequest.newBuilder()
                .setSchemaSql("schema")
                .addRequests(ParseRequest.newBuilder().setSql("SELECT :x"))
                .addRequests(ParseRequest.newBuilder().setSql("SELECT 1"))
                .build();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = EngineMain.run(
                closing,
                new String[] {"parse-batch"},
                new java.io.ByteArrayInputStream(batch.toByteArray()),
                out,
                new java.io.PrintStream(err),
                false,
                true,
                false);
        assertEquals(0, code, err.toString());
        assertTrue(atSessionClose[0] != null, "stdout was closed before the session");
        assertEquals(
                List.of("SELECT ?", "SELECT 1"),
                io.sqlj.engine.v1.BatchParseResponse.parseFrom(atSessionClose[0]).getResponsesList().stream()
                        .map(ParseResponse::getSql)
                        .toList());
        assertEquals(java.util.Arrays.toString(bytes.toByteArray()), java.util.Arrays.toString(atSessionClose[0]));
    }

    @Test
    void aSessionWhoseCloseFailsAfterTheResponseStillFailsTheEngine() {
        Engine failing = new Engine() {
            @Override
            public EngineInfo info() {
                return engine.info();
            }

            @Override
            public Session open(SchemaSource schema) {
                return new Session() {
                    @Override
                    public ParseResponse parse(ParseRequest request) {
                        return ParseResponse.newBuilder()
                                .setSql(request.getSql())
                                .build();
                    }

                    @Override
                    public void close() {
                        throw new IllegalStateException("the server did not stop");
                    }
                };
            }
        };
        EngineHarness.Result r = new EngineHarness(failing)
                .run(
                        BatchParseRequest.newBuilder()
                                .setSchemaSql("s")
                                .addRequests(ParseRequest.newBuilder().setSql("SELECT 1"))
                                .build()
                                .toByteArray(),
                        "parse-batch");
        assertEquals(1, r.exitCode());
        assertTrue(
                r.stderr().contains("engine failed: java.lang.IllegalStateException: the server did not stop"),
                r.stderr());
    }

    @Test
    void undecodableRequestExitsOne() {
        EngineHarness.Result r = harness.run(new byte[] {(byte) 0xff, 0x01, 0x02}, "parse");
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().contains("cannot decode the parse request"), r.stderr());
        assertEquals(0, r.stdout().length);
    }

    @Test
    void engineFailureIsOneLineAndExitOne() {
        EngineHarness.Result r =
                harness.run(ParseRequest.newBuilder().setSql("boom").build().toByteArray(), "parse");
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().startsWith("echo engine failed: java.lang.IllegalStateException: kaboom"), r.stderr());
        assertFalse(r.stderr().contains("\tat "), r.stderr());
    }

    @Test
    void unknownVerbAndHelpAreUsage() {
        EngineHarness.Result unknown = harness.run(new byte[0], "frobnicate");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.stderr().contains("unknown command line: frobnicate"));
        assertTrue(unknown.stderr().contains("usage:"));
        EngineHarness.Result help = harness.run(new byte[0], "--help");
        assertEquals(2, help.exitCode());
        assertFalse(help.stderr().contains("unknown"));
        assertEquals(2, harness.run(new byte[0]).exitCode());
    }
}
