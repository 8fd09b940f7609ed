package io.sqlj.engine.sdk;

/**
 * The lexical features of a dialect that change how SQL text splits into tokens.
 *
 * @param bracketIdentifiers {@code [name]} is a quoted identifier (SQLite, SQL Server), not an
 *     array subscript (PostgreSQL)
 * @param dollarQuotedStrings {@code $tag$...$tag$} is a string (PostgreSQL)
 */
public record SqlSyntax(boolean bracketIdentifiers, boolean dollarQuotedStrings) {
  /** SQLite: {@code [name]} identifiers, no dollar-quoted strings. */
  public static final SqlSyntax SQLITE = new SqlSyntax(true, false);
  /** PostgreSQL: dollar-quoted strings, {@code [} is a subscript. */
  public static final SqlSyntax POSTGRESQL = new SqlSyntax(false, true);
  /** Everything the scanner knows: both bracket identifiers and dollar-quoted strings. */
  public static final SqlSyntax LENIENT = new SqlSyntax(true, true);
}
