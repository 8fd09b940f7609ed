package io.sqlj.engine.postgresql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Small pg_catalog look-ups by table name (as visible on the search path) or by OID, cached. A
 * relation's columns are read in one query the first time a look-up names the relation, and
 * every later look-up of any of its columns is answered from that.
 */
final class Catalog {
    /** Objects made after initdb (CREATE EXTENSION, the user's) get OIDs from FirstNormalObjectId on. */
    private static final long FIRST_NORMAL_OBJECT_ID = 16384;

    private static final String RELATION = """
      (SELECT c.oid FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relname = ? AND (n.nspname = ? OR (? = '' AND pg_catalog.pg_table_is_visible(c.oid))) LIMIT 1)""";

    /** One column of a relation (system columns included), as pg_attribute has it. */
    private record Attribute(String name, int number, boolean notNull, boolean notNullDomain, int dims, long type) {}

    /** A relation's columns, read in one query the first time a look-up names it; empty when unknown. */
    private record Relation(List<Attribute> attributes) {
        static final Relation UNKNOWN = new Relation(List.of());

        @Nullable
        Attribute named(String column) {
            for (Attribute a : attributes) {
                if (a.name().equals(column)) {
                    return a;
                }
            }
            return null;
        }

        /** The user column (number > 0) named {@code column}, or null. */
        @Nullable
        Attribute userColumn(String column) {
            Attribute a = named(column);
            return a != null && a.number() > 0 ? a : null;
        }
    }

    private static final String ATTRIBUTES = """
      SELECT c.oid, a.attname, a.attnum, a.attnotnull, t.typtype = 'd' AND t.typnotnull, a.attndims, a.atttypid
      FROM pg_catalog.pg_class c
      LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND NOT a.attisdropped
      LEFT JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
      WHERE c.oid =\s""";

    private final Connection conn;
    /** By the name the look-ups use (as visible on the search path, or schema-qualified). */
    private final Map<String, Relation> byName = new HashMap<>();

    private final Map<Long, Relation> byOid = new HashMap<>();
    private final Map<Long, Function> functions = new HashMap<>();
    private final Map<Long, String> operators = new HashMap<>();

    Catalog(Connection conn) {
        this.conn = conn;
    }

    private Relation relation(String table) throws SQLException {
        Relation cached = byName.get(table);
        if (cached != null) {
            return cached;
        }
        Relation relation;
        try (PreparedStatement ps = conn.prepareStatement(ATTRIBUTES + RELATION)) {
            bindRelation(ps, 1, table);
            relation = read(ps);
        }
        byName.put(table, relation);
        return relation;
    }

    private Relation relation(long relid) throws SQLException {
        Relation cached = byOid.get(relid);
        if (cached != null) {
            return cached;
        }
        Relation relation;
        try (PreparedStatement ps = conn.prepareStatement(ATTRIBUTES + "?::pg_catalog.oid")) {
            ps.setLong(1, relid);
            relation = read(ps);
        }
        byOid.put(relid, relation);
        return relation;
    }

    /** The relation of the rows, also remembered by its OID; {@link Relation#UNKNOWN} without rows. */
    private Relation read(PreparedStatement ps) throws SQLException {
        List<Attribute> attributes = new ArrayList<>();
        long oid = 0;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                oid = rs.getLong(1);
                String name = rs.getString(2);
                if (name != null) {
                    attributes.add(new Attribute(
                            name, rs.getInt(3), rs.getBoolean(4), rs.getBoolean(5), rs.getInt(6), rs.getLong(7)));
                }
            }
        }
        if (oid == 0) {
            return Relation.UNKNOWN;
        }
        Relation relation = byOid.computeIfAbsent(oid, k -> new Relation(List.copyOf(attributes)));
        return relation;
    }

    /** The number of columns {@code SELECT *} gives for a table or view, or -1 when unknown. */
    int columnCount(String table) throws SQLException {
        int count = 0;
        for (Attribute a : relation(table).attributes()) {
            count += a.number() > 0 ? 1 : 0;
        }
        return count == 0 ? -1 : count;
    }

    /** True unless the column is declared NOT NULL (unknown columns are nullable). */
    boolean nullable(String table, String column) throws SQLException {
        Attribute a = relation(table).named(column);
        return a == null || !a.notNull();
    }

    /** True when the table or view has the column (names as PostgreSQL stores them). */
    boolean hasColumn(String table, String column) throws SQLException {
        return relation(table).userColumn(column) != null;
    }

    /**
     * The dimensions a column's declaration writes ({@code int4[][]}: 2), 0 when it writes none or
     * the column is unknown. PostgreSQL does not enforce them; sqlj trusts them.
     */
    int arrayDims(String table, String column) throws SQLException {
        Attribute a = relation(table).userColumn(column);
        return a == null ? 0 : a.dims();
    }

    /** The type OID of a column, 0 when the column is unknown. */
    int columnTypeOid(String table, String column) throws SQLException {
        Attribute a = relation(table).userColumn(column);
        return a == null ? 0 : (int) a.type();
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
        for (Attribute a : relation(relid).attributes()) {
            if (a.number() == attnum) {
                return a.notNull() || a.notNullDomain();
            }
        }
        return false;
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
