package io.sqlj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.sqlj.core.codegen.CodeGenerator;
import io.sqlj.core.codegen.CodegenRequest;
import io.sqlj.core.codegen.CodegenResult;
import io.sqlj.core.config.ConfigResult;
import io.sqlj.core.engine.FakeEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineTest {

    @TempDir
    Path dir;

    /** Writes one file per query: its name, command, and the engine's first column. */
    static final class ListingGenerator implements CodeGenerator {
        @Override
        public String name() {
            return "listing";
        }

        @Override
        public CodegenResult generate(CodegenRequest request) {
            Map<String, String> files = new LinkedHashMap<>();
            for (ResolvedQuery q : request.queries()) {
                String column = q.response().getColumnsCount() == 0
                        ? "-"
                        : q.response().getColumns(0).getName();
                files.put(
                        request.def().options().get("prefix") + "/" + q.decl().name() + ".txt",
                        OutputWriter.HEADER + "\n" + q.decl().command().keyword() + " " + column + "\n");
            }
            if (Boolean.TRUE.equals(request.def().options().get("escape"))) {
                files.put("../escaped.txt", "x");
            }
            files.forEach(request.ready()::accept); // as a generator that streams its files does
            return new CodegenResult(files, List.of());
        }
    }

    private Pipeline pipeline() {
        return new Pipeline(
                List.of(new ListingGenerator()),
                Map.of("fake", FakeEngine.argv("batch")),
                Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin")));
    }

    private Path write(String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    private static List<String> messages(PipelineResult result) {
        return result.diagnostics().stream().map(Diagnostic::format).toList();
    }

    @Test
    void generatesFilesForEveryQueryAndWritesNothing() throws IOException {
        write("schema/1.sql", "CREATE TABLE a (id INTEGER);");
        write("queries/a.sql", "-- name: GetA :one\nSELECT id FROM a WHERE id = ?;\n");
        write("queries/b.sql", "-- name: DeleteA :exec\nDELETE FROM a;\n");
        Path config = write("sqlj.yaml", """
        version: "1"
        sql:
          - engine: fake
            schema: schema
            queries: queries
            codegen:
              - plugin: listing
                out: gen
                options: {prefix: db}
        """);
        PipelineResult result = pipeline().run(config);
        assertEquals(List.of(), messages(result));
        Path out = dir.resolve("gen").toAbsolutePath();
        assertEquals(
                Map.of(
                        out.resolve("db/GetA.txt"), OutputWriter.HEADER + "\none id\n",
                        out.resolve("db/DeleteA.txt"), OutputWriter.HEADER + "\nexec -\n"),
                result.files());
        assertEquals(Set.of(out), result.outDirs());
        assertFalse(Files.exists(out));
    }

    @Test
    void reportsEveryBlocksErrorsAndGeneratesNothing() throws IOException {
        write("schema.sql", "CREATE TABLE a (id INTEGER);");
        write("one.sql", "-- name: Get :one\nSELECT 1;\n");
        write("two.sql", "\n-- name: Get :many\nSELECT 2;\n");
        write("three.sql", "-- name: Broken :oops\nSELECT 3;\n-- name: Bad :one\nSELECT nme FROM a;\n");
        Path config = write("sqlj.yaml", """
        version: "1"
        sql:
          - engine: fake
            schema: schema.sql
            queries: [one.sql, two.sql]
            codegen: [{plugin: listing, out: gen}]
          - engine: fake
            schema: schema.sql
            queries: three.sql
            codegen: [{plugin: jav, out: gen2}]
        """);
        PipelineResult result = pipeline().run(config);
        assertEquals(
                List.of(
                        "two.sql:2:1: error: duplicate query name \"Get\" in sql[0]; first declared at one.sql:1",
                        "sqlj.yaml:10:15: error: unknown codegen plugin \"jav\"; known plugins: listing",
                        "three.sql:1:17: error: unknown command \":oops\"; expected one of :one, :many, :exec, :execrows,"
                                + " :execlastid, :execresult, :batchexec, :batchone, :batchmany, :copyfrom, :iter",
                        "three.sql:4:8: error: column \"nme\" does not exist (SQLSTATE 42703)"),
                messages(result));
        assertEquals(Map.of(), result.files());
    }

    @Test
    void generatedPathsMustStayInsideOut() throws IOException {
        write("schema.sql", "");
        write("q.sql", "-- name: Q :exec\nDELETE FROM a;\n");
        Path config = write("sqlj.yaml", """
        version: "1"
        sql:
          - engine: fake
            schema: schema.sql
            queries: q.sql
            codegen: [{plugin: listing, out: gen, options: {prefix: p, escape: true}}]
        """);
        PipelineResult result = pipeline().run(config);
        assertEquals(
                List.of("sqlj.yaml:6:15: error: codegen plugin \"listing\" produced the path \"../escaped.txt\","
                        + " which is not inside its out folder"),
                messages(result));
    }

    @Test
    void configErrorsStopBeforeAnyEngineRuns() throws IOException {
        Path config = write("sqlj.yaml", "version: \"1\"\nsql:\n  - engine: nope\n");
        PipelineResult result = pipeline().run(config);
        assertEquals(dir.toAbsolutePath().normalize(), result.configDir());
        assertEquals(
                "sqlj.yaml:3:13: error: unknown engine \"nope\" in sql[0]; expected one of: fake",
                messages(result).get(0));
    }

    @Test
    void declaredEngineIsFoundRelativeToTheConfig() throws IOException {
        List<String> argv = FakeEngine.argv("parse");
        StringBuilder script = new StringBuilder("#!/bin/sh\nexec");
        argv.forEach(a -> script.append(" '").append(a).append('\''));
        script.append(" \"$@\"\n");
        Path engine = write("bin/engine.sh", script.toString());
        Files.setPosixFilePermissions(engine, PosixFilePermissions.fromString("rwxr-xr-x"));
        write("schema.sql", "");
        write("q.sql", "-- name: Q :many\nSELECT id FROM a;\n");
        Path config = write("sqlj.yaml", """
        version: "1"
        engines:
          - name: mine
            process: {cmd: "bin/engine.sh"}
            timeout: 30s
        sql:
          - engine: mine
            schema: schema.sql
            queries: q.sql
            codegen: [{plugin: listing, out: gen, options: {prefix: x}}]
        """);
        PipelineResult result = pipeline().run(config);
        assertEquals(List.of(), messages(result));
        assertEquals(
                OutputWriter.HEADER + "\nmany id\n",
                result.files().get(dir.resolve("gen/x/Q.txt").toAbsolutePath()));
    }

    @Test
    void withOutSendsEveryBlockIntoOneFolder() throws IOException {
        write("schema.sql", "CREATE TABLE a (id INTEGER);");
        write("a.sql", "-- name: GetA :one\nSELECT id FROM a WHERE id = ?;\n");
        write("b.sql", "-- name: DeleteA :exec\nDELETE FROM a;\n");
        Path config = write("sqlj.yaml", """
        version: "1"
        sql:
          - engine: fake
            schema: schema.sql
            queries: a.sql
            codegen: [{plugin: listing, out: gen1, options: {prefix: one}}]
          - engine: fake
            schema: schema.sql
            queries: b.sql
            codegen: [{plugin: listing, out: gen2, options: {prefix: two}}]
        """);
        Pipeline pipeline = pipeline();
        ConfigResult loaded = pipeline.load(config);
        Path out = dir.resolve("target/generated");
        PipelineResult result = pipeline.run(loaded.config().orElseThrow().withOut(out), loaded.diagnostics());
        assertEquals(List.of(), messages(result));
        assertEquals(
                Set.of(out.resolve("one/GetA.txt"), out.resolve("two/DeleteA.txt")),
                result.files().keySet());
        assertEquals(Set.of(out), result.outDirs());
    }

    /**
     * A bundled engine starts while the files are read (docs/performance.md §1j); a block that
     * then has nothing to ask it must not leave it running.
     */
    @Test
    void anEngineStartedEarlyIsStoppedWhenTheBlockHasNoQueries() throws IOException {
        write("schema.sql", "CREATE TABLE a (id INTEGER);");
        write("empty.sql", "-- nothing here\n");
        Path config = write("sqlj.yaml", """
        version: "1"
        sql:
          - engine: fake
            schema: schema.sql
            queries: empty.sql
            codegen: [{plugin: listing, out: gen}]
        """);
        Pipeline hanging = new Pipeline(
                List.of(new ListingGenerator()),
                Map.of("fake", FakeEngine.argv("hang")),
                Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin")));
        PipelineResult result = hanging.run(config);
        assertEquals(Map.of(), result.files(), String.valueOf(messages(result)));
        assertEquals(
                List.of(
                        "empty.sql:1:1: warning: no queries in file; a query starts with a line like"
                                + " \"-- name: GetAuthor :one\"",
                        "sqlj.yaml:3:5: error: no queries in empty.sql; a query starts with a line like"
                                + " \"-- name: GetAuthor :one\""),
                messages(result));
        assertEquals(
                List.of(),
                ProcessHandle.current()
                        .descendants()
                        .filter(ProcessHandle::isAlive)
                        .filter(p -> p.info().commandLine().orElse("").contains(FakeEngine.class.getName()))
                        .map(p -> p.info().commandLine().orElse(""))
                        .toList());
    }

    private static List<String> fakeEnginesAlive() {
        return ProcessHandle.current()
                .descendants()
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().orElse("").contains(FakeEngine.class.getName()))
                .map(p -> p.info().commandLine().orElse(""))
                .toList();
    }

    /**
     * The bundled engines start right after the config is loaded, before the blocks are set up
     * (docs/performance.md §1ak): a run that fails before a block took its engine (here the progress
     * display, which each block starts first) must not leave the engine running.
     */
    @Test
    void anEngineStartedBeforeTheBlocksIsStoppedWhenTheRunFailsBeforeUsingIt() throws IOException {
        write("schema.sql", "CREATE TABLE a (id INTEGER);");
        write("a.sql", "-- name: GetA :one\nSELECT id FROM a;\n");
        Path config = write("sqlj.yaml", """
        version: "1"
        sql:
          - engine: fake
            schema: schema.sql
            queries: a.sql
            codegen: [{plugin: listing, out: gen}]
        """);
        List<Integer> enginesAtFailure = new java.util.ArrayList<>();
        Pipeline hanging = new Pipeline(
                        List.of(new ListingGenerator()),
                        Map.of("fake", FakeEngine.argv("hang")),
                        Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin")))
                .withProgress(what -> {
                    enginesAtFailure.add(fakeEnginesAlive().size());
                    throw new IllegalStateException("no terminal");
                });
        IllegalStateException thrown =
                org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> hanging.run(config));
        assertEquals("no terminal", thrown.getMessage());
        assertEquals(List.of(1), enginesAtFailure); // it had been started
        assertEquals(List.of(), fakeEnginesAlive());
    }

    /** Blocks that run side by side each start their engine first; those after them start their own. */
    @Test
    void everyBlocksEngineAnswersWhenSomeStartBeforeTheBlocksAndSomeLater() throws IOException {
        write("schema.sql", "CREATE TABLE a (id INTEGER);");
        StringBuilder yaml = new StringBuilder("version: \"1\"\nsql:\n");
        for (int i = 0; i < 6; i++) {
            write("q" + i + ".sql", "-- name: Get" + i + " :one\nSELECT id FROM a;\n");
            yaml.append("  - engine: fake\n    schema: schema.sql\n    queries: q")
                    .append(i)
                    .append(".sql\n    codegen: [{plugin: listing, out: gen")
                    .append(i)
                    .append(", options: {prefix: db}}]\n");
        }
        Path config = write("sqlj.yaml", yaml.toString());
        PipelineResult result = pipeline().run(config);
        assertEquals(List.of(), messages(result));
        assertEquals(
                List.of("Get0.txt", "Get1.txt", "Get2.txt", "Get3.txt", "Get4.txt", "Get5.txt"),
                result.files().keySet().stream()
                        .map(p -> p.getFileName().toString())
                        .sorted()
                        .toList());
        assertEquals(List.of(), fakeEnginesAlive());
    }

    /** As in sqlc, a query file without queries (an empty one in a queries folder) does not stop the block. */
    @Test
    void aQueryFileWithoutQueriesBesideOthersIsAWarning() throws IOException {
        write("schema.sql", "CREATE TABLE a (id INTEGER);");
        write("queries/a.sql", "-- name: GetA :one\nSELECT id FROM a;\n");
        write("queries/b.sql", "");
        write("queries/c.sql", "SELECT 1;\n\n-- name: ListA :many\nSELECT id FROM a;\n");
        Path config = write("sqlj.yaml", """
        version: "1"
        sql:
          - engine: fake
            schema: schema.sql
            queries: queries
            codegen: [{plugin: listing, out: gen, options: {prefix: db}}]
        """);
        PipelineResult result = pipeline().run(config);
        assertEquals(
                List.of(
                        "queries/b.sql:1:1: warning: no queries in file; a query starts with a line like"
                                + " \"-- name: GetAuthor :one\"",
                        "queries/c.sql:1:1: warning: statement has no name line; it is skipped, as sqlc skips it"
                                + " (start it with a line like \"-- name: GetAuthor :one\" to generate it)"),
                messages(result));
        assertEquals(
                List.of("GetA.txt", "ListA.txt"),
                result.files().keySet().stream()
                        .map(p -> p.getFileName().toString())
                        .sorted()
                        .toList());
    }

    /**
     * The queries stream to a bundled engine on the SDK as the files are split, the schema first
     * (docs/performance.md §1y); a query file that cannot be read in the middle is one error at its
     * place, and no engine is left running.
     */
    @Test
    void aBadQueryFileBetweenStreamedOnesIsOneErrorAndLeavesNoEngine() throws IOException {
        write("schema.sql", "CREATE TABLE a (id INTEGER);");
        write("queries/a.sql", "-- name: GetA :one\nSELECT id FROM a WHERE id = ?;\n");
        Files.write(dir.resolve("queries/b.sql"), new byte[] {'-', '-', ' ', (byte) 0xc3, 0x28, '\n'});
        write("queries/c.sql", "-- name: DeleteA :exec\nDELETE FROM a;\n");
        Path config = write("sqlj.yaml", """
        version: "1"
        sql:
          - engine: fake
            schema: schema.sql
            queries: queries
            codegen: [{plugin: listing, out: gen, options: {prefix: db}}]
        """);
        Pipeline sdk = new Pipeline(
                List.of(new ListingGenerator()),
                Map.of("fake", FakeEngine.argv("sdk")),
                Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin")));
        PipelineResult result = sdk.run(config);
        assertEquals(
                List.of("queries/b.sql:1:4: error: query file is not valid UTF-8; save it as UTF-8"), messages(result));
        assertEquals(Map.of(), result.files()); // a run with an error writes nothing
        // the engine was asked (its session opened with the schema sent before the queries)
        assertEquals("Sql[text=CREATE TABLE a (id INTEGER);]", Files.readString(dir.resolve("session-opened")));
        assertEquals(
                List.of(),
                ProcessHandle.current()
                        .descendants()
                        .filter(ProcessHandle::isAlive)
                        .filter(p -> p.info().commandLine().orElse("").contains(FakeEngine.class.getName()))
                        .map(p -> p.info().commandLine().orElse(""))
                        .toList());
    }

    private List<String> stagingFolders() throws IOException {
        try (java.util.stream.Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(StagedWrite.PREFIX))
                    .toList();
        }
    }

    @Test
    void earlyStagingStagesWhileGeneratingAndTheWriteMovesThoseFiles() throws IOException {
        write("schema.sql", "CREATE TABLE a (id INTEGER);");
        write("q.sql", "-- name: GetA :one\nSELECT id FROM a WHERE id = ?;\n-- name: DeleteA :exec\nDELETE FROM a;\n");
        Path config = write("sqlj.yaml", """
        version: "1"
        sql:
          - engine: fake
            schema: schema.sql
            queries: q.sql
            codegen: [{plugin: listing, out: gen, options: {prefix: db}}]
        """);
        Path out = dir.resolve("gen").toAbsolutePath();
        WriteReport report;
        try (EarlyStaging early = EarlyStaging.create(Timings.from(Map.of()))) {
            PipelineResult result = pipeline().withEarlyStaging(early).run(config);
            assertEquals(List.of(), messages(result));
            assertFalse(Files.exists(out), "staged, not written into out");
            int[] writes = {0};
            StagedWrite.Disk counting = new StagedWrite.Disk() {
                @Override
                public void write(Path file, byte[] bytes) throws IOException {
                    writes[0]++;
                    StagedWrite.FILES.write(file, bytes);
                }

                @Override
                public void move(Path from, Path to) throws IOException {
                    StagedWrite.FILES.move(from, to);
                }
            };
            report = OutputWriter.write(result, counting, early);
            assertEquals(3, writes[0], "the manifest, the journal and committed: the two files were staged early");
        }
        assertEquals(List.of(), report.diagnostics());
        assertEquals(2, report.written().size());
        assertEquals(OutputWriter.HEADER + "\none id\n", Files.readString(out.resolve("db/GetA.txt")));
        assertEquals(List.of(), stagingFolders());
    }

    @Test
    void aRunWithErrorsLeavesNoEarlyStagingFolderAndCompileNeverMakesOne() throws IOException {
        write("schema.sql", "CREATE TABLE a (id INTEGER);");
        write("q.sql", "-- name: GetA :one\nSELECT id FROM a WHERE id = ?;\n-- name: Bad :one\nSELECT nme FROM a;\n");
        Path config = write("sqlj.yaml", """
        version: "1"
        sql:
          - engine: fake
            schema: schema.sql
            queries: q.sql
            codegen: [{plugin: listing, out: gen, options: {prefix: db}}]
        """);
        try (EarlyStaging early = EarlyStaging.create(Timings.from(Map.of()))) {
            PipelineResult result = pipeline().withEarlyStaging(early).run(config);
            assertEquals(List.of("q.sql:4:8: error: column \"nme\" does not exist (SQLSTATE 42703)"), messages(result));
            assertEquals(Map.of(), result.files());
            assertEquals(
                    List.of("error: the run has errors; nothing was written"),
                    OutputWriter.write(result, early).diagnostics().stream()
                            .map(Diagnostic::format)
                            .toList());
        }
        assertEquals(List.of(), stagingFolders(), "closing deletes what was staged");
        assertFalse(Files.exists(dir.resolve("gen")));
        // Without early staging (compile, verify, diff), a run makes no folder at all.
        write("q.sql", "-- name: GetA :one\nSELECT id FROM a WHERE id = ?;\n");
        PipelineResult clean = pipeline().run(config);
        assertEquals(List.of(), messages(clean));
        assertEquals(List.of(), stagingFolders());
        assertFalse(Files.exists(dir.resolve("gen")));
    }

    /**
     * An engine that answers, closes its stdout and then exits 3: its answer went through codegen
     * (and early staging) while it exited, but the run fails as when sqlj waited for the exit
     * before reading the answer, and nothing is written (docs/performance.md §1aj).
     */
    @Test
    void anEngineThatFailsAfterItsAnswerFailsTheRunAndNothingIsWritten() throws IOException {
        write("schema.sql", "CREATE TABLE a (id INTEGER);");
        write("q.sql", "-- name: GetA :one\nSELECT id FROM a WHERE id = ?;\n-- name: DeleteA :exec\nDELETE FROM a;\n");
        Path config = write("sqlj.yaml", """
        version: "1"
        sql:
          - engine: fake
            schema: schema.sql
            queries: q.sql
            codegen: [{plugin: listing, out: gen, options: {prefix: db}}]
        """);
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (String mode : List.of("late-fail", "late-close-fail")) {
            Pipeline late = new Pipeline(
                    List.of(new ListingGenerator()),
                    Map.of("fake", FakeEngine.argv(mode)),
                    Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin")));
            try (EarlyStaging early = EarlyStaging.create(Timings.from(Map.of()))) {
                PipelineResult result =
                        late.withEarlyStaging(early).withWriteChecks().run(config);
                assertEquals(Map.of(), result.files());
                expected.put(mode, messages(result));
                assertEquals(
                        List.of("error: the run has errors; nothing was written"),
                        OutputWriter.write(result, early).diagnostics().stream()
                                .map(Diagnostic::format)
                                .toList());
            }
            assertEquals(List.of(), stagingFolders(), "closing deletes what was staged");
            assertFalse(Files.exists(dir.resolve("gen")));
        }
        assertEquals(
                List.of("sqlj.yaml:3:13: error: engine \"fake\" failed with status 3 while resolving sql[0] (q.sql);"
                        + " its stderr ends with:\n    failed after its answer"),
                expected.get("late-close-fail"));
        assertEquals(expected.get("late-fail"), expected.get("late-close-fail"));
    }
}
