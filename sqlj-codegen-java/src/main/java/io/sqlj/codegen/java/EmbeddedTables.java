package io.sqlj.codegen.java;

import io.sqlj.core.ResolvedQuery;
import io.sqlj.engine.v1.Catalog;
import io.sqlj.engine.v1.Column;
import io.sqlj.engine.v1.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tables that queries embed ({@code sqlj.embed(t)}) but the engine's catalog lacks, taken from
 * the embedded columns themselves, so that embedding works with engines that report no catalog.
 */
final class EmbeddedTables {

    private EmbeddedTables() {}

    /** The catalog plus one table per embedded table it does not have. */
    static Catalog complete(Catalog catalog, List<ResolvedQuery> queries) {
        Set<String> known = new HashSet<>();
        catalog.getTablesList().forEach(t -> known.add(TableModel.key(t.getSchemaName(), t.getName())));
        Map<String, List<Column>> found = new LinkedHashMap<>();
        for (ResolvedQuery query : queries) {
            List<Column> columns = query.response().getColumnsList();
            for (int i = 0; i < columns.size(); ) {
                String table = columns.get(i).getEmbedTable();
                int end = table.isEmpty() ? i + 1 : runEnd(columns, i);
                String key = table.toLowerCase(Locale.ROOT);
                if (!table.isEmpty() && !known.contains(key)) {
                    // The reading with the fewest nullable columns is the table's own: others come from
                    // the outer side of a join.
                    List<Column> group = columns.subList(i, end);
                    found.merge(key, group, (a, b) -> nullableCount(b) < nullableCount(a) ? b : a);
                }
                i = end;
            }
        }
        if (found.isEmpty()) {
            return catalog;
        }
        Catalog.Builder completed = catalog.toBuilder();
        found.values().forEach(group -> completed.addTables(table(group)));
        return completed.build();
    }

    /**
     * Where the embed whose first column is {@code start} ends: the columns that follow with the
     * same {@code embed_table} and {@code embed_list}, up to one whose name repeats the first
     * column's. A table's columns have distinct names, so a repeat is the next embed of the same
     * table: {@code sqlc.embed(a), sqlc.embed(b)} of {@code users a JOIN users b} are two runs.
     */
    static int runEnd(List<Column> columns, int start) {
        Column first = columns.get(start);
        int end = start + 1;
        while (end < columns.size()
                && columns.get(end).getEmbedTable().equals(first.getEmbedTable())
                && columns.get(end).getEmbedList() == first.getEmbedList()
                && !columns.get(end).getName().equalsIgnoreCase(first.getName())) {
            end++;
        }
        return end;
    }

    private static Table table(List<Column> group) {
        Table.Builder table = Table.newBuilder().setName(group.get(0).getEmbedTable());
        List<Column> columns = new ArrayList<>();
        for (Column column : group) {
            columns.add(column.toBuilder().clearEmbedTable().build());
        }
        return table.addAllColumns(columns).build();
    }

    private static long nullableCount(List<Column> columns) {
        return columns.stream().filter(Column::getNullable).count();
    }
}
