package io.sqlj.engine.postgresql;

import io.sqlj.engine.sdk.QueryShape;
import io.sqlj.engine.sdk.ScannedSql;
import io.sqlj.engine.v1.Column;
import io.sqlj.sql.SqlToken;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Result columns from the server's row description: types from the column type OIDs;
 * nullability from {@link NotNullProof} over the server's query tree when there is one, else
 * from pg_attribute.attnotnull for columns read from a table (then widened for the nullable
 * side of outer joins) and from {@link NotNullExpr} for expressions.
 */
final class ColumnBuilder {
    /** The select item a column comes from, and the FROM item it reads, when known. */
    private record Origin(List<SqlToken> item, QueryShape.@Nullable Ref ref, String embed) {}

    private final PgTypes types;
    private final Catalog catalog;
    private final QueryShape shape;
    private final ScannedSql scanned;
    private final ServerText text;
    private final @Nullable List<Boolean> notNull;

    /** @param notNull one flag per column proven from the server's query tree, or null without one */
    ColumnBuilder(
            PgTypes types,
            Catalog catalog,
            QueryShape shape,
            ScannedSql scanned,
            ServerText text,
            @Nullable List<Boolean> notNull) {
        this.types = types;
        this.catalog = catalog;
        this.shape = shape;
        this.scanned = scanned;
        this.text = text;
        this.notNull = notNull == null ? null : List.copyOf(notNull);
    }

    /**
     * @param described the row description: per column its label, its type as pgjdbc names it and
     *     the table column it reads (table OID and attribute number, 0 for none)
     */
    List<Column> columns(List<PgSession.ResultField> described) throws SQLException {
        if (described.isEmpty()) {
            return List.of();
        }
        List<Origin> origins = origins(described.size());
        List<Column> columns = new ArrayList<>();
        for (int i = 1; i <= described.size(); i++) {
            PgSession.ResultField field = described.get(i - 1);
            PgType type = types.byName(field.typeName());
            Origin origin = origins == null ? null : origins.get(i - 1);
            // what pgjdbc's ResultSetMetaData says of the column (getBaseTableName, isNullable...),
            // from the catalog's cache instead of one query of pgjdbc's per result
            Catalog.Origin base = catalog.origin(field.tableOid(), field.attnum());
            String table = base == null ? "" : nullToEmpty(base.table());
            String baseSchema = base == null ? "" : nullToEmpty(base.schema());
            boolean nullable;
            if (!table.isEmpty() && type.isArray()) {
                type = type.withDeclaredDims(catalog.arrayDims(
                        baseSchema.isEmpty() ? table : baseSchema + "." + table, base == null ? "" : base.column()));
            } else if (type.isArray() && origin != null) {
                type = type.withDeclaredDims(castDims(NotNullExpr.withoutAlias(origin.item())));
            }
            if (notNull != null) {
                nullable = !notNull.get(i - 1);
            } else if (!table.isEmpty()) {
                nullable = base == null || !base.notNull() || outerNullable(origin, table);
            } else {
                nullable = shape.setOperation || origin == null || !NotNullExpr.provable(origin.item());
            }
            if (type.dataType().equals("void")) {
                nullable = true; // no value: a Void, always null
            }
            Column.Builder column = Column.newBuilder()
                    .setName(field.label())
                    .setDataType(type.dataType())
                    .setJdbcType(type.jdbcType())
                    .setJavaClass(type.javaClass())
                    .setTextForm(type.textForm())
                    .setElementType(type.elementType())
                    .setArrayDelimiter(type.arrayDelimiter())
                    .setNullable(nullable)
                    .setIsArray(type.isArray())
                    .setArrayDims(type.arrayDims())
                    .setTableName(table)
                    .setSchemaName(table.isEmpty() ? "" : baseSchema)
                    .addAllEnumLabels(type.enumLabels())
                    .addAllCompositeAttributes(type.attributes());
            if (origin != null && !origin.embed().isEmpty()) {
                column.setEmbedTable(origin.embed());
            }
            columns.add(column.build());
        }
        return columns;
    }

    /** The dimensions of an expression that ends in a cast to an array type: {@code @x::text[][]} is 2. */
    static int castDims(List<SqlToken> expr) {
        int end = expr.size();
        int dims = 0;
        while (end >= 2 && expr.get(end - 1).isPunct("]") && expr.get(end - 2).isPunct("[")) {
            dims++;
            end -= 2;
        }
        boolean cast = expr.subList(0, end).stream().anyMatch(t -> t.isPunct("::"));
        return cast ? dims : 0;
    }

    private boolean outerNullable(@Nullable Origin origin, String table) {
        if (origin != null && origin.ref() != null) {
            return origin.ref().nullable();
        }
        return shape.refs.stream().anyMatch(r -> r.nullable() && table.equalsIgnoreCase(r.table()));
    }

    /** One origin per column, or null when the select list does not line up with the columns. */
    private @Nullable List<Origin> origins(int count) throws SQLException {
        if (shape.items.isEmpty()) {
            return null;
        }
        List<Origin> out = new ArrayList<>();
        for (List<SqlToken> item : shape.items) {
            String embed = embedAt(item.get(0));
            if (item.size() == 1 && item.get(0).isPunct("*")) {
                for (QueryShape.Ref ref : shape.refs) {
                    if (!repeat(out, item, ref, "")) {
                        return null;
                    }
                }
            } else if (item.size() == 3
                    && item.get(1).isPunct(".")
                    && item.get(2).isPunct("*")) {
                QueryShape.Ref ref = shape.ref(item.get(0).value());
                if (ref == null || !repeat(out, item, ref, embed.isEmpty() ? "" : tableOf(ref, embed))) {
                    return null;
                }
            } else {
                out.add(new Origin(item, qualifier(item), ""));
            }
        }
        return out.size() == count ? out : null;
    }

    private boolean repeat(List<Origin> out, List<SqlToken> item, QueryShape.Ref ref, String embed)
            throws SQLException {
        String table = ref.qualified();
        int n = table == null ? -1 : catalog.columnCount(table);
        for (int k = 0; k < n; k++) {
            out.add(new Origin(item, ref, embed));
        }
        return n > 0;
    }

    /**
     * {@code sqlj.embed(a)} of {@code customers a} embeds {@code customers}: the table, not the
     * alias; of {@code shop.customers a}, {@code shop.customers} (the default schema's {@code
     * public.} left out), so that the model of the right schema's table is embedded.
     */
    private static String tableOf(QueryShape.Ref ref, String embed) {
        String table = ref.qualified();
        if (table == null) {
            return embed;
        }
        int dot = table.lastIndexOf('.');
        return dot < 0 || table.substring(0, dot).equalsIgnoreCase("public") ? table.substring(dot + 1) : table;
    }

    /** The FROM item of {@code q.col [AS x]}, or null. */
    private QueryShape.@Nullable Ref qualifier(List<SqlToken> item) {
        List<SqlToken> e = NotNullExpr.withoutAlias(item);
        if (e.size() == 3
                && e.get(1).isPunct(".")
                && e.get(0).isIdentifier()
                && e.get(2).isIdentifier()) {
            return shape.ref(e.get(0).value());
        }
        return null;
    }

    private String embedAt(SqlToken first) {
        int jdbc = text.jdbcOffset(first.start());
        for (ScannedSql.Embed e : scanned.embeds()) {
            if (e.jdbcOffset() == jdbc) {
                return e.table();
            }
        }
        return "";
    }

    private static String nullToEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}
