package io.sqlj.lsp;

import io.sqlj.core.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** sqlj's 1-based line:column and LSP's 0-based positions, and the words under them. */
final class Positions {

    private Positions() {}

    /**
     * An LSP diagnostic for a sqlj one: at its line and column, spanning the word there (the whole
     * line when the column is unknown, the first line when the line is).
     */
    static org.eclipse.lsp4j.Diagnostic diagnostic(Diagnostic d, String text) {
        String[] lines = text.split("\n", -1);
        int line = Math.max(0, d.line() - 1);
        String content = line < lines.length ? lines[line] : "";
        Range range;
        if (d.column() <= 0) {
            range = new Range(new Position(line, 0), new Position(line, content.length()));
        } else {
            int start = Math.min(d.column() - 1, content.length());
            int end = start;
            while (end < content.length() && isWordChar(content.charAt(end))) {
                end++;
            }
            if (end == start) {
                end = Math.min(content.length(), start + 1);
            }
            range = new Range(new Position(line, start), new Position(line, end));
        }
        org.eclipse.lsp4j.Diagnostic out = new org.eclipse.lsp4j.Diagnostic(range, d.message());
        out.setSource("sqlj");
        out.setSeverity(
                switch (d.severity()) {
                    case ERROR -> DiagnosticSeverity.Error;
                    case WARNING -> DiagnosticSeverity.Warning;
                    case NOTE -> DiagnosticSeverity.Information;
                });
        if (!d.code().isEmpty()) {
            out.setCode(d.code());
        }
        return out;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    static String line(String text, int line) {
        String[] lines = text.split("\n", -1);
        return line >= 0 && line < lines.length ? lines[line] : "";
    }

    /** The word at {@code column} of {@code content}: [start, end), empty when there is none. */
    static int[] wordAt(String content, int column) {
        int start = Math.min(column, content.length());
        int end = start;
        while (start > 0 && isWordChar(content.charAt(start - 1)) && content.charAt(start - 1) != '$') {
            start--;
        }
        while (end < content.length() && isWordChar(content.charAt(end)) && content.charAt(end) != '$') {
            end++;
        }
        return new int[] {start, end};
    }

    static Range range(int line, int start, int end) {
        return new Range(new Position(line, start), new Position(line, end));
    }
}
