package io.sqlj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutputWriterTest {

    private static final String H = OutputWriter.HEADER + "\n";

    private FileSystem fs;
    private Path project;
    private Path out;

    @BeforeEach
    void setUp() throws IOException {
        fs = Jimfs.newFileSystem(Configuration.unix());
        project = Files.createDirectories(fs.getPath("/work/project"));
        out = project.resolve("src/main/java");
    }

    @AfterEach
    void tearDown() throws IOException {
        fs.close();
    }

    private PipelineResult result(Map<Path, String> files) {
        return new PipelineResult(project, files, Set.of(out), List.of());
    }

    private Path file(String rel) {
        return out.resolve(rel);
    }

    @Test
    void writesNewFilesAndLeavesNoStagingBehind() throws IOException {
        WriteReport report = OutputWriter.write(result(Map.of(
                file("com/example/Queries.java"), H + "class Queries {}\n",
                file("com/example/Author.java"), H + "record Author() {}\n")));
        assertEquals(List.of(), report.diagnostics());
        assertEquals(2, report.written().size());
        assertEquals(H + "class Queries {}\n", Files.readString(file("com/example/Queries.java")));
        try (Stream<Path> children = Files.list(project)) {
            assertEquals(List.of(project.resolve("src")), children.toList());
        }
    }

    @Test
    void keepsUnchangedFilesUntouched() throws IOException {
        Path queries = file("Queries.java");
        OutputWriter.write(result(Map.of(queries, H + "v1\n", file("Other.java"), H + "x\n")));
        FileTime old = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(queries, old);
        WriteReport report = OutputWriter.write(result(Map.of(queries, H + "v1\n", file("Other.java"), H + "y\n")));
        assertEquals(List.of(file("Other.java")), report.written());
        assertEquals("1 file written, 1 unchanged, 0 removed", report.summary());
        assertEquals(List.of(queries), report.unchanged());
        assertEquals(old, Files.getLastModifiedTime(queries));
        assertEquals(H + "y\n", Files.readString(file("Other.java")));
    }

    @Test
    void refusesToOverwriteAForeignFileAndThenWritesNothing() throws IOException {
        Files.createDirectories(out);
        Files.writeString(file("Handwritten.java"), "class Handwritten {}\n");
        WriteReport report = OutputWriter.write(result(Map.of(
                file("Handwritten.java"), H + "generated\n",
                file("New.java"), H + "new\n")));
        assertEquals(
                List.of("src/main/java/Handwritten.java: error: refusing to overwrite a file that sqlj did not"
                        + " generate (its first line is not \"" + OutputWriter.HEADER
                        + "\"); move it away or change out"),
                report.diagnostics().stream().map(Diagnostic::format).toList());
        assertEquals("class Handwritten {}\n", Files.readString(file("Handwritten.java")));
        assertFalse(Files.exists(file("New.java")));
        assertTrue(report.written().isEmpty());
    }

    @Test
    void removesStaleGeneratedFilesButNotForeignOnes() throws IOException {
        OutputWriter.write(result(Map.of(file("a/Keep.java"), H + "keep\n", file("b/Gone.java"), H + "gone\n")));
        Files.writeString(file("a/Mine.java"), "// mine\n");
        WriteReport report = OutputWriter.write(result(Map.of(file("a/Keep.java"), H + "keep\n")));
        assertEquals(List.of(file("b/Gone.java")), report.removed());
        assertFalse(Files.exists(file("b")), "the emptied folder is removed too");
        assertTrue(Files.exists(file("a/Mine.java")));
        assertTrue(Files.exists(out));
    }

    @Test
    void planReportsWhatWouldChange() throws IOException {
        OutputWriter.write(result(Map.of(file("A.java"), H + "a\n", file("B.java"), H + "b\n")));
        WritePlan plan = OutputWriter.plan(result(Map.of(file("A.java"), H + "a\n", file("C.java"), H + "c\n")));
        assertEquals(List.of(file("C.java")), plan.toWrite());
        assertEquals(List.of(file("A.java")), plan.unchanged());
        assertEquals(List.of(file("B.java")), plan.toRemove());
        assertFalse(plan.upToDate());
        assertFalse(Files.exists(file("C.java")), "plan writes nothing");
    }

    @Test
    void writesNothingForAResultWithErrors() {
        PipelineResult bad = new PipelineResult(
                project, Map.of(file("A.java"), H), Set.of(out), List.of(Diagnostic.error("q.sql", 1, 1, "broken")));
        WriteReport report = OutputWriter.write(bad);
        assertTrue(report.hasErrors());
        assertFalse(Files.exists(file("A.java")));
    }

    /** Everything under the project, path → contents. */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(project)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                files.put(project.relativize(p).toString(), Files.isDirectory(p) ? "<dir>" : Files.readString(p));
            }
        }
        return files;
    }

    /** A disk whose n-th move (1-based) fails, as a full disk or a lost mount would. */
    private static StagedWrite.Disk failingAt(int n) {
        return failing(n, Integer.MAX_VALUE, new IOException("No space left on device"));
    }

    /** A disk whose n-th move or m-th write throws {@code failure}. */
    private static StagedWrite.Disk failing(int move, int write, Throwable failure) {
        int[] calls = {0, 0};
        return new StagedWrite.Disk() {
            @Override
            public void write(Path file, byte[] bytes) throws IOException {
                if (++calls[1] == write) {
                    throwIt(failure);
                }
                StagedWrite.FILES.write(file, bytes);
            }

            @Override
            public void move(Path from, Path to) throws IOException {
                if (++calls[0] == move) {
                    throwIt(failure);
                }
                StagedWrite.FILES.move(from, to);
            }
        };
    }

    private static void throwIt(Throwable t) throws IOException {
        if (t instanceof IOException e) {
            throw e;
        }
        throw (Error) t;
    }

    /** The process dying at that point: nothing after it runs, not even the undo. */
    static final class Crash extends Error {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void aMoveThatFailsPartWayPutsEveryFileBack() throws IOException {
        OutputWriter.write(result(Map.of(
                file("a/A.java"), H + "a1\n", file("b/B.java"), H + "b1\n", file("c/Stale.java"), H + "stale\n")));
        Map<String, String> before = snapshot();
        Map<Path, String> next =
                Map.of(file("a/A.java"), H + "a2\n", file("b/B.java"), H + "b2\n", file("d/New.java"), H + "new\n");
        // Moves: the journal into place, A backup, A in, B backup, B in, New in, manifest backup,
        // manifest in, Stale out. Fail at each one in turn.
        for (int n = 1; n <= 9; n++) {
            WriteReport report = OutputWriter.write(result(next), failingAt(n));
            assertTrue(report.hasErrors(), "move " + n);
            String message = report.diagnostics().get(0).format();
            assertTrue(message.contains("No space left on device") && message.contains("nothing was changed"), message);
            assertEquals(before, snapshot(), "after a failure at move " + n);
        }
        WriteReport report = OutputWriter.write(result(next), failingAt(99));
        assertEquals(List.of(), report.diagnostics());
        assertEquals(H + "a2\n", Files.readString(file("a/A.java")));
        assertFalse(Files.exists(file("c")));
    }

    @Test
    void aFailedMoveNamesTheFileOrTheFolder() throws IOException {
        // Move 2 (after the journal's) is out's, in one rename: out was missing.
        WriteReport report = OutputWriter.write(result(Map.of(file("x/X.java"), H + "x\n")), failingAt(2));
        assertEquals(
                "src/main/java: error: cannot write: java.io.IOException: No space left on device;"
                        + " nothing was changed: every file was put back as it was",
                report.diagnostics().get(0).format());
        assertFalse(Files.exists(out), "folders created for the run are removed again");
        Files.createDirectories(file("x"));
        report = OutputWriter.write(result(Map.of(file("x/X.java"), H + "x\n")), failingAt(2));
        assertEquals(
                "src/main/java/x/X.java: error: cannot write: java.io.IOException: No space left on device;"
                        + " nothing was changed: every file was put back as it was",
                report.diagnostics().get(0).format());
        try (Stream<Path> left = Files.list(file("x"))) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void aDiskFullWhileStagingSaysSoAndLeavesNoStagingFolder() throws IOException {
        OutputWriter.write(result(Map.of(file("A.java"), H + "a1\n")));
        Map<String, String> before = snapshot();
        // Writes: the owner file, A, B, the manifest, the journal.
        for (int n = 1; n <= 5; n++) {
            WriteReport report = OutputWriter.write(
                    result(Map.of(file("A.java"), H + "a2\n", file("B.java"), H + "b\n")),
                    failing(Integer.MAX_VALUE, n, new IOException("No space left on device")));
            assertEquals(
                    List.of("error: cannot write the new files into a staging folder in /work/project:"
                            + " java.io.IOException: No space left on device; nothing was changed"),
                    report.diagnostics().stream().map(Diagnostic::format).toList(),
                    "write " + n);
            assertEquals(before, snapshot(), "after a failure at write " + n);
        }
    }

    /**
     * kill -9 at every point of a write: the next run rolls the journal back before anything else,
     * so the out folder holds exactly the old files, and no staging folder is left.
     */
    @Test
    void aCrashAtAnyStepIsRolledBackByTheNextRun() throws IOException {
        OutputWriter.write(result(Map.of(
                file("a/A.java"), H + "a1\n", file("b/B.java"), H + "b1\n", file("c/Stale.java"), H + "stale\n")));
        Map<String, String> before = snapshot();
        Map<Path, String> next =
                Map.of(file("a/A.java"), H + "a2\n", file("b/B.java"), H + "b2\n", file("d/New.java"), H + "new\n");
        int points = 0;
        for (int write = 1; write <= 7; write++) { // owner, A, B, New, manifest, journal, committed
            points += crashThenRecover(next, failing(Integer.MAX_VALUE, write, new Crash()), before);
        }
        for (int move = 1; move <= 9; move++) {
            points += crashThenRecover(next, failing(move, Integer.MAX_VALUE, new Crash()), before);
        }
        assertEquals(16, points);
    }

    @Test
    void aCommittedRunThatDiedBeforeCleaningUpIsKept() throws IOException {
        OutputWriter.write(result(Map.of(file("A.java"), H + "a2\n")));
        Path staging = Files.createDirectory(project.resolve(".sqlj-staging-999999999-1"));
        Files.writeString(staging.resolve("journal"), "sqlj-journal 1\nwrite\t0\t1\tsrc%2Fmain%2Fjava%2FA.java\n");
        Files.writeString(staging.resolve("1"), H + "a1\n"); // the backup of the old file
        Files.writeString(staging.resolve("committed"), "");
        assertEquals(List.of(), StagedWrite.recover(project));
        assertFalse(Files.exists(staging));
        assertEquals(H + "a2\n", Files.readString(file("A.java")), "a committed run is kept");
    }

    private int crashThenRecover(Map<Path, String> next, StagedWrite.Disk crashing, Map<String, String> before)
            throws IOException {
        assertThrows(Crash.class, () -> OutputWriter.write(result(next), crashing));
        List<Diagnostic> recovered = StagedWrite.recover(project);
        assertTrue(recovered.stream().noneMatch(Diagnostic::isError), recovered.toString());
        assertEquals(before, snapshot());
        return 1;
    }

    @Test
    void theNextGenerateRollsBackFirstAndVerifySeesTheLeftover() throws IOException {
        OutputWriter.write(result(Map.of(file("A.java"), H + "a1\n", file("B.java"), H + "b1\n")));
        Map<Path, String> next = Map.of(file("A.java"), H + "a2\n", file("B.java"), H + "b2\n");
        assertThrows(Crash.class, () -> OutputWriter.write(result(next), failing(4, Integer.MAX_VALUE, new Crash())));
        assertEquals(H + "a2\n", Files.readString(file("A.java")), "the crash left new and old files mixed");
        assertEquals(H + "b1\n", Files.readString(file("B.java")));
        WritePlan plan = OutputWriter.plan(result(next));
        assertTrue(
                plan.diagnostics()
                        .get(0)
                        .format()
                        .matches("\\.sqlj-staging-[\\w-]+: error: an interrupted sqlj run left"
                                + " its journal here; .*"),
                plan.diagnostics().toString());
        WriteReport report = OutputWriter.write(result(next));
        assertTrue(
                report.diagnostics()
                        .get(0)
                        .format()
                        .endsWith("warning: an interrupted sqlj run was rolled back:"
                                + " its files were put back as they were before it"),
                report.diagnostics().toString());
        assertFalse(report.hasErrors());
        assertEquals(H + "a2\n", Files.readString(file("A.java")));
        assertEquals(H + "b2\n", Files.readString(file("B.java")));
        assertTrue(snapshot().keySet().stream().noneMatch(k -> k.startsWith(".sqlj-staging-")));
    }

    @Test
    void aStagingFolderOfALiveProcessIsLeftAlone() throws IOException {
        ProcessHandle parent = ProcessHandle.current().parent().orElseThrow();
        Path live = Files.createDirectory(project.resolve(".sqlj-staging-" + parent.pid() + "-1"));
        Files.writeString(
                live.resolve("owner"),
                parent.pid() + " "
                        + parent.info().startInstant().map(Object::toString).orElse("-") + "\n");
        Files.writeString(live.resolve("journal"), "sqlj-journal 1\n");
        Path dead = Files.createDirectory(project.resolve(".sqlj-staging-" + parent.pid() + "-2"));
        Files.writeString(dead.resolve("owner"), parent.pid() + " 1970-01-01T00:00:00Z\n"); // the pid was reused
        Files.writeString(dead.resolve("0"), "staged, never moved");
        assertEquals(List.of(), StagedWrite.recover(project));
        assertTrue(Files.exists(live));
        assertFalse(Files.exists(dead));
    }

    private Path config(String name) {
        return project.resolve(name);
    }

    @Test
    void aSecondConfigNeitherRemovesNorOverwritesTheFirstOnesFiles() throws IOException {
        PipelineResult a = new PipelineResult(
                project, Map.of(file("a/Queries.java"), H + "a\n"), Set.of(out), List.of(), config("a.yaml"));
        PipelineResult b = new PipelineResult(
                project, Map.of(file("b/Queries.java"), H + "b\n"), Set.of(out), List.of(), config("b.yaml"));
        assertEquals(
                "1 file written, 0 unchanged, 0 removed", OutputWriter.write(a).summary());
        assertEquals(
                "1 file written, 0 unchanged, 0 removed", OutputWriter.write(b).summary());
        assertEquals(H + "a\n", Files.readString(file("a/Queries.java")));
        assertTrue(OutputWriter.plan(a).upToDate());
        assertTrue(OutputWriter.plan(b).upToDate());
        // Each config removes its own stale files, and only those.
        PipelineResult a2 = new PipelineResult(
                project, Map.of(file("a/Other.java"), H + "a\n"), Set.of(out), List.of(), config("a.yaml"));
        assertEquals(List.of(file("a/Queries.java")), OutputWriter.write(a2).removed());
        assertTrue(Files.exists(file("b/Queries.java")));
        // A config may not take over a file another config generated.
        PipelineResult b2 = new PipelineResult(
                project, Map.of(file("a/Other.java"), H + "b\n"), Set.of(out), List.of(), config("b.yaml"));
        WriteReport report = OutputWriter.write(b2);
        assertEquals(
                List.of("src/main/java/a/Other.java: error: this file belongs to ../../../a.yaml (listed in"
                        + " src/main/java/.sqlj-manifest-" + manifestId("a.yaml")
                        + "); two configs cannot generate one file: give them"
                        + " different packages or out folders"),
                report.diagnostics().stream().map(Diagnostic::format).toList());
        assertEquals(H + "a\n", Files.readString(file("a/Other.java")));
    }

    private String manifestId(String config) {
        return Manifest.path(out, config(config)).getFileName().toString().substring(Manifest.PREFIX.length());
    }

    @Test
    void aSymbolicLinkInsideOutIsNotFollowed() throws IOException {
        Path elsewhere = Files.createDirectories(fs.getPath("/elsewhere"));
        Files.createDirectories(out);
        Files.createSymbolicLink(file("com"), elsewhere);
        WriteReport report = OutputWriter.write(result(Map.of(file("com/example/Queries.java"), H + "x\n")));
        assertEquals(
                List.of("src/main/java/com/example/Queries.java: error: src/main/java/com is a symbolic link;"
                        + " sqlj does not write through links inside out (they may lead out of it): replace it with a folder,"
                        + " or change out"),
                report.diagnostics().stream().map(Diagnostic::format).toList());
        try (Stream<Path> list = Files.list(elsewhere)) {
            assertEquals(0, list.count());
        }
    }

    @Test
    void aStaleEntryBehindALinkIsNotRemoved() throws IOException {
        Path elsewhere = Files.createDirectories(fs.getPath("/elsewhere"));
        Files.writeString(elsewhere.resolve("Gone.java"), H + "not sqlj's to remove\n");
        OutputWriter.write(result(Map.of(file("com/Gone.java"), H + "gone\n", file("Keep.java"), H + "keep\n")));
        Files.delete(file("com/Gone.java"));
        Files.delete(file("com"));
        Files.createSymbolicLink(file("com"), elsewhere);
        WriteReport report = OutputWriter.write(result(Map.of(file("Keep.java"), H + "keep\n")));
        assertEquals(List.of(), report.removed());
        assertTrue(Files.exists(elsewhere.resolve("Gone.java")));
    }

    @Test
    void namesThatDifferOnlyInCaseAreAnError() {
        WriteReport report = OutputWriter.write(result(Map.of(file("GetARow.java"), H, file("GetaRow.java"), H)));
        assertEquals(
                List.of("src/main/java/GetaRow.java: error: differs from src/main/java/GetARow.java only in case;"
                        + " on a case-insensitive file system (macOS, Windows) they are one file: rename the query or type one of"
                        + " them comes from"),
                report.diagnostics().stream().map(Diagnostic::format).toList());
    }

    @Test
    void anOutThatIsAFileAndANameTooLongAreErrors() throws IOException {
        Files.createDirectories(out.getParent());
        Files.writeString(out, "a file");
        assertEquals(
                List.of("src/main/java: error: out is a file, not a folder; move it away or change out"),
                OutputWriter.write(result(Map.of(file("A.java"), H))).diagnostics().stream()
                        .map(Diagnostic::format)
                        .toList());
        Files.delete(out);
        String longName = "T".repeat(300) + ".java";
        List<String> messages = OutputWriter.write(result(Map.of(file(longName), H))).diagnostics().stream()
                .map(Diagnostic::format)
                .toList();
        assertEquals(
                List.of("src/main/java/" + longName + ": error: the file name \"" + "T".repeat(30) + "...TTT.java\""
                        + " is 305 bytes long; file systems take at most 255: shorten the table, type or query name it comes"
                        + " from"),
                messages);
        assertFalse(Files.exists(out));
    }

    /** A staging ahead of the write that has been offered {@code offered}, and has staged what it could. */
    private EarlyStaging early(Map<Path, String> offered) {
        EarlyStaging early = EarlyStaging.create(Timings.from(Map.of()));
        early.start(project, Set.of(out));
        offered.forEach(early::offer);
        return early;
    }

    @Test
    void earlyStagedFilesAreUsedOnlyWhenTheirContentsAreTheResultsAndTheirPathWasFree() throws IOException {
        OutputWriter.write(result(Map.of(file("Old.java"), H + "old\n")));
        Map<Path, String> next = Map.of(
                file("Old.java"), H + "old2\n", file("a/Same.java"), H + "same\n", file("a/Other.java"), H + "new\n");
        List<String> written = new java.util.ArrayList<>();
        StagedWrite.Disk recording = new StagedWrite.Disk() {
            @Override
            public void write(Path file, byte[] bytes) throws IOException {
                written.add(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
                StagedWrite.FILES.write(file, bytes);
            }

            @Override
            public void move(Path from, Path to) throws IOException {
                StagedWrite.FILES.move(from, to);
            }
        };
        WriteReport report;
        try (EarlyStaging early = early(Map.of(
                file("Old.java"), H + "old2\n", // its path is taken: left to the write step
                file("a/Same.java"), H + "same\n",
                file("a/Other.java"), H + "stale\n"))) { // not what the result holds: not used
            report = OutputWriter.write(result(next), recording, early);
        }
        assertEquals(List.of(), report.diagnostics());
        assertEquals(3, report.written().size());
        assertEquals(List.of(H + "old2\n", H + "new\n"), written.subList(0, 2), "the two files not staged early");
        for (Map.Entry<Path, String> e : next.entrySet()) {
            assertEquals(e.getValue(), Files.readString(e.getKey()));
        }
        assertTrue(snapshot().keySet().stream().noneMatch(k -> k.startsWith(".sqlj-staging-")));
    }

    @Test
    void earlyStagingThatIsNotUsedLeavesNothing() throws IOException {
        OutputWriter.write(result(Map.of(file("A.java"), H + "a\n")));
        Map<String, String> before = snapshot();
        try (EarlyStaging early = early(Map.of(file("B.java"), H + "b\n"))) {
            // a run that writes nothing: a foreign file in the way
            Files.writeString(file("C.java"), "mine\n");
            WriteReport report = OutputWriter.write(
                    result(Map.of(file("B.java"), H + "b\n", file("C.java"), H + "c\n")), StagedWrite.FILES, early);
            assertTrue(report.hasErrors());
        }
        Files.delete(file("C.java"));
        assertEquals(before, snapshot());
    }

    /** kill -9 at every move of a run whose files were staged early: the next run rolls it back. */
    @Test
    void aCrashDuringTheMovesOfAnEarlyStagedRunIsRolledBack() throws IOException {
        OutputWriter.write(result(Map.of(
                file("a/A.java"), H + "a1\n", file("b/B.java"), H + "b1\n", file("c/Stale.java"), H + "stale\n")));
        Map<String, String> before = snapshot();
        Map<Path, String> next =
                Map.of(file("a/A.java"), H + "a2\n", file("b/B.java"), H + "b2\n", file("d/New.java"), H + "new\n");
        for (int move = 1; move <= 9; move++) {
            try (EarlyStaging early = early(next)) {
                StagedWrite.Disk crashing = failing(move, Integer.MAX_VALUE, new Crash());
                assertThrows(Crash.class, () -> OutputWriter.write(result(next), crashing, early));
            }
            List<Diagnostic> recovered = StagedWrite.recover(project);
            assertTrue(recovered.stream().noneMatch(Diagnostic::isError), recovered.toString());
            assertEquals(before, snapshot(), "after a crash at move " + move);
        }
        try (EarlyStaging early = early(next)) {
            assertEquals(List.of(), OutputWriter.write(result(next), early).diagnostics());
        }
        assertEquals(H + "new\n", Files.readString(file("d/New.java")));
        assertFalse(Files.exists(file("c")));
    }

    /** A disk that records each move: "move <to>" for a file, "folder <to>" for a folder in one rename. */
    private static StagedWrite.Disk recording(List<String> moves, boolean folders) {
        return new StagedWrite.Disk() {
            @Override
            public void write(Path file, byte[] bytes) throws IOException {
                StagedWrite.FILES.write(file, bytes);
            }

            @Override
            public void move(Path from, Path to) throws IOException {
                moves.add("move " + to.getFileName());
                StagedWrite.FILES.move(from, to);
            }

            @Override
            public void moveFolder(Path from, Path to) throws IOException {
                if (!folders) { // as on another file system than the staging folder's
                    throw new java.nio.file.AtomicMoveNotSupportedException(from.toString(), to.toString(), "EXDEV");
                }
                moves.add("folder " + to.getFileName());
                StagedWrite.FILES.moveFolder(from, to);
            }
        };
    }

    private Map<Path, String> manyFiles() {
        Map<Path, String> files = new java.util.TreeMap<>();
        for (int i = 0; i < 20; i++) {
            files.put(file("com/example/db/Q" + i + ".java"), H + "q" + i + "\n");
        }
        files.put(file("com/example/db/model/Author.java"), H + "author\n");
        files.put(file("org/other/Support.java"), H + "support\n");
        return files;
    }

    @Test
    void aMissingOutFolderMovesInWithOneRenameAndLeavesWhatFileByFileMovesLeave() throws IOException {
        List<String> moves = new java.util.ArrayList<>();
        WriteReport report = OutputWriter.write(result(manyFiles()), recording(moves, true));
        assertEquals(List.of(), report.diagnostics());
        assertEquals(22, report.written().size());
        assertEquals(List.of("move journal", "folder java"), moves, "the journal, then out with every file");
        Map<String, String> renamed = snapshot();
        assertTrue(renamed.containsKey("src/main/java/"
                + Manifest.path(out, project.resolve("sqlj.yaml")).getFileName()));
        assertTrue(renamed.keySet().stream().noneMatch(k -> k.startsWith(".sqlj-staging-")), renamed.toString());
        // The same write where the folder cannot be renamed (another file system): file by file, same result.
        StagedWrite.deleteTree(project.resolve("src"));
        moves.clear();
        report = OutputWriter.write(result(manyFiles()), recording(moves, false));
        assertEquals(List.of(), report.diagnostics());
        assertEquals(1 + 22 + 1, moves.size(), "the journal, each file and the manifest: " + moves);
        assertEquals(renamed, snapshot());
    }

    @Test
    void anEmptyOutFolderGetsEachOfItsMissingFoldersInOneRename() throws IOException {
        Files.createDirectories(out);
        List<String> moves = new java.util.ArrayList<>();
        WriteReport report = OutputWriter.write(result(manyFiles()), recording(moves, true));
        assertEquals(List.of(), report.diagnostics());
        assertEquals(
                List.of(
                        "move journal",
                        "folder com",
                        "folder org",
                        "move "
                                + Manifest.path(out, project.resolve("sqlj.yaml"))
                                        .getFileName()),
                moves);
        for (Map.Entry<Path, String> e : manyFiles().entrySet()) {
            assertEquals(e.getValue(), Files.readString(e.getKey()));
        }
        // A new package next to the written ones: its folder in one rename, a new file of an existing one alone.
        Map<Path, String> more = new java.util.TreeMap<>(manyFiles());
        more.put(file("com/example/db/Q99.java"), H + "q99\n");
        more.put(file("com/example/api/Api.java"), H + "api\n");
        moves.clear();
        report = OutputWriter.write(result(more), recording(moves, true));
        assertEquals(List.of(file("com/example/api/Api.java"), file("com/example/db/Q99.java")), report.written());
        assertEquals(
                List.of(
                        "move journal",
                        "folder api",
                        "move Q99.java",
                        "move 0", // the old manifest, to the staging folder (its backup)
                        "move "
                                + Manifest.path(out, project.resolve("sqlj.yaml"))
                                        .getFileName()),
                moves);
    }

    /** Two blocks' out folders side by side under a missing parent, and a third inside one of them. */
    private PipelineResult siblings() {
        Path a = project.resolve("gen/a");
        Path b = project.resolve("gen/b");
        Path nested = project.resolve("gen/a/nested");
        return new PipelineResult(
                project,
                Map.of(
                        a.resolve("p/A1.java"), H + "a1\n",
                        a.resolve("z/A2.java"), H + "a2\n",
                        b.resolve("p/B.java"), H + "b\n",
                        nested.resolve("p/N.java"), H + "n\n"),
                Set.of(a, b, nested),
                List.of());
    }

    @Test
    void siblingAndNestedOutFoldersEachMoveInWithOneRename() throws IOException {
        List<String> moves = new java.util.ArrayList<>();
        WriteReport report = OutputWriter.write(siblings(), recording(moves, true));
        assertEquals(List.of(), report.diagnostics());
        assertEquals(List.of("move journal", "folder a", "folder b", "folder nested"), moves, "parents first");
        for (Map.Entry<Path, String> e : siblings().files().entrySet()) {
            assertEquals(e.getValue(), Files.readString(e.getKey()));
        }
        for (Path o : siblings().outDirs()) {
            assertTrue(Files.exists(Manifest.path(o, project.resolve("sqlj.yaml"))), o.toString());
        }
        assertTrue(OutputWriter.plan(siblings()).upToDate());
    }

    @Test
    void aFailureOrACrashBetweenTheRenamesPutsEverythingBack() throws IOException {
        Files.writeString(project.resolve("sqlj.yaml"), "version: \"1\"\n");
        Map<String, String> before = snapshot();
        // Moves: the journal, gen/a, gen/b, gen/a/nested.
        for (int n = 1; n <= 4; n++) {
            WriteReport report = OutputWriter.write(siblings(), failingAt(n));
            assertTrue(report.hasErrors(), "move " + n);
            assertTrue(
                    report.diagnostics().get(0).format().contains("nothing was changed"),
                    report.diagnostics().toString());
            assertEquals(before, snapshot(), "after a failure at move " + n);
            int move = n;
            assertThrows(
                    Crash.class, () -> OutputWriter.write(siblings(), failing(move, Integer.MAX_VALUE, new Crash())));
            List<Diagnostic> recovered = StagedWrite.recover(project);
            assertTrue(recovered.stream().noneMatch(Diagnostic::isError), recovered.toString());
            assertEquals(before, snapshot(), "after a crash at move " + n);
        }
        // A file another process put into a folder the run made (after a crash, before the next run): kept.
        assertThrows(Crash.class, () -> OutputWriter.write(siblings(), failing(4, Integer.MAX_VALUE, new Crash())));
        Files.writeString(project.resolve("gen/b/p/Mine.java"), "class Mine {}\n");
        assertFalse(StagedWrite.recover(project).stream().anyMatch(Diagnostic::isError));
        assertEquals("class Mine {}\n", Files.readString(project.resolve("gen/b/p/Mine.java")));
        assertFalse(Files.exists(project.resolve("gen/b/p/B.java")));
        assertFalse(Files.exists(project.resolve("gen/a")));
    }

    /** A disk that runs {@code meanwhile} just before its n-th move: another process writing into out. */
    private static StagedWrite.Disk meanwhile(int move, IoAction meanwhile) {
        int[] moves = {0};
        return new StagedWrite.Disk() {
            @Override
            public void write(Path file, byte[] bytes) throws IOException {
                StagedWrite.FILES.write(file, bytes);
            }

            @Override
            public void move(Path from, Path to) throws IOException {
                if (++moves[0] == move) {
                    meanwhile.run();
                }
                StagedWrite.FILES.move(from, to);
            }

            @Override
            public void moveFolder(Path from, Path to) throws IOException {
                if (++moves[0] == move) {
                    meanwhile.run();
                }
                StagedWrite.FILES.moveFolder(from, to);
            }
        };
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }

    @Test
    void anOutFolderThatAppearsBetweenThePlanAndTheWriteIsPlannedAgain() throws IOException {
        Map<Path, String> files = Map.of(file("com/A.java"), H + "a\n", file("com/B.java"), H + "b\n");
        // Another process makes out with a file of its own while the journal is written: the write is
        // planned again, which sees the file and writes around it.
        WriteReport report = OutputWriter.write(result(files), meanwhile(1, () -> {
            Files.createDirectories(file("com"));
            Files.writeString(file("com/Mine.java"), "class Mine {}\n");
        }));
        assertEquals(List.of(), report.diagnostics());
        assertEquals(2, report.written().size());
        assertEquals("class Mine {}\n", Files.readString(file("com/Mine.java")));
        assertEquals(H + "a\n", Files.readString(file("com/A.java")));
        assertTrue(snapshot().keySet().stream().noneMatch(k -> k.startsWith(".sqlj-staging-")));
        // The same with a file of its own where sqlj writes: planned again, the plan refuses it.
        StagedWrite.deleteTree(project.resolve("src"));
        report = OutputWriter.write(result(files), meanwhile(1, () -> {
            Files.createDirectories(file("com"));
            Files.writeString(file("com/A.java"), "class A {} // mine\n");
        }));
        assertEquals(
                List.of("src/main/java/com/A.java: error: refusing to overwrite a file that sqlj did not generate"
                        + " (its first line is not \"" + OutputWriter.HEADER + "\"); move it away or change out"),
                report.diagnostics().stream().map(Diagnostic::format).toList());
        assertEquals("class A {} // mine\n", Files.readString(file("com/A.java")));
        assertFalse(Files.exists(file("com/B.java")));
        // Out there when the plan runs, a file appearing in it before the staging looks: planned again too.
        StagedWrite.deleteTree(project.resolve("src"));
        Files.createDirectories(file("com"));
        int[] writes = {0};
        StagedWrite.Disk appearing = new StagedWrite.Disk() {
            @Override
            public void write(Path f, byte[] bytes) throws IOException {
                if (++writes[0] == 1) { // the owner file
                    Files.writeString(file("com/B.java"), "class B {} // mine\n");
                }
                StagedWrite.FILES.write(f, bytes);
            }

            @Override
            public void move(Path from, Path to) throws IOException {
                StagedWrite.FILES.move(from, to);
            }
        };
        report = OutputWriter.write(result(files), appearing);
        assertTrue(
                report.diagnostics()
                        .get(0)
                        .format()
                        .startsWith("src/main/java/com/B.java: error: refusing to overwrite"),
                report.diagnostics().toString());
        assertEquals("class B {} // mine\n", Files.readString(file("com/B.java")));
        assertFalse(Files.exists(file("com/A.java")));
    }

    @Test
    void earlyStagedFilesOfAMissingOutFolderMoveInWithItButOnlyTheResults() throws IOException {
        Map<Path, String> next = manyFiles();
        Map<Path, String> offered = new java.util.TreeMap<>(next);
        offered.put(file("com/example/db/Q3.java"), H + "not the result's\n");
        offered.put(file("com/example/db/Dropped.java"), H + "offered, then not in the result\n");
        List<String> moves = new java.util.ArrayList<>();
        WriteReport report;
        try (EarlyStaging early = early(offered)) {
            report = OutputWriter.write(result(next), recording(moves, true), early);
        }
        assertEquals(List.of(), report.diagnostics());
        assertEquals(List.of("move journal", "folder java"), moves);
        Map<String, String> expected = new java.util.TreeMap<>();
        for (Map.Entry<Path, String> e : next.entrySet()) {
            expected.put(project.relativize(e.getKey()).toString(), e.getValue());
        }
        Map<String, String> written = new java.util.TreeMap<>(snapshot());
        written.values().removeIf("<dir>"::equals);
        written.keySet().removeIf(k -> k.contains(Manifest.PREFIX));
        assertEquals(expected, written);
    }
}
