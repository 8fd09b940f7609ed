package io.sqlj.it;

import io.sqlj.engine.postgresql.PostgresEngine;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.postgresql.geometric.PGbox;
import org.postgresql.geometric.PGcircle;
import org.postgresql.geometric.PGline;
import org.postgresql.geometric.PGlseg;
import org.postgresql.geometric.PGpath;
import org.postgresql.geometric.PGpoint;
import org.postgresql.geometric.PGpolygon;

/**
 * The round-trip matrix on PostgreSQL (the engine's embedded server, pgjdbc), over every type the
 * server's own catalog lists: the base, range, multirange, enum, domain and composite types of
 * {@code pg_catalog} and of the schema, and the array of each, minus the types {@link #NOT_COLUMN_TYPES}
 * names with the reason, and over the engine's own {@code PostgresEngine.DECLARED_TYPES} (sized
 * spellings such as {@code char(3)}). A type the server or the engine has and this class has no
 * values for fails the test. ({@code PostgresEngine.EXTENSION_TYPES} are not covered: the
 * embedded server has no contrib extensions.)
 *
 * <p>Values a Java type cannot express are not in the lists: numeric {@code NaN}/{@code
 * Infinity} ({@code BigDecimal}) and the {@code infinity} of dates and timestamps ({@code
 * java.time}).
 */
class PostgresRoundTripTest extends RoundTripMatrix {

    /**
     * Types of pg_catalog that the matrix does not create columns of, each with the reason. (Not
     * listed because the catalog query leaves them out by kind: pseudo-types such as {@code
     * record} or {@code anyelement}, which cannot be column types, and the row types of the system
     * catalogs, which are tables' rows, not types a schema declares.)
     */
    static final Map<String, String> NOT_COLUMN_TYPES = Map.ofEntries(
            Map.entry("pg_node_tree", "internal: the server refuses input of this type"),
            Map.entry("pg_ndistinct", "internal: extended statistics, the server refuses input"),
            Map.entry("pg_dependencies", "internal: extended statistics, the server refuses input"),
            Map.entry("pg_mcv_list", "internal: extended statistics, the server refuses input"),
            Map.entry("pg_brin_bloom_summary", "internal: BRIN index summaries, the server refuses input"),
            Map.entry("pg_brin_minmax_multi_summary", "internal: BRIN index summaries, the server refuses input"),
            Map.entry("gtsvector", "internal: GiST storage of tsvector, the server refuses input"),
            Map.entry("int2vector", "internal: the system catalogs' vector type, not for user tables"),
            Map.entry("oidvector", "internal: the system catalogs' vector type, not for user tables"),
            Map.entry("aclitem", "internal: a privilege item of the system catalogs"));

    /**
     * Values of {@code inventory_item}: every attribute type the row literal carries, with NULL
     * attributes, empty strings, quotes, backslashes, commas and parentheses, dates before year 1
     * and after 9999, NaN and infinities.
     */
    static final List<MatrixValues.Struct> INVENTORY_ITEMS = List.of(
            new MatrixValues.Struct(
                    "widget",
                    42,
                    new BigDecimal("19.99"),
                    LocalDate.of(2024, 2, 29),
                    true,
                    OffsetDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000, ZoneOffset.ofHours(2)),
                    new byte[] {0, 1, (byte) 0xff},
                    UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
                    1.5,
                    0.25f,
                    (short) -1,
                    Long.MAX_VALUE,
                    LocalTime.of(23, 59, 59, 999_999_000),
                    OffsetTime.of(13, 45, 30, 123_456_000, ZoneOffset.ofHoursMinutes(5, 30)),
                    LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000),
                    "1 year 2 mons -3 days +04:05:06.789",
                    new MatrixValues.Label("quote's"),
                    "ok"),
            new MatrixValues.Struct(
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null),
            new MatrixValues.Struct(
                    "",
                    Integer.MIN_VALUE,
                    new BigDecimal("-0.00000000000000000001"),
                    LocalDate.of(-43, 3, 15),
                    false,
                    OffsetDateTime.of(1899, 12, 31, 23, 59, 59, 0, ZoneOffset.ofHoursMinutes(-5, -30)),
                    new byte[0],
                    new UUID(0, 0),
                    Double.NaN,
                    Float.NEGATIVE_INFINITY,
                    Short.MIN_VALUE,
                    Long.MIN_VALUE,
                    LocalTime.MIDNIGHT,
                    OffsetTime.of(0, 0, 0, 0, ZoneOffset.ofHours(-12)),
                    LocalDateTime.of(0, 2, 29, 12, 0, 0, 1_000),
                    "00:00:00",
                    new MatrixValues.Label("Ünï 😀"),
                    ""),
            new MatrixValues.Struct(
                    "a \"quoted\", (parenthesized) back\\slash 😀 𝄞\ttab",
                    0,
                    new BigDecimal("1e100"),
                    LocalDate.of(12345, 1, 1),
                    null,
                    OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000, ZoneOffset.UTC),
                    "\\x00'\"(,)".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    new UUID(-1, -1),
                    -0.0,
                    Float.MIN_VALUE,
                    (short) 0,
                    0L,
                    null,
                    OffsetTime.of(23, 59, 59, 999_999_000, ZoneOffset.ofHours(14)),
                    LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000),
                    "-178000000 years",
                    new MatrixValues.Label("with space"),
                    "\\\"(,)\""),
            new MatrixValues.Struct(
                    "NULL",
                    -1,
                    new BigDecimal("123456789012345678901234567890.123456789"),
                    LocalDate.of(1, 1, 1),
                    true,
                    OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                    null,
                    null,
                    Double.MAX_VALUE,
                    Float.MAX_VALUE,
                    Short.MAX_VALUE,
                    -1L,
                    LocalTime.of(12, 0),
                    null,
                    LocalDateTime.of(1, 1, 1, 0, 0),
                    null,
                    null,
                    null));

    /**
     * Points at the edges of float8, as pgjdbc's {@code PGpoint} carries them: NaN, -0.0, the
     * infinities, the largest and smallest magnitudes.
     */
    static final List<PGpoint> GEOMETRIC_POINTS = List.of(
            new PGpoint(1, 2),
            new PGpoint(-1.5, 0.25),
            new PGpoint(0, 0),
            new PGpoint(1e300, -1e-300),
            new PGpoint(Double.NaN, -0.0),
            new PGpoint(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY),
            new PGpoint(Double.MAX_VALUE, Double.MIN_VALUE),
            new PGpoint(0.1, -123456.789));

    /** {@code n} points, distinct per {@code seed}, with fractions that need every digit. */
    static PGpoint[] points(int n, int seed) {
        PGpoint[] points = new PGpoint[n];
        for (int i = 0; i < n; i++) {
            points[i] = new PGpoint((i - n / 2) * 1.1 + seed / 3.0, Math.sin(i + seed) * 1e6);
        }
        return points;
    }

    @Override
    String engine() {
        return "postgresql";
    }

    @Override
    boolean copyHasDriverPath() {
        return true;
    }

    @Override
    Connection database() throws Exception {
        return Postgres.emptyDatabase("matrix");
    }

    @Override
    String schemaPrelude() {
        return """
        CREATE TYPE mood AS ENUM ('happy', 'so-so', 'with space', 'Ünï 😀', 'quote''s', 'UPPER');
        CREATE DOMAIN positive_int AS int4 CHECK (VALUE > 0);
        CREATE DOMAIN short_text AS text CHECK (length(VALUE) <= 10);
        CREATE TYPE pair AS (n int4, label text);
        CREATE TYPE inventory_item AS (name text, supplier_id int4, price numeric, made date, in_stock bool,
          seen timestamptz, raw bytea, id uuid, weight float8, ratio float4, small int2, big int8,
          at_time time, at_timetz timetz, stamp timestamp, span interval, feeling mood, note short_text);
        CREATE TYPE shipment AS (item inventory_item, qty int8, label text);
        CREATE TYPE floatrange AS RANGE (subtype = float8);
        """;
    }

    @Override
    List<SqlType> reportableTypes(Connection db) throws SQLException {
        List<SqlType> types = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("""
        SELECT t.typname, n.nspname, t.typarray <> 0
        FROM pg_catalog.pg_type t
        JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
        LEFT JOIN pg_catalog.pg_class c ON c.oid = t.typrelid
        WHERE n.nspname IN ('pg_catalog', 'public')
          AND t.typtype IN ('b', 'r', 'm', 'e', 'd', 'c')
          AND t.typcategory <> 'A'
          AND (t.typtype <> 'c' OR (n.nspname = 'public' AND c.relkind = 'c'))
        ORDER BY n.nspname, t.typname""")) {
            while (rs.next()) {
                String name = rs.getString(1);
                if (NOT_COLUMN_TYPES.containsKey(name)) {
                    continue;
                }
                types.add(SqlType.scalar(name, comparable(db, name)));
                if (rs.getBoolean(3)) {
                    types.add(SqlType.array(name, 1));
                }
            }
        }
        // The engine's own list (PostgresEngine.DECLARED_TYPES) is covered too: its sized spellings.
        for (String declared : PostgresEngine.DECLARED_TYPES) {
            String name = declared.replace("\"", "");
            if (types.stream().noneMatch(t -> t.name().equals(name))) {
                types.add(SqlType.scalar(name, comparable(db, name)));
            }
        }
        // Two-dimensional arrays: the catalog has one array type per element, of any dimension.
        for (String element : List.of("int4", "text", "float8")) {
            types.add(SqlType.array(element, 2));
        }
        return types;
    }

    /** Whether {@code =} works on the type (the slice needs it), as the server answers. */
    private static boolean comparable(Connection db, String type) throws SQLException {
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        Savepoint before = db.setSavepoint();
        try (Statement s = db.createStatement()) {
            s.execute("SELECT NULL::" + type + " = NULL::" + type);
            return true;
        } catch (SQLException e) {
            db.rollback(before);
            return false;
        } finally {
            db.commit();
            db.setAutoCommit(autoCommit);
        }
    }

    @Override
    Map<String, String> refused() {
        Map<String, String> refused = new LinkedHashMap<>();
        for (String reg : List.of(
                "regproc",
                "regprocedure",
                "regoper",
                "regoperator",
                "regclass",
                "regcollation",
                "regtype",
                "regrole",
                "regnamespace",
                "regconfig",
                "regdictionary")) {
            refused.put(reg, "an OID alias: its text names a catalog object of one database");
        }
        refused.put("refcursor", "a cursor name, meaningful only inside the transaction that opened it");
        refused.put("oid[]", "in binary transfer pgjdbc's array result set refuses getLong on oid elements");
        return refused;
    }

    @Override
    List<KeyTable> keyTables() {
        List<KeyTable> keys = new ArrayList<>();
        for (boolean first : List.of(true, false)) {
            keys.add(new KeyTable("smallserial", "id smallserial PRIMARY KEY", first));
            keys.add(new KeyTable("serial", "id serial PRIMARY KEY", first));
            keys.add(new KeyTable("bigserial", "id bigserial PRIMARY KEY", first));
            keys.add(new KeyTable("int8 identity", "id int8 GENERATED ALWAYS AS IDENTITY PRIMARY KEY", first));
            keys.add(new KeyTable("uuid", "id uuid PRIMARY KEY DEFAULT gen_random_uuid()", first));
            keys.add(new KeyTable(
                    "text", "id text PRIMARY KEY DEFAULT md5(random()::text || clock_timestamp()::text)", first));
        }
        return keys;
    }

    @Override
    MatrixValues values(String type) {
        return switch (type) {
            case "bool" -> MatrixValues.of(Boolean.class, true, false);
            case "int2" -> MatrixValues.of(Short.class, Short.MIN_VALUE, Short.MAX_VALUE, (short) 0, (short) -1);
            case "int4" -> MatrixValues.of(Integer.class, Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1);
            case "int8" -> MatrixValues.of(Long.class, Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L);
            case "oid" -> MatrixValues.of(Long.class, 0L, 1L, 4_294_967_295L);
            case "float4" ->
                MatrixValues.of(
                        Float.class,
                        0f,
                        -0f,
                        1.5f,
                        Float.MAX_VALUE,
                        -Float.MAX_VALUE,
                        Float.MIN_VALUE,
                        Float.NaN,
                        Float.POSITIVE_INFINITY,
                        Float.NEGATIVE_INFINITY,
                        0.1f);
            case "float8" ->
                MatrixValues.of(
                        Double.class,
                        0.0,
                        -0.0,
                        1.5,
                        Double.MAX_VALUE,
                        -Double.MAX_VALUE,
                        Double.MIN_VALUE,
                        Double.NaN,
                        Double.POSITIVE_INFINITY,
                        Double.NEGATIVE_INFINITY,
                        0.1);
            case "numeric" ->
                MatrixValues.of(
                        BigDecimal.class,
                        BigDecimal.ZERO,
                        new BigDecimal("-1.50"),
                        new BigDecimal("0.00000000000000000001"),
                        new BigDecimal("1e100"),
                        new BigDecimal("123456789012345678901234567890.123456789"));
            case "money" ->
                MatrixValues.of(
                                String.class,
                                "$0.00",
                                "$1.50",
                                "-$1.00",
                                "$92,233,720,368,547,758.07",
                                "-$92,233,720,368,547,758.08")
                        .or(
                                BigDecimal.class,
                                new BigDecimal("0.00"),
                                new BigDecimal("1.50"),
                                new BigDecimal("-1.00"),
                                new BigDecimal("92233720368547758.07"));
            case "text", "varchar", "bpchar" -> MatrixValues.of(String.class, SqliteRoundTripTest.TEXTS.toArray());
            case "varchar(20)" -> MatrixValues.of(String.class, "", "O'Brien", "back\\slash", "😀 𝄞", "x".repeat(20));
            case "char(3)" -> MatrixValues.of(String.class, "abc", "a  ", "   ", "😀ab", "'\\\"");
            case "bit(3)" -> MatrixValues.of(String.class, "000", "101", "111");
            case "name" -> MatrixValues.of(String.class, "", "a", "O'Brien", "back\\slash", "😀 𝄞", "x".repeat(63));
            case "char" -> MatrixValues.of(String.class, "a", "Z", "'", "\\");
            case "short_text" -> MatrixValues.of(String.class, "", "😀", "O'Brien", "back\\sl");
            case "bytea" ->
                MatrixValues.of(
                        byte[].class,
                        new byte[0],
                        new byte[] {0},
                        new byte[] {0, 1, (byte) 0x7f, (byte) 0x80, (byte) 0xff},
                        "\\x00'\"".getBytes());
            case "uuid" ->
                MatrixValues.of(
                        UUID.class,
                        new UUID(0, 0),
                        new UUID(-1, -1),
                        UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
            case "date" -> MatrixValues.of(LocalDate.class, SqliteRoundTripTest.DATES.toArray());
            case "time" ->
                MatrixValues.of(
                        LocalTime.class,
                        LocalTime.MIDNIGHT,
                        LocalTime.of(23, 59, 59, 999_999_000),
                        LocalTime.of(13, 45, 30, 123_456_000),
                        LocalTime.NOON);
            case "timetz" ->
                MatrixValues.of(
                        OffsetTime.class,
                        OffsetTime.of(13, 45, 30, 123_456_000, ZoneOffset.ofHours(2)),
                        OffsetTime.of(0, 0, 0, 0, ZoneOffset.UTC),
                        OffsetTime.of(23, 59, 59, 999_999_000, ZoneOffset.ofHoursMinutes(-5, -30)),
                        OffsetTime.of(12, 0, 0, 0, ZoneOffset.ofHours(14)),
                        OffsetTime.of(12, 0, 0, 0, ZoneOffset.ofHours(-12)));
            case "timestamp" ->
                MatrixValues.of(
                        LocalDateTime.class,
                        LocalDateTime.of(1899, 12, 31, 23, 59, 59),
                        LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000),
                        LocalDateTime.of(1970, 1, 1, 0, 0),
                        LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000),
                        LocalDateTime.of(1, 1, 1, 0, 0),
                        LocalDateTime.of(1600, 2, 29, 12, 0, 0, 1_000));
            case "timestamptz" ->
                MatrixValues.of(
                        OffsetDateTime.class,
                        OffsetDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000, ZoneOffset.ofHours(2)),
                        OffsetDateTime.of(1899, 12, 31, 23, 59, 59, 0, ZoneOffset.UTC),
                        OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 1_000, ZoneOffset.ofHoursMinutes(-5, -30)),
                        OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000, ZoneOffset.UTC),
                        OffsetDateTime.of(1600, 2, 29, 12, 0, 0, 0, ZoneOffset.ofHours(14)));
            case "interval" ->
                MatrixValues.of(
                        String.class,
                        "00:00:00",
                        "1 year 2 mons 3 days 04:05:06.789",
                        "-00:00:00.000001",
                        "-1 days +02:00:00",
                        "178000000 years",
                        "1 mon -1 days");
            case "json" ->
                MatrixValues.of(
                        String.class,
                        "{}",
                        "[]",
                        "null",
                        "0",
                        "\"\"",
                        "{\"a\" :[1, 2.5,true,null] }",
                        "\"quote \\\" backslash \\\\ 😀 \\u00e9\"",
                        "{\"dup\": 1, \"dup\": 2}");
            case "jsonb" ->
                MatrixValues.of(
                        String.class,
                        "{}",
                        "[]",
                        "null",
                        "0",
                        "\"\"",
                        "{\"a\": [1, 2.5, true, null]}",
                        "\"quote \\\" backslash \\\\ 😀\"",
                        "{\"b\": 1, \"aa\": {\"c\": \"d\"}}");
            case "xml" ->
                MatrixValues.of(String.class, "<a>b</a>", "", "text &amp; <b attr=\"'q'\">😀</b>", "<!-- c --><x/>");
            case "point" -> MatrixValues.of(PGpoint.class, GEOMETRIC_POINTS.toArray());
            case "lseg" ->
                MatrixValues.of(
                        PGlseg.class,
                        new PGlseg(1, 2, 3, 4),
                        new PGlseg(0, 0, 0, 0),
                        new PGlseg(-1e300, 0.1, 1e-300, -0.0),
                        new PGlseg(Double.NEGATIVE_INFINITY, 0, 0, Double.POSITIVE_INFINITY));
            // boxes of distinct areas: box = box compares areas; each written with its upper right
            // corner first, as the server stores it
            case "box" ->
                MatrixValues.of(
                        PGbox.class,
                        new PGbox(3, 4, 1, 2),
                        new PGbox(0, 0, 0, 0),
                        new PGbox(-1.5, -0.25, -2.5, -1),
                        new PGbox(1e300, 1, -1e300, -1),
                        new PGbox(0.1, 0.2, -0.0, -0.0));
            case "path" ->
                MatrixValues.of(
                        PGpath.class,
                        new PGpath(points(2, 1), false),
                        new PGpath(points(3, 2), true),
                        new PGpath(points(1, 3), true),
                        new PGpath(GEOMETRIC_POINTS.toArray(new PGpoint[0]), false),
                        new PGpath(points(1000, 4), true),
                        new PGpath(points(1000, 5), false));
            case "polygon" ->
                MatrixValues.of(
                        PGpolygon.class,
                        new PGpolygon(points(3, 6)),
                        new PGpolygon(points(1, 7)),
                        new PGpolygon(GEOMETRIC_POINTS.toArray(new PGpoint[0])),
                        new PGpolygon(points(1000, 8)));
            case "line" ->
                MatrixValues.of(
                        PGline.class,
                        new PGline(1, 2, 3),
                        new PGline(0, -1, 0.5),
                        new PGline(-1e100, 1e-100, 0),
                        new PGline(1e10, -0.0, -1e-10)); // line = line overflows past 1e150
            // circles of distinct areas (circle = circle compares areas)
            case "circle" ->
                MatrixValues.of(
                        PGcircle.class,
                        new PGcircle(1, 2, 3),
                        new PGcircle(0, 0, 0),
                        new PGcircle(-1e300, 1e300, 1e100),
                        new PGcircle(-0.0, Double.NaN, 0.5));
            case "inet" ->
                MatrixValues.of(String.class, "192.168.0.1", "10.0.0.0/8", "::1", "2001:db8::1/64", "0.0.0.0");
            case "cidr" -> MatrixValues.of(String.class, "10.0.0.0/8", "192.168.1.0/24", "2001:db8::/32", "0.0.0.0/0");
            case "macaddr" ->
                MatrixValues.of(String.class, "08:00:2b:01:02:03", "00:00:00:00:00:00", "ff:ff:ff:ff:ff:ff");
            case "macaddr8" -> MatrixValues.of(String.class, "08:00:2b:01:02:03:04:05", "ff:ff:ff:ff:ff:ff:ff:ff");
            case "bit" -> MatrixValues.of(String.class, "0", "1").or(Boolean.class, false, true);
            case "varbit" -> MatrixValues.of(String.class, "", "1", "0101010101");
            case "tsvector" ->
                MatrixValues.of(String.class, "", "'a'", "'fat':2 'rat':3A", "'O''Brien' 'back\\\\slash' '😀'");
            case "tsquery" -> MatrixValues.of(String.class, "'fat' & 'rat'", "'a' | !'b'", "'x':* <-> 'y'");
            case "pg_lsn" -> MatrixValues.of(String.class, "0/0", "16/B374D848", "FFFFFFFF/FFFFFFFF");
            case "xid", "cid" ->
                MatrixValues.of(String.class, "0", "1", "4294967295").or(Long.class, 0L, 1L, 4_294_967_295L);
            case "xid8" -> MatrixValues.of(String.class, "0", "1", "18446744073709551615");
            case "tid" -> MatrixValues.of(String.class, "(0,1)", "(4294967295,65535)", "(0,0)");
            case "int4range" -> MatrixValues.of(String.class, "empty", "[1,10)", "(,5)", "[-2147483648,)", "(,)");
            case "int8range" ->
                MatrixValues.of(String.class, "empty", "[1,10)", "[-9223372036854775808,9223372036854775807)");
            case "numrange" -> MatrixValues.of(String.class, "empty", "[1.5,2.5]", "(,0.001)", "(-1,)");
            case "floatrange" -> MatrixValues.of(String.class, "empty", "[1.5,2.5]", "(-Infinity,Infinity)");
            case "daterange" -> MatrixValues.of(String.class, "empty", "[2024-02-29,2024-03-01)", "[1899-12-31,)");
            case "tsrange" ->
                MatrixValues.of(
                        String.class,
                        "empty",
                        "[\"2024-02-29 13:45:30.123456\",\"2024-03-01 00:00:00\")",
                        "(,\"1899-12-31 23:59:59\"]");
            case "tstzrange" -> MatrixValues.of(String.class, "empty", "(,)");
            case "int4multirange" -> MatrixValues.of(String.class, "{}", "{[1,3),[5,7)}", "{(,0)}");
            case "int8multirange" -> MatrixValues.of(String.class, "{}", "{[1,3),[5,7)}");
            case "nummultirange" -> MatrixValues.of(String.class, "{}", "{[1.5,2.5],(3,)}");
            case "floatmultirange" -> MatrixValues.of(String.class, "{}", "{[1.5,2.5]}");
            case "datemultirange" -> MatrixValues.of(String.class, "{}", "{[2024-02-29,2024-03-01)}");
            case "tsmultirange" ->
                MatrixValues.of(String.class, "{}", "{[\"2024-02-29 13:45:30\",\"2024-03-01 00:00:00\")}");
            case "tstzmultirange" -> MatrixValues.of(String.class, "{}", "{(,)}");
            case "mood" ->
                MatrixValues.of(
                        MatrixValues.Label.class,
                        new MatrixValues.Label("happy"),
                        new MatrixValues.Label("so-so"),
                        new MatrixValues.Label("with space"),
                        new MatrixValues.Label("Ünï 😀"),
                        new MatrixValues.Label("quote's"),
                        new MatrixValues.Label("UPPER"));
            case "positive_int" -> MatrixValues.of(Integer.class, 1, Integer.MAX_VALUE);
            case "pair" ->
                MatrixValues.of(String.class, "(1,abc)", "(,)", "(-1,\"a b\")", "(2,\"quote\"\"s \\\\ \")", "(3,\"\")")
                        .or(
                                MatrixValues.Struct.class,
                                new MatrixValues.Struct(1, "abc"),
                                new MatrixValues.Struct(null, null),
                                new MatrixValues.Struct(-1, "a b"),
                                new MatrixValues.Struct(2, "quote\"s \\ "),
                                new MatrixValues.Struct(3, ""),
                                new MatrixValues.Struct(null, ""),
                                new MatrixValues.Struct(4, "a,b (c) d)"),
                                new MatrixValues.Struct(5, "\"\""),
                                new MatrixValues.Struct(6, "\\\\\""),
                                new MatrixValues.Struct(7, "😀 𝄞 Ünï"),
                                new MatrixValues.Struct(8, "NULL"),
                                new MatrixValues.Struct(9, "(,)"),
                                new MatrixValues.Struct(10, " lead, trail\t\nnew line "),
                                new MatrixValues.Struct(Integer.MIN_VALUE, null));
            case "inventory_item" -> MatrixValues.of(MatrixValues.Struct.class, INVENTORY_ITEMS.toArray());
            case "shipment" ->
                MatrixValues.of(
                        MatrixValues.Struct.class,
                        new MatrixValues.Struct(INVENTORY_ITEMS.get(0), 5L, "first, \"quoted\""),
                        new MatrixValues.Struct(null, null, null),
                        new MatrixValues.Struct(INVENTORY_ITEMS.get(1), 0L, ""),
                        new MatrixValues.Struct(INVENTORY_ITEMS.get(2), Long.MIN_VALUE, "back\\slash (x)"),
                        new MatrixValues.Struct(INVENTORY_ITEMS.get(3), Long.MAX_VALUE, "😀"));
            // documented refusals: values for when they stop being refused
            case "regproc",
                    "regprocedure",
                    "regoper",
                    "regoperator",
                    "regclass",
                    "regcollation",
                    "regtype",
                    "regrole",
                    "regnamespace",
                    "regconfig",
                    "regdictionary" -> MatrixValues.of(String.class, "-");
            case "refcursor" -> MatrixValues.of(String.class, "", "cursor name");
            case "txid_snapshot", "pg_snapshot" ->
                MatrixValues.of(String.class, "10:20:10,14,15", "3:3:", "1:18446744073709551615:");
            case "jsonpath" ->
                MatrixValues.of(
                        String.class,
                        "$.\"a\"[*]?(@ > 2)",
                        "$",
                        "strict $.\"b c\"[0 to last].type()",
                        "($.\"😀\" like_regex \"^x\\\\d\" flag \"i\")");
            default -> null;
        };
    }
}
