package io.sqlj.it;

import java.util.List;

/** TEMPORARY until sqlite-duckdb lands SqliteTypes.DECLARED_TYPES. */
final class SqliteDeclaredTypes {
  private SqliteDeclaredTypes() {}

  static final List<String> LIST = List.of(
      "INTEGER", "INT", "BIGINT", "SMALLINT", "TINYINT", "SERIAL", "BIGSERIAL",
      "REAL", "DOUBLE", "DOUBLE PRECISION", "FLOAT",
      "TEXT", "VARCHAR(20)", "CHARACTER VARYING", "CLOB",
      "BLOB", "BYTEA",
      "NUMERIC", "DECIMAL(10,2)",
      "BOOLEAN", "BOOL",
      "DATE", "TIME", "TIMESTAMP", "DATETIME",
      "JSON", "JSONB", "UUID",
      "TIMESTAMP WITH TIME ZONE", "TIMESTAMPTZ", "TIME WITH TIME ZONE", "TIMETZ");
}
