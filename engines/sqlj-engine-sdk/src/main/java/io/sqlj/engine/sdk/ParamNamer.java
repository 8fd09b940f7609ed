package io.sqlj.engine.sdk;

import io.sqlj.sql.SqlToken;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Infers an unnamed parameter's name from what surrounds its {@code ?}: the column it is
 * compared with ({@code col = ?}, {@code ? < col}, {@code col = ANY(?)}, {@code col IN (?)},
 * {@code col LIKE ?}), assigned to ({@code SET col = ?}) or inserted into
 * ({@code INSERT INTO t (a, b) VALUES (?, ?)}); {@code from_col}/{@code to_col} for BETWEEN,
 * {@code limit} and {@code offset}.
 */
public final class ParamNamer {
    /**
     * What surrounds one {@code ?}.
     *
     * @param name the inferred name
     * @param writtenTable the table of a column written to (INSERT/UPDATE), or ""
     * @param qualifier the table or alias written before the column compared with ({@code c} of
     *     {@code c.email = ?}), or ""
     * @param column the column compared with, assigned to or inserted into, as PostgreSQL folds it
     *     ({@code Email} → {@code email}), or ""
     */
    public record Guess(String name, String writtenTable, String qualifier, String column) {
        static final Guess NONE = new Guess("", "", "", "");

        Guess renamed(String newName) {
            return new Guess(newName, writtenTable, qualifier, column);
        }

        Guess withoutOrigin() {
            return new Guess(name, writtenTable, "", "");
        }
    }

    private static final Set<String> COMPARISONS = Set.of("=", "<>", "!=", "<", "<=", ">", ">=");
    private static final Set<String> WORD_COMPARISONS = Set.of("like", "ilike");

    private final List<SqlToken> tokens;

    public ParamNamer(List<SqlToken> tokens) {
        this.tokens = tokens;
    }

    /**
     * The guess for the {@code ?} at {@code jdbcOffset}. Its origin column is kept only when the
     * comparison is the whole expression on both sides: in {@code a || b = ?} or {@code col = ?::int}
     * the parameter is named after the column but is not a value of it.
     */
    public Guess guess(int jdbcOffset) {
        int i = indexAt(jdbcOffset);
        if (i < 0) {
            return Guess.NONE;
        }
        Guess g = near(i);
        boolean alone = boundaryBefore(i - 1) && boundaryAfter(i + 1);
        return alone ? g : g.withoutOrigin();
    }

    private Guess near(int i) {
        if (at(i - 1).isWord("limit") || at(i - 1).isWord("offset")) {
            return new Guess(at(i - 1).key(), "", "", "");
        }
        SqlToken inserted = insertedColumn(i);
        if (inserted != null) {
            return new Guess(inserted.value(), target(), "", folded(inserted));
        }
        int j = i - 1;
        if (at(j).isPunct("(")
                && (at(j - 1).isWord("any")
                        || at(j - 1).isWord("all")
                        || at(j - 1).isWord("some"))) {
            j -= 2;
        } else if (at(j).isPunct("(") && at(j - 1).isWord("in")) {
            return column(j - 2, false);
        }
        if (isComparison(at(j))) {
            Guess g = column(j - 1, false);
            if (!g.name().isEmpty() && at(j).isPunct("=") && inSetClause(i)) {
                return new Guess(g.name(), target(), "", g.column());
            }
            return g;
        }
        if (at(j).isWord("between")) {
            Guess g = column(j - 1, false);
            return g.name().isEmpty() ? g : g.renamed("from_" + g.name());
        }
        if (at(j).isWord("and") && at(j - 2).isWord("between")) {
            Guess g = column(j - 3, false);
            return g.name().isEmpty() ? g : g.renamed("to_" + g.name());
        }
        if (isComparison(at(i + 1)) && at(i + 2).isIdentifier() && !at(i + 3).isPunct("(")) {
            return column(i + 2, true);
        }
        return Guess.NONE;
    }

    /** The column ending at (or, forward, starting at) token k: {@code col} or {@code t.col}. */
    private Guess column(int k, boolean forward) {
        int last = k;
        if (forward) {
            while (at(last + 1).isPunct(".") && at(last + 2).isIdentifier()) {
                last += 2;
            }
        }
        SqlToken t = at(last);
        if (!t.isIdentifier() || t.kind() == SqlToken.Kind.WORD && isReserved(t)) {
            return Guess.NONE;
        }
        boolean qualified = at(last - 1).isPunct(".") && at(last - 2).isIdentifier();
        int first = last;
        while (at(first - 1).isPunct(".") && at(first - 2).isIdentifier()) {
            first -= 2;
        }
        Guess g = new Guess(t.value(), "", qualified ? folded(at(last - 2)) : "", folded(t));
        return (forward ? boundaryAfter(last + 1) : boundaryBefore(first - 1)) ? g : g.withoutOrigin();
    }

    /** Token k ends what comes before an operand: a keyword, comparison, {@code (}, {@code ,} or nothing. */
    private boolean boundaryBefore(int k) {
        SqlToken t = at(k);
        return t.kind() == SqlToken.Kind.WORD
                || t.kind() == SqlToken.Kind.WHITESPACE
                || t.isPunct("(")
                || t.isPunct(",")
                || isComparison(t);
    }

    /** Token k starts what follows an operand: a keyword, comparison, {@code )}, {@code ,}, {@code ;} or nothing. */
    private boolean boundaryAfter(int k) {
        SqlToken t = at(k);
        return t.kind() == SqlToken.Kind.WORD
                || t.kind() == SqlToken.Kind.WHITESPACE
                || t.isPunct(")")
                || t.isPunct(",")
                || t.isPunct(";")
                || isComparison(t);
    }

    /** An identifier as PostgreSQL reads it: a bare word in lower case, a quoted one as written. */
    public static String folded(SqlToken t) {
        return t.kind() == SqlToken.Kind.WORD ? t.key() : t.value();
    }

    private static boolean isReserved(SqlToken t) {
        return Set.of(
                        "and", "or", "not", "where", "select", "on", "when", "then", "else", "case", "null", "true",
                        "false", "set", "values", "in", "is")
                .contains(t.key());
    }

    private static boolean isComparison(SqlToken t) {
        return t.kind() == SqlToken.Kind.PUNCT && COMPARISONS.contains(t.text())
                || t.kind() == SqlToken.Kind.WORD && WORD_COMPARISONS.contains(t.key());
    }

    private boolean inSetClause(int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (tokens.get(k).isWord("where") || tokens.get(k).isWord("from")) {
                return false;
            }
            if (tokens.get(k).isWord("set")) {
                return true;
            }
        }
        return false;
    }

    /** For {@code INSERT INTO t (cols) VALUES (..., ?, ...)}: the column at the ?'s place, or null. */
    private @Nullable SqlToken insertedColumn(int i) {
        int open = -1;
        int depth = 0;
        for (int k = i - 1; k >= 0; k--) {
            SqlToken t = tokens.get(k);
            if (t.isPunct(")")) {
                depth++;
            } else if (t.isPunct("(")) {
                if (depth == 0) {
                    open = k;
                    break;
                }
                depth--;
            }
        }
        List<SqlToken> columns;
        if (open >= 1 && (at(open - 1).isWord("values") || at(open - 1).isPunct(","))) {
            columns = insertColumns();
        } else if (open >= 3
                && (at(open - 1).isPunct("=")
                        || at(open - 1).isWord("row") && at(open - 2).isPunct("="))
                && inSetClause(i)) {
            // UPDATE ... SET (a, b) = (?, ?), or = ROW(?, ?): the column at the ?'s place, as sqlc names it
            columns = assignedColumns(at(open - 1).isPunct("=") ? open - 2 : open - 3);
        } else {
            return null;
        }
        List<List<SqlToken>> values =
                QueryShape.split(tokens.subList(open + 1, QueryShape.skipParens(tokens, open) - 1), 0, Set.of());
        int index = -1;
        for (int v = 0; v < values.size(); v++) {
            List<SqlToken> item = values.get(v);
            if (!item.isEmpty() && item.get(0) == tokens.get(i)) {
                index = v;
            }
        }
        return index >= 0 && index < columns.size() && columns.get(index) != null ? columns.get(index) : null;
    }

    /** The columns of {@code SET (a, b) =} whose {@code )} is token {@code close}; empty if it is none. */
    private List<SqlToken> assignedColumns(int close) {
        if (!at(close).isPunct(")")) {
            return List.of();
        }
        int depth = 0;
        for (int k = close; k >= 0; k--) {
            if (tokens.get(k).isPunct(")")) {
                depth++;
            } else if (tokens.get(k).isPunct("(") && --depth == 0) {
                if (!at(k - 1).isWord("set") && !at(k - 1).isPunct(",")) {
                    return List.of();
                }
                return QueryShape.split(tokens.subList(k + 1, close), 0, Set.of()).stream()
                        .map(c -> c.size() == 1 && c.get(0).isIdentifier() ? c.get(0) : null)
                        .toList();
            }
        }
        return List.of();
    }

    private List<SqlToken> insertColumns() {
        for (int k = 0; k + 3 < tokens.size(); k++) {
            if (tokens.get(k).isWord("insert") && tokens.get(k + 1).isWord("into")) {
                int j = k + 3;
                while (at(j).isPunct(".")) {
                    j += 2;
                }
                if (at(j).isWord("as")) {
                    j += 2;
                } else if (at(j).isIdentifier() && !at(j).isWord("values") && !at(j).isWord("select")) {
                    j++;
                }
                if (!at(j).isPunct("(")) {
                    return List.of();
                }
                int close = QueryShape.skipParens(tokens, j);
                return QueryShape.split(tokens.subList(j + 1, close - 1), 0, Set.of()).stream()
                        .map(c -> c.isEmpty() ? null : c.get(0))
                        .toList();
            }
        }
        return List.of();
    }

    /** The table an INSERT or UPDATE writes, or "". */
    public String target() {
        for (int k = 0; k + 2 < tokens.size(); k++) {
            if (tokens.get(k).isWord("insert") && tokens.get(k + 1).isWord("into")) {
                return qualified(k + 2);
            }
            if (tokens.get(k).isWord("update")) {
                return qualified(at(k + 1).isWord("only") ? k + 2 : k + 1);
            }
        }
        return "";
    }

    private String qualified(int k) {
        StringBuilder name = new StringBuilder(at(k).value());
        while (at(k + 1).isPunct(".")) {
            name.append('.').append(at(k + 2).value());
            k += 2;
        }
        return name.toString();
    }

    /** The index of the token starting at {@code jdbcOffset}, or -1. */
    public int tokenIndex(int jdbcOffset) {
        return indexAt(jdbcOffset);
    }

    private int indexAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() == offset) {
                return i;
            }
        }
        return -1;
    }

    private SqlToken at(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : new SqlToken(SqlToken.Kind.WHITESPACE, "", 0, 0, true);
    }
}
