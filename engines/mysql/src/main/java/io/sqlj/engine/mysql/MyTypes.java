package io.sqlj.engine.mysql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * MySQL and MariaDB types onto JDBC types, chosen so every value of the type survives a round
 * trip through the generated code (docs/mysql.md has the table): unsigned integers widen to the
 * next Java type, {@code BIGINT UNSIGNED} to {@code java.math.BigInteger}, {@code TINYINT(1)} and
 * {@code BIT(1)} are booleans, longer BITs and spatial values are bytes.
 */
public final class MyTypes {
    private MyTypes() {}

    /**
     * One column declaration per row of the mapping (docs/mysql.md), as a schema would write it:
     * every type the engine can report for a table column, signed and unsigned, each BIT and
     * TINYINT kind, each text, binary and spatial kind, MariaDB's own UUID/INET types, and an ENUM
     * and a SET whose labels hold a space, a quote, a backslash and non-ASCII characters. A
     * round-trip test creates a column of each ({@code SERIAL}, always NOT NULL and generated, is
     * a key type, not a value type).
     */
    public static final List<String> DECLARED_TYPES = List.of(
            "BOOLEAN",
            "TINYINT(1)",
            "BIT(1)",
            "BIT(12)",
            "BIT(64)",
            "TINYINT",
            "TINYINT UNSIGNED",
            "SMALLINT",
            "SMALLINT UNSIGNED",
            "MEDIUMINT",
            "MEDIUMINT UNSIGNED",
            "INT",
            "INT UNSIGNED",
            "BIGINT",
            "BIGINT UNSIGNED",
            "DECIMAL(10,2)",
            "DECIMAL(65,30)",
            "DECIMAL(65,0)",
            "FLOAT",
            "DOUBLE",
            "DATE",
            "TIME",
            "TIME(6)",
            "DATETIME",
            "DATETIME(6)",
            "TIMESTAMP(6)",
            "YEAR",
            "CHAR(20)",
            "VARCHAR(255)",
            "VARCHAR(16000)",
            "TINYTEXT",
            "TEXT",
            "MEDIUMTEXT",
            "LONGTEXT",
            "BINARY(5)",
            "VARBINARY(255)",
            "TINYBLOB",
            "BLOB",
            "MEDIUMBLOB",
            "LONGBLOB",
            "JSON",
            "ENUM('two words','''quoted''','back\\\\slash','naïve 😀','so-so')",
            "SET('red','dark blue','über')",
            "GEOMETRY",
            "POINT",
            "LINESTRING",
            "POLYGON",
            "MULTIPOINT",
            "MULTILINESTRING",
            "MULTIPOLYGON",
            "GEOMETRYCOLLECTION",
            "UUID",
            "INET4",
            "INET6");

    /**
     * The type of a table column from information_schema.COLUMNS.
     *
     * @param columnType COLUMN_TYPE: {@code int(10) unsigned}, {@code enum('a','b')}, {@code tinyint(1)}
     * @param json the column holds JSON (MariaDB stores JSON as LONGTEXT with a json_valid check)
     */
    static MyType column(String table, String column, String columnType, boolean json) {
        String type = columnType.trim().toLowerCase(Locale.ROOT);
        if (type.startsWith("enum(")) {
            return new MyType(table + "_" + column, "CHAR", "", labels(columnType));
        }
        if (json) {
            return MyType.of("json", "LONGVARCHAR");
        }
        return byName(type);
    }

    /**
     * The type of an expression as the server describes a prepared statement's column:
     * {@code BIGINT UNSIGNED}, {@code VARCHAR}, {@code JSON}; {@code precision} tells BIT(1) from BIT(n).
     */
    static MyType described(String typeName, int precision) {
        String type = typeName.trim().toLowerCase(Locale.ROOT);
        if (type.equals("bit") && precision > 1) {
            return MyType.of("bit(" + precision + ")", "VARBINARY");
        }
        if (type.equals("boolean")) {
            return MyType.of("tinyint(1)", "BOOLEAN");
        }
        if (type.equals("integer")) {
            return MyType.of("int", "INTEGER");
        }
        if (type.equals("integer unsigned")) {
            return MyType.of("int unsigned", "BIGINT");
        }
        return byName(type);
    }

    /** By a lower-case COLUMN_TYPE or type name: the base name, its length and {@code unsigned}. */
    static MyType byName(String type) {
        boolean unsigned = type.contains(" unsigned");
        int paren = type.indexOf('(');
        String base = (paren < 0 ? type.split(" ")[0] : type.substring(0, paren)).trim();
        String length = paren < 0 ? "" : type.substring(paren + 1, Math.max(paren + 1, type.indexOf(')')));
        String name = unsigned ? base + " unsigned" : base;
        return switch (base) {
            case "tinyint" ->
                length.equals("1") && !unsigned
                        ? MyType.of("tinyint(1)", "BOOLEAN")
                        : MyType.of(name, unsigned ? "SMALLINT" : "TINYINT");
            case "bool", "boolean" -> MyType.of("tinyint(1)", "BOOLEAN");
            case "smallint" -> MyType.of(name, unsigned ? "INTEGER" : "SMALLINT");
            case "mediumint" -> MyType.of(name, "INTEGER");
            case "int", "integer" -> MyType.of(unsigned ? "int unsigned" : "int", unsigned ? "BIGINT" : "INTEGER");
            case "bigint" ->
                unsigned ? new MyType(name, "NUMERIC", "java.math.BigInteger", List.of()) : MyType.of(name, "BIGINT");
            case "decimal", "numeric", "dec", "fixed" -> MyType.of("decimal", "DECIMAL");
            // double, as sqlc's float64: a Java float bound as text ("3.4028235E38") is parsed by the
            // server as a double beyond FLOAT's range; a double of the same value fits.
            case "float" -> MyType.of("float", "DOUBLE");
            case "double", "real", "double precision" -> MyType.of("double", "DOUBLE");
            case "bit" ->
                length.isEmpty() || length.equals("1")
                        ? MyType.of("bit(1)", "BIT")
                        : MyType.of("bit(" + length + ")", "VARBINARY");
            case "date" -> MyType.of("date", "DATE");
            case "time" -> MyType.of("time", "TIME");
            case "datetime" -> MyType.of("datetime", "TIMESTAMP");
            case "timestamp" -> MyType.of("timestamp", "TIMESTAMP");
            case "year" -> MyType.of("year", "SMALLINT");
            case "char" -> MyType.of("char", "CHAR");
            case "varchar", "tinytext", "text", "mediumtext", "longtext", "set", "uuid", "inet4", "inet6" ->
                MyType.of(base, "VARCHAR");
            case "json" -> MyType.of("json", "LONGVARCHAR");
            case "enum" -> MyType.of("enum", "CHAR");
            case "binary" -> MyType.of("binary", "BINARY");
            case "varbinary", "tinyblob", "blob", "mediumblob", "longblob" -> MyType.of(base, "VARBINARY");
            case "geometry",
                    "point",
                    "linestring",
                    "polygon",
                    "multipoint",
                    "multilinestring",
                    "multipolygon",
                    "geometrycollection",
                    "geomcollection" -> MyType.of(base, "VARBINARY");
            case "null" -> MyType.of("null", "VARCHAR");
            default -> MyType.of(base, "OTHER");
        };
    }

    /** The labels of {@code enum('a','it''s')}, unquoted, in order. */
    static List<String> labels(String columnType) {
        List<String> labels = new ArrayList<>();
        int i = columnType.indexOf('(') + 1;
        StringBuilder current = null;
        for (; i < columnType.length(); i++) {
            char c = columnType.charAt(i);
            if (current == null) {
                if (c == '\'') {
                    current = new StringBuilder();
                }
            } else if (c == '\'' && i + 1 < columnType.length() && columnType.charAt(i + 1) == '\'') {
                current.append('\'');
                i++;
            } else if (c == '\\' && i + 1 < columnType.length()) {
                current.append(columnType.charAt(++i));
            } else if (c == '\'') {
                labels.add(current.toString());
                current = null;
            } else {
                current.append(c);
            }
        }
        return labels;
    }
}
