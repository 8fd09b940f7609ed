package io.sqlj.engine.sqlite;

import io.sqlj.engine.v1.Column;
import io.sqlj.sql.SqlLexer;
import io.sqlj.sql.SqlSyntax;
import io.sqlj.sql.SqlToken;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** The tables and views of a loaded schema, read back from SQLite itself. */
final class Catalog {
    /** A column of a table as declared. */
    record TableColumn(String name, SqlType type) {}

    /**
     * A table or view and its columns in declaration order (hidden columns left out).
     *
     * @param key what an INSERT generates: the single-column primary key, else the rowid; null for
     *     a view and for a WITHOUT ROWID table with a composite key
     */
    record Table(
            String name,
            List<TableColumn> columns,
            @Nullable TableColumn key) {
        Table(String name, List<TableColumn> columns) {
            this(name, columns, null);
        }

        @Nullable
        TableColumn column(String columnName) {
            for (TableColumn c : columns) {
                if (c.name().equalsIgnoreCase(columnName)) {
                    return c;
                }
            }
            return null;
        }
    }

    private final Map<String, Table> tables;

    /**
     * The shadow tables of virtual tables, by lower-case name: where FTS3/4/5, R*Tree and the like
     * keep their data ({@code notes_ft_data}, {@code notes_ft_content}, {@code places_node}...).
     * Queries may read them; they get no model, as in sqlc, whose schema never has them.
     */
    private final Set<String> shadows;

    private Catalog(Map<String, Table> tables, Set<String> shadows) {
        this.tables = tables;
        this.shadows = shadows;
    }

    static Catalog empty() {
        return new Catalog(Map.of(), Set.of());
    }

    @Nullable
    Table table(String name) {
        return tables.get(name.toLowerCase(Locale.ROOT));
    }

    /**
     * The tables and views that get a model, sorted by name: every one but SQLite's own ({@code
     * sqlite_sequence}...) and the shadow tables of virtual tables.
     */
    List<Table> modelTables() {
        List<Table> out = new ArrayList<>();
        for (Table t : new TreeMap<>(tables).values()) {
            String lower = t.name().toLowerCase(Locale.ROOT);
            if (!lower.startsWith("sqlite_") && !shadows.contains(lower)) {
                out.add(t);
            }
        }
        return out;
    }

    /** The protocol's view: the {@link #modelTables()}, columns in declaration order. */
    io.sqlj.engine.v1.Catalog toProto() {
        io.sqlj.engine.v1.Catalog.Builder out = io.sqlj.engine.v1.Catalog.newBuilder();
        for (Table t : modelTables()) {
            io.sqlj.engine.v1.Table.Builder table =
                    io.sqlj.engine.v1.Table.newBuilder().setName(t.name());
            for (TableColumn c : t.columns()) {
                table.addColumns(Column.newBuilder()
                        .setName(c.name())
                        .setTableName(t.name())
                        .setDataType(c.type().dataType())
                        .setJdbcType(c.type().jdbcType())
                        .setJavaClass(c.type().javaClass())
                        .setNullable(c.type().nullable()));
            }
            out.addTables(table);
        }
        return out.build();
    }

    /** A column as {@code PRAGMA table_xinfo} reports it. */
    private record Raw(String name, String type, boolean notNull, int pk) {}

    /** A table or view of {@code sqlite_schema}, in the order they are read. */
    private record Entry(String name, String type, String sql) {}

    static Catalog read(Connection conn) throws SQLException {
        return read(conn, true);
    }

    /**
     * @param oneStatement read every table's columns in one statement; false: one {@code PRAGMA}
     *     per table, as when that statement fails (the test compares both)
     */
    static Catalog read(Connection conn, boolean oneStatement) throws SQLException {
        Map<String, Table> tables = new HashMap<>();
        Catalog catalog = new Catalog(tables, shadowTables(conn));
        List<Entry> read = new ArrayList<>();
        List<List<Raw>> columns = new ArrayList<>();
        if (oneStatement && readAll(conn, read, columns)) {
            for (int i = 0; i < read.size(); i++) {
                add(catalog, read.get(i), columns.get(i));
            }
            return catalog;
        }
        List<Entry> entries = new ArrayList<>();
        try (Statement s = conn.createStatement();
                ResultSet rs = s.executeQuery("SELECT name, type, sql FROM sqlite_schema"
                        + " WHERE type IN ('table', 'view') ORDER BY type = 'view', rowid")) {
            while (rs.next()) {
                entries.add(new Entry(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        for (Entry e : entries) {
            try {
                add(catalog, e, tableXinfo(conn, e.name()));
            } catch (SQLException ex) {
                // SQLite accepts a view over a missing column and fails only when it is read; leave it
                // out, so the queries that read it get SQLite's error at their own line and column.
            }
        }
        return catalog;
    }

    /**
     * Every table's and view's columns in one statement (one {@code PRAGMA table_xinfo} per table
     * costs a statement and a result set each: docs/performance.md §1z), in the order {@link #read}
     * takes them, into {@code entries} and their {@code columns} (empty for an entry without any).
     * False when the statement fails (a view over a missing column fails when it is read): {@link
     * #read} then reads them one by one. (Lists, not a map: a record's first hashCode links a call
     * site, which costs more than the whole walk in a cold JVM.)
     */
    private static boolean readAll(Connection conn, List<Entry> entries, List<List<Raw>> columns) {
        try (Statement s = conn.createStatement();
                ResultSet rs = s.executeQuery("SELECT m.name, m.type, m.sql, p.cid, p.name, p.type, p.\"notnull\","
                        + " p.pk, p.hidden FROM sqlite_schema m LEFT JOIN pragma_table_xinfo(m.name) p"
                        + " WHERE m.type IN ('table', 'view') ORDER BY m.type = 'view', m.rowid, p.cid")) {
            List<Raw> current = null;
            String currentName = null;
            while (rs.next()) {
                String name = rs.getString(1);
                if (current == null || !name.equals(currentName)) {
                    current = new ArrayList<>();
                    currentName = name;
                    entries.add(new Entry(name, rs.getString(2), rs.getString(3)));
                    columns.add(current);
                }
                rs.getInt(4);
                if (rs.wasNull() || rs.getInt(9) == 1) {
                    continue; // no columns; or a virtual table's hidden column, not part of SELECT *
                }
                current.add(new Raw(rs.getString(5), rs.getString(6), rs.getInt(7) == 1, rs.getInt(8)));
            }
        } catch (SQLException e) {
            entries.clear();
            columns.clear();
            return false;
        }
        return true;
    }

    private static void add(Catalog catalog, Entry e, List<Raw> raw) {
        Table table = table(e.name(), raw, e.type().equals("table") && !withoutRowid(e.sql()), fullText(e.sql()));
        // Views in creation order, so a view over a view sees the first one's facts.
        catalog.tables.put(
                e.name().toLowerCase(Locale.ROOT),
                e.type().equals("view") ? ViewColumns.refine(table, e.sql(), catalog) : table);
    }

    /** The columns {@code PRAGMA table_xinfo} reports, hidden ones left out. */
    private static List<Raw> tableXinfo(Connection conn, String name) throws SQLException {
        List<Raw> raw = new ArrayList<>();
        String pragma = "PRAGMA table_xinfo(\"" + name.replace("\"", "\"\"") + "\")";
        try (Statement s = conn.createStatement();
                ResultSet rs = s.executeQuery(pragma)) {
            while (rs.next()) {
                if (rs.getInt("hidden") == 1) {
                    continue; // virtual-table hidden columns are not part of SELECT *
                }
                raw.add(new Raw(
                        rs.getString("name"), rs.getString("type"), rs.getInt("notnull") == 1, rs.getInt("pk")));
            }
        }
        return raw;
    }

    /**
     * @param fullText an FTS3/4/5 table: its columns, declared without a type, hold text (what
     *     {@code MATCH}, {@code highlight()} and {@code snippet()} read), as sqlc types them
     */
    private static Table table(String name, List<Raw> raw, boolean hasRowid, boolean fullText) {
        long pkColumns = 0;
        for (Raw r : raw) {
            if (r.pk() > 0) {
                pkColumns++;
            }
        }
        List<TableColumn> columns = new ArrayList<>();
        TableColumn key = null;
        for (Raw r : raw) {
            // INTEGER PRIMARY KEY is the rowid: never null. Another single-column PRIMARY KEY is NOT
            // NULL as the SQL standard and sqlc have it (SQLite, for an old bug, stores a NULL there
            // unless NOT NULL is written); a WITHOUT ROWID table enforces NOT NULL on its whole key.
            // A composite key of a rowid table keeps what its columns say, as in sqlc.
            boolean primary = r.pk() > 0 && (pkColumns == 1 || !hasRowid);
            String declared = fullText && r.type().isBlank() ? "TEXT" : r.type();
            TableColumn column = new TableColumn(r.name(), SqlType.declared(declared, !(r.notNull() || primary)));
            columns.add(column);
            if (pkColumns == 1 && r.pk() == 1) {
                key = new TableColumn(column.name(), column.type().withNullable(false));
            }
        }
        if (key == null && hasRowid) {
            List<String> names = new ArrayList<>();
            for (Raw r : raw) {
                names.add(r.name());
            }
            key = new TableColumn(rowidName(names), SqlType.BIGINT);
        }
        return new Table(name, List.copyOf(columns), key);
    }

    /**
     * The shadow tables SQLite itself knows ({@code PRAGMA table_list} says {@code shadow}: the
     * module of their virtual table claims them), lower case.
     */
    private static Set<String> shadowTables(Connection conn) throws SQLException {
        Set<String> out = new HashSet<>();
        try (Statement s = conn.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'shadow'")) {
            while (rs.next()) {
                out.add(rs.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(out);
    }

    /** SQLite's names for the rowid, the first one no column of the table shadows. */
    private static String rowidName(List<String> columnNames) {
        for (String candidate : List.of("rowid", "_rowid_", "oid")) {
            boolean shadowed = false;
            for (String name : columnNames) {
                shadowed |= candidate.equalsIgnoreCase(name);
            }
            if (!shadowed) {
                return candidate;
            }
        }
        return "rowid";
    }

    /** {@code CREATE VIRTUAL TABLE name USING fts3|fts4|fts5(...)}. */
    private static boolean fullText(@Nullable String createSql) {
        if (createSql == null || !containsIgnoreCase(createSql, "virtual")) {
            return false; // most tables: not lexed here
        }
        List<SqlToken> tokens = SqlLexer.significant(createSql, SqlSyntax.SQLITE);
        if (tokens.size() < 2 || !tokens.get(1).isWord("VIRTUAL")) {
            return false;
        }
        for (int i = 2; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).isWord("USING")) {
                return Set.of("fts3", "fts4", "fts5")
                        .contains(tokens.get(i + 1).value().toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    /** {@code CREATE TABLE ... WITHOUT ROWID}: the words after the column list's {@code )}. */
    private static boolean withoutRowid(String createSql) {
        if (createSql == null || !containsIgnoreCase(createSql, "rowid")) {
            return false; // most tables: not lexed here
        }
        List<SqlToken> tokens = SqlLexer.significant(createSql, SqlSyntax.SQLITE);
        int depth = 0;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if (t.isPunct("(")) {
                depth++;
            } else if (t.isPunct(")")) {
                depth--;
            } else if (depth == 0 && t.isWord("WITHOUT") && tokens.get(i + 1).isWord("ROWID")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code text} holds {@code word} (lower case, ASCII, its first letter none of i, k and
     * s, which have other letters of the same case-insensitive value) in any case.
     */
    static boolean containsIgnoreCase(String text, String word) {
        char lower = word.charAt(0);
        char upper = Character.toUpperCase(lower);
        for (int i = 0; i + word.length() <= text.length(); i++) {
            char c = text.charAt(i);
            if ((c == lower || c == upper) && text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }
}
