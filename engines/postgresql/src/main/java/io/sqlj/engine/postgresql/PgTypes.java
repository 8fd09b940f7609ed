package io.sqlj.engine.postgresql;

import io.sqlj.engine.v1.Column;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.postgresql.core.BaseConnection;

/**
 * Type OIDs and names to {@link PgType}s, read from pg_type and pg_enum and cached. This is where
 * the engine decides how pgjdbc carries each type: a {@code java.sql.JDBCType}, a JDK class, or
 * the type's exact text (docs/generated-code.md has the table).
 */
final class PgTypes {
    private static final Map<String, String> JDBC = Map.ofEntries(
            Map.entry("int2", "SMALLINT"),
            Map.entry("int4", "INTEGER"),
            Map.entry("int8", "BIGINT"),
            Map.entry("oid", "BIGINT"),
            Map.entry("float4", "REAL"),
            Map.entry("float8", "DOUBLE"),
            Map.entry("numeric", "NUMERIC"),
            Map.entry("bool", "BOOLEAN"),
            Map.entry("text", "VARCHAR"),
            Map.entry("varchar", "VARCHAR"),
            Map.entry("bpchar", "VARCHAR"),
            Map.entry("name", "VARCHAR"),
            Map.entry("char", "CHAR"),
            Map.entry("bytea", "BINARY"),
            Map.entry("date", "DATE"),
            Map.entry("time", "TIME"),
            Map.entry("timetz", "TIME_WITH_TIMEZONE"),
            Map.entry("timestamp", "TIMESTAMP"),
            Map.entry("timestamptz", "TIMESTAMP_WITH_TIMEZONE"));
    /**
     * Types pgjdbc reads and binds as a class of their own: {@code getObject(i, X.class)} and
     * {@code setObject(i, x)}, in text and binary transfer, in arrays too (createArrayOf takes them,
     * an array's result set reads them). The geometric types are pgjdbc's own classes: their
     * doubles are exact (NaN, -0.0 and the infinities included), where the text form of {@code
     * point} and {@code box} is not once pgjdbc reads them in binary (it prints Java doubles).
     * {@code void} (a function that returns nothing) has no value: {@code Void}, always null.
     */
    private static final Map<String, String> JAVA_CLASS = Map.ofEntries(
            Map.entry("uuid", "java.util.UUID"),
            Map.entry("point", "org.postgresql.geometric.PGpoint"),
            Map.entry("line", "org.postgresql.geometric.PGline"),
            Map.entry("lseg", "org.postgresql.geometric.PGlseg"),
            Map.entry("box", "org.postgresql.geometric.PGbox"),
            Map.entry("path", "org.postgresql.geometric.PGpath"),
            Map.entry("polygon", "org.postgresql.geometric.PGpolygon"),
            Map.entry("circle", "org.postgresql.geometric.PGcircle"),
            Map.entry("void", "java.lang.Void"));
    /**
     * Types with no exact JDK class that travel as their text: read with getString, bound as
     * Types.OTHER so the server parses them. Their output text reads back as the same value.
     * Extension types (citext, hstore, ltree...) match by name in any schema. citext is here
     * rather than VARCHAR so that a parameter compared with a citext column stays citext (a
     * varchar parameter would make the comparison case-sensitive).
     *
     * <p>Not here: the geometric types ({@link #JAVA_CLASS}). pgjdbc switches {@code point} and
     * {@code box} to binary transfer once a statement is server-prepared (the fifth execution), and
     * getString then prints Java doubles, {@code (1.0,2.0)} for {@code (1,2)}.
     */
    private static final Set<String> TEXT_FORM = Set.of(
            "json",
            "jsonb",
            "xml",
            "interval",
            "inet",
            "cidr",
            "macaddr",
            "macaddr8",
            "money",
            "bit",
            "varbit",
            "tsvector",
            "tsquery",
            "pg_lsn",
            "jsonpath",
            "txid_snapshot",
            "pg_snapshot",
            "xid",
            "xid8",
            "cid",
            "tid",
            "citext",
            "hstore",
            "ltree",
            "lquery",
            "ltxtquery");
    /**
     * Element types whose arrays pgjdbc cannot read as the element's mapping says: an {@code oid[]}
     * in binary transfer refuses getLong on its elements. Their arrays are refused.
     */
    private static final Set<String> NO_ARRAY = Set.of("oid");

    private static final String DESCRIBE = """
      SELECT t.typname, n.nspname, t.typtype, t.typbasetype, t.typelem, t.typcategory, t.typndims,
             t.typnotnull, t.typdelim
      FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
      WHERE t.oid = ?""";

    private final Connection conn;
    /** May be shared by the sessions of one database ({@link #sharing}): a type is the database's, not the connection's. */
    private final Map<Integer, PgType> byOid;

    PgTypes(Connection conn) {
        this(conn, new ConcurrentHashMap<>());
    }

    private PgTypes(Connection conn, Map<Integer, PgType> byOid) {
        this.conn = conn;
        this.byOid = byOid;
    }

    /** Types read on {@code other} (another connection to the same database) into this one's cache. */
    PgTypes sharing(Connection other) {
        return new PgTypes(other, byOid);
    }

    /** The type pgjdbc names {@code name} (as its metadata spells it). */
    PgType byName(String name) throws SQLException {
        String plain = switch (name) {
            case "serial" -> "int4";
            case "bigserial" -> "int8";
            case "smallserial" -> "int2";
            default -> name;
        };
        int oid = conn.unwrap(BaseConnection.class).getTypeInfo().getPGType(plain);
        return byOid(oid);
    }

    PgType byOid(int oid) throws SQLException {
        return byOid(oid, 0);
    }

    private PgType byOid(int oid, int depth) throws SQLException {
        PgType cached = byOid.get(oid);
        if (cached != null) {
            return cached;
        }
        PgType type = describe(oid, depth);
        byOid.put(oid, type);
        return type;
    }

    private PgType describe(int oid, int depth) throws SQLException {
        if (oid == 0 || depth > 10) {
            return PgType.unknown("unknown");
        }
        try (PreparedStatement ps = conn.prepareStatement(DESCRIBE)) {
            ps.setInt(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return PgType.unknown("unknown");
                }
                String name = rs.getString(1);
                String schema = rs.getString(2);
                String kind = rs.getString(3);
                int base = rs.getInt(4);
                int elem = rs.getInt(5);
                String category = rs.getString(6);
                int ndims = rs.getInt(7);
                boolean notNull = rs.getBoolean(8);
                String typdelim = rs.getString(9);
                if (kind.equals("d")) {
                    PgType b = describe(base, depth + 1);
                    return b.withDims(b.isArray() ? Math.max(b.arrayDims(), ndims) : 0)
                            .withNotNullDomain(notNull);
                }
                if (category.equals("A") && elem != 0) {
                    PgType element = describe(elem, depth + 1);
                    return NO_ARRAY.contains(element.dataType())
                            ? PgType.unknown(element.dataType()).withDims(1)
                            : element.withDims(1);
                }
                String qualified = schema.equals("pg_catalog") || schema.equals("public") ? name : schema + "." + name;
                return (switch (kind) {
                            case "e" -> new PgType(qualified, "OTHER", 0, labels(oid), false, "", false, ",");
                            // ranges and multiranges: their text form reads back exactly
                            case "r", "m" -> textForm(qualified);
                            // composite types: the text form too, with the attributes for a record
                            case "c" -> textForm(qualified).withAttributes(attributes(oid, depth));
                            default -> scalar(name, qualified);
                        })
                        .withDelimiter(typdelim == null || typdelim.isEmpty() ? "," : typdelim);
            }
        }
    }

    private static PgType scalar(String name, String qualified) {
        if (JDBC.containsKey(name)) {
            return new PgType(qualified, JDBC.get(name), 0, List.of(), false, "", false, ",");
        } else if (JAVA_CLASS.containsKey(name)) {
            return new PgType(qualified, "OTHER", 0, List.of(), false, JAVA_CLASS.get(name), false, ",");
        } else if (TEXT_FORM.contains(name)) {
            return textForm(qualified);
        }
        return PgType.unknown(qualified);
    }

    private static PgType textForm(String name) {
        return new PgType(name, "OTHER", 0, List.of(), false, "", true, ",");
    }

    private static final String ATTRIBUTES = """
      SELECT a.attname, a.atttypid, a.attndims, a.attnotnull
      FROM pg_catalog.pg_type t JOIN pg_catalog.pg_attribute a ON a.attrelid = t.typrelid
      WHERE t.oid = ? AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY a.attnum""";

    /** A composite type's attributes, in order, typed as result columns of their types would be. */
    private List<Column> attributes(int oid, int depth) throws SQLException {
        record Attribute(String name, int type, int dims, boolean notNull) {}
        List<Attribute> found = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(ATTRIBUTES)) {
            ps.setInt(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new Attribute(rs.getString(1), (int) rs.getLong(2), rs.getInt(3), rs.getBoolean(4)));
                }
            }
        }
        List<Column> attributes = new ArrayList<>();
        for (Attribute a : found) {
            PgType type = depth + 1 > 10 ? PgType.unknown("unknown") : byOid(a.type(), depth + 1);
            attributes.add(
                    type.withDeclaredDims(a.dims()).asAttribute(a.name(), !(a.notNull() || type.notNullDomain())));
        }
        return attributes;
    }

    private List<String> labels(int oid) throws SQLException {
        List<String> labels = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT enumlabel FROM pg_catalog.pg_enum WHERE enumtypid = ? ORDER BY enumsortorder")) {
            ps.setInt(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    labels.add(rs.getString(1));
                }
            }
        }
        return labels;
    }
}
