package io.sqlj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Issue 12, item 4: what an engine sends cannot drive the terminal or fake a line. */
class TerminalTextTest {

    @Test
    void controlCharactersArePrintedVisibly() {
        assertEquals(
                "a\\e]0;pwned\\x07\\e[2J\\rq.sql:1:1: error: fake\\nb\\u202ec\\x9b\\x7f\\u2028\\x00",
                TerminalText.escape(
                        "a\u001b]0;pwned\u0007\u001b[2J\rq.sql:1:1: error: fake\nb\u202ec\u009b\u007f\u2028\u0000"));
    }

    @Test
    void printableTextAndSqljsOwnIndentedLinesStay() {
        String text =
                "column \"nme\" does not exist; its stderr ends with:\n    line one\n    été 日本 \uD83D\uDE00\ttab";
        assertEquals(text, TerminalText.escape(text));
        assertEquals("\\ud800x", TerminalText.escape("\ud800x"));
    }

    @Test
    void everyDiagnosticIsPrintedEscaped() {
        Diagnostic d = Diagnostic.error("q\u001b[31m.sql", 1, 2, "bad\r\n\u001b[2Jok");
        assertEquals("q\\e[31m.sql:1:2: error: bad\\r\\n\\e[2Jok", d.format());
    }
}
