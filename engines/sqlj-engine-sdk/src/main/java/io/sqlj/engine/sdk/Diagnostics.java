package io.sqlj.engine.sdk;

import io.sqlj.engine.v1.Diagnostic;
import io.sqlj.engine.v1.Diagnostic.Severity;

/** Builds protocol {@link Diagnostic}s placed by an offset in the query text. */
public final class Diagnostics {
    private Diagnostics() {}

    /** A 1-based line and column. */
    public record LineColumn(int line, int column) {}

    /**
     * The 1-based line and column of {@code offset} in {@code text}. Lines end at {@code \n}; a
     * column counts characters (a tab is one). An offset past the end is clamped to the end.
     */
    public static LineColumn lineColumn(String text, int offset) {
        int end = Math.max(0, Math.min(offset, text.length()));
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new LineColumn(line, end - lineStart + 1);
    }

    /** An ERROR at {@code offset} of {@code sql}. */
    public static Diagnostic error(String sql, int offset, String message) {
        return at(Severity.ERROR, sql, offset, message, "");
    }

    /** An ERROR at {@code offset} of {@code sql} with the database's error code. */
    public static Diagnostic error(String sql, int offset, String message, String code) {
        return at(Severity.ERROR, sql, offset, message, code);
    }

    /** A WARNING at {@code offset} of {@code sql}. */
    public static Diagnostic warning(String sql, int offset, String message) {
        return at(Severity.WARNING, sql, offset, message, "");
    }

    /** A diagnostic without a place in the query (line and column 0). */
    public static Diagnostic unplaced(Severity severity, String message, String code) {
        return Diagnostic.newBuilder()
                .setSeverity(severity)
                .setMessage(message)
                .setCode(code == null ? "" : code)
                .build();
    }

    public static Diagnostic at(Severity severity, String sql, int offset, String message, String code) {
        LineColumn lc = lineColumn(sql, offset);
        return Diagnostic.newBuilder()
                .setSeverity(severity)
                .setMessage(message)
                .setLine(lc.line())
                .setColumn(lc.column())
                .setCode(code == null ? "" : code)
                .build();
    }

    /** True when any diagnostic is an error (an unspecified severity counts as one). */
    public static boolean hasErrors(Iterable<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            if (d.getSeverity() != Severity.WARNING) {
                return true;
            }
        }
        return false;
    }
}
