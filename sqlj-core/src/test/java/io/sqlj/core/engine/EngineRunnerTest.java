package io.sqlj.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.core.Command;
import io.sqlj.core.Diagnostic;
import io.sqlj.core.Location;
import io.sqlj.core.QueryDecl;
import io.sqlj.core.ResolvedQuery;
import io.sqlj.core.Timings;
import io.sqlj.core.config.SqlBlock;
import io.sqlj.engine.v1.Column;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineRunnerTest {

    @TempDir
    Path dir;

    static final Location ENGINE_AT = new Location("sqlj.yaml", 3, 13);

    static EngineSpec spec(String mode, Duration timeout, String... env) {
        return new EngineSpec("fake", FakeEngine.argv(mode), List.of(env), timeout, false);
    }

    static SqlBlock block() {
        return new SqlBlock(
                0,
                "fake",
                ENGINE_AT,
                List.of(),
                Optional.empty(),
                List.of(),
                Map.of("strict", "true"),
                List.of(),
                new Location("sqlj.yaml", 3, 5));
    }

    static QueryDecl query(String name, String text, int textLine) {
        return new QueryDecl(name, Command.MANY, text, List.of(), "queries.sql", textLine - 1, textLine);
    }

    private EngineRunner runner() {
        return new EngineRunner(
                dir,
                Map.of(
                        "PATH",
                        System.getenv().getOrDefault("PATH", "/usr/bin:/bin"),
                        "ALLOWED",
                        "yes",
                        "SECRET",
                        "no"));
    }

    private static List<String> messages(EngineRunResult result) {
        return result.diagnostics().stream().map(Diagnostic::format).toList();
    }

    @Test
    void batchEngineResolvesEveryQueryInOneCallAndMapsDiagnostics() {
        List<QueryDecl> queries = List.of(
                query("A", "SELECT id FROM t WHERE id = ?", 2),
                query("B", "SELECT id,\n  nme FROM t", 5),
                query("C", "DELETE FROM t WHERE id = ? AND x = '?'", 9));
        EngineRunResult result =
                runner().run(spec("batch", Duration.ofSeconds(30)), block(), "CREATE TABLE t;", queries);
        assertEquals(
                List.of(
                        "queries.sql:6:3: error: column \"nme\" does not exist (SQLSTATE 42703)",
                        "queries.sql:8:1: error: engine \"fake\" returned 2 parameters for the 1 placeholders (\"?\") of query"
                                + " \"C\": DELETE FROM t WHERE id = ? AND x = '?'"),
                messages(result));
        assertEquals(
                List.of("A"),
                result.resolved().stream().map(r -> r.decl().name()).toList());
        Column id = result.resolved().get(0).response().getColumns(0);
        assertEquals("queries.sql:2", id.getTableName(), "the query's file and line reach the engine");
        assertEquals("CREATE TABLE t;|{strict=true}", id.getSchemaName(), "schema and options reach the engine");
        assertEquals(1, result.resolved().get(0).response().getParametersCount());
    }

    @Test
    void anEngineWithoutTheFeaturesNeverSeesQueriesThatUseTheNewMacros() {
        List<QueryDecl> queries = List.of(
                query("A", "SELECT id FROM t WHERE sqlj.optional(id = @id) ORDER BY sqlj.sort(@o, id, name)", 2),
                query("B", "SELECT sqlj.embed(a), sqlj.embed_list(b) FROM a LEFT JOIN b ON b.a_id = a.id", 4),
                query("C", "SELECT id FROM t WHERE 'sqlj.optional(x)' = name -- sort, embed_list", 6));
        EngineRunResult result = runner().run(spec("batch", Duration.ofSeconds(30)), block(), "S", queries);
        assertEquals(
                List.of(
                        "queries.sql:1:1: error: query A uses sqlj.optional, sqlj.sort, but engine \"fake\" (sql[0])"
                                + " does not declare the features \"optional\", \"sort\" in its info; use a bundled engine, or an engine"
                                + " version that supports them",
                        "queries.sql:3:1: error: query B uses sqlj.embed_list, but engine \"fake\" (sql[0]) does not declare the"
                                + " feature \"embed_list\" in its info; use a bundled engine, or an engine version that supports it"),
                messages(result));
        assertEquals(
                List.of("C"),
                result.resolved().stream().map(r -> r.decl().name()).toList());
    }

    @Test
    void parseOnlyEngineGetsOneProcessPerQuery() {
        List<QueryDecl> queries = List.of(query("A", "SELECT 1 WHERE a = ? AND b = ?", 2), query("B", "SELECT 2", 4));
        EngineRunResult result = runner().run(spec("parse", Duration.ofSeconds(30)), block(), "S", queries);
        assertEquals(List.of(), messages(result));
        assertEquals(
                List.of(2, 0),
                result.resolved().stream()
                        .map(r -> r.response().getParametersCount())
                        .toList());
        assertEquals(
                "queries.sql:4",
                result.resolved().get(1).response().getColumns(0).getTableName());
    }

    @Test
    void failingEngineReportsStatusAndTheTailOfStderr() {
        EngineRunResult result =
                runner().run(spec("fail", Duration.ofSeconds(30)), block(), "", List.of(query("A", "SELECT 1", 2)));
        List<String> expected = new ArrayList<>();
        StringBuilder message = new StringBuilder("queries.sql:1:1: error: engine \"fake\" failed with status 3 while"
                + " resolving query \"A\" of sql[0] (queries.sql); its stderr ends with:");
        for (int i = 6; i <= 25; i++) {
            message.append("\n    trace line ").append(i);
        }
        expected.add(message.toString());
        assertEquals(expected, messages(result));
        assertTrue(result.resolved().isEmpty());
    }

    @Test
    void garbageOutputIsReportedAsUnparseable() {
        EngineRunResult result =
                runner().run(spec("garbage", Duration.ofSeconds(30)), block(), "", List.of(query("A", "SELECT 1", 2)));
        assertEquals(
                List.of("queries.sql:1:1: error: engine \"fake\" printed a response that is not a valid"
                        + " ParseResponse while resolving query \"A\" of sql[0] (queries.sql)"),
                messages(result));
    }

    @Test
    void hangingEngineIsKilledAfterItsTimeout() {
        EngineRunResult result =
                runner().run(spec("hang", Duration.ofSeconds(2)), block(), "", List.of(query("A", "SELECT 1", 2)));
        assertEquals(
                List.of("sqlj.yaml:3:13: error: engine \"fake\" timed out after 2s while asking for its info"
                        + " (sql[0]); raise its timeout under engines: if it needs longer"),
                messages(result));
        // Killed, not waited for: when run returns, no engine of this test is left (the hanging
        // engine sleeps for ten minutes, so only the kill can have ended it). Counted, not timed.
        assertEquals(
                List.of(),
                ProcessHandle.current()
                        .descendants()
                        .filter(ProcessHandle::isAlive)
                        .filter(p -> p.info().commandLine().orElse("").contains(FakeEngine.class.getName()))
                        .map(p -> p.info().commandLine().orElse(""))
                        .toList());
    }

    /** The names of the first answer's columns: the "env" fake engine answers with its environment's names. */
    private static List<String> columnNames(EngineRunResult result) {
        return result.resolved().get(0).response().getColumnsList().stream()
                .map(Column::getName)
                .toList();
    }

    @Test
    void engineSeesOnlyPathVersionAndListedVariables() {
        EngineRunResult result = runner().run(
                        spec("env", Duration.ofSeconds(30), "ALLOWED", "UNSET"),
                        block(),
                        "",
                        List.of(query("A", "SELECT 1", 2)));
        assertEquals(List.of(), messages(result));
        List<String> names = columnNames(result);
        assertEquals(List.of("ALLOWED", "PATH", "SQLJ_VERSION"), names);
    }

    @Test
    void aBundledEngineAlsoSeesTheCacheHomeAnOwnEngineDoesNot() {
        Map<String, String> env = Map.of(
                "PATH",
                System.getenv().getOrDefault("PATH", "/usr/bin:/bin"),
                "XDG_CACHE_HOME",
                "/somewhere/cache",
                "SECRET",
                "no");
        EngineSpec bundled = new EngineSpec("fake", FakeEngine.argv("env"), List.of(), Duration.ofSeconds(30), true);
        EngineRunResult result =
                new EngineRunner(dir, env).run(bundled, block(), "", List.of(query("A", "SELECT 1", 2)));
        assertEquals(List.of("PATH", "SQLJ_VERSION", "XDG_CACHE_HOME"), columnNames(result));
        result = new EngineRunner(dir, env)
                .run(spec("env", Duration.ofSeconds(30)), block(), "", List.of(query("A", "SELECT 1", 2)));
        assertEquals(List.of("PATH", "SQLJ_VERSION"), columnNames(result));
    }

    /** The SDK's crash message says "set SQLJ_ENGINE_DEBUG=1 for a stack trace": every engine gets it. */
    @Test
    void theDebugSwitchReachesBundledAndOwnEngines() {
        Map<String, String> env =
                Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"), "SQLJ_ENGINE_DEBUG", "1");
        EngineSpec bundled = new EngineSpec("fake", FakeEngine.argv("env"), List.of(), Duration.ofSeconds(30), true);
        for (EngineSpec spec : List.of(bundled, spec("env", Duration.ofSeconds(30)))) {
            EngineRunResult result =
                    new EngineRunner(dir, env).run(spec, block(), "", List.of(query("A", "SELECT 1", 2)));
            assertEquals(List.of("PATH", "SQLJ_ENGINE_DEBUG", "SQLJ_VERSION"), columnNames(result));
        }
    }

    @Test
    void invalidAnswersAreErrors() {
        EngineRunResult result = runner().run(
                        spec("parse", Duration.ofSeconds(30)), block(), "", List.of(query("A", "SELECT NOTYPE", 2)));
        assertEquals(
                List.of("queries.sql:1:1: error: engine \"fake\" returned column 1 (\"id\") of query \"A\" without"
                        + " a data_type"),
                messages(result));
    }

    @Test
    void missingCommandSaysWhereItLooked() {
        EngineSpec spec =
                new EngineSpec("mydb", List.of("sqlj-engine-nope", "--x"), List.of(), Duration.ofSeconds(5), false);
        EngineRunResult result = new EngineRunner(dir, Map.of("PATH", "/nonexistent/bin"))
                .run(spec, block(), "", List.of(query("A", "SELECT 1", 2)));
        String message = result.diagnostics().get(0).format();
        assertTrue(
                message.startsWith(
                        "sqlj.yaml:3:13: error: engine \"mydb\" (used by sql[0]): command \"sqlj-engine-nope\""
                                + " not found or not executable; looked in the config's folder ("
                                + dir.toAbsolutePath().normalize()
                                + "), PATH (/nonexistent/bin)"),
                message);
    }

    @Test
    void noQueriesNoProcess() {
        EngineRunResult result = runner().run(spec("hang", Duration.ofSeconds(30)), block(), "", List.<QueryDecl>of());
        assertEquals(List.<ResolvedQuery>of(), result.resolved());
    }

    /** The fake engines of this test still alive: counted, not timed. */
    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static List<String> fakeEnginesAlive() {
        return ProcessHandle.current()
                .descendants()
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().orElse("").contains(FakeEngine.class.getName()))
                .map(p -> p.info().commandLine().orElse(""))
                .toList();
    }

    @Test
    void anEngineStartedEarlyAnswersTheBatchItIsSentLater() {
        EngineSpec bundled = new EngineSpec("fake", FakeEngine.argv("batch"), List.of(), Duration.ofSeconds(30), true);
        EngineRunner runner = runner();
        try (EngineRunner.Early early = runner.prestart(bundled).orElseThrow()) {
            // started: the process is there before the request is made
            assertEquals(1, fakeEnginesAlive().size(), String.valueOf(fakeEnginesAlive()));
            EngineRunResult result = runner.runStarted(
                    bundled,
                    block(),
                    SchemaText.of("CREATE TABLE t;"),
                    List.of(query("A", "SELECT id FROM t WHERE id = ?", 2)),
                    early);
            assertEquals(List.of(), messages(result));
            assertEquals(
                    List.of("A"),
                    result.resolved().stream().map(r -> r.decl().name()).toList());
            assertEquals(
                    "CREATE TABLE t;|{strict=true}",
                    result.resolved().get(0).response().getColumns(0).getSchemaName());
        }
        assertEquals(List.of(), fakeEnginesAlive());
    }

    @Test
    void queriesStreamedToAnEarlyEngineAreAnsweredWithTheSchemaSentBeforeThem() {
        EngineSpec bundled = new EngineSpec("fake", FakeEngine.argv("batch"), List.of(), Duration.ofSeconds(30), true);
        EngineRunner runner = runner();
        List<QueryDecl> queries = List.of(
                query("A", "SELECT id FROM t WHERE id = ?", 2),
                query("B", "SELECT id FROM t", 5),
                query("C", "UPDATE t SET x = ?", 9));
        try (EngineRunner.Early early = runner.prestart(bundled).orElseThrow()) {
            early.stream(block(), SchemaText.of("CREATE TABLE t;"), queries.subList(0, 2)); // the first file
            early.stream(block(), SchemaText.of("CREATE TABLE t;"), List.of());
            early.stream(block(), SchemaText.of("CREATE TABLE t;"), queries.subList(2, 3)); // the second
            EngineRunResult result =
                    runner.runStarted(bundled, block(), SchemaText.of("CREATE TABLE t;"), queries, early);
            assertEquals(List.of(), messages(result));
            assertEquals(
                    List.of("A", "B", "C"),
                    result.resolved().stream().map(r -> r.decl().name()).toList());
            assertEquals(
                    "queries.sql:5",
                    result.resolved().get(1).response().getColumns(0).getTableName());
            assertEquals(
                    "CREATE TABLE t;|{strict=true}",
                    result.resolved().get(1).response().getColumns(0).getSchemaName());
        }
        assertEquals(List.of(), fakeEnginesAlive());
    }

    /** The schema goes to the engine before the first query file is split (docs/performance.md §1ap). */
    @Test
    void theSchemaStreamedBeforeTheFirstFileIsTheOneTheQueriesAreAnsweredWith() {
        EngineSpec bundled = new EngineSpec("fake", FakeEngine.argv("batch"), List.of(), Duration.ofSeconds(30), true);
        EngineRunner runner = runner();
        List<QueryDecl> queries =
                List.of(query("A", "SELECT id FROM t WHERE id = ?", 2), query("B", "SELECT id FROM t", 5));
        try (EngineRunner.Early early = runner.prestart(bundled).orElseThrow()) {
            early.streamSchema(block(), SchemaText.of("CREATE TABLE t;"));
            early.stream(block(), SchemaText.of("CREATE TABLE t;"), queries.subList(0, 1));
            early.stream(block(), SchemaText.of("CREATE TABLE t;"), queries.subList(1, 2));
            EngineRunResult result =
                    runner.runStarted(bundled, block(), SchemaText.of("CREATE TABLE t;"), queries, early);
            assertEquals(List.of(), messages(result));
            assertEquals(
                    List.of("A", "B"),
                    result.resolved().stream().map(r -> r.decl().name()).toList());
            assertEquals(
                    "CREATE TABLE t;|{strict=true}",
                    result.resolved().get(1).response().getColumns(0).getSchemaName());
        }
        assertEquals(List.of(), fakeEnginesAlive());
    }

    /** An early engine that has another schema and no query yet: the queries are answered with the run's schema. */
    @Test
    void anEarlyEngineGivenOnlyAnotherSchemaStillAnswersWithTheRunsSchema() {
        EngineSpec bundled = new EngineSpec("fake", FakeEngine.argv("batch"), List.of(), Duration.ofSeconds(30), true);
        EngineRunner runner = runner();
        List<QueryDecl> queries = List.of(query("A", "SELECT id FROM t WHERE id = ?", 2));
        try (EngineRunner.Early early = runner.prestart(bundled).orElseThrow()) {
            early.streamSchema(block(), SchemaText.of("CREATE TABLE old;"));
            EngineRunResult result =
                    runner.runStarted(bundled, block(), SchemaText.of("CREATE TABLE t;"), queries, early);
            assertEquals(List.of(), messages(result));
            assertEquals(
                    "CREATE TABLE t;|{strict=true}",
                    result.resolved().get(0).response().getColumns(0).getSchemaName());
        }
        assertEquals(List.of(), fakeEnginesAlive());
    }

    @Test
    void whenTheQueriesToSendAreNotTheOnesStreamedAnotherProcessGetsTheWholeBatch() {
        EngineSpec bundled = new EngineSpec("fake", FakeEngine.argv("batch"), List.of(), Duration.ofSeconds(30), true);
        EngineRunner runner = runner();
        List<QueryDecl> queries =
                List.of(query("A", "SELECT id FROM t WHERE id = ?", 2), query("B", "SELECT id FROM t", 5));
        try (EngineRunner.Early early = runner.prestart(bundled).orElseThrow()) {
            early.stream(block(), SchemaText.of("CREATE TABLE t;"), queries.subList(0, 1));
            EngineRunResult result =
                    runner.runStarted(bundled, block(), SchemaText.of("CREATE TABLE t;"), queries, early);
            assertEquals(List.of(), messages(result));
            assertEquals(
                    List.of("A", "B"),
                    result.resolved().stream().map(r -> r.decl().name()).toList());
        }
        assertEquals(List.of(), fakeEnginesAlive()); // the one streamed to was killed
    }

    /** Waits (without a time limit that could fail a slow machine's run) for a file the engine makes. */
    private static boolean appears(Path file) throws InterruptedException {
        for (int i = 0; i < 1_200 && !java.nio.file.Files.exists(file); i++) {
            Thread.sleep(50);
        }
        return java.nio.file.Files.exists(file);
    }

    @Test
    void anSdkEngineLoadsTheSchemaWhileTheQueriesAreStillStreamed() throws Exception {
        EngineSpec bundled = new EngineSpec("fake", FakeEngine.argv("sdk"), List.of(), Duration.ofSeconds(60), true);
        EngineRunner runner = runner();
        SchemaText schema = SchemaText.of("CREATE TABLE t;");
        List<QueryDecl> queries = List.of(
                query("A", "SELECT id FROM t WHERE id = ?", 2),
                query("B", "SELECT id FROM t", 5),
                query("C", "UPDATE t SET x = ?", 9));
        try (EngineRunner.Early early = runner.prestart(bundled).orElseThrow()) {
            early.stream(block(), schema, queries.subList(0, 1)); // the first file
            // the session opened with the first file's queries only: the rest is not even split yet
            assertTrue(appears(dir.resolve("session-opened")), "no session before the end of the request");
            assertEquals("Sql[text=CREATE TABLE t;]", java.nio.file.Files.readString(dir.resolve("session-opened")));
            early.stream(block(), schema, queries.subList(1, 3));
            EngineRunResult result = runner.runStarted(bundled, block(), schema, queries, early);
            assertEquals(List.of(), messages(result));
            assertEquals(
                    List.of("A", "B", "C"),
                    result.resolved().stream().map(r -> r.decl().name()).toList());
            assertEquals(
                    "CREATE TABLE t;|{strict=true}",
                    result.resolved().get(1).response().getColumns(0).getSchemaName());
            assertEquals(
                    "queries.sql:5",
                    result.resolved().get(1).response().getColumns(0).getTableName());
        }
        assertEquals(List.of(), fakeEnginesAlive());
    }

    @Test
    void anSdkEngineAnsweringWhileSqljStopsMidStreamIsKilled() throws Exception {
        EngineSpec bundled = new EngineSpec("fake", FakeEngine.argv("sdk"), List.of(), Duration.ofSeconds(60), true);
        try (EngineRunner.Early early = runner().prestart(bundled).orElseThrow()) {
            early.stream(block(), SchemaText.of("CREATE TABLE t;"), List.of(query("A", "SELECT id FROM t", 2)));
            assertTrue(appears(dir.resolve("session-opened")));
            // and sqlj stops before the end of the request (a failure, a signal): close kills it
        }
        assertEquals(List.of(), fakeEnginesAlive());
    }

    @Test
    void whenTheSchemaIsNotTheOneStreamedAnotherProcessGetsTheWholeBatch() {
        EngineSpec bundled = new EngineSpec("fake", FakeEngine.argv("sdk"), List.of(), Duration.ofSeconds(60), true);
        EngineRunner runner = runner();
        List<QueryDecl> queries = List.of(query("A", "SELECT id FROM t WHERE id = ?", 2));
        try (EngineRunner.Early early = runner.prestart(bundled).orElseThrow()) {
            early.stream(block(), SchemaText.of("CREATE TABLE old;"), queries);
            EngineRunResult result =
                    runner.runStarted(bundled, block(), SchemaText.of("CREATE TABLE t;"), queries, early);
            assertEquals(List.of(), messages(result));
            assertEquals(
                    "CREATE TABLE t;|{strict=true}",
                    result.resolved().get(0).response().getColumns(0).getSchemaName());
        }
        assertEquals(List.of(), fakeEnginesAlive());
    }

    @Test
    void anEarlyEngineThatDiesWhileQueriesAreStreamedIsAFaultNotAHang() {
        EngineSpec bundled = new EngineSpec("fake", FakeEngine.argv("fail"), List.of(), Duration.ofSeconds(30), true);
        EngineRunner runner = runner();
        List<QueryDecl> queries = new java.util.ArrayList<>();
        for (int i = 0; i < 2_000; i++) { // far more than a pipe holds
            queries.add(query("Q" + i, "SELECT id FROM t WHERE id = ? -- " + "x".repeat(500), 2));
        }
        try (EngineRunner.Early early = runner.prestart(bundled).orElseThrow()) {
            for (int i = 0; i < queries.size(); i += 100) {
                early.stream(block(), SchemaText.of("CREATE TABLE t;"), queries.subList(i, i + 100));
            }
            EngineRunResult result =
                    runner.runStarted(bundled, block(), SchemaText.of("CREATE TABLE t;"), queries, early);
            assertEquals(List.of(), result.resolved());
            assertEquals(1, messages(result).size(), String.valueOf(messages(result)));
            assertTrue(
                    messages(result).get(0).contains("failed with status 3"),
                    messages(result).get(0));
        }
        assertEquals(List.of(), fakeEnginesAlive());
    }

    @Test
    void anEngineStartedEarlyAndNeverAskedIsKilledWhenClosed() {
        EngineSpec bundled = new EngineSpec("fake", FakeEngine.argv("hang"), List.of(), Duration.ofSeconds(30), true);
        EngineRunner.Early early = runner().prestart(bundled).orElseThrow();
        // a child shows the JVM's command line until it has exec'd the engine's: wait for that
        for (int i = 0; i < 500 && fakeEnginesAlive().isEmpty(); i++) {
            sleep(20);
        }
        assertEquals(1, fakeEnginesAlive().size(), String.valueOf(fakeEnginesAlive()));
        early.close(); // the block ended without asking it: no queries, an unreadable schema, an error
        early.close(); // closing twice is harmless
        assertEquals(List.of(), fakeEnginesAlive());
    }

    /** A bundled engine in {@code mode}, as {@link #anEngineStartedEarlyAnswersTheBatchItIsSentLater} runs one. */
    private static EngineSpec bundled(String mode, Duration timeout) {
        return new EngineSpec("fake", FakeEngine.argv(mode), List.of(), timeout, true);
    }

    /** The block's result when its early engine answers, and its exit is awaited after the answer was taken. */
    private EngineRunResult early(String mode, Duration timeout, List<QueryDecl> queries) {
        EngineRunner runner = runner();
        EngineSpec engine = bundled(mode, timeout);
        try (EngineRunner.Early early = runner.prestart(engine).orElseThrow()) {
            EngineRunResult answer =
                    runner.runStartedBeforeExit(engine, block(), SchemaText.of("CREATE TABLE t;"), queries, early);
            return early.awaitExit(answer);
        }
    }

    /** The block's result as when every engine's exit was awaited before its answer was read. */
    private EngineRunResult awaited(String mode, Duration timeout, List<QueryDecl> queries) {
        return runner().run(bundled(mode, timeout), block(), SchemaText.of("CREATE TABLE t;"), queries);
    }

    private static final List<QueryDecl> TWO =
            List.of(query("A", "SELECT id FROM t WHERE id = ?", 2), query("B", "DELETE FROM t", 4));

    @Test
    void anEngineThatAnswersClosesStdoutAndExits3FailsAsOneThatExits3WithoutClosingIt() {
        EngineRunResult result = early("late-close-fail", Duration.ofSeconds(30), TWO);
        assertEquals(
                List.of("sqlj.yaml:3:13: error: engine \"fake\" failed with status 3 while resolving sql[0]"
                        + " (queries.sql); its stderr ends with:\n    failed after its answer"),
                messages(result));
        assertEquals(List.of(), result.resolved());
        assertEquals(Optional.empty(), result.catalog());
        EngineRunResult before = awaited("late-fail", Duration.ofSeconds(30), TWO);
        assertEquals(messages(before), messages(result));
        assertEquals(before.resolved(), result.resolved());
        assertEquals(before, early("late-fail", Duration.ofSeconds(30), TWO));
        assertEquals(List.of(), fakeEnginesAlive());
    }

    @Test
    void anEngineThatHangsAfterClosingStdoutTimesOutAndIsKilled() {
        EngineRunResult result = early("late-close-hang", Duration.ofSeconds(3), TWO);
        assertEquals(
                List.of("sqlj.yaml:3:13: error: engine \"fake\" timed out after 3s while resolving sql[0]"
                        + " (queries.sql)"),
                messages(result));
        assertEquals(List.of(), result.resolved());
        assertEquals(List.of(), fakeEnginesAlive(), "killed: it sleeps for ten minutes");
        assertEquals(messages(awaited("late-hang", Duration.ofSeconds(3), TWO)), messages(result));
    }

    @Test
    void anEngineThatClosesStdoutWritesStderrAndExits0KeepsItsAnswer() {
        EngineRunResult result = early("late-close-note", Duration.ofSeconds(30), TWO);
        assertEquals(List.of(), messages(result));
        assertEquals(
                List.of("A", "B"),
                result.resolved().stream().map(r -> r.decl().name()).toList());
        assertEquals(awaited("batch", Duration.ofSeconds(30), TWO), result);
        assertEquals(List.of(), fakeEnginesAlive());
    }

    @Test
    void theStderrAnEngineWritesAfterClosingStdoutIsInItsTimings() {
        Timings timings = Timings.from(Map.of("SQLJ_TIMINGS", "1"));
        EngineRunner runner =
                new EngineRunner(dir, Map.of("PATH", System.getenv().getOrDefault("PATH", "/bin")), timings);
        EngineSpec engine = bundled("late-close-timing", Duration.ofSeconds(30));
        try (EngineRunner.Early early = runner.prestart(engine).orElseThrow()) {
            EngineRunResult answer =
                    runner.runStartedBeforeExit(engine, block(), SchemaText.of("CREATE TABLE t;"), TWO, early);
            assertEquals(answer, early.awaitExit(answer));
        }
        String report = String.join("\n", timings.report());
        assertTrue(report.contains("sql[0] engine parse-batch: after-the-answer"), report);
        assertTrue(report.contains("sql[0] engine parse-batch: its exit, after its stdout closed"), report);
    }

    @Test
    void onlyBundledEnginesAreStartedEarly() {
        // an own engine is asked for its info first: nothing to start before that
        assertEquals(Optional.empty(), runner().prestart(spec("batch", Duration.ofSeconds(30))));
        assertEquals(List.of(), fakeEnginesAlive());
    }
}
