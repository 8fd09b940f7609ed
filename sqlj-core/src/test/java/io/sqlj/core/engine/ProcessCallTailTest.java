package io.sqlj.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An engine's stderr keeps its last 64 KB: its final lines are the error a diagnostic shows. */
class ProcessCallTailTest {

    @Test
    void keepsTheLastBytesNotTheFirstOrAnEmptiedBuffer() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 200_000; i++) {
            text.append("progress line ").append(i).append('\n');
        }
        text.append("FATAL: the real error\n");
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        ProcessCall.Tail tail = new ProcessCall.Tail(ProcessCall.STDERR_LIMIT);
        ProcessCall.copy(new ByteArrayInputStream(bytes), tail);
        String kept = tail.text();
        assertEquals(ProcessCall.STDERR_LIMIT, kept.length());
        assertEquals(text.substring(text.length() - ProcessCall.STDERR_LIMIT), kept);
        assertTrue(kept.endsWith("\nFATAL: the real error\n"), "the last line is there");
    }

    @Test
    void shortOutputIsKeptWholeAndACutCharacterIsDropped() {
        ProcessCall.Tail tail = new ProcessCall.Tail(8);
        ProcessCall.copy(new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8)), tail);
        assertEquals("abc", tail.text());
        ProcessCall.Tail cut = new ProcessCall.Tail(8);
        // "é" is two bytes; keeping the last 8 of "xxxé1234567" cuts it in half
        ProcessCall.copy(new ByteArrayInputStream("xxxé1234567".getBytes(StandardCharsets.UTF_8)), cut);
        assertEquals("1234567", cut.text());
    }
}
