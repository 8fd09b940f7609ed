package io.sqlj.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@link ProcessCall} starts a process: in a session of its own through {@code setsid} without
 * {@code -w} (docs/performance.md §1ad), and with its stderr read from the start, so that a timing
 * line is stamped when it is printed.
 */
class ProcessCallSessionTest {

    @TempDir
    Path dir;

    private static final Path SH = Path.of("/bin/sh");

    @Test
    void theProcessSqljStartsIsItselfTheLeaderOfItsSessionAndItsExitStatusIsPassedOn() {
        assumeTrue(Files.isExecutable(SH), "needs /bin/sh");
        assumeTrue(
                Files.isExecutable(Path.of("/usr/bin/setsid")) || Files.isExecutable(Path.of("/bin/setsid")),
                "needs setsid (Linux)");
        // /proc/<pid>/stat: pid (comm) state ppid pgrp session ...; $$ is the shell's pid
        String script =
                "read -r pid comm state ppid pgrp session rest < /proc/$$/stat;" + " echo $$ $pgrp $session; exit 7";
        ProcessCall.Outcome outcome = ProcessCall.begin(List.of(SH.toString(), "-c", script), Map.of(), dir)
                .finish(new byte[0], Duration.ofSeconds(60));
        assertEquals(ProcessCall.Kind.EXITED, outcome.kind());
        assertEquals(7, outcome.exitCode(), "setsid execs the program: its exit status is the program's");
        String[] ids =
                new String(outcome.stdout(), StandardCharsets.UTF_8).strip().split(" ");
        assertEquals(3, ids.length, outcome.stderr());
        // setsid did not fork: the process the JVM started leads its own group and session
        assertEquals(ids[0], ids[1], "process group");
        assertEquals(ids[0], ids[2], "session");
    }

    @Test
    void withTimingsOnEachTimingLineIsStampedWhenItArrivesNotWhenTheProcessIsFinished() throws Exception {
        assumeTrue(Files.isExecutable(SH), "needs /bin/sh");
        // the first line comes before the input, the second only after it
        String script = "echo 'sqlj-timing early 1.5' >&2; echo 'other output' >&2; read line;"
                + " echo \"sqlj-timing late $line\" >&2";
        ProcessCall.Started started =
                ProcessCall.begin(List.of(SH.toString(), "-c", script), Map.of("SQLJ_TIMINGS", "1"), dir);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!started.stderrSoFar().contains("other output") && System.nanoTime() < deadline) {
            Thread.sleep(10); // waits for the complete first lines, which the reader has read then
        }
        long sent = System.nanoTime();
        ProcessCall.Outcome outcome = started.finish("2.5\n".getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(60));
        assertEquals(0, outcome.exitCode(), outcome.stderr());
        List<ProcessCall.TimingLine> lines = outcome.timingLines();
        assertEquals(
                List.of("sqlj-timing early 1.5", "sqlj-timing late 2.5"),
                lines.stream().map(ProcessCall.TimingLine::line).toList());
        assertTrue(lines.get(0).receivedNanos() <= sent, "the early line was stamped before the input was sent");
        assertTrue(lines.get(1).receivedNanos() >= sent, "the late line after");
        assertEquals("sqlj-timing early 1.5\nother output\nsqlj-timing late 2.5\n", outcome.stderr());
    }

    @Test
    void withTimingsOffNoLineIsKept() {
        assumeTrue(Files.isExecutable(SH), "needs /bin/sh");
        ProcessCall.Outcome outcome = ProcessCall.run(
                List.of(SH.toString(), "-c", "echo 'sqlj-timing x 1.0' >&2"),
                new byte[0],
                Map.of(),
                dir,
                Duration.ofSeconds(60));
        assertEquals(List.of(), outcome.timingLines());
        assertEquals("sqlj-timing x 1.0\n", outcome.stderr());
    }
}
