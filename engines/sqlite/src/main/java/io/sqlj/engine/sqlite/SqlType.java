package io.sqlj.engine.sqlite;

import java.util.Locale;

/**
 * A resolved type: SQLite's declared type name, its JDBC mapping, and nullability. An empty
 * {@code dataType} means not known (yet).
 */
record SqlType(String dataType, String jdbcType, boolean nullable) {
  static final SqlType UNKNOWN = new SqlType("", "", true);
  static final SqlType ANY = new SqlType("ANY", "", true);
  static final SqlType BIGINT = new SqlType("INTEGER", "BIGINT", false);
  static final SqlType DOUBLE = new SqlType("REAL", "DOUBLE", false);
  static final SqlType NUMERIC = new SqlType("NUMERIC", "NUMERIC", false);
  static final SqlType TEXT = new SqlType("TEXT", "VARCHAR", false);
  static final SqlType BLOB = new SqlType("BLOB", "BLOB", false);
  static final SqlType BOOLEAN = new SqlType("BOOLEAN", "BOOLEAN", false);

  boolean known() {
    return !dataType.isEmpty();
  }

  SqlType withNullable(boolean value) {
    return value == nullable ? this : new SqlType(dataType, jdbcType, value);
  }

  boolean isNumeric() {
    return switch (jdbcType) {
      case "BIGINT", "DOUBLE", "NUMERIC", "INTEGER", "SMALLINT", "REAL" -> true;
      default -> false;
    };
  }

  /**
   * Maps a column's declared type by SQLite's affinity rules, with the well-known names
   * (BOOLEAN, DATE, DATETIME, TIMESTAMP, TIME, JSON) first. An empty declaration is BLOB, as
   * SQLite's "no affinity" stores any value as given.
   */
  static SqlType declared(String declaration, boolean nullable) {
    String decl = declaration == null ? "" : declaration.trim().toUpperCase(Locale.ROOT);
    String base = decl.replaceAll("\\s*\\(.*$", "").trim();
    String jdbc = switch (base) {
      case "BOOLEAN", "BOOL" -> "BOOLEAN";
      case "DATE" -> "DATE";
      case "DATETIME", "TIMESTAMP" -> "TIMESTAMP";
      case "TIME" -> "TIME";
      case "JSON" -> "VARCHAR";
      default -> affinity(base);
    };
    return new SqlType(decl.isEmpty() ? "BLOB" : decl, jdbc, nullable);
  }

  private static String affinity(String decl) {
    if (decl.contains("INT")) {
      return "BIGINT";
    }
    if (decl.contains("CHAR") || decl.contains("CLOB") || decl.contains("TEXT")) {
      return "VARCHAR";
    }
    if (decl.isEmpty() || decl.contains("BLOB")) {
      return "BLOB";
    }
    if (decl.contains("REAL") || decl.contains("FLOA") || decl.contains("DOUB")) {
      return "DOUBLE";
    }
    if (decl.startsWith("NUMERIC") || decl.startsWith("DECIMAL")) {
      return "NUMERIC";
    }
    return "OTHER";
  }
}
