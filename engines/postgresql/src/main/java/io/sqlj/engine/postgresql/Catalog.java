package io.sqlj.engine.postgresql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** Small pg_catalog look-ups by table name (as visible on the search path) or by OID, cached. */
final class Catalog {
    /** Objects made after initdb (CREATE EXTENSION, the user's) get OIDs from FirstNormalObjectId on. */
    private static final long FIRST_NORMAL_OBJECT_ID = 16384;

    private static final String RELATION = """
      (SELECT c.oid FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relname = ? AND (n.nspname = ? OR (? = '' AND pg_catalog.pg_table_is_visible(c.oid))) LIMIT 1)""";

    private final Connection conn;
    private final Map<String, Integer> columnCounts = new HashMap<>();
    private final Map<String, Boolean> nullable = new HashMap<>();
    private final Map<String, Boolean> hasColumn = new HashMap<>();
    private final Map<String, Integer> arrayDims = new HashMap<>();
    private final Map<String, Boolean> notNull = new HashMap<>();
    private final Map<Long, Function> functions = new HashMap<>();
    private final Map<Long, String> operators = new HashMap<>();

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
        try (PreparedStatement ps = conn.prepareStatement("SELECT 1 FROM pg_catalog.pg_attribute" + " WHERE attrelid = "
                + RELATION + " AND attname = ? AND attnum > 0 AND NOT attisdropped")) {
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

    /** The type OID of a column, 0 when the column is unknown. */
    int columnTypeOid(String table, String column) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT atttypid FROM pg_catalog.pg_attribute"
                + " WHERE attrelid = " + RELATION + " AND attname = ? AND attnum > 0 AND NOT attisdropped")) {
            int next = bindRelation(ps, 1, table);
            ps.setString(next, column);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? (int) rs.getLong(1) : 0;
            }
        }
    }

    private static int bindRelation(PreparedStatement ps, int at, String table) throws SQLException {
        int dot = table.lastIndexOf('.');
        String schema = dot < 0 ? "" : table.substring(0, dot);
        ps.setString(at, dot < 0 ? table : table.substring(dot + 1));
        ps.setString(at + 1, schema);
        ps.setString(at + 2, schema);
        return at + 3;
    }

    /**
     * True when column {@code attnum} of relation {@code relid} is declared NOT NULL or has a
     * domain type declared NOT NULL; system columns (negative numbers) always have a value.
     */
    boolean notNull(long relid, int attnum) throws SQLException {
        if (attnum < 0) {
            return true;
        }
        String key = relid + "." + attnum;
        Boolean cached = notNull.get(key);
        if (cached != null) {
            return cached;
        }
        boolean result = false;
        try (PreparedStatement ps = conn.prepareStatement("SELECT a.attnotnull OR (t.typtype = 'd' AND t.typnotnull)"
                + " FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t ON t.oid = a.atttypid"
                + " WHERE a.attrelid = ?::pg_catalog.oid AND a.attnum = ? AND NOT a.attisdropped")) {
            ps.setLong(1, relid);
            ps.setInt(2, attnum);
            try (ResultSet rs = ps.executeQuery()) {
                result = rs.next() && rs.getBoolean(1);
            }
        }
        notNull.put(key, result);
        return result;
    }

    /** A built-in function: its name and its {@code prosrc} (the C symbol of an internal one); "" for others. */
    record Function(String name, String source) {
        static final Function NOT_BUILTIN = new Function("", "");

        boolean isBuiltin() {
            return !name.isEmpty();
        }
    }

    /** A function made by initdb in pg_catalog, or {@link Function#NOT_BUILTIN} for any other (a user's, an extension's). */
    Function builtinFunction(long oid) throws SQLException {
        if (!isBuiltinOid(oid)) {
            return Function.NOT_BUILTIN;
        }
        Function cached = functions.get(oid);
        if (cached != null) {
            return cached;
        }
        Function f = Function.NOT_BUILTIN;
        try (PreparedStatement ps = conn.prepareStatement("SELECT proname, prosrc FROM pg_catalog.pg_proc"
                + " WHERE oid = ?::pg_catalog.oid AND pronamespace = 'pg_catalog'::pg_catalog.regnamespace")) {
            ps.setLong(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    f = new Function(rs.getString(1), rs.getString(2));
                }
            }
        }
        functions.put(oid, f);
        return f;
    }

    /** The name of an operator made by initdb in pg_catalog, or "". */
    String builtinOperator(long oid) throws SQLException {
        if (!isBuiltinOid(oid)) {
            return "";
        }
        String cached = operators.get(oid);
        if (cached != null) {
            return cached;
        }
        String name = "";
        try (PreparedStatement ps = conn.prepareStatement("SELECT oprname FROM pg_catalog.pg_operator"
                + " WHERE oid = ?::pg_catalog.oid AND oprnamespace = 'pg_catalog'::pg_catalog.regnamespace")) {
            ps.setLong(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    name = rs.getString(1);
                }
            }
        }
        operators.put(oid, name);
        return name;
    }

    private static boolean isBuiltinOid(long oid) {
        return oid > 0 && oid < FIRST_NORMAL_OBJECT_ID;
    }
}
