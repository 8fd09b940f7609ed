package io.sqlj.it;

import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one call of a generated method ended, for {@link EveryMethodRunsTest}: clean, a data outcome
 * (what the synthesized values did to the data, or the query's own guard), or a generator bug.
 */
record Outcome(Kind kind, String detail) {

    enum Kind {
        CLEAN,
        DATA,
        BUG
    }

    static final Outcome CLEAN_OUTCOME = new Outcome(Kind.CLEAN, "");

    static Outcome bug(String detail) {
        return new Outcome(Kind.BUG, detail);
    }

    static Outcome data(String detail) {
        return new Outcome(Kind.DATA, detail);
    }

    /** Driver messages that say the code bound or read a value the driver cannot convert. */
    private static final Set<String> DRIVER_BUGS = Set.of(
            "can't infer the sql type",
            "bad value for type",
            "cannot convert",
            "cannot cast",
            "conversion to",
            "unsupported type",
            "not supported",
            "invalid column type",
            "no value specified for parameter",
            // a scalar bound where the SQL wants an array: the code's type, not the value, is wrong
            "malformed array literal");

    /** Messages of the generated code's own checks on what the query returned. */
    private static final Set<String> NO_ROW =
            Set.of("expected at most one row", "expected one row", "expected exactly one row", "no row");

    /**
     * {@code e} thrown by a generated method called with synthesized values: a data outcome when the
     * database refused the values for what they are (SQLSTATE class 23 constraints, 22 data
     * exceptions, 21 cardinality, a RAISE of the schema's own, SQLite's constraint and mismatch
     * codes, MariaDB's value errors), when the query found no row or more than one, or when the
     * generated code's own guard (an {@code IllegalArgumentException} thrown in {@code javaPackage})
     * refused the combination; a bug otherwise.
     */
    static Outcome classify(Throwable e, String javaPackage) {
        if (e instanceof SQLFeatureNotSupportedException) {
            return bug(describe(e));
        }
        if (e instanceof SQLException sql) {
            return classifySql(sql);
        }
        if ((e instanceof IllegalArgumentException || e instanceof IllegalStateException)
                && e.getStackTrace().length > 0
                && e.getStackTrace()[0].getClassName().startsWith(javaPackage + ".")) {
            return data("guard: " + e.getMessage());
        }
        if (e instanceof java.io.UncheckedIOException
                || e instanceof RuntimeException && e.getCause() instanceof SQLException) {
            if (e.getCause() instanceof SQLException sql) {
                return classifySql(sql);
            }
        }
        return bug(describe(e));
    }

    private static Outcome classifySql(SQLException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        for (String driver : DRIVER_BUGS) {
            if (message.contains(driver)) {
                return bug(describe(e));
            }
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.isEmpty() && NO_ROW.stream().anyMatch(message::contains)) {
            return data("rows");
        }
        if (e.getClass().getName().startsWith("org.sqlite.")) {
            return sqlite(e, message);
        }
        if (e.getClass().getName().startsWith("org.mariadb.")) {
            return mariadb(e, state, message);
        }
        Matcher duck = DUCKDB_ERROR.matcher(String.valueOf(e.getMessage()));
        if (state.isEmpty() && duck.lookingAt()) {
            return duckdb(e, duck.group(1).toLowerCase(Locale.ROOT), message);
        }
        return sqlState(e, state);
    }

    private static Outcome sqlState(SQLException e, String state) {
        String cls = state.length() >= 2 ? state.substring(0, 2) : state;
        return switch (cls) {
            // constraint, data exception, cardinality, RAISE / triggered action, serialization
            case "23", "21", "P0", "27", "40", "2F", "38", "39" -> data(state);
            case "22" -> data(state + " " + firstWords(e.getMessage()));
            // object not in prerequisite state (currval before nextval), lock not available
            case "55" -> data(state);
            default -> bug(describe(e));
        };
    }

    private static Outcome sqlite(SQLException e, String message) {
        int code = e.getErrorCode() & 0xff;
        if (code == 19 /* SQLITE_CONSTRAINT */ || code == 20 /* SQLITE_MISMATCH */) {
            return data("sqlite " + code);
        }
        if (message.contains("malformed json") || message.contains("json")) {
            return data("sqlite json");
        }
        return bug(describe(e));
    }

    /** DuckDB's messages start with the error's type: {@code Constraint Error: ...}; there is no SQLSTATE. */
    private static final Pattern DUCKDB_ERROR = Pattern.compile("([A-Z][A-Za-z ]*?) Error: ");

    /**
     * A data outcome for a constraint, a value DuckDB cannot convert for its content ({@code "1"} as
     * a UUID), one out of range, or one its functions refuse; a bug for a binder, parser, catalog,
     * not-implemented or internal error, and for a cast DuckDB has no rule for at all (the code
     * bound a value of the wrong type).
     */
    private static Outcome duckdb(SQLException e, String kind, String message) {
        boolean data = switch (kind) {
            case "constraint", "out of range", "invalid input" -> true;
            case "conversion" -> !message.contains("unimplemented type for cast");
            default -> false;
        };
        return data
                ? data("duckdb " + kind + ": " + firstWords(e.getMessage().replaceFirst("^[^:]*: ", "")))
                : bug(describe(e));
    }

    private static Outcome mariadb(SQLException e, String state, String message) {
        int code = e.getErrorCode();
        // 1364 field has no default, 1048 column cannot be null, 1062 duplicate, 1451/1452 foreign
        // keys, 1644 SIGNAL, 1242 subquery rows, 1292/1366/1265 value conversions, 1406 too long,
        // 1264/1690 out of range, 3140 invalid JSON, 4025 CHECK, 1411 incorrect value for function
        if (Set.of(1364, 1048, 1062, 1451, 1452, 1644, 1242, 1292, 1366, 1265, 1406, 1264, 1690, 3140, 4025, 1411)
                .contains(code)) {
            return data("mariadb " + code);
        }
        return sqlState(e, state);
    }

    /** The start of a message, without the values it quotes, to count data outcomes by kind. */
    static String firstWords(String message) {
        String line = String.valueOf(message).lines().findFirst().orElse("").replaceFirst("^ERROR: ", "");
        int quote = line.indexOf('"');
        if (quote > 0) {
            line = line.substring(0, quote);
        }
        return line.length() > 50 ? line.substring(0, 50) : line.strip();
    }

    static String describe(Throwable e) {
        StringBuilder out = new StringBuilder(e.getClass().getSimpleName());
        if (e instanceof SQLException sql && sql.getSQLState() != null) {
            out.append(" [").append(sql.getSQLState()).append(']');
        }
        out.append(": ")
                .append(String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("testdata.")) {
                out.append(" at ")
                        .append(frame.getClassName()
                                .substring(frame.getClassName().lastIndexOf('.') + 1))
                        .append('.')
                        .append(frame.getMethodName())
                        .append(':')
                        .append(frame.getLineNumber());
                break;
            }
        }
        if (e.getCause() != null && e.getCause() != e) {
            out.append(" (caused by ")
                    .append(e.getCause().getClass().getSimpleName())
                    .append(": ")
                    .append(String.valueOf(e.getCause().getMessage())
                            .lines()
                            .findFirst()
                            .orElse(""))
                    .append(')');
        }
        return out.toString();
    }
}
