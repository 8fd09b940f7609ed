package io.sqlj.engine.sdk;

import io.sqlj.engine.v1.Column;
import io.sqlj.engine.v1.OptionalPredicate;
import io.sqlj.engine.v1.ParseResponse;
import io.sqlj.engine.v1.SortChoice;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports {@code sqlj.optional}, {@code sqlj.sort} and {@code sqlj.embed_list} in a response.
 *
 * <p>The scanner writes each optional predicate and the sort's orderings between marker comments
 * ({@link ScannedSql#OPTIONAL_MARK}, {@link ScannedSql#SORT_MARK}, {@link ScannedSql#END_MARK}),
 * so the engine prepares the query with every predicate and every ordering in place, and the
 * marks survive whatever rewriting the engine does afterwards. {@link #complete} then removes the
 * marks from the response's SQL and turns them into {@code optional_predicates} and {@code sort}.
 * An engine built on this SDK declares {@link #FEATURES} and calls {@link #complete} last.
 */
public final class Macros {

    public static final String FEATURE_OPTIONAL = "optional";
    public static final String FEATURE_SORT = "sort";
    public static final String FEATURE_EMBED_LIST = "embed_list";
    /** The features an engine that calls {@link #complete} has. */
    public static final List<String> FEATURES = List.of(FEATURE_OPTIONAL, FEATURE_SORT, FEATURE_EMBED_LIST);

    private Macros() {}

    /**
     * Removes the marks from {@code response}'s SQL and records where the predicates and
     * orderings are; flags the columns of each {@code sqlj.embed_list}. A response whose SQL lost
     * a mark gets an error diagnostic.
     */
    public static void complete(ParseResponse.Builder response, ScannedSql scanned) {
        String sql = response.getSql();
        if (nextMark(sql, 0) < 0
                && scanned.optionals().isEmpty()
                && scanned.sort().isEmpty()) {
            markLists(response, scanned); // most queries: no mark, nothing to copy (§1am)
            return;
        }
        StringBuilder out = new StringBuilder(sql.length());
        List<int[]> optionalSpans = new ArrayList<>();
        int[] sortSpan = null;
        int from = 0;
        int[] open = null;
        boolean openIsSort = false;
        while (true) {
            int next = nextMark(sql, from);
            if (next < 0) {
                break;
            }
            out.append(sql, from, next);
            if (sql.startsWith(ScannedSql.END_MARK, next)) {
                if (open != null) {
                    open[1] = out.length();
                    if (openIsSort) {
                        sortSpan = open;
                    } else {
                        optionalSpans.add(open);
                    }
                    open = null;
                }
                from = next + ScannedSql.END_MARK.length();
            } else {
                openIsSort = sql.startsWith(ScannedSql.SORT_MARK, next);
                open = new int[] {out.length(), -1};
                from = next + (openIsSort ? ScannedSql.SORT_MARK : ScannedSql.OPTIONAL_MARK).length();
            }
        }
        out.append(sql, from, sql.length());
        if (scanned.optionals().isEmpty() && scanned.sort().isEmpty() && out.length() == sql.length()) {
            markLists(response, scanned);
            return;
        }
        response.setSql(out.toString());
        if (optionalSpans.size() != scanned.optionals().size() || scanned.sort().isPresent() != (sortSpan != null)) {
            response.addDiagnostics(Diagnostics.error(
                    scanned.sql(),
                    0,
                    "the engine lost the marks of sqlj.optional or"
                            + " sqlj.sort while rewriting the query; this is a bug of the engine"));
            return;
        }
        for (int i = 0; i < optionalSpans.size(); i++) {
            int[] span = optionalSpans.get(i);
            response.addOptionalPredicates(OptionalPredicate.newBuilder()
                    .setStart(span[0])
                    .setEnd(span[1])
                    .addAllParameters(scanned.optionals().get(i).placeholders()));
        }
        if (sortSpan != null) {
            ScannedSql.Sort sort = scanned.sort().get();
            response.setSort(SortChoice.newBuilder()
                    .setName(sort.name())
                    .setStart(sortSpan[0])
                    .setEnd(sortSpan[1])
                    .addAllOrderings(sort.orderings()));
        }
        markLists(response, scanned);
    }

    private static int nextMark(String sql, int from) {
        int best = -1;
        for (String mark : List.of(ScannedSql.OPTIONAL_MARK, ScannedSql.SORT_MARK, ScannedSql.END_MARK)) {
            int at = sql.indexOf(mark, from);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    /**
     * Sets {@code embed_list} on the columns of each {@code sqlj.embed_list}: the k-th run of
     * columns with an {@code embed_table} comes from the k-th embed of the select list.
     */
    private static void markLists(ParseResponse.Builder response, ScannedSql scanned) {
        List<ScannedSql.Embed> embeds = scanned.embeds();
        boolean anyList = false;
        for (ScannedSql.Embed embed : embeds) {
            anyList |= embed.list();
        }
        if (!anyList) {
            return; // most queries: no stream set up per query
        }
        int group = -1;
        String previous = "";
        String firstName = "";
        for (int i = 0; i < response.getColumnsCount(); i++) {
            Column column = response.getColumns(i);
            String table = column.getEmbedTable();
            if (table.isEmpty()) {
                previous = "";
                continue;
            }
            // a new embed starts with another table, or with the same table's first column again
            // (sqlj.embed(m), sqlj.embed_list(e) of employees m JOIN employees e)
            if (!table.equals(previous) || column.getName().equalsIgnoreCase(firstName)) {
                group++;
                previous = table;
                firstName = column.getName();
            }
            if (group < embeds.size() && embeds.get(group).list()) {
                response.setColumns(i, column.toBuilder().setEmbedList(true));
            }
        }
    }
}
