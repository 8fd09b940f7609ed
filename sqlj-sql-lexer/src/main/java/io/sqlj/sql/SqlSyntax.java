package io.sqlj.sql;

import java.util.Locale;

/**
 * The lexical features of a dialect that change how SQL text splits into tokens.
 *
 * @param name the dialect's name, for messages
 * @param bracketIdentifiers {@code [name]} is a quoted identifier (SQLite), not an array
 *     subscript (PostgreSQL)
 * @param dollarQuotedStrings {@code $tag$...$tag$} is a string (PostgreSQL)
 * @param dollarNames {@code $name} is a named parameter, as {@code :name} and {@code @name} are
 *     (SQLite); never together with dollar-quoted strings
 * @param backslashEscapes a backslash escapes the next character in {@code '...'} and {@code
 *     "..."} (MySQL's default mode)
 * @param hashComments {@code #} starts a comment to the end of the line (MySQL)
 * @param nestedComments block comments nest: {@code /* /* *&#47; *&#47;} is one comment
 *     (PostgreSQL)
 * @param escapeStrings {@code E'...'} is a string with backslash escapes (PostgreSQL)
 * @param questionOperator in a query whose parameters are {@code $N} or names, {@code ?}, {@code
 *     ?|} and {@code ?&} are operators, not placeholders (PostgreSQL's jsonb operators, as sqlc
 *     reads them)
 */
public record SqlSyntax(
        String name,
        boolean bracketIdentifiers,
        boolean dollarQuotedStrings,
        boolean dollarNames,
        boolean backslashEscapes,
        boolean hashComments,
        boolean nestedComments,
        boolean escapeStrings,
        boolean questionOperator) {

    /** SQLite: {@code [name]} and {@code `name`} identifiers, {@code $name} parameters. */
    public static final SqlSyntax SQLITE =
            new SqlSyntax("sqlite", true, false, true, false, false, false, false, false);

    /**
     * PostgreSQL: dollar-quoted strings, {@code E'...'} strings, nested block comments, {@code ?} an
     * operator beside {@code $N} or named parameters; {@code [} is a subscript.
     */
    public static final SqlSyntax POSTGRESQL =
            new SqlSyntax("postgresql", false, true, false, false, false, true, true, true);

    /** MySQL and MariaDB: backslash escapes in strings, {@code #} comments, backtick identifiers. */
    public static final SqlSyntax MYSQL = new SqlSyntax("mysql", false, false, false, true, true, false, false, false);

    /**
     * DuckDB: PostgreSQL's strings and comments, but {@code ?} is always a placeholder and {@code
     * [...]} is a list ({@code [?, ?]}), never a quoted identifier.
     */
    public static final SqlSyntax DUCKDB = new SqlSyntax("duckdb", false, true, false, false, false, true, true, false);

    /**
     * For text of no known dialect: bracket identifiers and dollar-quoted strings both, nothing that
     * needs to know the dialect (no backslash escapes, no {@code #} comments).
     */
    public static final SqlSyntax LENIENT =
            new SqlSyntax("lenient", true, true, false, false, false, false, false, false);

    public SqlSyntax {
        if (dollarQuotedStrings && dollarNames) {
            throw new IllegalArgumentException("$name cannot be both a parameter and a string's tag");
        }
    }

    /**
     * The syntax of a bundled engine's dialect by the engine's name ({@code sqlite}, {@code
     * postgresql}, {@code mysql}, as in sqlj.yaml; {@code postgres} and {@code mariadb} too; {@code
     * duckdb}, the name the repository's DuckDB engine goes by), else
     * {@link #LENIENT}.
     */
    public static SqlSyntax forEngine(String engine) {
        return switch (engine == null ? "" : engine.toLowerCase(Locale.ROOT)) {
            case "sqlite" -> SQLITE;
            case "postgresql", "postgres" -> POSTGRESQL;
            case "mysql", "mariadb" -> MYSQL;
            case "duckdb" -> DUCKDB;
            default -> LENIENT;
        };
    }
}
