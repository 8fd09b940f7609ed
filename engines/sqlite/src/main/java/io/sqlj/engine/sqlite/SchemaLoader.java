package io.sqlj.engine.sqlite;

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

/**
 * Runs schema text statement by statement, so that an error can name its line and the
 * statements after it still load.
 */
final class SchemaLoader {
    private SchemaLoader() {}

    /**
     * {@code CREATE TABLE sqlite_sequence(name,seq)} and the {@code sqlite_stat} tables, as {@code
     * .schema} prints them: SQLite makes them itself and refuses a CREATE of its reserved names.
     */
    private static final java.util.regex.Pattern INTERNAL_TABLE = java.util.regex.Pattern.compile(
            "(?is)\\s*CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?[\"`\\[]?(sqlite_(?:sequence|stat\\d))\\b");

    /** A statement of the schema and the offset where it starts. */
    record SchemaStatement(String sql, int offset) {}

    /**
     * Runs every statement; returns one diagnostic per failed statement, marked {@code in_schema}
     * and placed at the token SQLite names (else the statement's start) within the schema text.
     */
    static List<Diagnostic> load(Connection conn, String schema) throws SQLException {
        return load(conn, schema, split(schema));
    }

    /**
     * As {@link #load(Connection, String)}, with the schema split already: the engine splits it while
     * the database is still being opened (docs/performance.md §1ak).
     *
     * @param statements {@link #split}{@code (schema)}
     */
    static List<Diagnostic> load(Connection conn, String schema, List<SchemaStatement> statements) throws SQLException {
        List<Diagnostic> errors = new ArrayList<>();
        try (Statement s = conn.createStatement()) {
            for (SchemaStatement stmt : statements) {
                try {
                    s.execute(stmt.sql());
                } catch (SQLException e) {
                    String message = SqliteErrors.message(e);
                    java.util.regex.Matcher internal = INTERNAL_TABLE.matcher(stmt.sql());
                    if (message.contains("object name reserved for internal use") && internal.lookingAt()) {
                        // sqlite3's .schema prints the tables SQLite keeps itself; a dump of it holds them
                        errors.add(Diagnostics.warning(
                                        schema,
                                        stmt.offset(),
                                        "skipped: " + internal.group(1) + " is a table SQLite makes and keeps"
                                                + " itself (sqlite3's .schema prints it), and SQLite refuses to"
                                                + " create it (" + message + "); sqlc reads past it. Leave it"
                                                + " out of the schema to run the file in SQLite")
                                .toBuilder()
                                .setInSchema(true)
                                .build());
                        continue;
                    }
                    if (message.contains("too many attached databases - max 0")) {
                        message = "ATTACH and VACUUM INTO are refused: sqlj loads the schema in memory, and it may not"
                                + " create or open files";
                    }
                    int at = ErrorLocator.locate(
                            message,
                            SqlLexer.significant(stmt.sql(), SqlSyntax.SQLITE),
                            stmt.sql(),
                            prefix -> SqliteErrors.compileError(conn, prefix));
                    int offset = stmt.offset() + Math.max(at, 0);
                    errors.add(Diagnostics.error(schema, offset, message, "SQLITE_ERROR").toBuilder()
                            .setInSchema(true)
                            .build());
                }
            }
        }
        return errors;
    }

    /**
     * Splits at top-level semicolons. A CREATE TRIGGER body has semicolons of its own and ends
     * only at {@code END;}, as in SQLite's own sqlite3_complete().
     */
    static List<SchemaStatement> split(String schema) {
        List<SchemaStatement> out = new ArrayList<>();
        List<SqlToken> significant = new ArrayList<>();
        int start = -1;
        for (SqlToken t : SqlLexer.tokenize(schema, SqlSyntax.SQLITE)) {
            if (t.isTrivia()) {
                continue;
            }
            if (start < 0) {
                start = t.start();
            }
            if (t.isPunct(";") && !insideTrigger(significant)) {
                if (!significant.isEmpty()) {
                    out.add(new SchemaStatement(schema.substring(start, t.start()), start));
                }
                significant.clear();
                start = -1;
                continue;
            }
            significant.add(t);
        }
        if (!significant.isEmpty()) {
            out.add(new SchemaStatement(schema.substring(start), start));
        }
        return out;
    }

    private static boolean insideTrigger(List<SqlToken> tokens) {
        boolean trigger = false;
        for (int i = 0; i < Math.min(tokens.size(), 3); i++) {
            trigger |= tokens.get(i).isWord("TRIGGER");
        }
        return trigger
                && tokens.size() > 1
                && tokens.get(0).isWord("CREATE")
                && !tokens.get(tokens.size() - 1).isWord("END");
    }
}
