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
