package io.sqlj.core.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A started process's stdin given in parts ({@link ProcessCall.Started#send}), then the rest. */
class ProcessCallStreamTest {

    @TempDir
    Path dir;

    private static final Path CAT = Path.of("/bin/cat");

    @Test
    void thePartsSentAndTheRestArriveInOrderEvenBeyondWhatAPipeHolds() {
        assumeTrue(Files.isExecutable(CAT), "needs /bin/cat");
        ProcessCall.Started started = ProcessCall.begin(List.of(CAT.toString()), Map.of(), dir);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (int i = 0; i < 40; i++) {
            // 40 parts of 10-50 KB: cat blocks on its full stdout until finish reads it
            byte[] part = new byte[10_000 + i * 1_000];
            java.util.Arrays.fill(part, (byte) ('a' + i % 26));
            started.send(part);
            expected.writeBytes(part);
        }
        started.send(new byte[0]);
        byte[] rest = "the end".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        expected.writeBytes(rest);
        ProcessCall.Outcome outcome = started.finish(rest, Duration.ofSeconds(60));
        assertEquals(ProcessCall.Kind.EXITED, outcome.kind());
        assertEquals(0, outcome.exitCode());
        assertArrayEquals(expected.toByteArray(), outcome.stdout());
    }

    @Test
    void aProcessClosedAfterPartsWereSentIsKilledAndItsWriterEnds() throws Exception {
        Path sleep = Path.of("/bin/sleep");
        assumeTrue(Files.isExecutable(sleep), "needs /bin/sleep");
        ProcessCall.Started started = ProcessCall.begin(List.of(sleep.toString(), "600"), Map.of(), dir);
        started.send(new byte[1_000_000]); // never read: the writer blocks on the full pipe
        started.close();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (writerAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(false, writerAlive());
    }

    private static boolean writerAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("sqlj-engine-stdin") && t.isAlive());
    }
}
