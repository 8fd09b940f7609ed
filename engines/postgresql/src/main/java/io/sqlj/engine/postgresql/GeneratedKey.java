package io.sqlj.engine.postgresql;

import io.sqlj.engine.v1.Column;
import io.sqlj.sql.SqlToken;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The key column of the table an {@code INSERT} writes ({@code ParseResponse.generated_key}): its
 * single-column primary key, else its only identity or serial column.
 */
final class GeneratedKey {
    private static final String PRIMARY_KEY = """
      SELECT a.attname, a.atttypid, c.relname, n.nspname
      FROM pg_catalog.pg_index i
      JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
      JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE i.indrelid = pg_catalog.to_regclass(?) AND i.indisprimary AND i.indnkeyatts = 1""";
    private static final String GENERATED = """
      SELECT a.attname, a.atttypid, c.relname, n.nspname
      FROM pg_catalog.pg_attribute a
      JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE a.attrelid = pg_catalog.to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped
        AND (a.attidentity <> '' OR pg_catalog.pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%')""";

    private GeneratedKey() {}

    /**
     * The key column of the table {@code tokens} insert into, if the statement is an INSERT and it
     * has one; remembered in {@code known} by the table as written, so that the INSERTs of one table
     * ask the server once.
     */
    static Optional<Column> of(
            Connection conn, PgTypes types, Catalog catalog, List<SqlToken> tokens, Map<String, Optional<Column>> known)
            throws SQLException {
        String table = insertedTable(tokens);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        Optional<Column> cached = known.get(table);
        if (cached != null) {
            return cached;
        }
        Optional<Catalog.KeyColumn> prefetched = catalog.prefetchedKey(table);
        Optional<Column> key;
        if (prefetched != null) {
            // what the two queries below find, read with all the schema's tables in one query
            key = prefetched.isEmpty()
                    ? Optional.empty()
                    : Optional.of(column(
                            types,
                            prefetched.get().name(),
                            (int) prefetched.get().type(),
                            prefetched.get().table(),
                            prefetched.get().schema()));
        } else {
            key = single(conn, types, PRIMARY_KEY, table);
            key = key.isPresent() ? key : single(conn, types, GENERATED, table);
        }
        known.put(table, key);
        return key;
    }

    /** The table as written after {@code INSERT INTO} ({@code public."Orders"}), or "". */
    static String insertedTable(List<SqlToken> tokens) {
        if (tokens.size() < 3
                || !tokens.get(0).isWord("insert")
                || !tokens.get(1).isWord("into")) {
            return "";
        }
        StringBuilder name = new StringBuilder(tokens.get(2).text());
        for (int k = 3; k + 1 < tokens.size() && tokens.get(k).isPunct("."); k += 2) {
            name.append('.').append(tokens.get(k + 1).text());
        }
        return tokens.get(2).isIdentifier() ? name.toString() : "";
    }

    private static Optional<Column> single(Connection conn, PgTypes types, String sql, String table)
            throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String name = rs.getString(1);
                int oid = rs.getInt(2);
                String relation = rs.getString(3);
                String schema = rs.getString(4);
                if (rs.next()) {
                    return Optional.empty(); // two identity or serial columns: neither is the key
                }
                return Optional.of(column(types, name, oid, relation, schema));
            }
        }
    }

    private static Column column(PgTypes types, String name, int oid, String relation, String schema)
            throws SQLException {
        PgType type = types.byOid(oid);
        return Column.newBuilder()
                .setName(name)
                .setDataType(type.dataType())
                .setJdbcType(type.jdbcType())
                .setJavaClass(type.javaClass())
                .setTextForm(type.textForm())
                .setElementType(type.elementType())
                .setArrayDelimiter(type.arrayDelimiter())
                .setIsArray(type.isArray())
                .setArrayDims(type.arrayDims())
                .addAllEnumLabels(type.enumLabels())
                .addAllCompositeAttributes(type.attributes())
                .setNullable(false)
                .setTableName(relation)
                .setSchemaName(schema)
                .build();
    }
}
