package io.sqlj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line runs the bundled SQLite engine on a thread of its own JVM (docs/decisions.md,
 * "Bundled engines in sqlj's JVM"): what it writes and reports is what the engine's process gives
 * ({@code SQLJ_ENGINE_PROCESS=1}), for several blocks at once and a relative database path too, and
 * Ctrl-C still ends the run at once with nothing written.
 */
class InProcessSqliteTest {

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killWhatIsLeft() {
        for (Process p : started) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    /** {@code sqlj args} in this JVM, with {@code extra} in its environment; the exit code and stderr. */
    private record Run(int code, String err) {}

    private static Run sqlj(Map<String, String> extra, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> env = new HashMap<>(extra);
        env.put("PATH", System.getenv("PATH"));
        int code = SqljCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
        return new Run(code, err.toString());
    }

    /** A project of four blocks on the SQLite engine: two schemas, one block with an error of its own. */
    private static Path project(Path root, boolean broken) throws IOException {
        Files.createDirectories(root);
        Files.writeString(
                root.resolve("a.sql"),
                "CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL, bio TEXT);\n");
        Files.writeString(
                root.resolve("b.sql"),
                "CREATE TABLE books (id INTEGER PRIMARY KEY, title TEXT, year INTEGER NOT NULL);\n");
        Files.writeString(
                root.resolve("qa.sql"),
                "-- name: GetAuthor :one\nSELECT * FROM authors WHERE id = ?;\n\n"
                        + "-- name: ListAuthors :many\nSELECT id, name FROM authors ORDER BY name;\n");
        Files.writeString(
                root.resolve("qb.sql"),
                "-- name: BooksOf :many\nSELECT title, year FROM books WHERE year > ?;\n\n"
                        + "-- name: AddBook :exec\nINSERT INTO books (title, year) VALUES (?, ?);\n");
        Files.writeString(
                root.resolve("qc.sql"),
                broken
                        ? "-- name: Bad :many\nSELECT nme FROM authors;\n"
                        : "-- name: CountAuthors :one\nSELECT count(*) AS n FROM authors;\n");
        StringBuilder yaml = new StringBuilder("version: \"1\"\nsql:\n");
        String[][] blocks = {
            {"a.sql", "qa.sql", "a"}, {"b.sql", "qb.sql", "b"}, {"a.sql", "qc.sql", "c"}, {"b.sql", "qb.sql", "d"}
        };
        for (String[] b : blocks) {
            yaml.append("  - engine: sqlite\n    schema: ")
                    .append(b[0])
                    .append("\n    queries: ")
                    .append(b[1])
                    .append("\n    codegen:\n      - plugin: java\n        out: gen/")
                    .append(b[2])
                    .append("\n        options: {package: com.example.")
                    .append(b[2])
                    .append("}\n");
        }
        Path config = root.resolve("sqlj.yaml");
        Files.writeString(config, yaml.toString());
        return config;
    }

    /** Every file under {@code root}, by relative path. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }

    @Test
    void severalBlocksInSqljsJvmWriteWhatTheEnginesProcessesWrite() throws Exception {
        Path inJvm = project(dir.resolve("in-jvm"), false);
        Path process = project(dir.resolve("process"), false);
        Run thread = sqlj(Map.of("SQLJ_TIMINGS", "1"), "generate", "-f", inJvm.toString());
        assertEquals(0, thread.code(), thread.err());
        for (int block = 0; block < 4; block++) {
            assertTrue(
                    thread.err()
                            .contains(
                                    "sql[" + block + "] engine parse-batch: started by sqlj (a thread of sqlj's JVM)"),
                    thread.err());
        }
        assertTrue(thread.err().contains("sql[2] engine parse-batch: resolve-1-queries"), thread.err());
        Run child = sqlj(Map.of("SQLJ_TIMINGS", "1", "SQLJ_ENGINE_PROCESS", "1"), "generate", "-f", process.toString());
        assertEquals(0, child.code(), child.err());
        assertTrue(child.err().contains("sql[0] engine parse-batch: started by sqlj (process spawn)"), child.err());
        assertFalse(child.err().contains("a thread of sqlj's JVM"), child.err());
        Map<String, String> written = tree(inJvm.getParent().resolve("gen"));
        assertEquals(
                4,
                written.keySet().stream()
                        .filter(f -> f.endsWith("Queries.java"))
                        .count(),
                written::toString);
        assertEquals(tree(process.getParent().resolve("gen")), written);
    }

    @Test
    void anErrorOfOneBlockInSqljsJvmIsTheOneItsProcessReportsAndNothingIsWritten() throws Exception {
        Path inJvm = project(dir.resolve("in-jvm"), true);
        Path process = project(dir.resolve("process"), true);
        Run thread = sqlj(Map.of(), "generate", "-f", inJvm.toString());
        Run child = sqlj(Map.of("SQLJ_ENGINE_PROCESS", "1"), "generate", "-f", process.toString());
        assertEquals(1, thread.code(), thread.err());
        assertTrue(thread.err().contains("qc.sql:2:8: error: "), thread.err());
        assertEquals(child.code(), thread.code());
        assertEquals(
                child.err().replace(process.getParent().toString(), "<dir>"),
                thread.err().replace(inJvm.getParent().toString(), "<dir>"));
        assertEquals(Map.of(), tree(inJvm.getParent().resolve("gen")));
    }

    @Test
    void aRelativeDatabasePathIsFoundInTheConfigsFolderNotSqljsWorkingFolder() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + project.resolve("app.db"));
                java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)");
        }
        Files.writeString(project.resolve("q.sql"), "-- name: Notes :many\nSELECT id, body FROM notes;\n");
        Path config = project.resolve("sqlj.yaml");
        Files.writeString(config, """
        version: "1"
        sql:
          - engine: sqlite
            database: { uri: "app.db" }
            queries: q.sql
            codegen:
              - plugin: java
                out: gen
                options: {package: com.example.notes}
        """);
        assertFalse(Files.exists(Path.of("app.db").toAbsolutePath()), "this test's own working folder has none");
        Run run = sqlj(Map.of(), "generate", "-f", config.toString());
        assertEquals(0, run.code(), run.err());
        String queries = Files.readString(project.resolve("gen/com/example/notes/Queries.java"));
        assertTrue(queries.contains("public List<Note> notes()"), queries);
    }

    /** A schema that keeps the SQLite engine busy for hours, so that sqlj is caught while it works. */
    private static Path slowProject(Path root) throws IOException {
        Path config = project(root, false);
        Files.writeString(
                root.resolve("a.sql"),
                Files.readString(root.resolve("a.sql"))
                        + "CREATE TABLE slow AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c"
                        + " WHERE x < 1000000000000) SELECT count(*) AS n FROM c;\n");
        return config;
    }

    /** sqlj as its own JVM, as a user runs it, on this test's class path. */
    private Process sqljProcess(Path config, Map<String, String> extra) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "io.sqlj.cli.Main",
                        "generate",
                        "-f",
                        config.toString())
                .directory(config.getParent().toFile())
                .redirectOutput(config.resolveSibling("sqlj.out").toFile())
                .redirectError(config.resolveSibling("sqlj.err").toFile());
        builder.environment().putAll(extra);
        Process p = builder.start();
        started.add(p);
        return p;
    }

    /** The names of the threads of a process ({@code /proc}, so Linux only; empty elsewhere). */
    private static List<String> threads(long pid) throws IOException {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(tasks)) {
            return names;
        }
        try (Stream<Path> list = Files.list(tasks)) {
            for (Path task : list.toList()) {
                try {
                    names.add(Files.readString(task.resolve("comm")).strip());
                } catch (IOException e) {
                    // a thread that ended meanwhile
                }
            }
        }
        return names;
    }

    /** Waits until the SQLite engine runs under {@code sqlj}, on a thread or as a child, and returns which. */
    private static String engineRunning(Process sqlj) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && sqlj.isAlive()) {
            if (threads(sqlj.pid()).contains("sqlj-engine-sql")) { // comm keeps 15 bytes of sqlj-engine-sqlite
                return "thread";
            }
            if (sqlj.descendants().anyMatch(InProcessSqliteTest::isSqliteEngine)) {
                return "process";
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the SQLite engine never started");
    }

    /** Whether {@code p} runs the SQLite engine's main class (its whole command line: the JDK's may be cut short). */
    private static boolean isSqliteEngine(ProcessHandle p) {
        try {
            return new String(
                            Files.readAllBytes(Path.of("/proc", Long.toString(p.pid()), "cmdline")),
                            java.nio.charset.StandardCharsets.UTF_8)
                    .contains("SqliteEngineMain");
        } catch (IOException e) {
            return p.info().commandLine().orElse("").contains("SqliteEngineMain");
        }
    }

    /**
     * Whether SIGINT reaches the processes this JVM starts: a background job of a non-interactive
     * shell (`nohup mvn ... &`) ignores it, and a JVM that starts with it ignored keeps it so
     * (HotSpot installs no handler), so Ctrl-C could not end sqlj there whatever sqlj does.
     */
    private static boolean sigintReachesChildren() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return true;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                long ignored = Long.parseUnsignedLong(
                        line.substring("SigIgn:".length()).strip(), 16);
                return (ignored & (1L << (2 - 1))) == 0; // SIGINT is signal 2, bit 1
            }
        }
        return true;
    }

    private static void interrupt(Process sqlj) throws Exception {
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(sqlj.pid())).start();
        assertEquals(0, kill.waitFor());
    }

    @Test
    void ctrlCEndsARunWhoseEngineWorksInSqljsJvmAndWritesNothing() throws Exception {
        assumeTrue(sigintReachesChildren(), "SIGINT is ignored in this build's processes: Ctrl-C cannot reach sqlj");
        if (!Files.isDirectory(Path.of("/proc/self/task"))) {
            return; // the engine's thread is found through /proc
        }
        Path config = slowProject(dir.resolve("slow"));
        Process sqlj = sqljProcess(config, Map.of());
        assertEquals("thread", engineRunning(sqlj));
        Thread.sleep(1_000); // into the schema's endless statement
        assertTrue(sqlj.isAlive(), Files.readString(config.resolveSibling("sqlj.err")));
        assertEquals(List.of(), sqlj.descendants().map(ProcessHandle::pid).toList(), "no process of its own");
        interrupt(sqlj);
        assertTrue(sqlj.waitFor(60, TimeUnit.SECONDS), "Ctrl-C ends sqlj, whatever its engine's thread does");
        assertEquals(130, sqlj.exitValue());
        assertEquals(Map.of(), tree(config.resolveSibling("gen")));
    }

    @Test
    void ctrlCEndsARunWhoseEngineIsAProcessWithSqljEngineProcess() throws Exception {
        assumeTrue(sigintReachesChildren(), "SIGINT is ignored in this build's processes: Ctrl-C cannot reach sqlj");
        Path config = slowProject(dir.resolve("slow"));
        Process sqlj = sqljProcess(config, Map.of("SQLJ_ENGINE_PROCESS", "1"));
        assertEquals("process", engineRunning(sqlj));
        List<ProcessHandle> engines = sqlj.descendants().toList();
        interrupt(sqlj);
        assertTrue(sqlj.waitFor(60, TimeUnit.SECONDS));
        for (ProcessHandle engine : engines) {
            assertTrue(engine.onExit().get(30, TimeUnit.SECONDS) != null);
            assertFalse(engine.isAlive(), "the engine's process ends with sqlj");
        }
        assertEquals(Map.of(), tree(config.resolveSibling("gen")));
    }
}
