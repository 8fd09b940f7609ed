package io.sqlj.core;

import java.util.Objects;

/**
 * A problem found in the user's input or reported by an engine, located in a file of the project.
 *
 * @param file the file, relative to the config's folder, with {@code /} separators; empty when
 *     the problem has no file (then line and column are 0)
 * @param line 1-based; 0 when unknown
 * @param column 1-based; 0 when unknown
 * @param code the database's error code (a SQLSTATE) or empty
 * @param message what is wrong; passwords of database URIs in it are masked ({@link Secrets})
 */
public record Diagnostic(Severity severity, String file, int line, int column, String message, String code) {

    public enum Severity {
        ERROR,
        WARNING,
        /** Information that needs no action, such as an option sqlj accepts and ignores. */
        NOTE;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        message = Secrets.mask(Objects.requireNonNull(message, "message"));
        Objects.requireNonNull(code, "code");
    }

    public static Diagnostic error(String file, int line, int column, String message) {
        return new Diagnostic(Severity.ERROR, file, line, column, message, "");
    }

    public static Diagnostic error(Location at, String message) {
        return error(at.file(), at.line(), at.column(), message);
    }

    public static Diagnostic warning(Location at, String message) {
        return new Diagnostic(Severity.WARNING, at.file(), at.line(), at.column(), message, "");
    }

    public static Diagnostic note(Location at, String message) {
        return new Diagnostic(Severity.NOTE, at.file(), at.line(), at.column(), message, "");
    }

    /**
     * The order every sqlj tool prints a run's diagnostics in: by file, then line and column; the
     * config ({@code configFile}'s name) first, then the files in the order the run first reported
     * them (query files in the order the config lists them, then generated files). Stable: equal
     * positions keep the run's order.
     */
    public static java.util.List<Diagnostic> sorted(
            java.util.List<Diagnostic> diagnostics, java.nio.file.Path configFile) {
        java.nio.file.Path name = configFile.getFileName();
        java.util.Map<String, Integer> fileOrder = new java.util.HashMap<>();
        if (name != null) {
            fileOrder.put(name.toString(), -1);
        }
        for (Diagnostic d : diagnostics) {
            fileOrder.putIfAbsent(d.file(), fileOrder.size());
        }
        java.util.List<Diagnostic> sorted = new java.util.ArrayList<>(diagnostics);
        sorted.sort(java.util.Comparator.<Diagnostic>comparingInt(d -> fileOrder.getOrDefault(d.file(), 0))
                .thenComparingInt(Diagnostic::line)
                .thenComparingInt(Diagnostic::column));
        return sorted;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The form every sqlj tool prints: {@code queries.sql:12:8: error: column "nme" does not exist
     * (SQLSTATE 42703)}; a code that is not a SQLSTATE, such as SQLite's {@code SQLITE_ERROR}, is
     * shown in parentheses as it is. Control characters are escaped ({@link TerminalText}).
     */
    public String format() {
        return TerminalText.escape(raw());
    }

    private String raw() {
        StringBuilder out = new StringBuilder();
        if (!file.isEmpty()) {
            out.append(file).append(':');
            if (line > 0) {
                out.append(line).append(':');
                if (column > 0) {
                    out.append(column).append(':');
                }
            }
            out.append(' ');
        }
        out.append(severity.label()).append(": ").append(message);
        if (isSqlState(code)) {
            out.append(" (SQLSTATE ").append(code).append(')');
        } else if (!code.isEmpty()) {
            out.append(" (").append(code).append(')');
        }
        return out.toString();
    }

    /** A SQLSTATE is five digits or upper-case letters, such as {@code 42703}. */
    private static boolean isSqlState(String code) {
        return code.length() == 5 && code.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'));
    }

    @Override
    public String toString() {
        return format();
    }
}
