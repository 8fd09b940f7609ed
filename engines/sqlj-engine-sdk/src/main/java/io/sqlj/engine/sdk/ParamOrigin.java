package io.sqlj.engine.sdk;

import io.sqlj.sql.SqlToken;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The table of the column a parameter meets ({@link ParamNamer.Guess#column()}): a qualifier is
 * looked up among the FROM items of the statement level around the {@code ?} (a subquery's own,
 * then the enclosing ones, for correlated references), or the UPDATE/DELETE target and its alias;
 * an unqualified column belongs to the one table of the innermost level that has it. Anything
 * else (a CTE, a subquery in FROM, two tables with the column) gives no table: then sqlj applies
 * only {@code db_type} overrides, which is safe.
 */
public final class ParamOrigin {

    /** Whether a table has a column: the engine's catalog. */
    @FunctionalInterface
    public interface Columns {
        boolean hasColumn(String table, String column) throws SQLException;
    }

    private static final Set<String> ALIAS_END = Set.of("set", "where", "using", "returning", "from");

    private final List<SqlToken> tokens;
    private final Columns catalog;

    public ParamOrigin(List<SqlToken> tokens, Columns catalog) {
        this.tokens = tokens;
        this.catalog = catalog;
    }

    /** The table, without schema, of {@code guess.column()} around token {@code index}, or "". */
    public String table(int index, ParamNamer.Guess guess) throws SQLException {
        if (guess.column().isEmpty()) {
            return "";
        }
        if (!guess.writtenTable().isEmpty()) {
            String written = guess.writtenTable();
            return written.substring(written.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        }
        for (List<QueryShape.Ref> refs : levels(index)) {
            String table = guess.qualifier().isEmpty()
                    ? unqualified(refs, guess.column())
                    : qualified(refs, guess.qualifier(), guess.column());
            if (table == null) {
                return ""; // ambiguous, or a qualifier naming something that is not a table
            }
            if (!table.isEmpty()) {
                return table.substring(table.lastIndexOf('.') + 1);
            }
        }
        return "";
    }

    /** The table behind {@code qualifier} at this level: "" when not here, null when not a table. */
    private @Nullable String qualified(List<QueryShape.Ref> refs, String qualifier, String column) throws SQLException {
        for (QueryShape.Ref ref : refs) {
            if (ref.alias().equals(qualifier)) {
                return ref.table() != null && catalog.hasColumn(ref.table(), column) ? ref.table() : null;
            }
        }
        return "";
    }

    /** The one table at this level with {@code column}: "" when none, null when several. */
    private @Nullable String unqualified(List<QueryShape.Ref> refs, String column) throws SQLException {
        String found = "";
        for (QueryShape.Ref ref : refs) {
            if (ref.table() != null && catalog.hasColumn(ref.table(), column)) {
                if (!found.isEmpty() && !found.equals(ref.table())) {
                    return null;
                }
                found = ref.table();
            }
        }
        return found;
    }

    /** The FROM items of each statement level around token {@code index}, innermost first. */
    private List<List<QueryShape.Ref>> levels(int index) {
        List<List<QueryShape.Ref>> levels = new ArrayList<>();
        int depth = 0;
        for (int k = index - 1; k >= 0; k--) {
            if (tokens.get(k).isPunct(")")) {
                depth++;
            } else if (tokens.get(k).isPunct("(") && depth-- == 0) {
                depth = 0;
                if (tokens.get(k + 1).isWord("select")) {
                    int close = QueryShape.skipParens(tokens, k);
                    levels.add(QueryShape.of(tokens.subList(k + 1, close - 1)).refs);
                }
            }
        }
        List<QueryShape.Ref> outer = new ArrayList<>(QueryShape.of(tokens).refs);
        target().ifPresent(outer::add);
        levels.add(outer);
        return levels;
    }

    /** The table of {@code UPDATE t [AS] a} or {@code DELETE FROM t [AS] a}, as a FROM item. */
    private Optional<QueryShape.Ref> target() {
        for (int k = 0; k + 1 < tokens.size(); k++) {
            int i = tokens.get(k).isWord("update")
                    ? k + 1
                    : tokens.get(k).isWord("delete") && tokens.get(k + 1).isWord("from") ? k + 2 : -1;
            if (i < 0) {
                continue;
            }
            i += at(i).isWord("only") ? 1 : 0;
            if (!at(i).isIdentifier()) {
                return Optional.empty();
            }
            String table = ParamNamer.folded(at(i)); // schema-qualified, for the catalog look-up
            for (i++; at(i).isPunct(".") && at(i + 1).isIdentifier(); i += 2) {
                table += "." + ParamNamer.folded(at(i + 1));
            }
            i += at(i).isWord("as") ? 1 : 0;
            boolean alias = at(i).isIdentifier() && !ALIAS_END.contains(at(i).key());
            String name = table.substring(table.lastIndexOf('.') + 1);
            return Optional.of(new QueryShape.Ref(alias ? ParamNamer.folded(at(i)) : name, table, false));
        }
        return Optional.empty();
    }

    private SqlToken at(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : new SqlToken(SqlToken.Kind.WHITESPACE, "", 0, 0, true);
    }
}
