package io.sqlj.engine.sdk;

import io.sqlj.sql.SqlToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the lexer can tell about the outermost statement: its result items (select list or
 * RETURNING list, split at top-level commas) and the FROM clause's tables with the side of an
 * outer join each is on. Best effort: anything it does not follow leaves {@link #known()} false.
 */
public final class QueryShape {
    /** A FROM item: its alias (or table name), the table when it is one, and whether an outer join can null it. */
    public record Ref(String alias, @Nullable String table, boolean nullable, String schema) {
        public Ref(String alias, @Nullable String table, boolean nullable) {
            this(alias, table, nullable, "");
        }

        /** {@code schema.table} when the FROM item names its schema, else the table; null for a subquery. */
        public @Nullable String qualified() {
            return table == null || schema.isEmpty() ? table : schema + "." + table;
        }
    }

    private static final Set<String> FROM_END = Set.of(
            "where",
            "group",
            "having",
            "window",
            "order",
            "limit",
            "offset",
            "fetch",
            "for",
            "union",
            "intersect",
            "except",
            "returning",
            "on",
            "using");
    private static final Set<String> CLAUSE_END = Set.of(
            "where",
            "group",
            "having",
            "window",
            "order",
            "limit",
            "offset",
            "fetch",
            "for",
            "union",
            "intersect",
            "except",
            "returning");

    public final List<List<SqlToken>> items = new ArrayList<>();
    public final List<Ref> refs = new ArrayList<>();
    public boolean setOperation;

    public static QueryShape of(List<SqlToken> tokens) {
        QueryShape shape = new QueryShape();
        int depth = 0;
        int select = -1;
        int returning = -1;
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if (t.isPunct("(")) {
                depth++;
            } else if (t.isPunct(")")) {
                depth--;
            } else if (depth == 0 && select < 0 && t.isWord("select")) {
                select = i;
            } else if (depth == 0 && t.isWord("returning")) {
                returning = i;
            } else if (depth == 0 && (t.isWord("union") || t.isWord("intersect") || t.isWord("except"))) {
                shape.setOperation = true;
            }
        }
        if (returning >= 0) {
            shape.items.addAll(split(tokens, returning + 1, Set.of()));
        } else if (select >= 0) {
            int from = shape.selectItems(tokens, select + 1);
            if (from >= 0) {
                shape.fromClause(tokens, from + 1);
            }
        }
        return shape;
    }

    /** Reads the select list; returns the index of its FROM, or -1. */
    private int selectItems(List<SqlToken> tokens, int start) {
        int i = start;
        if (i < tokens.size() && tokens.get(i).isWord("all")) {
            i++;
        } else if (i < tokens.size() && tokens.get(i).isWord("distinct")) {
            i++;
            if (i < tokens.size() && tokens.get(i).isWord("on")) {
                i = skipParens(tokens, i + 1);
            }
        }
        Set<String> stop = new java.util.HashSet<>(CLAUSE_END);
        stop.add("from");
        stop.add("into");
        items.addAll(split(tokens, i, stop));
        int end = i;
        for (List<SqlToken> item : items) {
            end = indexOf(tokens, item.get(item.size() - 1)) + 1;
            end = end < tokens.size() && tokens.get(end).isPunct(",") ? end + 1 : end;
        }
        return end < tokens.size() && tokens.get(end).isWord("from") ? end : -1;
    }

    private void fromClause(List<SqlToken> tokens, int start) {
        int i = start;
        boolean nextNullable = false;
        while (i < tokens.size()) {
            SqlToken t = tokens.get(i);
            if (t.kind() == SqlToken.Kind.WORD && CLAUSE_END.contains(t.key()) || t.isPunct(";")) {
                return;
            }
            if (t.isPunct(",")
                    || t.isWord("join")
                    || t.isWord("inner")
                    || t.isWord("cross")
                    || t.isWord("natural")
                    || t.isWord("outer")) {
                i++;
                continue;
            }
            if (t.isWord("left")) {
                nextNullable = true;
                i++;
                continue;
            }
            if (t.isWord("right") || t.isWord("full")) {
                refs.replaceAll(r -> new Ref(r.alias(), r.table(), true, r.schema()));
                nextNullable = t.isWord("full");
                i++;
                continue;
            }
            i = ref(tokens, i, nextNullable);
            nextNullable = false;
            i = skipCondition(tokens, i);
        }
    }

    /** One FROM item starting at i; returns the index after it (and its alias). */
    private int ref(List<SqlToken> tokens, int i, boolean nullable) {
        String table = null;
        String schema = "";
        if (tokens.get(i).isWord("only") || tokens.get(i).isWord("lateral")) {
            i++;
        }
        if (i >= tokens.size()) {
            return i;
        }
        if (tokens.get(i).isPunct("(")) {
            i = skipParens(tokens, i);
        } else {
            table = tokens.get(i).key();
            i++;
            while (i + 1 < tokens.size() && tokens.get(i).isPunct(".")) {
                schema = table;
                table = tokens.get(i + 1).key();
                i += 2;
            }
            if (i < tokens.size() && tokens.get(i).isPunct("(")) {
                i = skipParens(tokens, i);
                table = null;
                schema = "";
            }
        }
        String alias = table;
        if (i < tokens.size() && tokens.get(i).isWord("as")) {
            i++;
        }
        if (i < tokens.size() && tokens.get(i).isIdentifier() && !isKeyword(tokens.get(i))) {
            alias = tokens.get(i).key();
            i++;
            if (i < tokens.size() && tokens.get(i).isPunct("(")) {
                i = skipParens(tokens, i);
            }
        }
        refs.add(new Ref(alias == null ? "" : alias, table, nullable, schema == null ? "" : schema));
        return i;
    }

    private static int skipCondition(List<SqlToken> tokens, int i) {
        if (i >= tokens.size() || !(tokens.get(i).isWord("on") || tokens.get(i).isWord("using"))) {
            return i;
        }
        int depth = 0;
        for (i++; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if (t.isPunct("(")) {
                depth++;
            } else if (t.isPunct(")")) {
                depth--;
            } else if (depth == 0
                    && (t.isPunct(",")
                            || isJoinWord(t)
                            || t.isPunct(";")
                            || t.kind() == SqlToken.Kind.WORD && CLAUSE_END.contains(t.key()))) {
                return i;
            }
        }
        return i;
    }

    private static boolean isJoinWord(SqlToken t) {
        return t.isWord("join")
                || t.isWord("left")
                || t.isWord("right")
                || t.isWord("full")
                || t.isWord("inner")
                || t.isWord("cross")
                || t.isWord("natural");
    }

    private static boolean isKeyword(SqlToken t) {
        return t.kind() == SqlToken.Kind.WORD && (FROM_END.contains(t.key()) || isJoinWord(t));
    }

    public static int skipParens(List<SqlToken> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).isPunct("(")) {
                depth++;
            } else if (tokens.get(i).isPunct(")") && --depth == 0) {
                return i + 1;
            }
        }
        return tokens.size();
    }

    /** Items from {@code start} split at top-level commas, ending at a stop word or {@code ;}. */
    public static List<List<SqlToken>> split(List<SqlToken> tokens, int start, Set<String> stop) {
        List<List<SqlToken>> out = new ArrayList<>();
        List<SqlToken> current = new ArrayList<>();
        int depth = 0;
        for (int i = start; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if (depth == 0 && (t.isPunct(";") || t.kind() == SqlToken.Kind.WORD && stop.contains(t.key()))) {
                break;
            }
            if (t.isPunct("(") || t.isPunct("[")) {
                depth++;
            } else if (t.isPunct(")") || t.isPunct("]")) {
                depth--;
            }
            if (depth == 0 && t.isPunct(",")) {
                out.add(current);
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    private static int indexOf(List<SqlToken> tokens, SqlToken token) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i) == token) {
                return i;
            }
        }
        return -1;
    }

    /** The FROM item named {@code alias}, or null. */
    public @Nullable Ref ref(String alias) {
        String key = alias.toLowerCase(Locale.ROOT);
        return refs.stream().filter(r -> r.alias().equals(key)).findFirst().orElse(null);
    }
}
