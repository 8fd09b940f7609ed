package io.sqlj.engine.sqlite;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How a declared SQLite type travels through xerial sqlite-jdbc: the one place that knows
 * SQLite's type names. SQLite stores every value as INTEGER, REAL, TEXT or BLOB; a column's
 * declared type only gives it an affinity. So the engine reports, for each declaration, the
 * JDBC type whose getter and setter carry the values such a column holds exactly:
 *
 * <ul>
 *   <li>INTEGER affinity (the name contains {@code INT}): {@code BIGINT}, 64-bit.
 *   <li>TEXT affinity ({@code CHAR}, {@code CLOB}, {@code TEXT}): {@code VARCHAR}.
 *   <li>BLOB affinity: {@code BLOB} for {@code BLOB}; no type at all (and {@code ANY}) is {@code
 *       OTHER} with the Java class {@code Object}: any value, as sqlc's {@code interface{}}.
 *   <li>REAL affinity ({@code REAL}, {@code FLOA}, {@code DOUB}): {@code DOUBLE}.
 *   <li>NUMERIC affinity, by name: {@code BOOLEAN}; {@code DATE}, {@code TIME}, {@code
 *       TIMESTAMP}/{@code DATETIME} (xerial writes and reads java.time values as ISO text);
 *       {@code NUMERIC}/{@code DECIMAL}; the JSON, UUID and time-zone names as {@code VARCHAR}
 *       (the driver has no getter for {@code UUID} or {@code OffsetDateTime}, so their text
 *       travels); {@code BYTEA} as {@code BLOB}; serials as {@code BIGINT}. Any other name
 *       ({@code MONEY}, {@code INET}...) is {@code OTHER} with the Java class {@code Object}:
 *       SQLite stores an integer, a real, text or a blob there (text that looks like a number
 *       becomes one), and only {@code Object} carries all four, as sqlc's {@code interface{}}.
 *       {@link AnyValueTypes} warns once per such name.
 * </ul>
 *
 * <p>docs/generated-code.md has the same table for users.
 */
public final class SqliteTypes {

    /**
     * One declaration per row of the mapping, as a schema would write it: what the engine can
     * report. A round-trip test creates a column of each.
     */
    public static final List<String> DECLARED_TYPES = List.of(
            "INTEGER",
            "INT",
            "BIGINT",
            "SMALLINT",
            "TINYINT",
            "SERIAL",
            "BIGSERIAL",
            "REAL",
            "DOUBLE",
            "DOUBLE PRECISION",
            "FLOAT",
            "TEXT",
            "VARCHAR(20)",
            "CHARACTER VARYING",
            "CLOB",
            "BLOB",
            "BYTEA",
            "NUMERIC",
            "DECIMAL(10,2)",
            "BOOLEAN",
            "BOOL",
            "DATE",
            "TIME",
            "TIMESTAMP",
            "DATETIME",
            "JSON",
            "JSONB",
            "UUID",
            "CITEXT",
            "TIMESTAMP WITH TIME ZONE",
            "TIMESTAMPTZ",
            "TIME WITH TIME ZONE",
            "TIMETZ",
            "MONEY");

    /** The declared name of SQLite's binary JSON, read back as text through {@code json(...)}. */
    static final String JSONB = "JSONB";

    /** NUMERIC-affinity names with a mapping of their own, by the name without its size. */
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("BOOLEAN", "BOOLEAN"),
            Map.entry("BOOL", "BOOLEAN"),
            Map.entry("DATE", "DATE"),
            Map.entry("TIME", "TIME"),
            Map.entry("TIME WITHOUT TIME ZONE", "TIME"),
            Map.entry("DATETIME", "TIMESTAMP"),
            Map.entry("TIMESTAMP", "TIMESTAMP"),
            Map.entry("TIMESTAMP WITHOUT TIME ZONE", "TIMESTAMP"),
            Map.entry("NUMERIC", "NUMERIC"),
            Map.entry("DECIMAL", "NUMERIC"),
            Map.entry("JSON", "VARCHAR"),
            Map.entry(JSONB, "VARCHAR"),
            Map.entry("UUID", "VARCHAR"),
            Map.entry("TIMESTAMPTZ", "VARCHAR"),
            Map.entry("TIMESTAMP WITH TIME ZONE", "VARCHAR"),
            Map.entry("TIMETZ", "VARCHAR"),
            Map.entry("TIME WITH TIME ZONE", "VARCHAR"),
            Map.entry("BYTEA", "BLOB"),
            Map.entry("SERIAL", "BIGINT"),
            Map.entry("BIGSERIAL", "BIGINT"),
            Map.entry("SMALLSERIAL", "BIGINT"),
            Map.entry("SERIAL2", "BIGINT"),
            Map.entry("SERIAL4", "BIGINT"),
            Map.entry("SERIAL8", "BIGINT"),
            Map.entry("CITEXT", "VARCHAR"));

    /** A parenthesized size or precision, and the spaces before it: {@code VARCHAR (20)}. */
    private static final Pattern SIZE = Pattern.compile("\\s*\\(.*?\\)");

    private SqliteTypes() {}

    /**
     * The {@code java.sql.JDBCType} name the engine reports for a column declared {@code
     * declaration} ("OTHER", with the Java class {@code Object}, for one that holds any value): what
     * a round-trip test needs to pick its values.
     */
    public static String jdbcTypeOf(String declaration) {
        return jdbcType(normalize(declaration));
    }

    /** The declaration in upper case with single spaces; "" for none. */
    static String normalize(String declaration) {
        if (declaration == null) {
            return "";
        }
        // as declaration.trim().replaceAll("\\s+", " "), without compiling a pattern at every call
        String trimmed = declaration.trim();
        StringBuilder out = new StringBuilder(trimmed.length());
        boolean inSpace = false;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                out.append(c);
            } else if (!inSpace) {
                out.append(' ');
            }
            inSpace = space;
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /** The JDBC type name the engine reports for a normalized declaration. */
    static String jdbcType(String decl) {
        String base = (decl.indexOf('(') < 0 ? decl : SIZE.matcher(decl).replaceAll("")).trim();
        // SQLite's affinity rules, in its order; a name only decides within NUMERIC affinity.
        if (base.contains("INT")) {
            return "BIGINT";
        }
        if (base.contains("CHAR") || base.contains("CLOB") || base.contains("TEXT")) {
            return "VARCHAR";
        }
        if (base.isEmpty()) {
            return "OTHER"; // no type: any value, read as an Object (SqlType.GENERIC)
        }
        if (base.contains("BLOB")) {
            return "BLOB";
        }
        if (base.contains("REAL") || base.contains("FLOA") || base.contains("DOUB")) {
            return "DOUBLE";
        }
        return NAMED.getOrDefault(base, "OTHER");
    }

    /** True for SQLite's binary JSON, whose bytes mean nothing as text. */
    static boolean isJsonb(String dataType) {
        return normalize(dataType).equals(JSONB);
    }
}
