package io.sqlj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    assertEquals(List.of("src/main/java/Handwritten.java: error: refusing to overwrite a file that sqlj did not"
        + " generate (its first line is not \"" + OutputWriter.HEADER + "\"); move it away or change out"),
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
    PipelineResult bad = new PipelineResult(project, Map.of(file("A.java"), H), Set.of(out),
        List.of(Diagnostic.error("q.sql", 1, 1, "broken")));
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

  /** A mover that fails on its n-th call (1-based), as a full disk or a lost mount would. */
  private static StagedWrite.Mover failingAt(int n) {
    int[] calls = {0};
    return (from, to) -> {
      if (++calls[0] == n) {
        throw new IOException("No space left on device");
      }
      StagedWrite.FILES.move(from, to);
    };
  }

  @Test
  void aMoveThatFailsPartWayPutsEveryFileBack() throws IOException {
    OutputWriter.write(result(Map.of(file("a/A.java"), H + "a1\n", file("b/B.java"), H + "b1\n",
        file("c/Stale.java"), H + "stale\n")));
    Map<String, String> before = snapshot();
    Map<Path, String> next = Map.of(file("a/A.java"), H + "a2\n", file("b/B.java"), H + "b2\n",
        file("d/New.java"), H + "new\n");
    // Moves: A backup, A in, B backup, B in, New in, Stale out. Fail at each one in turn.
    for (int n = 1; n <= 6; n++) {
      WriteReport report = OutputWriter.write(result(next), failingAt(n));
      assertTrue(report.hasErrors(), "move " + n);
      String message = report.diagnostics().get(0).format();
      assertTrue(message.contains("No space left on device") && message.contains("every file was put back"),
          message);
      assertEquals(before, snapshot(), "after a failure at move " + n);
    }
    WriteReport report = OutputWriter.write(result(next), failingAt(99));
    assertEquals(List.of(), report.diagnostics());
    assertEquals(H + "a2\n", Files.readString(file("a/A.java")));
    assertFalse(Files.exists(file("c")));
  }

  @Test
  void aFailedMoveNamesTheFile() throws IOException {
    WriteReport report = OutputWriter.write(result(Map.of(file("x/X.java"), H + "x\n")), failingAt(1));
    assertEquals("src/main/java/x/X.java: error: cannot write: java.io.IOException: No space left on device;"
        + " nothing was changed: every file was put back as it was", report.diagnostics().get(0).format());
    assertFalse(Files.exists(out), "folders created for the run are removed again");
  }
}
