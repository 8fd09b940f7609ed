package io.sqlj.engine.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.engine.v1.BatchParseRequest;
import io.sqlj.engine.v1.EngineInfo;
import io.sqlj.engine.v1.Parameter;
import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.engine.v1.ParseResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine of the SDK's README, whole, run through the harness as sqlj would run it. */
class ExampleEngineTest {

    /** A toy dialect: every parameter is text, nothing returns rows. */
    static final class TextEngine implements Engine {
        @Override
        public EngineInfo info() {
            return EngineInfo.newBuilder().setName("text").setVersion("1.0").build();
        }

        @Override
        public Session open(SchemaSource schema) {
            return request -> {
                ScannedSql scanned = SqlScanner.scan(request.getSql());
                ParseResponse.Builder response = ParseResponse.newBuilder();
                if (!scanned.problems().isEmpty()) {
                    ScannedSql.Problem p = scanned.problems().get(0);
                    return response.addDiagnostics(Diagnostics.error(scanned.sql(), p.offset(), p.message()))
                            .build();
                }
                response.setSql(scanned.jdbcSql());
                for (Placeholder p : scanned.placeholders()) {
                    response.addParameters(Parameter.newBuilder()
                            .setName(p.name())
                            .setPosition(p.number())
                            .setDataType("TEXT")
                            .setJdbcType("VARCHAR")
                            .setIsSlice(p.slice()));
                }
                return response.build();
            };
        }

        public static void main(String[] args) {
            EngineMain.exit(new TextEngine(), args);
        }
    }

    private final EngineHarness harness = new EngineHarness(new TextEngine());

    @Test
    void infoGetsTheProtocolVersionAndBatch() {
        EngineInfo info = harness.info();
        assertEquals("text", info.getName());
        assertEquals(1, info.getProtocolVersion());
        assertEquals(List.of("batch", "serve"), info.getFeaturesList());
    }

    @Test
    void macrosBecomeNumberedPlaceholders() {
        ParseResponse response = harness.parse(ParseRequest.newBuilder()
                .setSql("UPDATE t SET a = @a, b = sqlj.narg(b) WHERE c IN (sqlc.slice(cs)) AND a <> @a")
                .build());
        assertEquals("UPDATE t SET a = ?, b = ? WHERE c IN (/*SLICE:cs*/?) AND a <> ?", response.getSql());
        assertEquals(
                List.of("a", "b", "cs", "a"),
                response.getParametersList().stream().map(Parameter::getName).toList());
        assertEquals(
                List.of(1, 2, 3, 1),
                response.getParametersList().stream()
                        .map(Parameter::getPosition)
                        .toList());
        assertTrue(response.getParameters(2).getIsSlice());
    }

    @Test
    void aConflictingNumberIsADiagnosticAtItsPlace() {
        ParseResponse response = harness.parse(
                ParseRequest.newBuilder().setSql("SELECT ?,\n  ?1").build());
        assertEquals(1, response.getDiagnosticsCount(), response.toString());
        assertEquals(2, response.getDiagnostics(0).getLine(), response.toString());
    }

    @Test
    void aBatchAnswersAsOneByOne() {
        ParseRequest one = ParseRequest.newBuilder().setSql("SELECT @x").build();
        var batch = harness.parseBatch(
                BatchParseRequest.newBuilder().addRequests(one).addRequests(one).build());
        assertEquals(List.of(harness.parse(one), harness.parse(one)), batch.getResponsesList());
    }

    @Test
    void aTruncatedRequestExitsOne() {
        EngineHarness.Result result = harness.run(new byte[] {0x0A, 0x10, 'S'}, "parse");
        assertEquals(1, result.exitCode());
        assertTrue(result.stderr().contains("cannot decode the parse request"), result.stderr());
    }
}
