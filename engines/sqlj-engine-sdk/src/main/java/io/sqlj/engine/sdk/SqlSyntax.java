package io.sqlj.engine.sdk;

/**
 * The lexical features of a dialect that change how SQL text splits into tokens.
 *
 * @param bracketIdentifiers {@code [name]} is a quoted identifier (SQLite, SQL Server), not an
 *     array subscript (PostgreSQL)
 * @param dollarQuotedStrings {@code $tag$...$tag$} is a string (PostgreSQL)
 * @param dollarNames {@code $name} is a named parameter, as {@code :name} and {@code @name} are
 *     (SQLite); never together with dollar-quoted strings
 */
public record SqlSyntax(boolean bracketIdentifiers, boolean dollarQuotedStrings, boolean dollarNames) {
  /** SQLite: {@code [name]} identifiers, {@code $name} parameters, no dollar-quoted strings. */
  public static final SqlSyntax SQLITE = new SqlSyntax(true, false, true);
  /** PostgreSQL: dollar-quoted strings, {@code [} is a subscript. */
  public static final SqlSyntax POSTGRESQL = new SqlSyntax(false, true, false);
  /**
   * MySQL/MariaDB: no dollar-quoted strings and no bracket identifiers; so {@code ?} is always a
   * placeholder, also in a query that mixes it with {@code sqlc.arg(name)}, as sqlc reads it.
   */
  public static final SqlSyntax MYSQL = new SqlSyntax(false, false, false);
  /** Everything the scanner knows: both bracket identifiers and dollar-quoted strings. */
  public static final SqlSyntax LENIENT = new SqlSyntax(true, true, false);

  /** A dialect without {@code $name} parameters. */
  public SqlSyntax(boolean bracketIdentifiers, boolean dollarQuotedStrings) {
    this(bracketIdentifiers, dollarQuotedStrings, false);
  }

  public SqlSyntax {
    if (dollarQuotedStrings && dollarNames) {
      throw new IllegalArgumentException("$name cannot be both a parameter and a string's tag");
    }
  }
}
