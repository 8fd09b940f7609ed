package io.sqlj.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.core.Command;
import io.sqlj.core.Diagnostic;
import io.sqlj.core.QueryDecl;
import io.sqlj.engine.v1.BatchParseResponse;
import io.sqlj.engine.v1.Column;
import io.sqlj.engine.v1.Parameter;
import io.sqlj.engine.v1.ParseResponse;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The response validator under random engine answers: valid ones, contradictory ones and bytes
 * that are no answer at all. The only outcomes allowed are a decoded answer or diagnostics.
 */
class ResponseCheckPropertyTest {

    private static final SchemaText SCHEMA =
            SchemaText.join(List.of("schema.sql"), List.of("CREATE TABLE t (a INTEGER);\nCREATE TABLE u (b TEXT);"));

    private static final QueryDecl DECL =
            new QueryDecl("Q", Command.MANY, "SELECT a, b\nFROM t\nWHERE a = ? AND b = ?", List.of(), "q.sql", 4, 5);

    @Property(tries = 1000)
    void answersGiveDiagnosticsInsideTheQueryFile(@ForAll("responses") ParseResponse response) {
        List<Diagnostic> found = ResponseCheck.check("fake", DECL, response, SCHEMA);
        for (Diagnostic d : found) {
            assertEquals("q.sql", d.file(), d::format);
            assertTrue(d.line() >= 4 && d.line() <= 7, () -> "outside the query: " + d.format());
        }
        boolean contradictory = response.getParametersList().stream()
                        .anyMatch(p -> p.getDataType().isBlank()
                                || p.getPosition() < 0
                                || p.getPosition() > response.getParametersCount())
                || response.getColumnsList().stream()
                        .anyMatch(c -> c.getName().isBlank() || c.getDataType().isBlank());
        boolean engineError = response.getDiagnosticsList().stream()
                .anyMatch(d -> d.getSeverity() != io.sqlj.engine.v1.Diagnostic.Severity.WARNING);
        if (contradictory || engineError) {
            assertTrue(found.stream().anyMatch(Diagnostic::isError), () -> "accepted: " + response);
        }
    }

    @Property(tries = 1000)
    void bytesDecodeOrAreRejected(@ForAll("bytes") byte[] bytes) {
        EngineRunner.decode(bytes, ParseResponse.parser()).ifPresent(r -> ResponseCheck.check("fake", DECL, r, SCHEMA));
        EngineRunner.decode(bytes, BatchParseResponse.parser())
                .ifPresent(b -> b.getResponsesList().forEach(r -> ResponseCheck.check("fake", DECL, r, SCHEMA)));
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
        Arbitrary<byte[]> mutated = responses()
                .map(ParseResponse::toByteArray)
                .flatMap(b -> Arbitraries.integers()
                        .between(0, Math.max(0, b.length - 1))
                        .flatMap(i -> Arbitraries.bytes().map(x -> {
                            byte[] copy = b.clone();
                            if (copy.length > 0) {
                                copy[i] = x;
                            }
                            return copy;
                        })));
        return Arbitraries.oneOf(noise, mutated);
    }

    @Provide
    Arbitrary<ParseResponse> responses() {
        Arbitrary<String> text = Arbitraries.of("", " ", "a", "int8", "id", "?", "x?y", "'?'", "\u0000");
        Arbitrary<Parameter> parameter = Combinators.combine(
                        text,
                        Arbitraries.integers().between(-2, 5),
                        text,
                        Arbitraries.integers().between(-1, 2))
                .as((name, position, type, dims) -> Parameter.newBuilder()
                        .setName(name)
                        .setPosition(position)
                        .setDataType(type)
                        .setArrayDims(dims)
                        .build());
        Arbitrary<Column> column = Combinators.combine(text, text)
                .as((name, type) ->
                        Column.newBuilder().setName(name).setDataType(type).build());
        Arbitrary<io.sqlj.engine.v1.Diagnostic> diagnostic = Combinators.combine(
                        Arbitraries.of(
                                io.sqlj.engine.v1.Diagnostic.Severity.ERROR,
                                io.sqlj.engine.v1.Diagnostic.Severity.WARNING,
                                io.sqlj.engine.v1.Diagnostic.Severity.SEVERITY_UNSPECIFIED),
                        text,
                        Arbitraries.integers().between(-3, 12),
                        Arbitraries.integers().between(-3, 200))
                .as((severity, message, line, col) -> io.sqlj.engine.v1.Diagnostic.newBuilder()
                        .setSeverity(severity)
                        .setMessage(message)
                        .setLine(line)
                        .setColumn(col)
                        .build());
        Arbitrary<String> sql = Arbitraries.of(
                "", "SELECT 1", "SELECT a FROM t WHERE a = ?", "? ?", "'?' ?", "/*SLICE:ids*/?", "-- ?\nSELECT ?");
        return Combinators.combine(
                        sql,
                        parameter.list().ofMaxSize(3),
                        column.list().ofMaxSize(3),
                        diagnostic.list().ofMaxSize(2))
                .as((s, ps, cs, ds) -> ParseResponse.newBuilder()
                        .setSql(s)
                        .addAllParameters(ps)
                        .addAllColumns(cs)
                        .addAllDiagnostics(ds)
                        .build());
    }
}
