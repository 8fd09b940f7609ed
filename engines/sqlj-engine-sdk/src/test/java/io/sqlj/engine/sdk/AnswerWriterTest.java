package io.sqlj.engine.sdk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.engine.v1.BatchParseRequest;
import io.sqlj.engine.v1.BatchParseResponse;
import io.sqlj.engine.v1.Catalog;
import io.sqlj.engine.v1.Column;
import io.sqlj.engine.v1.EngineInfo;
import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.engine.v1.ParseResponse;
import io.sqlj.engine.v1.Table;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code parse-batch} writes each answer while the session answers the rest (docs/performance.md
 * §1ao): the bytes are those of the whole response written at once, and a failure half-way is
 * still a failure.
 */
class AnswerWriterTest {

    /**
     * Answers with a column per word, an error for "nme", a warning said once, a catalog; a query
     * "wait" waits until stdout has had bytes (the answers before it were written meanwhile);
     * "boom" fails the engine.
     */
    static final class WordEngine implements Engine {
        final ByteCounting out;
        volatile boolean sawBytesWhileAnswering;

        WordEngine(ByteCounting out) {
            this.out = out;
        }

        @Override
        public EngineInfo info() {
            return EngineInfo.newBuilder().setName("words").build();
        }

        @Override
        public Session open(SchemaSource schema) {
            boolean[] first = {true};
            return new Session() {
                @Override
                public ParseResponse parse(ParseRequest request) throws Exception {
                    String sql = request.getSql();
                    if (sql.equals("boom")) {
                        throw new IllegalStateException("kaboom");
                    }
                    if (sql.equals("wait")) {
                        for (int i = 0; i < 2_000 && out.count() == 0; i++) {
                            Thread.sleep(10);
                        }
                        sawBytesWhileAnswering = out.count() > 0;
                    }
                    ParseResponse.Builder r = ParseResponse.newBuilder().setSql(sql);
                    if (first[0]) {
                        first[0] = false;
                        r.addDiagnostics(Diagnostics.warning(sql, 0, "said once"));
                    }
                    if (sql.contains("nme")) {
                        return r.addDiagnostics(
                                        Diagnostics.error(sql, sql.indexOf("nme"), "column \"nme\" does not exist"))
                                .build();
                    }
                    for (String word : sql.split(" ")) {
                        r.addColumns(Column.newBuilder().setName(word).setDataType("TEXT"));
                    }
                    return r.build();
                }

                @Override
                public Optional<Catalog> catalog() {
                    return Optional.of(Catalog.newBuilder()
                            .addTables(Table.newBuilder()
                                    .setName("t")
                                    .addColumns(Column.newBuilder().setName("a").setDataType("INT")))
                            .build());
                }
            };
        }
    }

    /** A stdout that counts what reached it. */
    static final class ByteCounting extends PrintStream {
        final ByteArrayOutputStream bytes;

        ByteCounting(ByteArrayOutputStream bytes) {
            super(bytes, false);
            this.bytes = bytes;
        }

        int count() {
            synchronized (bytes) {
                return bytes.size();
            }
        }

        byte[] written() {
            synchronized (bytes) {
                return bytes.toByteArray();
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            synchronized (bytes) {
                super.write(b, off, len);
            }
        }

        @Override
        public void write(int b) {
            synchronized (bytes) {
                super.write(b);
            }
        }
    }

    private record Run(int code, byte[] stdout, String stderr, WordEngine engine) {}

    private static Run run(byte[] request) {
        ByteCounting out = new ByteCounting(new ByteArrayOutputStream());
        WordEngine engine = new WordEngine(out);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = EngineMain.run(
                engine,
                new String[] {"parse-batch"},
                new ByteArrayInputStream(request),
                out,
                new PrintStream(err),
                false,
                true,
                false);
        return new Run(code, out.written(), err.toString(), engine);
    }

    /** What the whole response, made and written at once, is. */
    private static byte[] whole(BatchParseRequest batch) throws Exception {
        return EngineMain.parseBatch(new WordEngine(new ByteCounting(new ByteArrayOutputStream())), batch)
                .toByteArray();
    }

    private static BatchParseRequest batch(List<String> sqls) {
        BatchParseRequest.Builder b = BatchParseRequest.newBuilder().setSchemaSql("CREATE TABLE t (a INT);");
        for (String sql : sqls) {
            b.addRequests(ParseRequest.newBuilder().setSql(sql));
        }
        return b.setSqljVersion("0.1.0").build();
    }

    @Test
    void theBytesAreThoseOfTheWholeResponse() throws Exception {
        List<List<String>> batches = new ArrayList<>();
        batches.add(List.of());
        batches.add(List.of("SELECT a FROM t"));
        batches.add(List.of("SELECT nme FROM t", "SELECT a FROM t", "SELECT  b"));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            // past the writer's buffer many times, an error now and then
            many.add(i % 97 == 0 ? "SELECT nme FROM t" : "SELECT a, b, c" + i + " FROM t WHERE a = " + i);
        }
        batches.add(many);
        for (List<String> sqls : batches) {
            BatchParseRequest batch = batch(sqls);
            Run run = run(batch.toByteArray());
            assertEquals(0, run.code(), run.stderr());
            byte[] expected = whole(batch);
            assertArrayEquals(expected, run.stdout(), "batch of " + sqls.size());
            assertEquals(BatchParseResponse.parseFrom(expected), BatchParseResponse.parseFrom(run.stdout()));
            assertEquals(sqls.size(), BatchParseResponse.parseFrom(run.stdout()).getResponsesCount());
        }
    }

    @Test
    void theFirstAnswersAreWrittenBeforeTheLastIsMade() throws Exception {
        Run run = run(batch(List.of("SELECT a", "SELECT nme", "wait")).toByteArray());
        assertEquals(0, run.code(), run.stderr());
        assertTrue(run.engine().sawBytesWhileAnswering, "nothing was written while the last query was answered");
        assertEquals(
                List.of("SELECT a", "SELECT nme", "wait"),
                BatchParseResponse.parseFrom(run.stdout()).getResponsesList().stream()
                        .map(ParseResponse::getSql)
                        .toList());
    }

    @Test
    void anEngineThatFailsHalfWayExitsOneWhateverItWrote() {
        List<String> sqls = new ArrayList<>();
        sqls.add("SELECT a");
        sqls.add("wait");
        sqls.add("boom");
        Run run = run(batch(sqls).toByteArray());
        assertEquals(1, run.code());
        assertTrue(run.stderr().contains("engine failed: java.lang.IllegalStateException: kaboom"), run.stderr());
        assertTrue(run.stdout().length > 0, "the first answers were written before the failure");
    }

    @Test
    void aRequestThatEndsWithAnotherSchemaIsAnsweredAgainAndWrittenOnce() throws Exception {
        BatchParseRequest first = batch(List.of("SELECT a", "SELECT nme", "SELECT b"));
        byte[] later = BatchParseRequest.newBuilder()
                .setSchemaSql("CREATE TABLE u (b INT);")
                .build()
                .toByteArray();
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(first.toByteArray());
        request.writeBytes(later);
        Run run = run(request.toByteArray());
        assertEquals(0, run.code(), run.stderr());
        assertArrayEquals(whole(BatchParseRequest.parseFrom(request.toByteArray())), run.stdout());
    }

    @Test
    void anAnswerHandedOverThatParseAllDoesNotReturnFailsTheEngine() {
        Engine lying = new Engine() {
            @Override
            public EngineInfo info() {
                return EngineInfo.newBuilder().setName("liar").build();
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
                    public List<ParseResponse> parseAll(List<ParseRequest> requests) throws Exception {
                        List<ParseResponse> answers = new ArrayList<>();
                        for (int i = 0; i < requests.size(); i++) {
                            EngineMain.answered(requests, i, parse(requests.get(i)));
                            answers.add(parse(requests.get(i))); // equal, not the same
                        }
                        return answers;
                    }
                };
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = EngineMain.run(
                lying,
                new String[] {"parse-batch"},
                new ByteArrayInputStream(batch(List.of("SELECT 1", "SELECT 2")).toByteArray()),
                new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err),
                false,
                true,
                false);
        assertEquals(1, code);
        assertTrue(err.toString().contains("than parseAll returned"), err.toString());
    }
}
