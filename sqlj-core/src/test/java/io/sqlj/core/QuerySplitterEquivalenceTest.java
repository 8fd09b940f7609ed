package io.sqlj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.sql.SqlLexer;
import io.sqlj.sql.SqlSyntax;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The splitter made cheaper in session 26 (docs/performance.md §1r: lines without a regular
 * expression, name lines looked for only where {@code name:} is, the first statement's end found
 * without making tokens) gives exactly what it gave before ({@link LegacyQuerySplitter}): the same
 * queries and the same diagnostics at the same file:line:col, in every dialect, over every SQL file
 * of sqlj's testdata and examples, sqlc's end-to-end testdata when {@code -Dsqlj.sqlcTestdata}
 * names its folder, and random files.
 */
class QuerySplitterEquivalenceTest {

    private static final List<SqlSyntax> SYNTAXES =
            List.of(SqlSyntax.LENIENT, SqlSyntax.SQLITE, SqlSyntax.POSTGRESQL, SqlSyntax.MYSQL);

    private static void same(String file, String text) {
        for (SqlSyntax syntax : SYNTAXES) {
            SplitResult before = LegacyQuerySplitter.split(file, text, syntax);
            SplitResult after = QuerySplitter.split(file, text, syntax);
            assertEquals(before.queries(), after.queries(), file);
            assertEquals(before.diagnostics(), after.diagnostics(), file);
            assertEquals(LegacyQuerySplitter.withoutQueries(text, syntax), QuerySplitter.withoutQueries(text, syntax));
            assertEquals(LegacyQuerySplitter.legacyFirstEnd(text, syntax), SqlStatements.firstEnd(text, syntax), file);
            for (QueryDecl q : after.queries()) {
                assertEquals(
                        LegacyQuerySplitter.legacyFirstEnd(q.text(), syntax),
                        SqlLexer.firstSemicolonEnd(q.text(), syntax));
            }
        }
    }

    @Test
    void everySqlFileOfTheTestdata() throws IOException {
        int files = 0;
        int queries = 0;
        for (Path file : TestdataSql.files()) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            same(file.toString(), text);
            queries += QuerySplitter.split(file.toString(), text).queries().size();
            files++;
        }
        assertTrue(files > 500 && queries > 1000, files + " files, " + queries + " queries");
    }

    @Test
    void lineEndsOfEveryKind() {
        for (String text : List.of(
                "",
                "\n",
                "\r",
                "\r\n",
                "\n\r",
                "\r\r\n\n",
                "a\rb\nc\r\nd",
                "x\r",
                "\r\nx",
                "-- name: A :one\r\nSELECT 1;\r\n\r\n-- name: B :many\rSELECT 2;\r",
                "-- name: A :one\u2028SELECT 1;\u0085-- name: B :one\nSELECT ';\n-- name: C :one';\n")) {
            assertEquals(List.of(text.split("\r\n|\r|\n", -1)), QuerySplitter.lines(text), text);
            same("q.sql", text);
        }
    }

    private static final List<String> PIECES = List.of(
            "-- name: GetA :one",
            "-- name: GetA :many",
            "  --   name:   Sp  :exec  ",
            "# name: H :one",
            "/* name: E :many */",
            "/* name: F :one */ x",
            "/*name:G :one*/",
            "-- name: 1x :one",
            "-- name: D :exec extra",
            "-- name:",
            "-- a comment",
            "SELECT 1;",
            "SELECT ';' FROM t; ;;",
            "SELECT $$;$$, $a$ ; $a$ FROM t;",
            "SELECT `a;b`, \"c;d\", [e;f] FROM t",
            "SELECT 'it''s; -- not' /* ; */ FROM t WHERE a ?| b AND c = ?;",
            "CREATE TABLE t (id int);",
            "INSERT INTO t VALUES ('\\';');",
            "/* open",
            "*/ ;",
            "E'\\'' ;",
            "-- name: X :one ;",
            "",
            " ",
            "\t",
            "\uFEFF",
            "#comment;",
            "--;");

    @Provide
    Arbitrary<String> files() {
        Arbitrary<String> line = Arbitraries.of(PIECES);
        Arbitrary<String> end = Arbitraries.of("\n", "\r\n", "\r", " ", "");
        return Arbitraries.integers()
                .between(0, 30)
                .flatMap(n -> line.list()
                        .ofSize(n)
                        .flatMap(lines -> end.list().ofSize(n).map(ends -> {
                            StringBuilder text = new StringBuilder();
                            for (int i = 0; i < n; i++) {
                                text.append(lines.get(i)).append(ends.get(i));
                            }
                            return text.toString();
                        })));
    }

    @Property(tries = 2000)
    void randomQueryFiles(@ForAll("files") String text) {
        same("q.sql", text);
    }

    @Property(tries = 500)
    void arbitraryText(@ForAll String text) {
        same("q.sql", text);
        assertEquals(List.of(text.split("\r\n|\r|\n", -1)), QuerySplitter.lines(text));
    }
}
