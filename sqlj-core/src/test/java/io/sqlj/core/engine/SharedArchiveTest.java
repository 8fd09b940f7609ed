package io.sqlj.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled engines' class-data archives: one per engine, jar and Java; written only by a run that succeeded. */
class SharedArchiveTest {

    @TempDir
    Path dir;

    private static final String MAIN = "io.sqlj.engine.sqlite.SqliteEngineMain";

    @Test
    void theNameChangesWithTheJarAndTheEngine() throws IOException {
        Path jar = Files.writeString(dir.resolve("sqlj.jar"), "one");
        String first = SharedArchive.name("sqlite", MAIN, List.of(jar.toString()));
        assertEquals(first, SharedArchive.name("sqlite", MAIN, List.of(jar.toString())));
        assertTrue(first.startsWith("engine-sqlite-") && first.endsWith(".jsa"), first);
        assertNotEquals(first, SharedArchive.name("mysql", MAIN, List.of(jar.toString())));
        Files.writeString(jar, "a rebuilt jar"); // another size
        assertNotEquals(first, SharedArchive.name("sqlite", MAIN, List.of(jar.toString())));
    }

    @Test
    void aRunWithoutTheArchiveWritesItAndLaterRunsUseIt() throws IOException {
        Path archive = dir.resolve("cds").resolve("engine-sqlite-1234.jsa");
        List<List<String>> calls = new ArrayList<>();
        List<String> argv = List.of("java", SharedArchive.USE + archive, "-cp", "x.jar", MAIN, "parse-batch");
        SharedArchive.run(argv, command -> {
            calls.add(command);
            return dumping(command, 0);
        });
        assertTrue(Files.isRegularFile(archive), "the archive was moved into place");
        assertEquals("archive", Files.readString(archive));
        String dumpFlag = calls.get(0).get(1);
        assertTrue(dumpFlag.startsWith("-XX:ArchiveClassesAtExit=" + archive + ".tmp-"), dumpFlag);
        try (var files = Files.list(archive.getParent())) {
            assertEquals(List.of(archive), files.toList(), "no temporary file is left");
        }

        SharedArchive.run(argv, command -> {
            calls.add(command);
            return exited(0);
        });
        assertEquals(argv, calls.get(1), "with the archive there, the command is unchanged");
    }

    @Test
    void aFailedRunLeavesNoArchive() throws IOException {
        Path archive = dir.resolve("engine-sqlite-1234.jsa");
        List<String> argv = List.of("java", SharedArchive.USE + archive, "-cp", "x.jar", MAIN, "parse-batch");
        SharedArchive.run(argv, command -> dumping(command, 1));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "neither the archive nor its temporary file");
        }
    }

    @Test
    void anArchiveOfAnotherJarIsDeletedOnlyWhenOld() throws IOException {
        Path old = Files.writeString(dir.resolve("engine-sqlite-aaaa.jsa"), "old");
        Files.setLastModifiedTime(old, FileTime.fromMillis(System.currentTimeMillis() - 10L * 24 * 3600 * 1000));
        Path recent = Files.writeString(dir.resolve("engine-sqlite-bbbb.jsa"), "recent");
        Path otherEngine = Files.writeString(dir.resolve("engine-mysql-cccc.jsa"), "mysql");
        Files.setLastModifiedTime(
                otherEngine, FileTime.fromMillis(System.currentTimeMillis() - 10L * 24 * 3600 * 1000));
        Path archive = dir.resolve("engine-sqlite-1234.jsa");
        SharedArchive.run(
                List.of("java", SharedArchive.USE + archive, MAIN, "parse-batch"), command -> dumping(command, 0));
        assertTrue(Files.exists(archive));
        assertFalse(Files.exists(old), "an old archive of the same engine is gone");
        assertTrue(Files.exists(recent), "a recent one may belong to another sqlj in use");
        assertTrue(Files.exists(otherEngine), "another engine's archive is not this run's business");
    }

    @Test
    void aCommandWithoutAnArchiveFlagIsRunAsIs() {
        List<String> argv = List.of("my-engine", "parse-batch");
        List<List<String>> calls = new ArrayList<>();
        SharedArchive.run(argv, command -> {
            calls.add(command);
            return exited(0);
        });
        assertEquals(List.of(argv), calls);
    }

    /** What a JVM given -XX:ArchiveClassesAtExit does: writes the file at exit. */
    private static ProcessCall.Outcome dumping(List<String> command, int status) {
        for (String arg : command) {
            if (arg.startsWith("-XX:ArchiveClassesAtExit=")) {
                try {
                    Files.write(
                            Path.of(arg.substring("-XX:ArchiveClassesAtExit=".length())),
                            "archive".getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return exited(status);
    }

    private static ProcessCall.Outcome exited(int status) {
        return new ProcessCall.Outcome(ProcessCall.Kind.EXITED, status, new byte[0], "", "");
    }
}
