package io.sqlj.engine.postgresql;

import io.sqlj.engine.sdk.QueryShape;
import io.sqlj.sql.SqlToken;
import java.util.List;
import java.util.Set;

/**
 * Decides from its tokens whether a result expression can never be NULL: literals, count(...)
 * (with FILTER too), a scalar subquery of a lone count(...) that always returns one row, EXISTS,
 * row_number() and friends, now() and the current_* values, coalesce with such an argument, and
 * casts of any of these. Everything else is nullable. This is the fallback for servers that send
 * no query tree (see {@link NotNullProof}).
 */
final class NotNullExpr {
    private static final Set<String> NEVER_NULL_CALLS = Set.of(
            "count",
            "exists",
            "row_number",
            "rank",
            "dense_rank",
            "percent_rank",
            "cume_dist",
            "ntile",
            "now",
            "clock_timestamp",
            "statement_timestamp",
            "transaction_timestamp",
            "gen_random_uuid",
            "random",
            "version",
            "current_database",
            "current_schema");
    private static final Set<String> NEVER_NULL_WORDS = Set.of(
            "true",
            "false",
            "current_date",
            "current_time",
            "current_timestamp",
            "localtime",
            "localtimestamp",
            "current_user",
            "session_user",
            "user");

    /** Words that, outside parentheses, can make an aggregate query return no row or many. */
    private static final Set<String> ONE_ROW_BREAKERS =
            Set.of("group", "having", "limit", "offset", "fetch", "union", "intersect", "except", "over", "window");

    private NotNullExpr() {}

    /** The item's expression, without a trailing {@code [AS] alias}. */
    static boolean provable(List<SqlToken> item) {
        return expr(withoutAlias(item));
    }

    static List<SqlToken> withoutAlias(List<SqlToken> item) {
        int n = item.size();
        if (n >= 3 && item.get(n - 2).isWord("as")) {
            return item.subList(0, n - 2);
        }
        if (n >= 2 && item.get(n - 1).isIdentifier() && endsExpression(item.get(n - 2))) {
            return item.subList(0, n - 1);
        }
        return item;
    }

    private static boolean endsExpression(SqlToken t) {
        return t.isPunct(")")
                || t.kind() == SqlToken.Kind.NUMBER
                || t.kind() == SqlToken.Kind.STRING
                || t.kind() == SqlToken.Kind.WORD && !t.isWord("distinct");
    }

    private static boolean expr(List<SqlToken> e) {
        if (e.isEmpty()) {
            return false;
        }
        // expr::type
        int cast = lastTopLevel(e, "::");
        if (cast > 0) {
            return expr(e.subList(0, cast));
        }
        SqlToken first = e.get(0);
        if (first.isPunct("(")
                && e.size() > 2
                && e.get(1).isWord("select")
                && QueryShape.skipParens(e, 0) == e.size()) {
            return scalarCount(e.subList(1, e.size() - 1));
        }
        if (e.size() == 1) {
            return first.kind() == SqlToken.Kind.NUMBER
                    || first.kind() == SqlToken.Kind.STRING
                    || first.kind() == SqlToken.Kind.WORD && NEVER_NULL_WORDS.contains(first.key());
        }
        if (first.kind() == SqlToken.Kind.WORD && e.get(1).isPunct("(")) {
            int close = QueryShape.skipParens(e, 1);
            List<SqlToken> args = e.subList(2, Math.max(2, close - 1));
            boolean whole = close == e.size() || isOver(e, close) || isFilter(e, close);
            if (!whole) {
                return false;
            }
            if (NEVER_NULL_CALLS.contains(first.key())) {
                return true;
            }
            if (first.isWord("coalesce")) {
                return QueryShape.split(args, 0, Set.of()).stream().anyMatch(NotNullExpr::expr);
            }
            if (first.isWord("cast")) {
                int as = lastTopLevel(args, "as");
                return as > 0 && expr(args.subList(0, as));
            }
        }
        return false;
    }

    /** {@code FILTER (WHERE ...)}, perhaps then {@code OVER (...)}, up to the end. */
    private static boolean isFilter(List<SqlToken> e, int i) {
        if (!e.get(i).isWord("filter") || i + 1 >= e.size() || !e.get(i + 1).isPunct("(")) {
            return false;
        }
        int end = QueryShape.skipParens(e, i + 1);
        return end == e.size() || isOver(e, end);
    }

    /**
     * {@code SELECT count(...) [FILTER (...)] [FROM ... WHERE ...]}: an aggregate without GROUP
     * BY, HAVING, LIMIT, OFFSET or a set operation returns exactly one row, so the subquery has a
     * value.
     */
    private static boolean scalarCount(List<SqlToken> select) {
        int depth = 0;
        for (SqlToken t : select) {
            if (t.isPunct("(")) {
                depth++;
            } else if (t.isPunct(")")) {
                depth--;
            } else if (depth == 0 && t.kind() == SqlToken.Kind.WORD && ONE_ROW_BREAKERS.contains(t.key())) {
                return false;
            }
        }
        QueryShape inner = QueryShape.of(select);
        if (inner.items.size() != 1) {
            return false;
        }
        List<SqlToken> item = withoutAlias(inner.items.get(0));
        if (item.size() < 3 || !item.get(0).isWord("count") || !item.get(1).isPunct("(")) {
            return false;
        }
        int close = QueryShape.skipParens(item, 1);
        return close == item.size()
                || item.get(close).isWord("filter")
                        && close + 1 < item.size()
                        && item.get(close + 1).isPunct("(")
                        && QueryShape.skipParens(item, close + 1) == item.size();
    }

    private static boolean isOver(List<SqlToken> e, int i) {
        return e.get(i).isWord("over") && QueryShape.skipParens(e, i + 1) == e.size();
    }

    private static int lastTopLevel(List<SqlToken> e, String what) {
        int depth = 0;
        int found = -1;
        for (int i = 0; i < e.size(); i++) {
            SqlToken t = e.get(i);
            if (t.isPunct("(")) {
                depth++;
            } else if (t.isPunct(")")) {
                depth--;
            } else if (depth == 0 && (t.isPunct(what) || t.isWord(what))) {
                found = i;
            }
        }
        return found;
    }
}
