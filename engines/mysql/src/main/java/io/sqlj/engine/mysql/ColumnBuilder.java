package io.sqlj.engine.mysql;

import io.sqlj.engine.sdk.QueryShape;
import io.sqlj.engine.sdk.ScannedSql;
import io.sqlj.engine.v1.Column;
import io.sqlj.sql.SqlToken;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Result columns from the server's description of the prepared statement. A column read from a
 * table takes that column's declared type from information_schema (which knows ENUM labels,
 * TINYINT(1) and unsigned widths); an expression takes the type the server describes.
 * Nullability is the server's: it already widens the nullable side of an outer join, but not the
 * grouped columns of {@code GROUP BY ... WITH ROLLUP}, whose super-aggregate rows hold NULL there
 * (MariaDB still flags them NOT NULL): with ROLLUP every column is nullable.
 */
final class ColumnBuilder {
    private final Catalog catalog;
    private final QueryShape shape;
    private final ScannedSql scanned;

    ColumnBuilder(Catalog catalog, QueryShape shape, ScannedSql scanned) {
        this.catalog = catalog;
        this.shape = shape;
        this.scanned = scanned;
    }

    List<Column> columns(ResultSetMetaData md) throws SQLException {
        if (md == null || md.getColumnCount() == 0) {
            return List.of();
        }
        List<String> embeds = embeds(md.getColumnCount());
        boolean rollup = withRollup(scanned.jdbcSql());
        List<Column> columns = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            String table = nullToEmpty(md.getTableName(i));
            Optional<Catalog.Col> source =
                    table.isEmpty() ? Optional.empty() : catalog.column(table, nullToEmpty(md.getColumnName(i)));
            MyType type = source.isPresent() ? source.get().type() : described(md, i);
            Column.Builder column = Column.newBuilder()
                    .setName(md.getColumnLabel(i))
                    .setDataType(type.dataType())
                    .setJdbcType(type.jdbcType())
                    .setJavaClass(type.javaClass())
                    .setNullable(rollup || md.isNullable(i) != ResultSetMetaData.columnNoNulls)
                    .setTableName(source.map(Catalog.Col::table).orElse(""))
                    .addAllEnumLabels(type.enumLabels());
            if (embeds != null && !embeds.get(i - 1).isEmpty()) {
                column.setEmbedTable(embeds.get(i - 1));
            }
            columns.add(column.build());
        }
        return columns;
    }

    /** Whether {@code sql} says {@code WITH ROLLUP} (outside strings and comments). */
    static boolean withRollup(String sql) {
        List<SqlToken> tokens = io.sqlj.sql.SqlLexer.significant(sql, io.sqlj.sql.SqlSyntax.MYSQL);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).isWord("with") && tokens.get(i + 1).isWord("rollup")) {
                return true;
            }
        }
        return false;
    }

    private static MyType described(ResultSetMetaData md, int i) {
        try {
            return MyTypes.described(md.getColumnTypeName(i), md.getPrecision(i));
        } catch (SQLException e) {
            return MyType.of("unknown", "OTHER");
        }
    }

    /**
     * For each column, the table it embeds ({@code sqlj.embed(t)}, rewritten to {@code t.*}) or "";
     * null when there are no embeds or the select list does not line up with the columns.
     */
    private @Nullable List<String> embeds(int count) {
        if (scanned.embeds().isEmpty() || shape.items.isEmpty()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (List<SqlToken> item : shape.items) {
            if (item.size() == 1 && item.get(0).isPunct("*")) {
                for (QueryShape.Ref ref : shape.refs) {
                    int n = ref.table() == null ? -1 : catalog.columnCount(ref.table());
                    if (n < 0) {
                        return null;
                    }
                    out.addAll(java.util.Collections.nCopies(n, ""));
                }
            } else if (item.size() == 3
                    && item.get(1).isPunct(".")
                    && item.get(2).isPunct("*")) {
                QueryShape.Ref ref = shape.ref(item.get(0).value());
                String table = ref == null ? null : ref.table();
                int n = table == null ? -1 : catalog.columnCount(table);
                if (table == null || n < 0) {
                    return null;
                }
                String embed =
                        embedAt(item.get(0)) ? catalog.columns(table).get(0).table() : "";
                out.addAll(java.util.Collections.nCopies(n, embed));
            } else {
                out.add("");
            }
        }
        return out.size() == count ? out : null;
    }

    private boolean embedAt(SqlToken first) {
        return scanned.embeds().stream().anyMatch(e -> e.jdbcOffset() == first.start());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
