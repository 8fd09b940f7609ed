package io.sqlj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code sqlj} command as a user meets it: exit codes, output, and the files it leaves. */
class CliTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int sqlj(String... args) {
        return SqljCommand.run(
                args, new PrintWriter(out, true), new PrintWriter(err, true), Map.of("PATH", System.getenv("PATH")));
    }

    private Path config() {
        return dir.resolve("sqlj.yaml");
    }

    private Path queriesJava() {
        return dir.resolve("src/main/java/com/example/db/Queries.java");
    }

    @Test
    void aCallAsManySaysTheServerDescribesNoColumnsForIt() throws Exception {
        // freemed-server: "CALL schedulerGenerateDailySchedule(...)" as :many; its result sets are
        // the procedure's, known only when it runs, so "add RETURNING" was the wrong advice
        Files.writeString(
                dir.resolve("schema.sql"),
                "CREATE TABLE slots (n int);\n"
                        + "CREATE PROCEDURE fill(k int) LANGUAGE sql AS $$ INSERT INTO slots VALUES (k) $$;\n");
        Files.writeString(
                dir.resolve("queries.sql"),
                "-- name: Fill :many\nCALL fill(@k);\n\n-- name: Pair :one\nSELECT (n, n) FROM slots;\n");
        Files.writeString(config(), """
        version: "1"
        sql:
          - engine: postgresql
            schema: schema.sql
            queries: queries.sql
            codegen:
              - plugin: java
                out: src/main/java
                options: {package: com.example.db}
        """);
        assertEquals(1, sqlj("compile", "-f", config().toString()), err.toString());
        String errors = err.toString();
        assertTrue(
                errors.contains("queries.sql:1:1: error: query Fill is :many but a CALL's result sets are known only"
                        + " when it runs"),
                errors);
        assertFalse(errors.contains("RETURNING"), errors);
        // haaukins-daemon: SELECT (username, email) is one value of type record
        assertTrue(
                errors.contains(
                        "queries.sql:4:1: error: unknown type \"record\" for column \"row\" of query Pair; it is"
                                + " one anonymous row value, as SELECT (a, b) makes: write SELECT a, b for two columns, or add"
                                + " an override"),
                errors);
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        assertEquals(0, sqlj("--help"));
        String help = out.toString();
        for (String word : new String[] {"generate", "verify", "init", "version", "Exit codes"}) {
            assertTrue(help.contains(word), () -> "help lacks " + word + ":\n" + help);
        }
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"generate", "verify", "diff", "init", "version"}) {
            assertEquals(0, sqlj(command, "--help"), command);
        }
        assertTrue(out.toString().contains("--file"));
    }

    /**
     * A run models only the command its first word names (docs/performance.md §1m): that name
     * table agrees with the commands' annotations, names and aliases, and what a user sees does
     * not depend on it ({@code sqlj X --help}, modelled alone, is {@code sqlj help X}, modelled
     * with every command).
     */
    @Test
    void aRunModelsTheCommandItsFirstWordNames() {
        Map<String, CommandLine> all =
                SqljCommand.commandLine(new String[0], Map.of()).getSubcommands();
        assertEquals(SqljCommand.COMMANDS.size() + 1, all.size(), all.keySet()::toString); // + the alias diff
        for (Map.Entry<String, CommandLine> command : all.entrySet()) {
            String name = command.getKey();
            Object userObject = command.getValue().getCommandSpec().userObject();
            if (name.equals("help")) {
                assertNull(SqljCommand.named(name), "help shows every command");
                continue;
            }
            assertEquals(userObject.getClass(), SqljCommand.named(name), name);
            CommandLine alone = SqljCommand.commandLine(new String[] {name}, Map.of());
            assertEquals(
                    List.of(command.getValue().getCommandName()),
                    alone.getSubcommands().values().stream()
                            .map(CommandLine::getCommandName)
                            .distinct()
                            .toList(),
                    name);

            out.getBuffer().setLength(0);
            assertEquals(0, sqlj(name, "--help"), name);
            String help = out.toString();
            out.getBuffer().setLength(0);
            assertEquals(0, sqlj("help", name), name);
            assertEquals(out.toString(), help, name);
        }
        assertNull(SqljCommand.named("generat"));
        assertNull(SqljCommand.named("--help"));
    }

    @Test
    void aLoneVersionOptionAndTheVersionCommandAgree() {
        assertEquals(0, sqlj("--version"));
        assertEquals(0, sqlj("-V"));
        assertEquals(0, sqlj("version"));
        String line = out.toString().lines().findFirst().orElseThrow();
        assertEquals(String.join("\n", line, line, line) + "\n", out.toString().replace("\r\n", "\n"));
        assertTrue(line.matches("sqlj \\d+\\.\\d+\\.\\d+.*"), line);
    }

    @Test
    void versionPrintsTheVersion() {
        assertEquals(0, sqlj("version"));
        assertTrue(out.toString().matches("sqlj \\d+\\.\\d+\\.\\d+.*\\R"), out.toString());
    }

    @Test
    void unknownCommandOrOptionIsAUsageError() {
        assertEquals(2, sqlj("generat"));
        assertEquals(2, sqlj("generate", "--no-such-option"));
        assertTrue(err.toString().contains("--help"), err.toString());
    }

    @Test
    void initThenGenerateThenVerify() throws IOException {
        assertEquals(0, sqlj("init", "-d", dir.toString()), err.toString());
        assertEquals(0, sqlj("generate", "-f", config().toString()), err.toString());
        String generated = Files.readString(queriesJava());
        assertTrue(generated.startsWith("// Code generated by sqlj. DO NOT EDIT."), generated);
        assertTrue(generated.contains("getAuthor("), generated);

        assertEquals(0, sqlj("verify", "-f", config().toString()), err.toString() + out);

        Files.writeString(queriesJava(), generated.replace("getAuthor(", "getWriter("));
        out.getBuffer().setLength(0);
        assertEquals(3, sqlj("diff", "-f", config().toString()));
        String diff = out.toString();
        assertTrue(diff.contains("--- a/src/main/java/com/example/db/Queries.java"), diff);
        assertTrue(diff.lines().anyMatch(l -> l.startsWith("-") && l.contains("getWriter(")), diff);
        assertTrue(diff.lines().anyMatch(l -> l.startsWith("+") && l.contains("getAuthor(")), diff);
    }

    @Test
    void initNeverOverwrites() throws IOException {
        Files.writeString(config(), "mine");
        assertEquals(1, sqlj("init", "-d", dir.toString()));
        assertEquals("mine", Files.readString(config()));
        assertFalse(Files.exists(dir.resolve("schema.sql")));
    }

    @Test
    void aBadQueryWritesNothingAndExitsOne() throws IOException {
        assertEquals(0, sqlj("init", "-d", dir.toString()));
        assertEquals(0, sqlj("generate", "-f", config().toString()));
        String before = Files.readString(queriesJava());

        Files.writeString(
                dir.resolve("queries.sql"),
                Files.readString(dir.resolve("queries.sql")) + "\n-- name: Broken :one\nSELECT nme FROM authors;\n");
        assertEquals(1, sqlj("generate", "-f", config().toString()));
        assertTrue(err.toString().contains("queries.sql:"), err.toString());
        assertTrue(err.toString().contains("error:"), err.toString());
        assertTrue(err.toString().contains("nme"), err.toString());
        assertEquals(before, Files.readString(queriesJava()));
    }

    @Test
    void aMissingConfigIsOneClearError() {
        assertEquals(1, sqlj("generate", "-f", dir.resolve("nope.yaml").toString()));
        assertTrue(err.toString().contains("nope.yaml"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @Test
    void generatesFromASqlcConfigAsItIs() throws IOException {
        Files.writeString(
                dir.resolve("schema.sql"), "CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n");
        Files.writeString(
                dir.resolve("query.sql"), "-- name: GetAuthor :one\nSELECT * FROM authors WHERE id = ? LIMIT 1;\n");
        Files.writeString(dir.resolve("sqlc.yaml"), """
        version: "2"
        sql:
          - engine: sqlite
            schema: schema.sql
            queries: query.sql
            gen:
              go:
                package: db
                out: internal/db
                emit_json_tags: true
        """);
        String sqlc = dir.resolve("sqlc.yaml").toString();
        assertEquals(1, sqlj("generate", "-f", sqlc));
        assertTrue(
                err.toString().contains("sqlc.yaml:1:1: error: a sqlc config needs --out DIR and --package PKG"),
                err.toString());
        assertEquals(
                2, sqlj("generate", "-f", sqlc, "--out", dir.resolve("java").toString(), "--package", "9x"));
        assertEquals(
                0,
                sqlj("generate", "-f", sqlc, "--out", dir.resolve("java").toString(), "--package", "com.acme.db"),
                err.toString());
        assertTrue(
                err.toString().contains("sqlc.yaml:10:9: note: sqlc option \"emit_json_tags\" has no meaning"),
                err.toString());
        String queries = Files.readString(dir.resolve("java/com/acme/db/Queries.java"));
        assertTrue(queries.contains("public Optional<Author> getAuthor(long id)"), queries);
        assertFalse(Files.exists(dir.resolve("internal")));
        assertEquals(
                0,
                sqlj("verify", "-f", sqlc, "--out", dir.resolve("java").toString(), "--package", "com.acme.db"),
                err.toString());
    }

    @Test
    void compileReportsQueryFileEngineAndCodegenErrorsAtOnceAndWritesNothing() throws IOException {
        Files.writeString(
                dir.resolve("schema.sql"), "CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n");
        Files.writeString(dir.resolve("queries.sql"), """
        -- name: Good :one
        SELECT id, name FROM authors WHERE id = ?;

        -- name: Typo :oen
        SELECT 1;

        -- name: NoColumn :many
        SELECT nme FROM authors;

        -- name: Rename :one
        UPDATE authors SET name = ? WHERE id = ?;
        """);
        Files.writeString(config(), """
        version: "1"
        sql:
          - engine: sqlite
            schema: schema.sql
            queries: queries.sql
            codegen:
              - plugin: java
                out: src/main/java
                options: {package: com.example.db}
        """);
        assertEquals(1, sqlj("compile", "-f", config().toString()));
        String errors = err.toString();
        assertTrue(errors.contains("queries.sql:4:15: error: unknown command \":oen\""), errors);
        assertTrue(errors.contains("queries.sql:8:8: error: no such column: nme"), errors);
        assertTrue(errors.contains("error: query Rename is :one but returns no columns"), errors);
        assertTrue(errors.endsWith("3 errors\n") || errors.endsWith("3 errors\r\n"), errors);
        assertFalse(Files.exists(dir.resolve("src")));

        Files.writeString(
                dir.resolve("queries.sql"), "-- name: Good :one\nSELECT id, name FROM authors WHERE id = ?;\n");
        assertEquals(0, sqlj("compile", "-f", config().toString()), err.toString());
        assertFalse(Files.exists(dir.resolve("src")), "compile writes nothing");
    }
}
