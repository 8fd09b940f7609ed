package io.sqlj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sqlj.cli.BatteryTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: config errors come in the same run as every other error. A block whose own config is
 * broken is reported and skipped, but its query files are still split and checked; a block whose
 * only config error is in a codegen entry is still resolved; the other blocks run as usual. One
 * run shows them all, sorted by file then line:col, exits 1 and changes no file.
 */
class ConfigErrorsAtOnceTest {

    private static final String SCHEMA = "CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n";

    /** Three blocks: an unknown key in the first, an out outside the tree in the second, none in the third. */
    private static final String SQLJ_YAML = """
            version: "1"
            rules:
              - name: no-delete
                rule: query.cmd == "exec" &&
              - name: no-star
                rule: query.sql.contains("*") + 1
            sql:
              - engine: sqlite
                schema: schema.sql
                queries: a.sql
                emit_foo: true
                codegen:
                  - plugin: java
                    out: gen
                    options: {package: com.example.a}
              - engine: sqlite
                schema: schema.sql
                queries: b.sql
                codegen:
                  - plugin: java
                    out: ../outside
                    options: {package: com.example.b}
              - engine: sqlite
                schema: schema.sql
                queries: c.sql
                rules: [no-delete, no-star]
                codegen:
                  - plugin: java
                    out: gen
                    options: {package: com.example.c}
            """;

    /** The same three blocks as sqlc writes them: a glob that matches nothing, an unknown Go option. */
    private static final String SQLC_YAML = """
            version: "2"
            sql:
              - engine: sqlite
                schema: "migrations/*.sql"
                queries: a.sql
                gen:
                  go: {package: a, out: a}
              - engine: sqlite
                schema: schema.sql
                queries: b.sql
                gen:
                  go: {package: b, out: b, emit_jsn_tags: true}
              - engine: sqlite
                schema: schema.sql
                queries: c.sql
                gen:
                  go: {package: c, out: c}
            """;

    @TempDir
    Path project;

    @BeforeEach
    void writeTheProject() throws IOException {
        Files.writeString(project.resolve("schema.sql"), SCHEMA);
        // a.sql: a command the splitter refuses, and a SQL error only the engine would see (its block
        // is not resolved, so that one does not show).
        Files.writeString(
                project.resolve("a.sql"),
                "-- name: ListA :manyy\nSELECT id FROM authors;\n\n-- name: BadA :one\nSELECT nope FROM authors;\n");
        Files.writeString(
                project.resolve("b.sql"),
                "-- name: GetB :one\nSELECT id FROM authors WHERE id = ?;\n\n"
                        + "-- name: BadB :one\nSELECT missing FROM authors;\n");
        Files.writeString(
                project.resolve("c.sql"),
                "-- name: GetC :one\nSELECT name FROM nowhere;\n\n-- name: GetC :exec\nDELETE FROM authors;\n");
        Files.writeString(project.resolve("sqlj.yaml"), SQLJ_YAML);
        Files.writeString(project.resolve("sqlc.yaml"), SQLC_YAML);
        Files.createDirectories(project.resolve("gen"));
    }

    private Run sqlj(String... args) {
        return BatteryTest.sqlj(project, args);
    }

    private String config(String name) {
        return project.resolve(name).toString();
    }

    private static final String SQLJ_ERRORS = """
            sqlj.yaml:11:5: error: unknown key "emit_foo" in sql[0]; expected one of: engine, schema, database, queries, engine_options, placeholders, codegen, rules
            sqlj.yaml:21:14: error: out "../outside" is outside the config's folder; sqlj writes only below <DIR>
            a.sql:1:16: error: unknown command ":manyy"; expected one of :one, :many, :exec, :execrows, :execlastid, :execresult, :batchexec, :batchone, :batchmany, :copyfrom, :iter
            b.sql:5:8: error: no such column: missing (SQLITE_ERROR)
            c.sql:2:18: error: no such table: nowhere (SQLITE_ERROR)
            c.sql:4:1: error: duplicate query name "GetC" in sql[2]; first declared at c.sql:1
            """;

    @Test
    void generateReportsTheConfigsErrorsWithTheQueriesAndChangesNothing() throws IOException {
        Map<String, String> before = BatteryTest.checksums(project);
        Run run = sqlj("generate", "-f", config("sqlj.yaml"));
        assertEquals(
                new Run(
                        1,
                        "",
                        SQLJ_ERRORS.replace(
                                "<DIR>", project.toAbsolutePath().normalize().toString())),
                run);
        assertEquals(before, BatteryTest.checksums(project), "no file written, changed or removed");
    }

    @Test
    void verifyAndCompileReportTheSame() throws IOException {
        Map<String, String> before = BatteryTest.checksums(project);
        String errors = SQLJ_ERRORS.replace(
                "<DIR>", project.toAbsolutePath().normalize().toString());
        assertEquals(new Run(1, "", errors), sqlj("verify", "-f", config("sqlj.yaml")));
        assertEquals(new Run(1, "", errors + "6 errors\n"), sqlj("compile", "-f", config("sqlj.yaml")));
        assertEquals(before, BatteryTest.checksums(project));
    }

    /** vet: the same, and every rule whose expression does not compile, each once at its rule. */
    @Test
    void vetReportsEveryRuleThatDoesNotCompileWithTheRest() throws IOException {
        Map<String, String> before = BatteryTest.checksums(project);
        assertEquals(
                new Run(
                        1,
                        "",
                        VET_ERRORS.replace(
                                "<DIR>", project.toAbsolutePath().normalize().toString())),
                sqlj("vet", "-f", config("sqlj.yaml")));
        assertEquals(before, BatteryTest.checksums(project));
    }

    private static final String VET_ERRORS = """
            sqlj.yaml:4:11: error: rule no-delete is not a valid CEL expression: mismatched input '<EOF>' expecting {'[', '{', '(', '.', '-', '!', 'true', 'false', 'null', NUM_FLOAT, NUM_INT, NUM_UINT, STRING, BYTES, IDENTIFIER} (line 1, column 23 of the expression)
            sqlj.yaml:6:11: error: rule no-star is not a valid CEL expression: found no matching overload for '_+_' applied to '(bool, int)' (candidates: (int, int),(uint, uint),(double, double),(string, string),(bytes, bytes),(list(%A0), list(%A0)),(google.protobuf.Timestamp, google.protobuf.Duration),(google.protobuf.Duration, google.protobuf.Timestamp),(google.protobuf.Duration, google.protobuf.Duration)) (line 1, column 25 of the expression)
            sqlj.yaml:11:5: error: unknown key "emit_foo" in sql[0]; expected one of: engine, schema, database, queries, engine_options, placeholders, codegen, rules
            sqlj.yaml:21:14: error: out "../outside" is outside the config's folder; sqlj writes only below <DIR>
            a.sql:1:16: error: unknown command ":manyy"; expected one of :one, :many, :exec, :execrows, :execlastid, :execresult, :batchexec, :batchone, :batchmany, :copyfrom, :iter
            b.sql:5:8: error: no such column: missing (SQLITE_ERROR)
            c.sql:2:18: error: no such table: nowhere (SQLITE_ERROR)
            c.sql:4:1: error: duplicate query name "GetC" in sql[2]; first declared at c.sql:1
            8 errors
            """;

    /** A sqlc config: the blocks' errors, and without --out and --package that as well, in one run. */
    @Test
    void aSqlcConfigReportsItsBlocksErrorsWithTheQueries() throws IOException {
        Map<String, String> before = BatteryTest.checksums(project);
        assertEquals(new Run(1, "", SQLC_ERRORS + "6 errors\n"), sqlj("compile", "-f", config("sqlc.yaml")));
        assertEquals(new Run(1, "", SQLC_NO_OUT + SQLC_ERRORS), sqlj("generate", "-f", config("sqlc.yaml")));
        assertEquals(before, BatteryTest.checksums(project));
    }

    private static final String SQLC_ERRORS = """
            sqlc.yaml:4:13: error: no file matches schema pattern "migrations/*.sql"
            sqlc.yaml:12:32: error: unknown key "emit_jsn_tags" in sql[1].gen.go; did you mean "emit_json_tags"?
            a.sql:1:16: error: unknown command ":manyy"; expected one of :one, :many, :exec, :execrows, :execlastid, :execresult, :batchexec, :batchone, :batchmany, :copyfrom, :iter
            b.sql:5:8: error: no such column: missing (SQLITE_ERROR)
            c.sql:2:18: error: no such table: nowhere (SQLITE_ERROR)
            c.sql:4:1: error: duplicate query name "GetC" in sql[2]; first declared at c.sql:1
            """;
    private static final String SQLC_NO_OUT = "sqlc.yaml:1:1: error: a sqlc config needs --out DIR and --package PKG"
            + " on the command line (its out and package are Go's); missing --out and --package\n";

    /** A config unusable as a whole still stops before the query files, and says so once. */
    @Test
    void anUnknownVersionStopsEarlyAndSaysSo() throws IOException {
        Files.writeString(project.resolve("sqlj.yaml"), SQLJ_YAML.replace("version: \"1\"", "version: \"3\""));
        Map<String, String> before = BatteryTest.checksums(project);
        assertEquals(
                new Run(
                        1,
                        "",
                        STOPPED.replace(
                                "<DIR>", project.toAbsolutePath().normalize().toString())),
                sqlj("generate", "-f", config("sqlj.yaml")));
        assertEquals(before, BatteryTest.checksums(project));
    }

    private static final String STOPPED = """
            sqlj.yaml:1:10: error: unsupported version "3"; the only version is "1" (sqlj stopped here: no query file was read)
            sqlj.yaml:11:5: error: unknown key "emit_foo" in sql[0]; expected one of: engine, schema, database, queries, engine_options, placeholders, codegen, rules
            sqlj.yaml:21:14: error: out "../outside" is outside the config's folder; sqlj writes only below <DIR>
            """;
}
