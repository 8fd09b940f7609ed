package io.sqlj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing sqlj starts outlives it: an engine's whole process tree dies on a timeout and when sqlj
 * is stopped with SIGTERM, and the bundled PostgreSQL engine and its server die when sqlj, or
 * the engine itself, is killed with SIGKILL. sqlj runs here as a process of its own, as a user
 * runs it.
 */
class ProcessTreeTest {

    /**
     * Hangs, with a child and an orphaned grandchild (its parent exited, so it is no descendant of
     * the engine any more), and records the three process ids in the file {@code $1}.
     */
    private static final String ORPHANING_ENGINE = """
      #!/bin/sh
      [ "$2" = info ] && exit 1
      sh -c 'sleep 600 & echo $! >> "$1"' orphaner "$1"
      sleep 600 &
      echo $! >> "$1"
      echo $$ >> "$1"
      sleep 600
      """;

    /** Fails at once, leaving an orphaned child behind; records both ids in {@code $1}. */
    private static final String FAILING_ENGINE = """
      #!/bin/sh
      [ "$2" = info ] && exit 1
      sh -c 'sleep 600 & echo $! >> "$1"' orphaner "$1"
      echo $$ >> "$1"
      exit 2
      """;

    @TempDir
    Path project;

    private final List<Process> started = new ArrayList<>();

    @BeforeEach
    void project() throws IOException {
        BatteryTest.copyTree(BatteryTest.BATTERY.resolve("_project"), project, "");
        Path engine = project.resolve("orphaning.sh");
        Files.writeString(engine, ORPHANING_ENGINE);
        Files.setPosixFilePermissions(engine, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path failing = project.resolve("failing.sh");
        Files.writeString(failing, FAILING_ENGINE);
        Files.setPosixFilePermissions(failing, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @AfterEach
    void killWhatIsLeft() {
        for (Process p : started) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    private Path config(String engineBlock, String engine, String schema) throws IOException {
        Path config = project.resolve("sqlj.yaml");
        Files.writeString(
                config,
                "version: \"1\"\n" + engineBlock + "sql:\n  - engine: " + engine + "\n    schema: " + schema
                        + "\n    queries: queries.sql\n    codegen:\n      - plugin: java\n        out: gen\n"
                        + "        options:\n          package: com.example.db\n");
        return config;
    }

    private String orphaningEngine(String timeout) {
        return "engines:\n  - name: hang\n    process: { cmd: \"./orphaning.sh " + project.resolve("pids") + "\" }\n"
                + "    timeout: " + timeout + "\n";
    }

    /** sqlj as its own JVM, on this test's class path. */
    private Process sqlj(Path config) throws IOException {
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "io.sqlj.cli.Main",
                        "generate",
                        "-f",
                        config.toString())
                .directory(project.toFile())
                .redirectOutput(project.resolve("sqlj.out").toFile())
                .redirectError(project.resolve("sqlj.err").toFile())
                .start();
        started.add(p);
        return p;
    }

    private List<Long> pids(int count) throws Exception {
        Path file = project.resolve("pids");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (Files.exists(file) && Files.readAllLines(file).size() >= count) {
                Thread.sleep(100);
                return Files.readAllLines(file).stream()
                        .map(l -> Long.parseLong(l.strip()))
                        .toList();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the engine never started: " + Files.readString(project.resolve("sqlj.err")));
    }

    @Test
    void aTimeoutKillsTheEngineItsChildAndItsOrphanedGrandchild() throws Exception {
        Process sqlj = sqlj(config(orphaningEngine("3s"), "hang", "schema.sql"));
        List<Long> pids = pids(3);
        assertTrue(sqlj.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, sqlj.exitValue());
        assertTrue(
                Files.readString(project.resolve("sqlj.err")).contains("timed out"),
                Files.readString(project.resolve("sqlj.err")));
        noneSurvives(pids);
    }

    @Test
    void aFailingEngineLeavesNoProcessBehind() throws Exception {
        Process sqlj = sqlj(config(
                "engines:\n  - name: failing\n    process: { cmd: \"./failing.sh " + project.resolve("pids") + "\" }\n",
                "failing",
                "schema.sql"));
        assertTrue(sqlj.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, sqlj.exitValue());
        noneSurvives(pids(2));
    }

    @Test
    void sigtermToSqljKillsTheEngineTree() throws Exception {
        Process sqlj = sqlj(config(orphaningEngine("10m"), "hang", "schema.sql"));
        List<Long> pids = pids(3);
        sqlj.destroy(); // SIGTERM
        assertTrue(sqlj.waitFor(30, TimeUnit.SECONDS));
        noneSurvives(pids);
    }

    /** A schema that keeps the PostgreSQL engine busy, so that it is caught mid-work. */
    private Path slowPostgresProject() throws IOException {
        Files.writeString(
                project.resolve("slow.sql"),
                Files.readString(project.resolve("schema.sql")).replace("INTEGER PRIMARY KEY", "BIGINT PRIMARY KEY")
                        + "\nSELECT pg_sleep(600);\n");
        return config("", "postgresql", "slow.sql");
    }

    /** The engine and the server under sqlj, once the server runs. */
    private static List<ProcessHandle> engineTree(Process sqlj) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && sqlj.isAlive()) {
            List<ProcessHandle> tree = sqlj.descendants().toList();
            if (tree.stream().anyMatch(p -> p.info().command().orElse("").endsWith("/postgres"))) {
                Thread.sleep(1_000); // let the schema reach pg_sleep
                return sqlj.descendants().toList();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the embedded PostgreSQL never started");
    }

    @Test
    void sigkillToSqljStopsThePostgresEngineAndItsServer() throws Exception {
        Process sqlj = sqlj(slowPostgresProject());
        List<ProcessHandle> tree = engineTree(sqlj);
        sqlj.destroyForcibly(); // SIGKILL: no hook of sqlj's runs
        assertTrue(sqlj.waitFor(10, TimeUnit.SECONDS));
        noneSurvives(tree.stream().map(ProcessHandle::pid).toList());
    }

    @Test
    void sigkillToThePostgresEngineStopsItsServer() throws Exception {
        Process sqlj = sqlj(slowPostgresProject());
        List<ProcessHandle> tree = engineTree(sqlj);
        ProcessHandle engine = tree.stream()
                .filter(p -> p.parent().map(q -> q.pid() == sqlj.pid()).orElse(false))
                .findFirst()
                .orElseThrow();
        Path runDir = tree.stream()
                .map(p -> p.info().arguments().orElse(new String[0]))
                .filter(args -> args.length > 1 && args[0].equals("-D"))
                .map(args -> Path.of(args[1]).getParent())
                .findFirst()
                .orElseThrow();
        engine.destroyForcibly(); // SIGKILL: no hook of the engine's runs
        assertTrue(sqlj.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, sqlj.exitValue(), Files.readString(project.resolve("sqlj.err")));
        noneSurvives(tree.stream().map(ProcessHandle::pid).toList());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (Files.exists(runDir) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(!Files.exists(runDir), "the server's run folder is deleted: " + runDir);
    }

    private static void noneSurvives(List<Long> pids) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        List<Long> alive = pids;
        while (System.nanoTime() < deadline) {
            alive = pids.stream().filter(ProcessTreeTest::running).toList();
            if (alive.isEmpty()) {
                return;
            }
            Thread.sleep(50);
        }
        List<String> described = alive.stream()
                .map(pid -> pid + " "
                        + ProcessHandle.of(pid)
                                .flatMap(h -> h.info().commandLine())
                                .orElse("?"))
                .toList();
        alive.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
        fail("processes outlived sqlj: " + described);
    }

    /** Alive and not a zombie (a killed process whose parent has not reaped it yet is gone). */
    private static boolean running(long pid) {
        Optional<ProcessHandle> p = ProcessHandle.of(pid);
        if (p.isEmpty() || !p.get().isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return !stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException e) {
            return false;
        }
    }
}
