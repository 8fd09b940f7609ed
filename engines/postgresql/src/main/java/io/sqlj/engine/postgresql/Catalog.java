package io.sqlj.engine.postgresql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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

    /**
     * A relation's name, schema and columns, read in one query the first time a look-up names it
     * (or all at once by {@link #prefetch}); empty when unknown.
     */
    private record Relation(String name, String schema, List<Attribute> attributes) {
        static final Relation UNKNOWN = new Relation("", "", List.of());

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
      SELECT c.oid, a.attname, a.attnum, a.attnotnull, t.typtype = 'd' AND t.typnotnull, a.attndims, a.atttypid,
             c.relname, n.nspname
      FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND NOT a.attisdropped
      LEFT JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
      WHERE c.oid =\s""";

    private final Connection conn;
    /**
     * By the name the look-ups use (as visible on the search path, or schema-qualified). The maps
     * may be shared by the sessions of one database that describe side by side ({@link
     * #sharing}): what they hold depends on the database alone, never on the connection.
     */
    private final Map<String, Relation> byName;

    private final Map<Long, Relation> byOid;
    private final Map<Long, Function> functions;
    private final Map<Long, String> operators;
    /** Filled by {@link #prefetch} only: by the names a table is found under, its generated key. */
    private final Map<String, Optional<KeyColumn>> keysByName;

    Catalog(Connection conn) {
        this(
                conn,
                new ConcurrentHashMap<>(),
                new ConcurrentHashMap<>(),
                new ConcurrentHashMap<>(),
                new ConcurrentHashMap<>(),
                new ConcurrentHashMap<>());
    }

    private Catalog(
            Connection conn,
            Map<String, Relation> byName,
            Map<Long, Relation> byOid,
            Map<Long, Function> functions,
            Map<Long, String> operators,
            Map<String, Optional<KeyColumn>> keysByName) {
        this.conn = conn;
        this.keysByName = keysByName;
        this.byName = byName;
        this.byOid = byOid;
        this.functions = functions;
        this.operators = operators;
    }

    /**
     * A catalog on {@code other} (a second connection to the same database, with the same session
     * settings) that shares this one's caches: what one session has read, the other does not ask
     * again.
     */
    Catalog sharing(Connection other) {
        return new Catalog(other, byName, byOid, functions, operators, keysByName);
    }

    private static final String ALL_RELATIONS = """
      SELECT c.oid, a.attname, a.attnum, a.attnotnull, t.typtype = 'd' AND t.typnotnull, a.attndims, a.atttypid,
             c.relname, n.nspname, pg_catalog.pg_table_is_visible(c.oid),
             a.attnum > 0 AND (a.attidentity <> '' OR pg_catalog.pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%'),
             (SELECT i.indkey[0] FROM pg_catalog.pg_index i
              WHERE i.indrelid = c.oid AND i.indisprimary AND i.indnkeyatts = 1)
      FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND NOT a.attisdropped
      LEFT JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
      LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE c.oid >= 16384 AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
      ORDER BY c.oid""";

    /**
     * Reads the columns of every table and view the user made (OID from {@link
     * #FIRST_NORMAL_OBJECT_ID} on) in one query, as the look-ups would one relation at a time:
     * each by its OID, by its schema-qualified name and, when it is visible on the search path, by
     * its bare name. A look-up of anything else (a system catalog, a name that is not there, a
     * name with a dot in it) still asks the server. For a batch of many queries over the same
     * tables: one round trip instead of one or two per table.
     */
    /** How many times {@link #prefetch} has read the tables in this JVM: what a test counts. */
    static final java.util.concurrent.atomic.AtomicInteger PREFETCHES = new java.util.concurrent.atomic.AtomicInteger();

    void prefetch() throws SQLException {
        record Named(
                String name,
                String schema,
                boolean visible,
                int primaryKey,
                List<Attribute> attributes,
                List<Attribute> generated) {}
        Map<Long, Named> relations = new LinkedHashMap<>();
        try (PreparedStatement ps = conn.prepareStatement(ALL_RELATIONS);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long oid = rs.getLong(1);
                Named r = relations.get(oid);
                if (r == null) {
                    r = new Named(
                            rs.getString(8),
                            rs.getString(9),
                            rs.getBoolean(10),
                            rs.getInt(12), // 0: no primary key of one column
                            new ArrayList<>(),
                            new ArrayList<>());
                    relations.put(oid, r);
                }
                String name = rs.getString(2);
                if (name != null) {
                    Attribute a = new Attribute(
                            name, rs.getInt(3), rs.getBoolean(4), rs.getBoolean(5), rs.getInt(6), rs.getLong(7));
                    r.attributes().add(a);
                    if (rs.getBoolean(11)) {
                        r.generated().add(a);
                    }
                }
            }
        }
        for (Map.Entry<Long, Named> e : relations.entrySet()) {
            Named n = e.getValue();
            Relation relation = byOid.computeIfAbsent(
                    e.getKey(), k -> new Relation(n.name(), n.schema(), List.copyOf(n.attributes())));
            if (n.name().indexOf('.') >= 0 || n.schema().indexOf('.') >= 0) {
                continue; // a look-up splits its name at the last dot: it would not find this one as written
            }
            byName.putIfAbsent(n.schema() + "." + n.name(), relation);
            Optional<KeyColumn> key = Optional.empty();
            for (Attribute a : n.attributes()) {
                if (n.primaryKey() != 0 && a.number() == n.primaryKey()) {
                    key = Optional.of(new KeyColumn(a.name(), a.type(), n.name(), n.schema()));
                }
            }
            if (key.isEmpty() && n.generated().size() == 1) {
                Attribute a = n.generated().get(0);
                key = Optional.of(new KeyColumn(a.name(), a.type(), n.name(), n.schema()));
            }
            keysByName.putIfAbsent(n.schema() + "." + n.name(), key);
            if (n.visible()) {
                byName.putIfAbsent(n.name(), relation);
                keysByName.putIfAbsent(n.name(), key);
            }
        }
        PREFETCHES.incrementAndGet();
    }

    /** The column {@link GeneratedKey} reports for a table: its name, type OID, relation and schema. */
    record KeyColumn(String name, long type, String table, String schema) {}

    /** A table name as {@code to_regclass} reads it unchanged: lower case, unquoted, at most 63 bytes. */
    private static final java.util.regex.Pattern PLAIN_NAME =
            java.util.regex.Pattern.compile("[a-z_][a-z0-9_$]{0,62}(\\.[a-z_][a-z0-9_$]{0,62})?");

    /**
     * What {@link GeneratedKey}'s queries would find for the table an INSERT names, as written,
     * when {@link #prefetch} read that table: its single-column primary key, else its only
     * identity or serial column, else none. Null when this catalog cannot tell without asking the
     * server: a name {@code to_regclass} would fold or unquote, or not a table of the schema.
     */
    @Nullable
    Optional<KeyColumn> prefetchedKey(String written) {
        return PLAIN_NAME.matcher(written).matches() ? keysByName.get(written) : null;
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
        String relname = "";
        String schema = "";
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                oid = rs.getLong(1);
                relname = rs.getString(8);
                schema = rs.getString(9);
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
        String table = relname;
        String namespace = schema;
        return byOid.computeIfAbsent(oid, k -> new Relation(table, namespace, List.copyOf(attributes)));
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

    /**
     * Where a result column comes from, as pgjdbc's {@code ResultSetMetaData} tells it ({@code
     * getBaseTableName}, {@code getBaseSchemaName}, {@code getBaseColumnName}, {@code isNullable}):
     * the relation's name and schema, the column's name and whether it or its domain is declared
     * NOT NULL. Null for a column the row description names no table column for ({@code relid}
     * 0), or one the catalog does not have. Answered from this catalog's cache: pgjdbc asked the
     * server again for every result that has a computed column.
     */
    @Nullable
    Origin origin(long relid, int attnum) throws SQLException {
        if (relid == 0) {
            return null;
        }
        Relation relation = relation(relid);
        for (Attribute a : relation.attributes()) {
            if (a.number() == attnum) {
                return new Origin(relation.name(), relation.schema(), a.name(), a.notNull() || a.notNullDomain());
            }
        }
        return null;
    }

    /** A result column's table column: see {@link #origin}. */
    record Origin(String table, String schema, String column, boolean notNull) {}

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
