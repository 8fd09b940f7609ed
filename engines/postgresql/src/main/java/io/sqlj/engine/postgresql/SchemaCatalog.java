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
import java.util.Map;

/**
 * The protocol's {@link Catalog} read from pg_catalog: the tables, views and enums of the user's
 * schemas. Columns come in attnum order with their types described by {@link PgTypes} and NOT
 * NULL as pgjdbc reports result columns (the column's or its domain's NOT NULL), so they read
 * exactly like the result columns of {@code SELECT *}.
 */
final class SchemaCatalog {
  /** Schemas that belong to the server, not to the user. */
  private static final String USER_SCHEMA = """
      n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'
      AND n.nspname NOT LIKE 'pg\\_temp%' AND (NOT ? OR n.nspname = ANY (current_schemas(false)))""";
  private static final String COLUMNS = """
      SELECT n.nspname, c.relname, a.attname, a.atttypid, a.attnotnull, a.attndims
      FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND\s""" + USER_SCHEMA
      + " ORDER BY n.nspname, c.relname, a.attnum";
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
  static Catalog read(Connection conn, PgTypes types, boolean searchPathOnly) throws SQLException {
    Map<String, Table.Builder> tables = new LinkedHashMap<>();
    try (PreparedStatement ps = conn.prepareStatement(COLUMNS)) {
      ps.setBoolean(1, searchPathOnly);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String schema = rs.getString(1);
          String table = rs.getString(2);
          PgType type = types.byOid(rs.getInt(4)).withDeclaredDims(rs.getInt(6));
          tables.computeIfAbsent(schema + "." + table, k -> Table.newBuilder()
                  .setName(table).setSchemaName(schema.equals("public") ? "" : schema))
              .addColumns(Column.newBuilder()
                  .setName(rs.getString(3))
                  .setDataType(type.dataType())
                  .setJdbcType(type.jdbcType())
                  .setJavaClass(type.javaClass())
                  .setTextForm(type.textForm())
                  .setElementType(type.elementType())
                  .setNullable(!rs.getBoolean(5) && !type.notNullDomain())
                  .setIsArray(type.isArray())
                  .setArrayDims(type.arrayDims())
                  .setTableName(table)
                  .setSchemaName(schema)
                  .addAllEnumLabels(type.enumLabels()));
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
