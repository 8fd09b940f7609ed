package io.sqlj.engine.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.engine.v1.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {
    @Test
    void lineAndColumnAreOneBased() {
        String sql = "SELECT a,\n  nme\nFROM t";
        assertEquals(new Diagnostics.LineColumn(1, 1), Diagnostics.lineColumn(sql, 0));
        assertEquals(new Diagnostics.LineColumn(2, 3), Diagnostics.lineColumn(sql, sql.indexOf("nme")));
        assertEquals(new Diagnostics.LineColumn(3, 7), Diagnostics.lineColumn(sql, sql.length()));
        assertEquals(new Diagnostics.LineColumn(3, 7), Diagnostics.lineColumn(sql, 999));
    }

    @Test
    void buildsProtocolDiagnostics() {
        Diagnostic d = Diagnostics.error("SELECT\nx", 7, "no such column: x", "SQLITE_ERROR");
        assertEquals(Diagnostic.Severity.ERROR, d.getSeverity());
        assertEquals(2, d.getLine());
        assertEquals(1, d.getColumn());
        assertEquals("SQLITE_ERROR", d.getCode());
        Diagnostic w = Diagnostics.warning("x", 0, "careful");
        assertFalse(Diagnostics.hasErrors(List.of(w)));
        assertTrue(Diagnostics.hasErrors(List.of(w, d)));
        assertTrue(Diagnostics.hasErrors(
                List.of(Diagnostic.newBuilder().setMessage("unset").build())));
    }
}
