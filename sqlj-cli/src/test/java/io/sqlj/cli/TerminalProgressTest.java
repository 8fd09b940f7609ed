package io.sqlj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.core.Progress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** When sqlj shows what it is doing, and what the status line looks like (on a fake clock). */
class TerminalProgressTest {

    private static final Map<String, String> TERMINAL = Map.of("TERM", "xterm-256color");

    @Test
    void onlyOnAnInteractiveTerminal() {
        assertTrue(TerminalProgress.wanted(false, true, TERMINAL));
        assertFalse(TerminalProgress.wanted(true, true, TERMINAL), "-q");
        assertFalse(TerminalProgress.wanted(false, false, TERMINAL), "piped: no console");
        assertFalse(TerminalProgress.wanted(false, true, Map.of("TERM", "dumb")), "dumb terminal");
        assertFalse(TerminalProgress.wanted(false, true, Map.of()), "no TERM");
        assertFalse(TerminalProgress.wanted(false, true, Map.of("TERM", "xterm", "CI", "true")), "CI");
        assertFalse(TerminalProgress.wanted(false, true, Map.of("TERM", "xterm", "CI", "1")), "CI");
        assertTrue(TerminalProgress.wanted(false, true, Map.of("TERM", "xterm", "CI", "false")), "CI=false");
    }

    @Test
    void withoutATerminalTheCommandsPrintNoProgress() {
        // Tests run without a console: forTerminal must give the progress that prints nothing.
        StringWriter err = new StringWriter();
        assertEquals(Progress.NONE, TerminalProgress.forTerminal(false, new PrintWriter(err), TERMINAL));
    }

    @Test
    void workOfMoreThanASecondIsShownThenErased() {
        AtomicLong now = new AtomicLong(10_000);
        StringWriter err = new StringWriter();
        TerminalProgress progress = TerminalProgress.manual(new PrintWriter(err), now::get);
        Progress.Task pg = progress.start("sql[0] (postgresql): resolving queries.sql");
        now.addAndGet(900);
        progress.render();
        assertEquals("", err.toString(), "shown before a second");
        now.addAndGet(1200);
        progress.render();
        assertEquals("\rsqlj: sql[0] (postgresql): resolving queries.sql... 2s\033[K", err.toString());
        Progress.Task lite = progress.start("sql[1] (sqlite): resolving b.sql");
        now.addAndGet(1000);
        err.getBuffer().setLength(0);
        progress.render();
        assertEquals(
                "\rsqlj: sql[0] (postgresql): resolving queries.sql... 3s; sql[1] (sqlite): resolving b.sql... 1s\033[K",
                err.toString());
        pg.close();
        err.getBuffer().setLength(0);
        lite.close();
        assertEquals("\r\033[K", err.toString(), "the line is erased when the last work ends");
        progress.close();
        assertEquals("\r\033[K", err.toString(), "erased once");
    }

    @Test
    void quickWorkLeavesNoTrace() {
        AtomicLong now = new AtomicLong();
        StringWriter err = new StringWriter();
        TerminalProgress progress = TerminalProgress.manual(new PrintWriter(err), now::get);
        try (Progress.Task task = progress.start("sql[0] (sqlite): resolving queries.sql")) {
            now.addAndGet(300);
            progress.render();
        }
        progress.close();
        assertEquals("", err.toString());
    }
}
