package io.sqlj.core;

import io.sqlj.sql.SqlLexer;
import io.sqlj.sql.SqlSyntax;
import io.sqlj.sql.SqlToken;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where statements of a SQL text end, by the shared lexer in the engine's dialect (so {@code ;}
 * inside strings, quoted names, comments and dollar-quoted bodies does not count).
 */
public final class SqlStatements {

    private SqlStatements() {}

    /** Statements that define or configure rather than query: sqlc skips them in query files. */
    private static final Set<String> DDL = Set.of(
            "create",
            "alter",
            "drop",
            "comment",
            "grant",
            "revoke",
            "set",
            "reset",
            "pragma",
            "begin",
            "commit",
            "rollback",
            "truncate",
            "vacuum",
            "analyze",
            "reindex",
            "cluster",
            "refresh",
            "do",
            "savepoint",
            "release",
            "lock",
            "attach",
            "detach",
            "security");

    /**
     * Whether the last significant token of {@code sql} is not a {@code ;}: its last statement runs
     * on. Text that is only comments is not open.
     */
    public static boolean endsOpen(String sql, SqlSyntax syntax) {
        List<SqlToken> tokens = SqlLexer.significant(sql, syntax);
        return !tokens.isEmpty() && !tokens.get(tokens.size() - 1).isPunct(";");
    }

    /**
     * The index just after the {@code ;} that ends the first statement of {@code sql}, or -1 when
     * it has no such {@code ;}.
     */
    public static int firstEnd(String sql, SqlSyntax syntax) {
        return SqlLexer.firstSemicolonEnd(sql, syntax);
    }

    /** The first significant token of {@code sql} that is not a {@code ;}, or null: a statement there. */
    public static @Nullable SqlToken firstStatementToken(String sql, SqlSyntax syntax) {
        for (SqlToken t : SqlLexer.significant(sql, syntax)) {
            if (!t.isPunct(";")) {
                return t;
            }
        }
        return null;
    }

    /**
     * {@code rest} (what follows a statement's {@code ;}) without its {@code ;} tokens: {@code ;;}
     * after a query is no second statement. Empty when only white space remains.
     */
    public static String withoutSemicolons(String rest, SqlSyntax syntax) {
        StringBuilder kept = new StringBuilder();
        for (SqlToken t : SqlLexer.tokenize(rest, syntax)) {
            if (!t.isPunct(";")) {
                kept.append(t.text());
            }
        }
        return kept.toString().isBlank() ? "" : kept.toString();
    }

    /** Whether a statement starting with {@code first} defines the schema rather than queries it. */
    public static boolean isDdl(SqlToken first) {
        return first.kind() == SqlToken.Kind.WORD && DDL.contains(first.text().toLowerCase(Locale.ROOT));
    }
}
