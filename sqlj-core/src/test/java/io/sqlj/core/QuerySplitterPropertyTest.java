package io.sqlj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The query splitter under random files: queries or located diagnostics, never an exception. */
class QuerySplitterPropertyTest {

    private static final List<String> LINES = List.of(
            "-- name: GetA :one",
            "-- name: GetA :many",
            "-- name: 1x :one",
            "-- name: B :nope",
            "-- name:",
            "-- name: C",
            "-- name: D :exec extra",
            "/* name: E :many */",
            "/* name: F",
            "-- a comment",
            "--",
            "/*",
            "*/",
            "SELECT 1;",
            "SELECT * FROM t WHERE id = ?;",
            "",
            "   ",
            "\t",
            "\uFEFF",
            "-- name: G :batchexec",
            "name: H :one",
            "\r",
            "'-- name: I :one'");

    @Property(tries = 1000)
    void queryFilesGiveQueriesOrLocatedDiagnostics(@ForAll("files") String text) {
        check(text);
    }

    @Property(tries = 300)
    void arbitraryTextGivesQueriesOrLocatedDiagnostics(@ForAll String text) {
        check(text);
    }

    private static void check(String text) {
        SplitResult result = QuerySplitter.split("q.sql", text);
        long lines = text.split("\r\n|\r|\n", -1).length;
        assertFalse(result.queries().isEmpty() && result.diagnostics().isEmpty(), "a file gives queries or an error");
        for (Diagnostic d : result.diagnostics()) {
            assertEquals("q.sql", d.file());
            assertTrue(d.line() >= 1 && d.line() <= lines && d.column() >= 1, d::format);
        }
        for (QueryDecl q : result.queries()) {
            assertTrue(q.line() >= 1 && q.textLine() > q.line() && q.textLine() <= lines, q::toString);
            assertFalse(q.text().isBlank(), q::toString);
        }
    }

    @Provide
    Arbitrary<String> files() {
        Arbitrary<String> line =
                Arbitraries.oneOf(Arbitraries.of(LINES), Arbitraries.strings().ofMaxLength(10));
        Arbitrary<String> sep = Arbitraries.of("\n", "\r\n", "\r");
        return line.list().ofMaxSize(20).flatMap(ls -> sep.map(s -> String.join(s, ls)));
    }
}
