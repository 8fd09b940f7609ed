package io.sqlj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.cli.BatteryTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The out folder under attack, through the real CLI and the bundled SQLite engine: a second
 * config, a symbolic link, a FIFO. Each ends in one message and leaves no staging folder.
 */
class OutputTreeTest {

    @TempDir
    Path project;

    @BeforeEach
    void copyTheProject() throws IOException {
        BatteryTest.copyTree(BatteryTest.BATTERY.resolve("_project"), project, "");
        try (Stream<Path> gen = Files.walk(project.resolve("gen"))) {
            gen.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }

    private void config(String name, String pkg) throws IOException {
        Files.writeString(
                project.resolve(name),
                Files.readString(project.resolve("sqlj.yaml")).replace("com.example.db", pkg));
    }

    private Run sqlj(String... args) {
        return BatteryTest.sqlj(project, args);
    }

    private String cfg(String name) {
        return project.resolve(name).toString();
    }

    @Test
    void aSecondConfigIntoTheSameOutLeavesTheFirstOnesFilesAlone() throws IOException {
        config("a.yaml", "com.example.a");
        config("b.yaml", "com.example.b");
        assertEquals(
                new Run(0, "4 files written, 0 unchanged, 0 removed\n", ""), sqlj("generate", "-f", cfg("a.yaml")));
        assertEquals(
                new Run(0, "4 files written, 0 unchanged, 0 removed\n", ""), sqlj("generate", "-f", cfg("b.yaml")));
        assertTrue(Files.exists(project.resolve("gen/com/example/a/Queries.java")));
        assertEquals(new Run(0, "", ""), sqlj("verify", "-f", cfg("a.yaml")));
        assertEquals(new Run(0, "", ""), sqlj("verify", "-f", cfg("b.yaml")));

        // b drops a query: verify reports exactly the file generate then removes, and a's stay.
        Files.writeString(
                project.resolve("queries.sql"),
                "-- name: GetAuthor :one\n" + "SELECT id, name, bio FROM authors WHERE id = ?;\n");
        Run verify = sqlj("verify", "-f", cfg("b.yaml"));
        assertEquals(3, verify.exit(), verify.err());
        assertTrue(verify.out().contains("--- a/gen/com/example/b/Queries.java"), verify.out());
        assertTrue(verify.out().contains("--- a/gen/.sqlj-manifest-"), verify.out());
        assertFalse(verify.out().contains("example/a/"), verify.out());
        assertTrue(verify.out().contains("--- a/gen/com/example/b/ListAuthorsRow.java\n+++ /dev/null"), verify.out());
        assertEquals(
                "3 generated file(s) differ from what 'sqlj generate' would write; run it and commit the result\n",
                verify.err());
        assertEquals(new Run(0, "1 file written, 2 unchanged, 1 removed\n", ""), sqlj("generate", "-f", cfg("b.yaml")));
        assertEquals(new Run(0, "", ""), sqlj("verify", "-f", cfg("b.yaml")));
        assertTrue(Files.exists(project.resolve("gen/com/example/a/Queries.java")), "a's files stay");
        assertTrue(Files.exists(project.resolve("gen/com/example/a/ListAuthorsRow.java")));
        assertEquals(3, sqlj("verify", "-f", cfg("a.yaml")).exit(), "a's own queries changed too");
    }

    @Test
    void generateRemovesExactlyWhatVerifyReports() throws IOException {
        assertEquals(0, sqlj("generate", "-f", cfg("sqlj.yaml")).exit());
        Files.writeString(
                project.resolve("queries.sql"), "-- name: CountAuthors :one\nSELECT count(*) FROM authors;\n");
        Run verify = sqlj("verify", "-f", cfg("sqlj.yaml"));
        assertEquals(3, verify.exit());
        assertTrue(verify.out().contains("--- a/gen/com/example/db/ListAuthorsRow.java\n+++ /dev/null"), verify.out());
        assertEquals(
                new Run(0, "2 files written, 1 unchanged, 1 removed\n", ""), sqlj("generate", "-f", cfg("sqlj.yaml")));
        assertFalse(Files.exists(project.resolve("gen/com/example/db/ListAuthorsRow.java")));
    }

    @Test
    void aSymbolicLinkInsideOutIsRefused() throws IOException {
        Path elsewhere = Files.createDirectories(project.getParent().resolve(project.getFileName() + "-elsewhere"));
        Files.createDirectories(project.resolve("gen"));
        Files.createSymbolicLink(project.resolve("gen/com"), elsewhere);
        Run run = sqlj("generate", "-f", cfg("sqlj.yaml"));
        assertEquals(1, run.exit());
        assertEquals(
                "gen/com/example/db/Author.java: error: gen/com is a symbolic link; sqlj does not write through"
                        + " links inside out (they may lead out of it): replace it with a folder, or change out\n",
                run.err().lines().findFirst().orElse("") + "\n");
        try (Stream<Path> list = Files.list(elsewhere)) {
            assertEquals(List.of(), list.toList());
        }
        assertNoStaging();
    }

    @Test
    void aFifoWhereAGeneratedFileGoesIsAnErrorNotAHang() throws Exception {
        assertEquals(0, sqlj("generate", "-f", cfg("sqlj.yaml")).exit());
        Path queries = project.resolve("gen/com/example/db/Queries.java");
        Files.delete(queries);
        Process mkfifo = new ProcessBuilder("mkfifo", queries.toString()).start();
        assertEquals(0, mkfifo.waitFor());
        Files.writeString(project.resolve("queries.sql"), Files.readString(project.resolve("queries.sql")) + "\n");
        for (String command : new String[] {"generate", "verify"}) {
            Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> sqlj(command, "-f", cfg("sqlj.yaml")));
            assertEquals(
                    new Run(
                            1,
                            "",
                            "gen/com/example/db/Queries.java: error: a special file (a FIFO, socket or device)"
                                    + " is in the way of a generated file; sqlj reads and writes only regular files: move it away\n"),
                    run);
        }
        assertNoStaging();
    }

    private void assertNoStaging() throws IOException {
        try (Stream<Path> list = Files.list(project)) {
            assertEquals(
                    List.of(),
                    list.filter(p -> p.getFileName().toString().startsWith(".sqlj-staging"))
                            .toList());
        }
    }
}
