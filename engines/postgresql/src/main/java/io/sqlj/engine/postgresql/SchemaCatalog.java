package io.sqlj.engine.postgresql;

import io.sqlj.engine.v1.Catalog;
import io.sqlj.engine.v1.Column;
import io.sqlj.engine.v1.EnumType;
import io.sqlj.engine.v1.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The protocol's {@link Catalog} read from pg_catalog: the tables, views and enums of the user's
 * schemas. Columns come in attnum order with their types described by {@link PgTypes}; a
 * table's NOT NULL is the column's or its domain's, a view's what the engine proves for
 * {@code SELECT * FROM} it, so they read exactly like the result columns of {@code SELECT *}.
 */
final class SchemaCatalog {
    /** What the engine proves about {@code SELECT * FROM} a view: one flag per column, or null. */
    interface ViewProof {
        @Nullable
        List<Boolean> notNull(String schema, String view) throws SQLException;
    }

    /** Schemas that belong to the server, not to the user. */
    private static final String USER_SCHEMA = """
      n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'
      AND n.nspname NOT LIKE 'pg\\_temp%' AND (NOT ? OR n.nspname = ANY (current_schemas(false)))""";

    private static final String COLUMNS = """
      SELECT n.nspname, c.relname, a.attname, a.atttypid, a.attnotnull, c.relkind, a.attndims
      FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND\s""" + USER_SCHEMA + " ORDER BY n.nspname, c.relname, a.attnum";
    private static final String ENUMS = """
      SELECT t.oid, n.nspname, t.typname
      FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
      WHERE t.typtype = 'e' AND\s""" + USER_SCHEMA + " ORDER BY n.nspname, t.typname";

    private SchemaCatalog() {}

    /**
     * Reads the catalog.
     *
     * @param searchPathOnly only the schemas on the search path (database mode: a live database
     *     may hold many schemas the project never reads)
     */
    static Catalog read(Connection conn, PgTypes types, boolean searchPathOnly, ViewProof views) throws SQLException {
        Map<String, Table.Builder> tables = new LinkedHashMap<>();
        Map<String, String[]> viewNames = new LinkedHashMap<>();
        try (PreparedStatement ps = conn.prepareStatement(COLUMNS)) {
            ps.setBoolean(1, searchPathOnly);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String schema = rs.getString(1);
                    String table = rs.getString(2);
                    PgType type = types.byOid(rs.getInt(4)).withDeclaredDims(rs.getInt(7));
                    if ("v".equals(rs.getString(6))) {
                        viewNames.put(schema + "." + table, new String[] {schema, table});
                    }
                    tables.computeIfAbsent(
                                    schema + "." + table,
                                    k -> Table.newBuilder()
                                            .setName(table)
                                            .setSchemaName(schema.equals("public") ? "" : schema))
                            .addColumns(Column.newBuilder()
                                    .setName(rs.getString(3))
                                    .setDataType(type.dataType())
                                    .setJdbcType(type.jdbcType())
                                    .setJavaClass(type.javaClass())
                                    .setTextForm(type.textForm())
                                    .setElementType(type.elementType())
                                    .setArrayDelimiter(type.arrayDelimiter())
                                    .setNullable(!rs.getBoolean(5) && !type.notNullDomain())
                                    .setIsArray(type.isArray())
                                    .setArrayDims(type.arrayDims())
                                    .setTableName(table)
                                    .setSchemaName(schema)
                                    .addAllEnumLabels(type.enumLabels())
                                    .addAllCompositeAttributes(type.attributes()));
                }
            }
        }
        for (Map.Entry<String, String[]> v : viewNames.entrySet()) {
            Table.Builder view = tables.get(v.getKey());
            List<Boolean> notNull = views.notNull(v.getValue()[0], v.getValue()[1]);
            if (view != null && notNull != null && notNull.size() == view.getColumnsCount()) {
                for (int i = 0; i < notNull.size(); i++) {
                    view.getColumnsBuilder(i).setNullable(!notNull.get(i));
                }
            }
        }
        Catalog.Builder catalog = Catalog.newBuilder();
        tables.values().forEach(catalog::addTables);
        try (PreparedStatement ps = conn.prepareStatement(ENUMS)) {
            ps.setBoolean(1, searchPathOnly);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    PgType type = types.byOid(rs.getInt(1));
                    String schema = rs.getString(2);
                    catalog.addEnums(EnumType.newBuilder()
                            .setName(type.dataType())
                            .setSchemaName(schema.equals("public") ? "" : schema)
                            .addAllLabels(type.enumLabels()));
                }
            }
        }
        return catalog.build();
    }
}
