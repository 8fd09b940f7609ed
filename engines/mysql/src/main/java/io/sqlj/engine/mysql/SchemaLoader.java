package io.sqlj.engine.mysql;

import io.sqlj.engine.sdk.Diagnostics;
import io.sqlj.engine.v1.Diagnostic;
import io.sqlj.sql.SqlLexer;
import io.sqlj.sql.SqlToken;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the schema text in the private server one statement at a time, so a failure can name its
 * line; the first failure stops the load and is reported at its place in the schema. A CREATE
 * that fails on a name the server does not know yet runs again after the statements that follow
 * it, as sqlc reads a schema in any order.
 */
final class SchemaLoader {
    private static final java.util.Set<String> ROUTINES = java.util.Set.of("procedure", "function", "trigger", "event");

    /** A server without grant tables has no event scheduler, so it refuses CREATE EVENT. */
    private static final int EVENT_SCHEDULER_DISABLED = 1577;

    private SchemaLoader() {}

    /** True when the statement starting at offset {@code start} begins with CREATE, before token {@code at}. */
    private static boolean startsWithCreate(List<SqlToken> tokens, int start, int at) {
        for (int k = at - 1; k >= 0 && tokens.get(k).start() >= start; k--) {
            if (tokens.get(k).start() == start) {
                return tokens.get(k).isWord("create");
            }
        }
        return false;
    }

    /**
     * Errors of a name the server does not know (yet): no such table (1146), a foreign key to a
     * table that does not exist (1005 with errno 150 on MariaDB, 1824 on MySQL 8), no such function
     * (1305), unknown column (1054), unknown database (1049).
     */
    private static final java.util.Set<Integer> UNDEFINED = java.util.Set.of(1146, 1005, 1824, 1305, 1054, 1049);

    /**
     * The schema's first error, marked {@code in_schema}, after the warnings for statements loaded
     * late; no error when it loaded. A CREATE that fails on a name the server does not know yet
     * runs again after the statements that follow it ({@link #forwardReference}).
     */
    static List<Diagnostic> load(Connection conn, String schema) throws SQLException {
        List<Diagnostic> out = new ArrayList<>();
        List<Deferred> deferred = new ArrayList<>();
        // the same length: offsets are the schema's
        String client = clientCommands(schema);
        String served = MariaDbText.of(client);
        try (Statement s = conn.createStatement()) {
            s.setEscapeProcessing(false);
            for (int[] range : statements(client)) {
                String text = schema.substring(range[0], range[1]);
                try {
                    s.execute(served.substring(range[0], range[1]));
                } catch (SQLException e) {
                    if (e.getErrorCode() == 0) {
                        throw e; // the connection failed, not the statement
                    }
                    if (e.getErrorCode() == EVENT_SCHEDULER_DISABLED) {
                        continue; // CREATE EVENT: no query can read an event, so the private server skips it
                    }
                    if (forwardReference(text, e.getErrorCode(), !deferred.isEmpty())) {
                        deferred.add(new Deferred(range, e, e, deferred.isEmpty()));
                        continue;
                    }
                    // a statement deferred before this one still failing is the schema's first error
                    Diagnostic earlier = retry(s, schema, served, deferred, out);
                    return upTo(out, earlier != null ? earlier : error(schema, served, range, e));
                }
            }
            Diagnostic failed = retry(s, schema, served, deferred, out);
            if (failed != null) {
                return upTo(out, failed);
            }
        }
        return out;
    }

    /** The warnings placed before the error, then the error: the load stops at the schema's first error. */
    private static List<Diagnostic> upTo(List<Diagnostic> warnings, Diagnostic error) {
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic w : warnings) {
            if (w.getLine() < error.getLine()
                    || (w.getLine() == error.getLine() && w.getColumn() <= error.getColumn())) {
                out.add(w);
            }
        }
        out.add(error);
        return out;
    }

    /** The error of a statement; {@code served} is the schema as the server ran it, which the server's message quotes. */
    private static Diagnostic error(String schema, String served, int[] range, SQLException e) {
        ServerError error = ServerError.of(served.substring(range[0], range[1]), e);
        return Diagnostics.error(schema, range[0] + error.offset(), error.message(), error.code()).toBuilder()
                .setInSchema(true)
                .build();
    }

    /**
     * Whether a failed statement may name something a later statement of the schema creates: a
     * CREATE that fails on an unknown name (a foreign key to a table whose file sorts later). sqlc
     * reads the schema in any order; such a statement runs again after the ones that follow it.
     * Once a statement is deferred, any later one failing on an unknown name is deferred too (the
     * {@code ALTER TABLE} of a table whose CREATE waits), so the deferred run in their own order.
     * A DROP or ALTER is not deferred otherwise: run later it would act on what later statements made.
     */
    static boolean forwardReference(String statement, int errorCode, boolean afterDeferred) {
        if (!UNDEFINED.contains(errorCode)) {
            return false;
        }
        if (afterDeferred) {
            return true;
        }
        return startsWithCreate(statement);
    }

    private static boolean startsWithCreate(String statement) {
        if (!statement.regionMatches(true, 0, "create", 0, 6)) {
            return false; // a statement's range starts at its first token
        }
        List<SqlToken> t = SqlLexer.significant(statement, MysqlEngine.SYNTAX);
        return !t.isEmpty() && t.get(0).isWord("create");
    }

    /**
     * A statement that failed on a name a later statement may create: its failure in place and its
     * last; {@code warn} for the first one deferred, where a migration tool running the files in
     * order would stop (the ones after it may fail only on what a deferred statement makes).
     */
    private record Deferred(int[] range, SQLException inPlace, SQLException last, boolean warn) {}

    /**
     * Runs the deferred statements again in their order, round after round while a round loads one
     * of them; the first one deferred gets a warning at its place when it loads (a migration tool
     * running the files in order would stop there). Returns the first one still failing as its error, or null;
     * {@code deferred} is emptied. {@code served} is the schema as the server runs it ({@link MariaDbText}).
     */
    private static @org.jspecify.annotations.Nullable Diagnostic retry(
            Statement s, String schema, String served, List<Deferred> deferred, List<Diagnostic> warnings)
            throws SQLException {
        boolean progress = true;
        while (progress && !deferred.isEmpty()) {
            progress = false;
            for (int i = 0; i < deferred.size(); i++) {
                Deferred d = deferred.get(i);
                try {
                    s.execute(served.substring(d.range()[0], d.range()[1]));
                } catch (SQLException e) {
                    if (e.getErrorCode() == 0) {
                        throw e;
                    }
                    deferred.set(i, new Deferred(d.range(), d.inPlace(), e, d.warn()));
                    continue;
                }
                ServerError inPlace = ServerError.of(served.substring(d.range()[0], d.range()[1]), d.inPlace());
                if (d.warn()) {
                    warnings.add(Diagnostics.warning(
                                    schema,
                                    d.range()[0],
                                    "loaded after the statements that follow it, as sqlc reads a schema in any order; run in"
                                            + " order, as a migration tool runs it, it fails: " + inPlace.message()
                                            + " ("
                                            + inPlace.code() + ")")
                            .toBuilder()
                            .setInSchema(true)
                            .build());
                }
                deferred.remove(i--);
                progress = true;
            }
        }
        Diagnostic first = deferred.isEmpty()
                ? null
                : error(schema, served, deferred.get(0).range(), deferred.get(0).last());
        deferred.clear();
        return first;
    }

    /** {@code /*!50001 ... *&#47;} or MariaDB's {@code /*M!100100 ... *&#47;}: code to the server, not a comment. */
    static boolean executable(SqlToken t) {
        return t.kind() == SqlToken.Kind.COMMENT
                && (t.text().startsWith("/*!") || t.text().startsWith("/*M!"));
    }

    /**
     * {@code schema} with the mysql client's {@code DELIMITER} command read, as a dump or a
     * migration written for the client has it ({@code DELIMITER ;;} ... {@code END;;} ... {@code
     * DELIMITER ;}): each {@code DELIMITER} line becomes spaces and each use of a delimiter other
     * than {@code ;} (outside strings and comments) a {@code ;} and spaces, so the statements split
     * as the client splits them. The same length, so every offset stays the schema's.
     */
    static String clientCommands(String schema) {
        if (!DELIMITER.matcher(schema).find()) {
            return schema;
        }
        StringBuilder out = new StringBuilder(schema);
        String delimiter = ";";
        int skipTo = -1;
        for (SqlToken t : SqlLexer.tokenize(schema, MysqlEngine.SYNTAX)) {
            if (t.start() < skipTo) {
                continue;
            }
            if (t.isWord("delimiter") && lineStart(schema, t.start())) {
                int eol = schema.indexOf('\n', t.end());
                eol = eol < 0 ? schema.length() : eol;
                String rest = schema.substring(t.end(), eol).strip();
                if (!rest.isEmpty()) {
                    delimiter = rest.split("\\s+")[0];
                    for (int i = t.start(); i < eol; i++) {
                        out.setCharAt(i, ' ');
                    }
                    skipTo = eol;
                    continue;
                }
            }
            if (delimiter.equals(";")
                    || t.isTrivia()
                    || t.kind() == SqlToken.Kind.STRING
                    || t.kind() == SqlToken.Kind.QUOTED_IDENTIFIER) {
                continue;
            }
            // as the client: anywhere outside strings and comments, also at a word's end (END$$)
            for (int at = Math.max(t.start(), skipTo); at < t.end(); at++) {
                if (schema.startsWith(delimiter, at)) {
                    out.setCharAt(at, ';');
                    for (int i = at + 1; i < at + delimiter.length(); i++) {
                        out.setCharAt(i, ' ');
                    }
                    skipTo = at + delimiter.length();
                    at = skipTo - 1;
                }
            }
        }
        return out.toString();
    }

    private static final java.util.regex.Pattern DELIMITER =
            java.util.regex.Pattern.compile("(?im)^[ \\t]*delimiter[ \\t]+\\S");

    /** Whether only spaces and tabs stand between the line's start and {@code at}. */
    private static boolean lineStart(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * [start, end) of each statement: split at {@code ;} outside parentheses, strings, comments and
     * the {@code BEGIN ... END} body of a stored routine, trigger or event (which the mysql client
     * needs a DELIMITER for).
     */
    static List<int[]> statements(String schema) {
        List<int[]> out = new ArrayList<>();
        int start = -1;
        int depth = 0;
        int blocks = 0;
        boolean routine = false;
        // An executable comment is SQL to MySQL: mysqldump writes its views, triggers and SET lines as
        // statements made of them alone (/*!50001 CREATE VIEW ... */;), which must run.
        List<SqlToken> tokens = new ArrayList<>();
        for (SqlToken t : SqlLexer.tokenize(schema, MysqlEngine.SYNTAX)) {
            if (!t.isTrivia() || executable(t)) {
                tokens.add(t);
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if (t.isPunct(";") && depth == 0 && blocks == 0) {
                if (start >= 0) {
                    out.add(new int[] {start, t.start()});
                }
                start = -1;
                routine = false;
                continue;
            }
            if (start < 0) {
                start = t.start();
            }
            if (t.isPunct("(")) {
                depth++;
            } else if (t.isPunct(")")) {
                depth = Math.max(0, depth - 1);
            } else if (ROUTINES.contains(t.key()) && t.kind() == SqlToken.Kind.WORD && !routine) {
                routine = startsWithCreate(tokens, start, i);
            } else if (routine && (t.isWord("begin") || t.isWord("case"))) {
                blocks++;
            } else if (routine && t.isWord("end") && blocks > 0) {
                SqlToken next = i + 1 < tokens.size() ? tokens.get(i + 1) : t;
                if (!(next.isWord("if") || next.isWord("loop") || next.isWord("while") || next.isWord("repeat"))) {
                    blocks--;
                }
            }
        }
        if (start >= 0) {
            out.add(new int[] {start, schema.length()});
        }
        return out;
    }
}
