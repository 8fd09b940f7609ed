package io.sqlj.engine.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.engine.v1.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A bug in the analyzer surfaces as a warning at the query; it never changes types silently. */
class AnalyzerFailureTest {

    @Test
    void anAnalyzerBugIsAWarningAtTheQuery() {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<QueryAnalyzer.OutCol> cols = SqliteSession.analyze(
                () -> {
                    throw new IllegalStateException("walked off the tokens");
                },
                "SELECT 1",
                diagnostics);
        assertNull(cols);
        assertEquals(1, diagnostics.size());
        Diagnostic d = diagnostics.get(0);
        assertEquals(Diagnostic.Severity.WARNING, d.getSeverity());
        assertEquals(1, d.getLine());
        assertEquals(1, d.getColumn());
        assertTrue(
                d.getMessage().contains("internal error") && d.getMessage().contains("walked off the tokens"),
                d.getMessage());
    }

    @Test
    void aWalkThatWorksAddsNothing() {
        List<Diagnostic> diagnostics = new ArrayList<>();
        assertEquals(List.of(), SqliteSession.analyze(List::of, "SELECT 1", diagnostics));
        assertEquals(List.of(), diagnostics);
    }
}
