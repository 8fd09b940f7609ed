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
 * line; the first failure stops the load and is reported at its place in the schema.
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

    /** The schema's first error, marked {@code in_schema}; empty when it loaded. */
    static List<Diagnostic> load(Connection conn, String schema) throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.setEscapeProcessing(false);
            for (int[] range : statements(schema)) {
                String text = schema.substring(range[0], range[1]);
                try {
                    s.execute(text);
                } catch (SQLException e) {
                    if (e.getErrorCode() == 0) {
                        throw e; // the connection failed, not the statement
                    }
                    if (e.getErrorCode() == EVENT_SCHEDULER_DISABLED) {
                        continue; // CREATE EVENT: no query can read an event, so the private server skips it
                    }
                    ServerError error = ServerError.of(text, e);
                    return List.of(
                            Diagnostics.error(schema, range[0] + error.offset(), error.message(), error.code())
                                    .toBuilder()
                                    .setInSchema(true)
                                    .build());
                }
            }
        }
        return List.of();
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
        List<SqlToken> tokens = SqlLexer.significant(schema, MysqlEngine.SYNTAX);
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
