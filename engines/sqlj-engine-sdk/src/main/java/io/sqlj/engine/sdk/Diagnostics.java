package io.sqlj.engine.sdk;

import io.sqlj.engine.v1.Diagnostic;
import io.sqlj.engine.v1.Diagnostic.Severity;
import io.sqlj.sql.SqlToken;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

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

    /** An ERROR without a place in the query: the schema or the database as a whole. */
    public static Diagnostic unplacedError(String message) {
        return unplaced(Severity.ERROR, message, "");
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

    /** The scanner's problems with a query's text ({@code sqlj.*} macros, placeholders), as errors. */
    public static List<Diagnostic> scanProblems(String sql, ScannedSql scanned) {
        List<Diagnostic> out = new ArrayList<>();
        for (ScannedSql.Problem p : scanned.problems()) {
            out.add(error(sql, p.offset(), p.message()));
        }
        return out;
    }

    /**
     * An error when a query is not one statement: a second one after a {@code ;}, or none at all.
     *
     * @param tokens the significant tokens of the text the engine sends
     * @param originalOffset maps an offset in that text back to {@code sql}
     */
    public static List<Diagnostic> notOneStatement(String sql, List<SqlToken> tokens, IntUnaryOperator originalOffset) {
        for (SqlToken t : tokens) {
            if (t.isPunct(";")) {
                return List.of(error(
                        sql,
                        originalOffset.applyAsInt(t.start()),
                        "a query must be one statement; a second one starts after this ;"));
            }
        }
        return tokens.isEmpty() ? List.of(error(sql, 0, "the query is empty")) : List.of();
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
