package io.sqlj.engine.postgresql;

import io.sqlj.engine.sdk.Diagnostics;
import io.sqlj.engine.v1.Diagnostic;
import io.sqlj.sql.SqlLexer;
import io.sqlj.sql.SqlSyntax;
import io.sqlj.sql.SqlToken;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Runs the schema text in the scratch database one statement at a time, so a failure can name
 * its line; the first failure stops the load and is reported. A statement that cannot change a
 * type sqlj reads and that fails only because the private server is not the user's (a grant to
 * a role it lacks, {@code ALTER ... OWNER TO}, {@code COMMENT}, {@code SET ROLE}, an extension or
 * text search parser it does not have) is skipped with a warning instead.
 */
final class SchemaLoader {
    private SchemaLoader() {}

    /**
     * The schema's first error, marked {@code in_schema} and placed within the schema text at the
     * server's error position; empty when it loaded.
     */
    static List<Diagnostic> load(Connection conn, String schema) throws SQLException {
        List<int[]> statements = statements(schema);
        if (loadedInOneTransaction(conn, schema, statements)) {
            clearEmptySearchPath(conn);
            return List.of();
        }
        List<Diagnostic> warnings = new ArrayList<>();
        try (Statement s = conn.createStatement()) {
            s.setEscapeProcessing(false);
            for (int[] range : statements) {
                String text = schema.substring(range[0], range[1]);
                try {
                    s.execute(text);
                } catch (PSQLException e) {
                    ServerErrorMessage server = e.getServerErrorMessage();
                    if (server == null) {
                        throw e;
                    }
                    int at = range[0] + Math.max(0, server.getPosition() - 1);
                    if (typeNeutral(text) && conn.getAutoCommit()) {
                        warnings.add(Diagnostics.warning(
                                        schema,
                                        range[0],
                                        "skipped: " + server.getMessage() + " (SQLSTATE " + server.getSQLState()
                                                + "); the statement cannot change a type sqlj reads")
                                .toBuilder()
                                .setInSchema(true)
                                .build());
                        continue;
                    }
                    List<Diagnostic> out = new ArrayList<>(warnings);
                    out.add(Diagnostics.error(schema, at, server.getMessage(), server.getSQLState()).toBuilder()
                            .setInSchema(true)
                            .build());
                    return out;
                }
            }
        }
        clearEmptySearchPath(conn);
        return warnings;
    }

    /**
     * Runs every statement in one transaction sent in one round trip (pgjdbc sends a batch's
     * statements before it reads any answer) instead of one round trip and one commit per
     * statement (docs/performance.md §1aa). Only when each statement {@link #batchable} is one whose
     * effect in a transaction of its own is the same as inside one transaction with the others; if
     * any statement fails, the transaction is rolled back, leaving nothing behind, and the caller
     * runs the statements one by one as before, so the same statement fails or is skipped with the
     * same message. True when the schema is loaded.
     */
    static boolean loadedInOneTransaction(Connection conn, String schema, List<int[]> statements) throws SQLException {
        if (statements.size() < 2 || !conn.getAutoCommit()) {
            return false;
        }
        for (int[] range : statements) {
            if (!batchable(schema.substring(range[0], range[1]))) {
                return false;
            }
        }
        conn.setAutoCommit(false);
        try (Statement s = conn.createStatement()) {
            s.setEscapeProcessing(false);
            for (int[] range : statements) {
                s.addBatch(schema.substring(range[0], range[1]));
            }
            s.executeBatch();
            conn.commit();
            return true;
        } catch (SQLException e) {
            conn.rollback();
            return false;
        } finally {
            conn.setAutoCommit(true);
        }
    }

    /** Words after CREATE, ALTER or DROP whose statement cannot run inside a transaction, or acts outside it. */
    private static final Set<String> OUTSIDE_TRANSACTION = Set.of("database", "tablespace", "system", "subscription");

    /**
     * Whether a statement may share a transaction with the others: CREATE, ALTER, DROP, COMMENT,
     * GRANT or REVOKE, none of which returns rows or acts outside its transaction; not CREATE
     * DATABASE, TABLESPACE or SUBSCRIPTION, ALTER SYSTEM, anything CONCURRENTLY (these refuse a
     * transaction block), and nothing temporary ({@code ON COMMIT DROP} would outlive its
     * statement). Session settings, SELECT, INSERT, COPY and the rest keep the one-by-one load.
     */
    static boolean batchable(String statement) {
        List<String> words = words(statement);
        if (words.isEmpty()) {
            return false;
        }
        String first = words.get(0);
        if (!Set.of("create", "alter", "drop", "comment", "grant", "revoke").contains(first)) {
            return false;
        }
        if (words.contains("concurrently")) {
            return false;
        }
        // CREATE [OR REPLACE] [GLOBAL | LOCAL] {TEMP | TEMPORARY} [UNLOGGED | RECURSIVE] ...
        for (String w : words.subList(1, Math.min(words.size(), 5))) {
            if (w.equals("temp") || w.equals("temporary")) {
                return false;
            }
        }
        return !(first.equals("create") || first.equals("alter") || first.equals("drop"))
                || words.size() < 2
                || !OUTSIDE_TRANSACTION.contains(words.get(1));
    }

    /** The statement's bare words (keywords and unquoted names; no quoted name, string or comment), in lower case. */
    private static List<String> words(String statement) {
        List<String> words = new ArrayList<>();
        for (SqlToken t : SqlLexer.significant(statement, SqlSyntax.POSTGRESQL)) {
            if (t.kind() == SqlToken.Kind.WORD) {
                words.add(t.text().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return words;
    }

    /**
     * A {@code pg_dump} schema runs {@code SELECT pg_catalog.set_config('search_path', '', false)}
     * so that it can name everything with its schema; queries, written against the database as it
     * runs, name tables without one. An empty search path left by the schema is reset, so it does
     * not stay in effect for the queries; a search path the schema sets to something is kept.
     */
    private static void clearEmptySearchPath(Connection conn) throws SQLException {
        try (Statement s = conn.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT current_setting('search_path')")) {
            String path = rs.next() ? rs.getString(1) : null;
            if (path != null && (path.isBlank() || path.strip().equals("\"\""))) {
                rs.close();
                s.execute("RESET search_path");
            }
        }
    }

    /**
     * Whether a statement only grants, owns, comments, sets session state or adds an extension or
     * text search setup: nothing a query's parameter or column type comes from.
     */
    static boolean typeNeutral(String statement) {
        List<String> words = words(statement);
        if (words.isEmpty()) {
            return false;
        }
        String first = words.get(0);
        int next = 1;
        if (first.equals("create")) {
            // CREATE OR REPLACE TRIGGER, CREATE CONSTRAINT TRIGGER, CREATE EVENT TRIGGER
            if (words.size() > 2 && words.get(1).equals("or") && words.get(2).equals("replace")) {
                next = 3;
            }
            if (words.size() > next + 1
                    && List.of("constraint", "event").contains(words.get(next))
                    && words.get(next + 1).equals("trigger")) {
                next++;
            }
        }
        String second = words.size() > next ? words.get(next) : "";
        return switch (first) {
            case "grant", "revoke", "comment", "security", "set", "reset" -> true;
            case "create" ->
                List.of(
                                "extension",
                                "role",
                                "user",
                                "group",
                                "publication",
                                "subscription",
                                "text",
                                "index",
                                "unique",
                                "trigger",
                                "policy",
                                "statistics")
                        .contains(second);
            case "alter" ->
                List.of(
                                        "role",
                                        "user",
                                        "group",
                                        "default",
                                        "system",
                                        "publication",
                                        "subscription",
                                        "text",
                                        "extension")
                                .contains(second)
                        || String.join(" ", words).contains(" owner to ");
            default -> false;
        };
    }

    /** [start, end) of each statement: split at {@code ;} outside parentheses, strings and comments. */
    static List<int[]> statements(String schema) {
        List<int[]> out = new ArrayList<>();
        int start = -1;
        int depth = 0;
        for (SqlToken t : SqlLexer.significant(schema, SqlSyntax.POSTGRESQL)) {
            if (t.isPunct(";") && depth == 0) {
                if (start >= 0) {
                    out.add(new int[] {start, t.start()});
                }
                start = -1;
                continue;
            }
            if (start < 0) {
                start = t.start();
            }
            if (t.isPunct("(")) {
                depth++;
            } else if (t.isPunct(")")) {
                depth = Math.max(0, depth - 1);
            }
        }
        if (start >= 0) {
            out.add(new int[] {start, schema.length()});
        }
        return out;
    }
}
