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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Runs the schema text in the scratch database one statement at a time, so a failure can name
 * its line; the first failure stops the load and is reported. A CREATE that fails on a name the
 * server does not know yet runs again after the statements that follow it, as sqlc reads a schema
 * in any order ({@link #forwardReference}). A statement that cannot change a
 * type sqlj reads and that fails only because the private server is not the user's (a grant to
 * a role it lacks, {@code ALTER ... OWNER TO}, {@code COMMENT}, {@code SET ROLE}, an extension or
 * text search parser it does not have), or a row change written for another database, is skipped
 * with a warning instead.
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
        Map<String, String> tempTables = new LinkedHashMap<>();
        List<Deferred> deferred = new ArrayList<>();
        Set<String> standIns = new java.util.HashSet<>();
        try (Statement s = conn.createStatement()) {
            s.setEscapeProcessing(false);
            for (int[] range : statements) {
                String text = schema.substring(range[0], range[1]);
                Optional<TempTable> temp = conn.getAutoCommit() ? TempTable.onCommitDrop(text) : Optional.empty();
                try {
                    if (temp.isPresent()) {
                        String earlier = tempTables.remove(temp.get().key());
                        if (earlier != null) {
                            s.execute(earlier); // its migration's transaction has ended by now
                        }
                        s.execute(temp.get().sql());
                        tempTables.put(temp.get().key(), temp.get().drop());
                    } else {
                        s.execute(text);
                    }
                } catch (PSQLException e) {
                    ServerErrorMessage server = e.getServerErrorMessage();
                    if (server == null) {
                        throw e;
                    }
                    boolean loaded = false;
                    Optional<StandIns.Made> made;
                    // one stand-in after another, while each lets the statement get further
                    while (!loaded
                            && temp.isEmpty()
                            && (made = StandIns.provide(conn, server, !deferrable(conn, text, server, deferred)))
                                    .isPresent()) {
                        if (standIns.add(made.get().kind())) {
                            warnings.add(Diagnostics.warning(
                                            schema,
                                            range[0] + Math.max(0, server.getPosition() - 1),
                                            made.get().warning())
                                    .toBuilder()
                                    .setInSchema(true)
                                    .build());
                        }
                        try {
                            s.execute(text);
                            loaded = true;
                        } catch (PSQLException again) {
                            server = again.getServerErrorMessage();
                            if (server == null) {
                                throw again;
                            }
                        }
                    }
                    if (loaded) {
                        continue;
                    }
                    if (temp.isEmpty() && deferrable(conn, text, server, deferred)) {
                        deferred.add(new Deferred(range, server, server, deferred.isEmpty()));
                        continue;
                    }
                    int position = Math.max(0, server.getPosition() - 1);
                    int at = range[0] + temp.map(t -> t.original(position)).orElse(position);
                    Optional<Diagnostic> failed = failure(conn, schema, range, at, server, warnings);
                    if (failed.isPresent()) {
                        // a statement deferred before this one still failing is the schema's first error
                        Optional<Diagnostic> earlier = retry(s, schema, deferred, warnings, standIns);
                        return upTo(warnings, earlier.orElse(failed.get()));
                    }
                }
            }
            Optional<Diagnostic> failed = retry(s, schema, deferred, warnings, standIns);
            if (failed.isPresent()) {
                return upTo(warnings, failed.get());
            }
        } finally {
            dropTempTables(conn, tempTables.values());
        }
        clearEmptySearchPath(conn);
        return warnings;
    }

    /**
     * The warnings placed before the error, then the error: the load stops at the schema's first
     * error, so what ran after it only because statements were deferred (an index on a table whose
     * CREATE failed) says nothing more.
     */
    static List<Diagnostic> upTo(List<Diagnostic> warnings, Diagnostic error) {
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

    /** Whether a failed statement waits for the statements after it ({@link #forwardReference}). */
    private static boolean deferrable(Connection conn, String text, ServerErrorMessage server, List<Deferred> deferred)
            throws SQLException {
        return conn.getAutoCommit() && forwardReference(text, server.getSQLState(), !deferred.isEmpty());
    }

    /** SQLSTATEs of a name the server does not know (yet): relation, type, function, column, schema. */
    private static final Set<String> UNDEFINED = Set.of("42P01", "42704", "42883", "42703", "3F000");

    /**
     * Whether a failed statement may name something a later statement of the schema creates: a
     * CREATE that fails on an unknown name. sqlc reads the schema into its catalog in any order, so
     * a schema folder whose files are named after their tables ({@code histories.sql} before {@code
     * types.sql}) generates with sqlc; such a statement runs again after the ones that follow it.
     * Once a statement is deferred, any later one failing on an unknown name is deferred too (the
     * {@code ALTER TABLE} of a table whose CREATE waits), so the deferred run in their own order.
     * A DROP or ALTER is not deferred otherwise: run later it would act on what later statements made.
     */
    static boolean forwardReference(String statement, String sqlState, boolean afterDeferred) {
        if (!UNDEFINED.contains(sqlState)) {
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
        List<SqlToken> t = SqlLexer.significant(statement, SqlSyntax.POSTGRESQL);
        return !t.isEmpty() && t.get(0).isWord("create");
    }

    /**
     * A statement that failed on a name a later statement may create: its failure in place and its
     * last; {@code warn} for the first one deferred, where a migration tool running the files in
     * order would stop (the ones after it may fail only on what a deferred statement makes).
     */
    private record Deferred(int[] range, ServerErrorMessage inPlace, ServerErrorMessage last, boolean warn) {}

    /**
     * Runs the deferred statements again in their order, round after round while a round loads one
     * of them; the first one deferred gets a warning at its place when it loads (a migration tool
     * running the files in order would stop there). Those that still fail are reported as if they had failed in place
     * (skipped or the error), the first error returned; {@code deferred} is emptied.
     */
    private static Optional<Diagnostic> retry(
            Statement s, String schema, List<Deferred> deferred, List<Diagnostic> warnings, Set<String> standIns)
            throws SQLException {
        boolean progress = true;
        while (progress && !deferred.isEmpty()) {
            progress = false;
            for (int i = 0; i < deferred.size(); i++) {
                Deferred d = deferred.get(i);
                try {
                    s.execute(schema.substring(d.range()[0], d.range()[1]));
                } catch (PSQLException e) {
                    if (e.getServerErrorMessage() == null) {
                        throw e;
                    }
                    deferred.set(i, new Deferred(d.range(), d.inPlace(), e.getServerErrorMessage(), d.warn()));
                    continue;
                }
                if (d.warn()) {
                    warnings.add(Diagnostics.warning(
                                    schema,
                                    d.range()[0],
                                    "loaded after the statements that follow it, as sqlc reads a schema in any order; run in"
                                            + " order, as a migration tool runs it, it fails: "
                                            + d.inPlace().getMessage()
                                            + " (SQLSTATE " + d.inPlace().getSQLState() + ")")
                            .toBuilder()
                            .setInSchema(true)
                            .build());
                }
                deferred.remove(i--);
                progress = true;
            }
            if (!progress) {
                progress = provideExtension(s, schema, deferred, warnings, standIns)
                        || loadWithoutMissingForeignKey(s, schema, deferred, warnings);
            }
        }
        Optional<Diagnostic> first = Optional.empty();
        for (Deferred d : deferred) {
            int at = d.range()[0] + Math.max(0, d.last().getPosition() - 1);
            Optional<Diagnostic> failed = failure(s.getConnection(), schema, d.range(), at, d.last(), warnings);
            if (failed.isPresent() && first.isEmpty()) {
                first = failed;
            }
        }
        deferred.clear();
        return first;
    }

    private static final java.util.regex.Pattern MISSING_RELATION =
            java.util.regex.Pattern.compile("relation \"([^\"]+)\" does not exist");

    /**
     * Loads the first deferred {@code CREATE TABLE} that still fails on a relation no statement of
     * the schema makes, without its foreign keys to that relation, and warns at the statement; true
     * when one loaded. A service's migrations may reference another service's table in the
     * database both share; sqlc does not check foreign keys, and a foreign key changes no type.
     */
    /**
     * Creates the contrib extension that makes what the first deferred statement still fails on (a
     * type or function of an extension the schema never creates, as a dump of one schema leaves
     * out), when no statement of the schema made it; true when one was made, so the deferred run again.
     */
    private static boolean provideExtension(
            Statement s, String schema, List<Deferred> deferred, List<Diagnostic> warnings, Set<String> standIns)
            throws SQLException {
        for (int i = 0; i < deferred.size(); i++) {
            Deferred d = deferred.get(i);
            Optional<StandIns.Made> made = StandIns.provide(s.getConnection(), d.last(), true);
            if (made.isPresent()) {
                // it waited for what no statement makes: its warning is this one, not that it loaded late
                deferred.set(i, new Deferred(d.range(), d.inPlace(), d.last(), false));
                if (standIns.add(made.get().kind())) {
                    warnings.add(Diagnostics.warning(
                                    schema,
                                    d.range()[0] + Math.max(0, d.last().getPosition() - 1),
                                    made.get().warning())
                            .toBuilder()
                            .setInSchema(true)
                            .build());
                }
                return true;
            }
        }
        return false;
    }

    private static boolean loadWithoutMissingForeignKey(
            Statement s, String schema, List<Deferred> deferred, List<Diagnostic> warnings) throws SQLException {
        for (int i = 0; i < deferred.size(); i++) {
            Deferred d = deferred.get(i);
            String text = schema.substring(d.range()[0], d.range()[1]);
            ServerErrorMessage server = d.last();
            List<String> left = new ArrayList<>();
            while (true) {
                java.util.regex.Matcher m = MISSING_RELATION.matcher(String.valueOf(server.getMessage()));
                if (!"42P01".equals(server.getSQLState()) || !m.matches() || left.contains(m.group(1))) {
                    break;
                }
                Optional<String> without = ForeignKeys.withoutReferencesTo(text, m.group(1));
                if (without.isEmpty()) {
                    break;
                }
                left.add(m.group(1));
                text = without.get();
                try {
                    s.execute(text);
                } catch (PSQLException e) {
                    if (e.getServerErrorMessage() == null) {
                        throw e;
                    }
                    server = e.getServerErrorMessage();
                    continue; // another missing table's foreign key, or it fails for another reason too
                }
                for (String relation : left) {
                    warnings.add(Diagnostics.warning(
                                    schema,
                                    d.range()[0],
                                    "loaded without its foreign key to \"" + relation + "\", which no statement of"
                                            + " the schema makes (sqlc does not check foreign keys; PostgreSQL refuses"
                                            + " the table in a database without it)")
                            .toBuilder()
                            .setInSchema(true)
                            .build());
                }
                deferred.remove(i);
                return true;
            }
        }
        return false;
    }

    /**
     * A statement that failed in place: skipped with a warning (added to {@code warnings}) when it
     * cannot change a type sqlj reads, else the error to report.
     */
    private static Optional<Diagnostic> failure(
            Connection conn, String schema, int[] range, int at, ServerErrorMessage server, List<Diagnostic> warnings)
            throws SQLException {
        String text = schema.substring(range[0], range[1]);
        if (typeNeutral(text) && conn.getAutoCommit()) {
            warnings.add(Diagnostics.warning(
                            schema,
                            range[0],
                            "skipped: " + server.getMessage() + " (SQLSTATE " + server.getSQLState()
                                    + "); the statement cannot change a type sqlj reads")
                    .toBuilder()
                    .setInSchema(true)
                    .build());
            return Optional.empty();
        }
        return Optional.of(Diagnostics.error(schema, at, server.getMessage(), server.getSQLState()).toBuilder()
                .setInSchema(true)
                .build());
    }

    /** The schema's {@code ON COMMIT DROP} tables, gone when it is loaded as at the end of their migrations. */
    private static void dropTempTables(Connection conn, java.util.Collection<String> drops) throws SQLException {
        if (drops.isEmpty() || !conn.getAutoCommit()) {
            return;
        }
        try (Statement s = conn.createStatement()) {
            s.setEscapeProcessing(false);
            for (String drop : drops) {
                s.execute(drop);
            }
        }
    }

    /**
     * {@code CREATE TEMP TABLE t ... ON COMMIT DROP} as a migration tool runs it: inside the
     * migration's transaction, so the table lives until the migration ends, and the statements
     * after it (a backfill that reads it) find it. Loaded one statement at a time, each in its own
     * transaction, it would be gone at once; so it runs as {@code ON COMMIT PRESERVE ROWS} instead,
     * and is dropped before a later statement creates a temporary table of the same name (another
     * migration's) and when the schema is loaded: queries never see it, as in the user's database.
     *
     * @param sql the statement with {@code PRESERVE ROWS} for {@code DROP}
     * @param at where, in the statement as written, the text after {@code DROP} starts
     * @param delta how much longer {@code sql} is from there on
     * @param key the table's name, to find a later table of the same name
     * @param drop the statement that drops it
     */
    record TempTable(String sql, int at, int delta, String key, String drop) {

        private static final String PRESERVE = "PRESERVE ROWS";

        /** A position in {@link #sql} as a position in the statement as written. */
        int original(int position) {
            return position >= at + delta ? position - delta : Math.min(position, at);
        }

        static Optional<TempTable> onCommitDrop(String statement) {
            if (!statement.toLowerCase(java.util.Locale.ROOT).contains("commit")) {
                return Optional.empty(); // not lexed: nearly every statement of a schema
            }
            List<SqlToken> t = SqlLexer.significant(statement, SqlSyntax.POSTGRESQL);
            int i = 0;
            if (t.isEmpty() || !t.get(i++).isWord("create")) {
                return Optional.empty();
            }
            if (i < t.size() && (t.get(i).isWord("global") || t.get(i).isWord("local"))) {
                i++;
            }
            if (i >= t.size() || !(t.get(i).isWord("temp") || t.get(i).isWord("temporary"))) {
                return Optional.empty();
            }
            i++;
            if (i >= t.size() || !t.get(i++).isWord("table")) {
                return Optional.empty();
            }
            if (i + 2 < t.size()
                    && t.get(i).isWord("if")
                    && t.get(i + 1).isWord("not")
                    && t.get(i + 2).isWord("exists")) {
                i += 3;
            }
            if (i >= t.size() || !t.get(i).isIdentifier()) {
                return Optional.empty();
            }
            SqlToken name = t.get(i);
            if (i + 2 < t.size() && t.get(i + 1).isPunct(".") && t.get(i + 2).isIdentifier()) {
                name = t.get(i + 2); // pg_temp.name: a temporary table has no other schema
                i += 2;
            }
            int depth = 0;
            for (int k = i + 1; k + 2 < t.size(); k++) {
                SqlToken token = t.get(k);
                if (token.isPunct("(")) {
                    depth++;
                } else if (token.isPunct(")")) {
                    depth--;
                } else if (depth == 0 && token.isWord("as")) {
                    return Optional.empty(); // the query of CREATE TABLE ... AS comes after ON COMMIT
                } else if (depth == 0
                        && token.isWord("on")
                        && t.get(k + 1).isWord("commit")
                        && t.get(k + 2).isWord("drop")) {
                    SqlToken drop = t.get(k + 2);
                    String sql = statement.substring(0, drop.start()) + PRESERVE + statement.substring(drop.end());
                    String key = name.kind() == SqlToken.Kind.WORD
                            ? name.text().toLowerCase(java.util.Locale.ROOT)
                            : name.value();
                    return Optional.of(new TempTable(
                            sql,
                            drop.end(),
                            PRESERVE.length() - drop.text().length(),
                            key,
                            "DROP TABLE IF EXISTS pg_temp." + name.text()));
                }
            }
            return Optional.empty();
        }
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
     * Whether a statement only grants, owns, comments, sets session state, adds an extension or
     * text search setup, makes, alters or drops an index, trigger, policy or statistics object, or
     * changes rows ({@code INSERT}, {@code UPDATE}, {@code DELETE}, {@code MERGE}, also after
     * {@code WITH}): nothing a query's parameter or column type comes from. sqlc reads no row
     * change of a schema at all.
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
            // rows, not types: a migration's backfill written for another database (taproot-assets
            // and loop run SQLite's unhex() and hex() in theirs, for their SQLite users only)
            case "insert", "update", "delete", "merge" -> true;
            case "with" -> changesRowsOnly(statement);
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
                        || List.of("index", "trigger", "policy", "statistics").contains(second)
                        || String.join(" ", words).contains(" owner to ")
                        || ForeignKeys.addsOnlyForeignKey(statement);
            // an index, trigger, policy... whose CREATE was skipped (stash-box: a ParadeDB index the
            // server cannot make, dropped and made again by a later migration)
            case "drop" ->
                List.of(
                                "index",
                                "trigger",
                                "event",
                                "policy",
                                "statistics",
                                "publication",
                                "subscription",
                                "role",
                                "user",
                                "group",
                                "text")
                        .contains(second);
            default -> false;
        };
    }

    /**
     * Whether a {@code WITH} statement's own statement, after its common table expressions, is an
     * {@code INSERT}, {@code UPDATE}, {@code DELETE} or {@code MERGE}; not a {@code SELECT}, which may
     * call a function that makes what later statements read.
     */
    private static boolean changesRowsOnly(String statement) {
        int depth = 0;
        for (SqlToken t : SqlLexer.significant(statement, SqlSyntax.POSTGRESQL)) {
            if (t.isPunct("(")) {
                depth++;
            } else if (t.isPunct(")")) {
                depth--;
            } else if (depth == 0 && t.kind() == SqlToken.Kind.WORD) {
                String word = t.text().toLowerCase(java.util.Locale.ROOT);
                if (Set.of("insert", "update", "delete", "merge").contains(word)) {
                    return true;
                }
                if (word.equals("select") || word.equals("values") || word.equals("table")) {
                    return false;
                }
            }
        }
        return false;
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
