package io.sqlj.engine.mysql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables and views of the current database with their columns, read once from
 * information_schema (the schema does not change while queries are described). Table and
 * column names match case-insensitively, as MySQL matches column names.
 */
final class Catalog {
    /** One column as information_schema.COLUMNS describes it. */
    record Col(
            String table,
            String name,
            String columnType,
            boolean nullable,
            boolean json,
            boolean primaryKey,
            boolean autoIncrement) {
        MyType type() {
            return MyTypes.column(table, name, columnType, json);
        }
    }

    private static final String COLUMNS = """
      SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, DATA_TYPE, COLUMN_KEY, EXTRA
      FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()
      ORDER BY TABLE_NAME, ORDINAL_POSITION""";
    /** MariaDB stores JSON as LONGTEXT with a json_valid() check named after the column. */
    private static final String JSON_CHECKS = """
      SELECT TABLE_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS
      WHERE CONSTRAINT_SCHEMA = DATABASE() AND CHECK_CLAUSE LIKE 'json_valid(%'""";

    private static final Pattern JSON_VALID = Pattern.compile("json_valid\\(`((?:[^`]|``)+)`\\)");

    private final Map<String, List<Col>> tables;

    private Catalog(Map<String, List<Col>> tables) {
        this.tables = tables;
    }

    static Catalog read(Connection conn) throws SQLException {
        Set<String> jsonColumns = jsonColumns(conn);
        Map<String, List<Col>> tables = new LinkedHashMap<>();
        try (Statement s = conn.createStatement();
                ResultSet rs = s.executeQuery(COLUMNS)) {
            while (rs.next()) {
                String table = rs.getString(1);
                String column = rs.getString(2);
                boolean json = rs.getString(5).equalsIgnoreCase("json") || jsonColumns.contains(key(table, column));
                String pk = rs.getString(6);
                tables.computeIfAbsent(table.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(new Col(
                                table,
                                column,
                                rs.getString(3),
                                rs.getString(4).equals("YES"),
                                json,
                                "PRI".equals(pk),
                                rs.getString(7).toLowerCase(Locale.ROOT).contains("auto_increment")));
            }
        }
        for (List<Col> columns : tables.values()) {
            columns.replaceAll(c -> c.columnType().toLowerCase(Locale.ROOT).startsWith("enum(")
                            && c.columnType().contains("?")
                    ? new Col(
                            c.table(),
                            c.name(),
                            exactEnum(conn, c),
                            c.nullable(),
                            c.json(),
                            c.primaryKey(),
                            c.autoIncrement())
                    : c);
        }
        return new Catalog(tables);
    }

    /**
     * The ENUM's COLUMN_TYPE with its labels as the column stores them. information_schema (and
     * SHOW CREATE TABLE) give MariaDB's labels in utf8mb3, where a character outside the Basic
     * Multilingual Plane becomes '?'; so when a label has a '?', the labels are read back from the
     * column itself: a temporary table of the column's type (it changes nothing in the database and
     * ends with the session) gets one row per label number. When the server does not allow that,
     * the type is left unknown, and sqlj refuses it with the override to add rather than generate an
     * enum that lacks a label.
     */
    private static String exactEnum(Connection conn, Col c) {
        int count = MyTypes.labels(c.columnType()).size();
        String probe = "`sqlj_enum_labels`";
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE TEMPORARY TABLE " + probe + " AS SELECT " + quote(c.name()) + " AS v FROM "
                    + quote(c.table()) + " LIMIT 0");
            try {
                StringBuilder insert = new StringBuilder("INSERT INTO " + probe + " (v) VALUES ");
                for (int i = 1; i <= count; i++) {
                    insert.append(i == 1 ? "" : ", ").append('(').append(i).append(')');
                }
                s.execute(insert.toString());
                StringBuilder type = new StringBuilder("enum(");
                try (ResultSet rs = s.executeQuery("SELECT v FROM " + probe + " ORDER BY v + 0")) {
                    for (int i = 0; rs.next(); i++) {
                        type.append(i == 0 ? "" : ",")
                                .append('\'')
                                .append(rs.getString(1).replace("\\", "\\\\").replace("'", "''"))
                                .append('\'');
                    }
                }
                return type.append(')').toString();
            } finally {
                s.execute("DROP TEMPORARY TABLE " + probe);
            }
        } catch (SQLException e) {
            return "enum_labels_unreadable";
        }
    }

    private static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    private static Set<String> jsonColumns(Connection conn) {
        Set<String> out = new HashSet<>();
        try (Statement s = conn.createStatement();
                ResultSet rs = s.executeQuery(JSON_CHECKS)) {
            while (rs.next()) {
                Matcher m = JSON_VALID.matcher(rs.getString(2));
                if (m.matches()) {
                    out.add(key(rs.getString(1), m.group(1).replace("``", "`")));
                }
            }
        } catch (SQLException e) {
            // MySQL's CHECK_CONSTRAINTS has no TABLE_NAME; there JSON columns say so in DATA_TYPE.
        }
        return out;
    }

    private static String key(String table, String column) {
        return (table + "." + column).toLowerCase(Locale.ROOT);
    }

    /** Every table and view, in name order. */
    List<List<Col>> tables() {
        return List.copyOf(tables.values());
    }

    /** The columns of a table or view in declaration order; empty when there is no such table. */
    List<Col> columns(String table) {
        return tables.getOrDefault(unqualified(table).toLowerCase(Locale.ROOT), List.of());
    }

    Optional<Col> column(String table, String column) {
        return columns(table).stream()
                .filter(c -> c.name().equalsIgnoreCase(column))
                .findFirst();
    }

    boolean hasColumn(String table, String column) {
        return column(table, column).isPresent();
    }

    /** The number of columns {@code SELECT *} gives, or -1 when unknown. */
    int columnCount(String table) {
        List<Col> columns = columns(table);
        return columns.isEmpty() ? -1 : columns.size();
    }

    /** True unless the column is declared NOT NULL (unknown columns are nullable). */
    boolean nullable(String table, String column) {
        return column(table, column).map(Col::nullable).orElse(true);
    }

    /** The column an INSERT generates: the AUTO_INCREMENT column, else a single-column primary key. */
    Optional<Col> generatedKey(String table) {
        List<Col> columns = columns(table);
        Optional<Col> auto = columns.stream().filter(Col::autoIncrement).findFirst();
        if (auto.isPresent()) {
            return auto;
        }
        List<Col> keys = columns.stream().filter(Col::primaryKey).toList();
        return keys.size() == 1 ? Optional.of(keys.get(0)) : Optional.empty();
    }

    private static String unqualified(String table) {
        return table.substring(table.lastIndexOf('.') + 1);
    }
}
