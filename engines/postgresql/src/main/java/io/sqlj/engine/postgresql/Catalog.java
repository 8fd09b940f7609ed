package io.sqlj.engine.postgresql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** Small pg_catalog look-ups by table name (as visible on the search path), cached. */
final class Catalog {
  private static final String RELATION = """
      (SELECT c.oid FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relname = ? AND (n.nspname = ? OR (? = '' AND pg_catalog.pg_table_is_visible(c.oid))) LIMIT 1)""";

  private final Connection conn;
  private final Map<String, Integer> columnCounts = new HashMap<>();
  private final Map<String, Boolean> nullable = new HashMap<>();
  private final Map<String, Boolean> hasColumn = new HashMap<>();
  private final Map<String, Integer> arrayDims = new HashMap<>();

  Catalog(Connection conn) {
    this.conn = conn;
  }

  /** The number of columns {@code SELECT *} gives for a table or view, or -1 when unknown. */
  int columnCount(String table) throws SQLException {
    Integer cached = columnCounts.get(table);
    if (cached != null) {
      return cached;
    }
    int count;
    try (PreparedStatement ps = conn.prepareStatement("SELECT count(*) FROM pg_catalog.pg_attribute"
        + " WHERE attrelid = " + RELATION + " AND attnum > 0 AND NOT attisdropped")) {
      bindRelation(ps, 1, table);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        count = rs.getInt(1) == 0 ? -1 : rs.getInt(1);
      }
    }
    columnCounts.put(table, count);
    return count;
  }

  /** True unless the column is declared NOT NULL (unknown columns are nullable). */
  boolean nullable(String table, String column) throws SQLException {
    String key = table + "." + column;
    Boolean cached = nullable.get(key);
    if (cached != null) {
      return cached;
    }
    boolean result = true;
    try (PreparedStatement ps = conn.prepareStatement("SELECT attnotnull FROM pg_catalog.pg_attribute"
        + " WHERE attrelid = " + RELATION + " AND attname = ? AND NOT attisdropped")) {
      int next = bindRelation(ps, 1, table);
      ps.setString(next, column);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          result = !rs.getBoolean(1);
        }
      }
    }
    nullable.put(key, result);
    return result;
  }

  /** True when the table or view has the column (names as PostgreSQL stores them). */
  boolean hasColumn(String table, String column) throws SQLException {
    String key = table + "." + column;
    Boolean cached = hasColumn.get(key);
    if (cached != null) {
      return cached;
    }
    boolean result;
    try (PreparedStatement ps = conn.prepareStatement("SELECT 1 FROM pg_catalog.pg_attribute"
        + " WHERE attrelid = " + RELATION + " AND attname = ? AND attnum > 0 AND NOT attisdropped")) {
      int next = bindRelation(ps, 1, table);
      ps.setString(next, column);
      try (ResultSet rs = ps.executeQuery()) {
        result = rs.next();
      }
    }
    hasColumn.put(key, result);
    return result;
  }

  /**
   * The dimensions a column's declaration writes ({@code int4[][]}: 2), 0 when it writes none or
   * the column is unknown. PostgreSQL does not enforce them; sqlj trusts them.
   */
  int arrayDims(String table, String column) throws SQLException {
    String key = table + "." + column;
    Integer cached = arrayDims.get(key);
    if (cached != null) {
      return cached;
    }
    int result = 0;
    try (PreparedStatement ps = conn.prepareStatement("SELECT attndims FROM pg_catalog.pg_attribute"
        + " WHERE attrelid = " + RELATION + " AND attname = ? AND attnum > 0 AND NOT attisdropped")) {
      int next = bindRelation(ps, 1, table);
      ps.setString(next, column);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          result = rs.getInt(1);
        }
      }
    }
    arrayDims.put(key, result);
    return result;
  }

  private static int bindRelation(PreparedStatement ps, int at, String table) throws SQLException {
    int dot = table.lastIndexOf('.');
    String schema = dot < 0 ? "" : table.substring(0, dot);
    ps.setString(at, dot < 0 ? table : table.substring(dot + 1));
    ps.setString(at + 1, schema);
    ps.setString(at + 2, schema);
    return at + 3;
  }
}
