package io.sqlj.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.core.Command;
import io.sqlj.core.Diagnostic;
import io.sqlj.core.Location;
import io.sqlj.core.QueryDecl;
import io.sqlj.core.Timings;
import io.sqlj.core.config.SqlBlock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bundled engine run on a thread of sqlj's JVM ({@link InProcessEngines}, {@link EngineThread}):
 * the same answers, messages and timings as the same engine run as a process (the test's {@link
 * FakeEngine} on the engine SDK, started as a real JVM for the comparison), and nothing of it left
 * running once its block ended, whether it answered, failed, hung or was never asked.
 */
class InProcessEngineTest {

    @TempDir
    Path dir;

    private static final Location ENGINE_AT = new Location("sqlj.yaml", 3, 13);

    /** The name of the thread an engine named "fake" runs on in sqlj's JVM. */
    private static final String THREAD = "sqlj-engine-fake";

    private static SqlBlock block() {
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

    private static QueryDecl query(String name, String text, int textLine) {
        return new QueryDecl(name, Command.MANY, text, List.of(), "queries.sql", textLine - 1, textLine);
    }

    private static final List<QueryDecl> QUERIES = List.of(
            query("A", "SELECT id FROM t WHERE id = ?", 2),
            query("B", "SELECT id,\n  nme FROM t", 5),
            query("C", "UPDATE t SET x = ?", 9));

    /** The bundled engine "fake" in {@code mode} ({@code sdk}, {@code sdk-fail}, {@code sdk-hang}). */
    private static EngineSpec bundled(String mode, Duration timeout) {
        return new EngineSpec("fake", FakeEngine.argv(mode), List.of(), timeout, true);
    }

    private static Map<String, String> env() {
        return Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    }

    /** A runner that runs "fake" in {@code mode} on a thread of this JVM. */
    private EngineRunner inJvm(String mode, Timings timings) {
        return new EngineRunner(dir, env(), timings, inProcess(mode, env()));
    }

    private static InProcessEngines inProcess(String mode, Map<String, String> env) {
        return InProcessEngines.of(Map.of("fake", folder -> new FakeEngine.Sdk(folder, mode)), env);
    }

    private EngineRunner asProcess() {
        return new EngineRunner(dir, env(), Timings.from(Map.of()));
    }

    /** As a block runs its engine: started early, the schema, then the queries streamed, then the run. */
    private static EngineRunResult early(EngineRunner runner, EngineSpec engine, String schema) {
        try (EngineRunner.Early early = runner.prestart(engine).orElseThrow()) {
            early.streamSchema(block(), SchemaText.of(schema));
            early.stream(block(), SchemaText.of(schema), QUERIES.subList(0, 2));
            early.stream(block(), SchemaText.of(schema), QUERIES.subList(2, 3));
            return runner.runStarted(engine, block(), SchemaText.of(schema), QUERIES, early);
        }
    }

    private static List<String> messages(EngineRunResult result) {
        return result.diagnostics().stream().map(Diagnostic::format).toList();
    }

    private static List<String> fakeEnginesAlive() {
        return ProcessHandle.current()
                .descendants()
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().orElse("").contains(FakeEngine.class.getName()))
                .map(p -> p.info().commandLine().orElse(""))
                .toList();
    }

    private static List<Thread> engineThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().equals(THREAD))
                .toList();
    }

    /** The engine threads still alive once they had time to end (a bound no working run comes near). */
    private static List<Thread> engineThreadsLeft() throws InterruptedException {
        for (int i = 0; i < 1_200 && !engineThreads().isEmpty(); i++) {
            Thread.sleep(50);
        }
        return engineThreads();
    }

    @Test
    void anEngineInSqljsJvmAnswersAsItsProcessDoes() throws Exception {
        EngineRunResult process = early(asProcess(), bundled("sdk", Duration.ofSeconds(60)), "CREATE TABLE t;");
        Files.delete(dir.resolve("session-opened"));
        EngineRunResult thread =
                early(inJvm("sdk", Timings.from(Map.of())), bundled("sdk", Duration.ofSeconds(60)), "CREATE TABLE t;");
        assertEquals(process, thread);
        assertEquals(
                List.of("queries.sql:6:3: error: column \"nme\" does not exist (SQLSTATE 42703)"), messages(thread));
        assertEquals(
                List.of("A", "C"),
                thread.resolved().stream().map(r -> r.decl().name()).toList());
        // its working folder is the config's, as a process's is
        assertEquals("Sql[text=CREATE TABLE t;]", Files.readString(dir.resolve("session-opened")));
        assertEquals(List.of(), fakeEnginesAlive());
        assertEquals(List.of(), engineThreadsLeft());
    }

    @Test
    void anEngineInSqljsJvmStartsNoProcess() throws Exception {
        EngineRunner runner = inJvm("sdk", Timings.from(Map.of()));
        try (EngineRunner.Early early =
                runner.prestart(bundled("sdk", Duration.ofSeconds(60))).orElseThrow()) {
            assertEquals(List.of(), fakeEnginesAlive());
            assertEquals(1, engineThreads().size());
        }
        assertEquals(List.of(), engineThreadsLeft());
    }

    @Test
    void aFailingEngineInSqljsJvmGetsTheMessageItsProcessGets() throws Exception {
        EngineSpec engine = bundled("sdk-fail", Duration.ofSeconds(60));
        EngineRunResult process = early(asProcess(), engine, "CREATE TABLE t;");
        EngineRunResult thread = early(inJvm("sdk-fail", Timings.from(Map.of())), engine, "CREATE TABLE t;");
        assertEquals(
                List.of("sqlj.yaml:3:13: error: engine \"fake\" failed with status 1 while resolving sql[0]"
                        + " (queries.sql); its stderr ends with:\n"
                        + "    fake engine failed: java.lang.IllegalStateException: the fake engine cannot open a"
                        + " session\n"
                        + "    (set SQLJ_ENGINE_DEBUG=1 for a stack trace)"),
                messages(thread));
        assertEquals(messages(process), messages(thread));
        assertEquals(List.of(), thread.resolved());
        // and without the early start: the batch sent at once
        EngineRunResult atOnce = inJvm("sdk-fail", Timings.from(Map.of()))
                .run(engine, block(), SchemaText.of("CREATE TABLE t;"), QUERIES);
        assertEquals(messages(process), messages(atOnce));
        assertEquals(List.of(), engineThreadsLeft());
    }

    @Test
    void aHangingEngineInSqljsJvmTimesOutAndItsThreadEnds() throws Exception {
        EngineSpec engine = bundled("sdk-hang", Duration.ofSeconds(2));
        EngineRunResult thread = early(inJvm("sdk-hang", Timings.from(Map.of())), engine, "CREATE TABLE t;");
        assertEquals(
                List.of(
                        "sqlj.yaml:3:13: error: engine \"fake\" timed out after 2s while resolving sql[0] (queries.sql)"),
                messages(thread));
        assertEquals(List.of(), thread.resolved());
        assertEquals(messages(early(asProcess(), engine, "CREATE TABLE t;")), messages(thread));
        assertEquals(List.of(), engineThreadsLeft(), "interrupted: it sleeps for ten minutes");
    }

    @Test
    void anEngineInSqljsJvmNeverAskedEndsWhenItsBlockEnds() throws Exception {
        EngineRunner runner = inJvm("sdk", Timings.from(Map.of()));
        EngineRunner.Early early =
                runner.prestart(bundled("sdk", Duration.ofSeconds(60))).orElseThrow();
        early.streamSchema(block(), SchemaText.of("CREATE TABLE t;"));
        assertEquals(1, engineThreads().size());
        early.close(); // the block ended without asking it: no queries, an unreadable query file
        early.close();
        assertEquals(List.of(), engineThreadsLeft());
        assertFalse(Files.exists(dir.resolve("session-opened")), "no session: no request came");
    }

    @Test
    void anEngineInSqljsJvmStoppedMidStreamEnds() throws Exception {
        EngineRunner runner = inJvm("sdk", Timings.from(Map.of()));
        try (EngineRunner.Early early =
                runner.prestart(bundled("sdk", Duration.ofSeconds(60))).orElseThrow()) {
            early.stream(block(), SchemaText.of("CREATE TABLE t;"), QUERIES.subList(0, 1));
            for (int i = 0; i < 1_200 && !Files.exists(dir.resolve("session-opened")); i++) {
                Thread.sleep(50);
            }
            assertTrue(Files.exists(dir.resolve("session-opened")));
            // and sqlj stops before the end of the request (a failure elsewhere, Ctrl-C): close stops it
        }
        assertEquals(List.of(), engineThreadsLeft());
    }

    @Test
    void severalEnginesInSqljsJvmAnswerSideBySide() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<EngineRunResult>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String schema = "CREATE TABLE t" + i + ";";
                Path folder = Files.createDirectory(dir.resolve("block" + i));
                EngineRunner runner = new EngineRunner(folder, env(), Timings.from(Map.of()), inProcess("sdk", env()));
                results.add(pool.submit(() -> early(runner, bundled("sdk", Duration.ofSeconds(60)), schema)));
            }
            for (int i = 0; i < results.size(); i++) {
                EngineRunResult result = results.get(i).get();
                assertEquals(
                        List.of("A", "C"),
                        result.resolved().stream().map(r -> r.decl().name()).toList());
                assertEquals(
                        "CREATE TABLE t" + i + ";|{strict=true}",
                        result.resolved().get(0).response().getColumns(0).getSchemaName());
                assertEquals(
                        "Sql[text=CREATE TABLE t" + i + ";]",
                        Files.readString(dir.resolve("block" + i).resolve("session-opened")));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(), engineThreadsLeft());
    }

    @Test
    void theTimingsOfAnEngineInSqljsJvmAreInTheTimeline() throws Exception {
        Timings timings = Timings.from(Map.of("SQLJ_TIMINGS", "1"));
        EngineRunResult result =
                early(inJvm("sdk", timings), bundled("sdk", Duration.ofSeconds(60)), "CREATE TABLE t;");
        assertEquals(2, result.resolved().size());
        String report = String.join("\n", timings.report());
        assertTrue(report.contains("fake engine parse-batch: started by sqlj (a thread of sqlj's JVM)"), report);
        assertTrue(report.contains("sql[0] engine parse-batch: open-session-and-load-schema"), report);
        assertTrue(report.contains("sql[0] engine parse-batch: resolve-3-queries"), report);
        // sqlj's JVM is not the engine's: no start of its own to report
        assertFalse(report.contains("jvm-start-to-main"), report);
    }

    @Test
    void sqljEngineProcessMakesABundledEngineAProcessAgain() throws Exception {
        Map<String, String> env = new java.util.HashMap<>(env());
        env.put(InProcessEngines.PROCESS_ENV, "1");
        Timings timings = Timings.from(Map.of("SQLJ_TIMINGS", "1"));
        EngineRunner runner = new EngineRunner(dir, env, timings, inProcess("sdk", env));
        EngineSpec engine = bundled("sdk", Duration.ofSeconds(60));
        try (EngineRunner.Early early = runner.prestart(engine).orElseThrow()) {
            for (int i = 0; i < 500 && fakeEnginesAlive().isEmpty(); i++) {
                Thread.sleep(20); // a child shows the JVM's command line until it has exec'd the engine's
            }
            assertEquals(1, fakeEnginesAlive().size(), String.valueOf(fakeEnginesAlive()));
            assertEquals(List.of(), engineThreads());
        }
        assertTrue(String.join("\n", timings.report()).contains("started by sqlj (process spawn)"));
        assertEquals(List.of(), fakeEnginesAlive());
    }

    @Test
    void onlyBundledEnginesRunInSqljsJvm() {
        InProcessEngines engines = inProcess("sdk", env());
        assertTrue(engines.factory(bundled("sdk", Duration.ofSeconds(1))).isPresent());
        // an engine of sqlj.yaml named as a bundled one is the user's program
        assertEquals(
                Optional.empty(),
                engines.factory(
                        new EngineSpec("fake", FakeEngine.argv("sdk"), List.of(), Duration.ofSeconds(1), false)));
        assertEquals(Optional.empty(), InProcessEngines.NONE.factory(bundled("sdk", Duration.ofSeconds(1))));
    }
}
