package io.sqlj.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * A process that closes its stdout before it exits ({@link ProcessCall.Started#reply}): its stdout is
 * there at once, and its outcome, awaited later, is the one {@link ProcessCall#run} gives for the
 * same process without the early close (docs/performance.md §1aj).
 */
class ProcessCallExitTest {

    @TempDir
    Path dir;

    private static final Path SH = Path.of("/bin/sh");

    /** Runs {@code script} with {@link ProcessCall.Started#reply}. */
    private ProcessCall.Reply reply(String script, Duration timeout) {
        return ProcessCall.begin(List.of(SH.toString(), "-c", script), Map.of(), dir)
                .reply(new byte[0], timeout);
    }

    /** Runs {@code script} as every call ran before: waiting for the exit, then reading stdout. */
    private ProcessCall.Outcome run(String script, Duration timeout) {
        return ProcessCall.run(List.of(SH.toString(), "-c", script), new byte[0], Map.of(), dir, timeout);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void assertSame(ProcessCall.Outcome expected, ProcessCall.Outcome actual) {
        assertEquals(expected.kind(), actual.kind());
        assertEquals(expected.exitCode(), actual.exitCode());
        assertEquals(text(expected.stdout()), text(actual.stdout()));
        assertEquals(expected.stderr(), actual.stderr());
    }

    @Test
    void anAnswerFollowedByAFailedExitIsTheFailureItIsWhenTheExitIsAwaitedFirst() {
        assumeTrue(Files.isExecutable(SH), "needs /bin/sh");
        ProcessCall.Reply reply =
                reply("printf answer; exec 1>&-; sleep 1; echo late >&2; exit 3", Duration.ofSeconds(60));
        assertTrue(reply.exiting(), "stdout ended while it still ran");
        assertEquals("answer", text(reply.stdout()));
        ProcessCall.Outcome outcome = reply.outcome();
        assertEquals(ProcessCall.Kind.EXITED, outcome.kind());
        assertEquals(3, outcome.exitCode());
        assertEquals("late\n", outcome.stderr(), "stderr written after stdout closed is read to its end");
        assertSame(run("printf answer; sleep 1; echo late >&2; exit 3", Duration.ofSeconds(60)), outcome);
        assertEquals(outcome, reply.outcome(), "awaited once");
    }

    @Test
    void aProcessThatHangsAfterClosingStdoutIsKilledAtItsTimeout() throws Exception {
        assumeTrue(Files.isExecutable(SH), "needs /bin/sh");
        ProcessCall.Reply reply = reply("printf answer; exec 1>&-; sleep 617", Duration.ofSeconds(2));
        assertTrue(reply.exiting());
        assertEquals("answer", text(reply.stdout()));
        ProcessCall.Outcome outcome = reply.outcome();
        assertEquals(ProcessCall.Kind.TIMED_OUT, outcome.kind());
        assertSame(run("printf answer; sleep 617", Duration.ofSeconds(2)), outcome);
        assertEquals(List.of(), sleepers(), "the sleep its shell started was killed with it");
    }

    @Test
    void aProcessThatExitsZeroAfterClosingStdoutKeepsItsAnswerAndItsLastWords() {
        assumeTrue(Files.isExecutable(SH), "needs /bin/sh");
        ProcessCall.Reply reply =
                reply("printf answer; exec 1>&-; sleep 1; echo late >&2; exit 0", Duration.ofSeconds(60));
        assertTrue(reply.exiting());
        ProcessCall.Outcome outcome = reply.outcome();
        assertEquals(ProcessCall.Kind.EXITED, outcome.kind());
        assertEquals(0, outcome.exitCode());
        assertEquals("answer", text(outcome.stdout()));
        assertEquals("late\n", outcome.stderr());
    }

    @Test
    void aChildThatKeepsStdoutOpenHoldsNothingUpOnceTheProcessExited() {
        assumeTrue(Files.isExecutable(SH), "needs /bin/sh");
        // the child inherits stdout and outlives its parent by 2 s: the exit ends the wait, as before
        String script = "printf answer; (sleep 2; printf more) & exit 0";
        ProcessCall.Reply reply = reply(script, Duration.ofSeconds(60));
        assertFalse(reply.exiting(), "the process exited before its stdout ended");
        ProcessCall.Outcome outcome = reply.outcome();
        assertEquals(ProcessCall.Kind.EXITED, outcome.kind());
        assertEquals(0, outcome.exitCode());
        assertTrue(text(outcome.stdout()).startsWith("answer"), text(outcome.stdout()));
    }

    @Test
    void aStartedProcessClosedWhileItStillExitsIsWaitedForNotLeftRunning() throws Exception {
        assumeTrue(Files.isExecutable(SH), "needs /bin/sh");
        ProcessCall.Started started =
                ProcessCall.begin(List.of(SH.toString(), "-c", "printf answer; exec 1>&-; sleep 617"), Map.of(), dir);
        ProcessCall.Reply reply = started.reply(new byte[0], Duration.ofSeconds(2));
        assertTrue(reply.exiting());
        started.close(); // as a block that fails between the answer and the exit closes it
        assertEquals(ProcessCall.Kind.TIMED_OUT, reply.outcome().kind());
        assertEquals(List.of(), sleepers());
    }

    /** The {@code sleep 617} processes (this test's) still alive. */
    private static List<Long> sleepers() {
        return ProcessHandle.allProcesses()
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().orElse("").endsWith("sleep 617"))
                .map(ProcessHandle::pid)
                .toList();
    }
}
