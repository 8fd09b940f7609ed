package io.sqlj.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.junit.jupiter.api.BeforeAll;

/**
 * The round-trip matrix on DuckDB (the JavaScript engine, DuckDB's JDBC driver), over every type
 * DuckDB's own catalog lists ({@code duckdb_types()}: each logical type, the {@code JSON} alias
 * and the schema's own enum), a list of each, minus the types {@link #NOT_COLUMN_TYPES} names
 * with the reason, and over the engine's own {@code REPORTABLE_TYPES} (engines/duckdb/src/types.js).
 * A type DuckDB or the engine has and this class has no values for fails the test.
 */
class DuckDbRoundTripTest extends RoundTripMatrix {

    private static final Path ENGINE_DIR = Sqlite.root().resolve("engines/duckdb");

    /** Logical types of duckdb_types() that are not column types of their own, with the reason. */
    static final Map<String, String> NOT_COLUMN_TYPES = Map.of(
            "NULL", "the type of the NULL literal, not a column type",
            "TYPE", "the type of type names, not a column type",
            "LIST", "a list of an element type: the matrix has a list of every type",
            "ARRAY", "a fixed-size list: not covered yet (every value would need the declared length)",
            "ENUM", "the built-in name of all enums: the matrix has the schema's own enums, mood and plain_mood",
            "DECIMAL", "needs its width and scale: the matrix has DECIMAL(18,3) and DECIMAL(38,10)");

    /** Nested types as a column spells them, with their parts. */
    private static final Map<String, String> NESTED = Map.of(
            "MAP",
            "MAP(VARCHAR, INTEGER)",
            "STRUCT",
            "STRUCT(n INTEGER, label VARCHAR)",
            "UNION",
            "UNION(n INTEGER, s VARCHAR)");

    @BeforeAll
    static void installTheEngine() throws Exception {
        Tools.require("node", "the DuckDB engine runs on Node.js");
        if (!Files.isDirectory(ENGINE_DIR.resolve("node_modules/@duckdb/node-api"))) {
            Tools.require("npm", "the DuckDB engine's packages are installed with npm");
            List<String> npm = List.of("npm", "install", "--omit=dev", "--no-save", "--no-audit", "--no-fund");
            Tools.Result install = Tools.run(ENGINE_DIR, 600, npm);
            assertEquals(
                    0, install.exit(), String.join(" ", npm) + " in " + ENGINE_DIR + " failed:\n" + install.output());
        }
    }

    @Override
    String engine() {
        return "duckdb";
    }

    @Override
    String enginesBlock() {
        return "engines:\n  - name: duckdb\n    process: { cmd: \"" + ENGINE_DIR.resolve("sqlj-engine-duckdb")
                + "\" }\n";
    }

    @Override
    Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:");
    }

    @Override
    String schemaPrelude() {
        return """
        CREATE TYPE mood AS ENUM ('happy', 'so-so', 'with space', 'Ünï 😀', 'quote''s', 'UPPER');
        CREATE TYPE plain_mood AS ENUM ('happy', 'so-so', 'with space', 'Ünï ü', 'quote''s', 'UPPER');
        CREATE SEQUENCE key_seq;
        """;
    }

    @Override
    List<SqlType> reportableTypes(Connection db) throws Exception {
        List<String> names = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("""
        SELECT DISTINCT CASE WHEN (logical_type = 'ENUM' AND NOT internal) OR type_name = 'JSON' THEN type_name
                             ELSE logical_type END
        FROM duckdb_types()
        ORDER BY 1""")) {
            while (rs.next()) {
                if (!NOT_COLUMN_TYPES.containsKey(rs.getString(1))) {
                    names.add(rs.getString(1));
                }
            }
        }
        names.addAll(List.of("DECIMAL(18,3)", "DECIMAL(38,10)"));
        List<SqlType> types = new ArrayList<>();
        for (String name : names) {
            String ddl = NESTED.getOrDefault(name, name);
            types.add(new SqlType(
                    ddl,
                    name,
                    0,
                    !NESTED.containsKey(name) && !List.of("VARIANT", "GEOMETRY").contains(name)));
            types.add(new SqlType(ddl + "[]", name, 1, false));
        }
        types.add(SqlType.array("INTEGER", 2));
        types.add(SqlType.array("VARCHAR", 2));
        // The engine's own list (types.js REPORTABLE_TYPES) is covered too, whatever the catalog says.
        for (String reported : engineReportableTypes()) {
            int dims = (reported.length() - reported.replace("[]", "").length()) / 2;
            String element = ALIASES.getOrDefault(reported.replace("[]", ""), reported.replace("[]", ""));
            String name = element + "[]".repeat(dims);
            if (types.stream().noneMatch(t -> t.name().equals(name))) {
                types.add(new SqlType(name, element, dims, dims == 0));
            }
        }
        return types;
    }

    /** DuckDB's short names, as the catalog spells them. */
    private static final Map<String, String> ALIASES =
            Map.of("TIMESTAMPTZ", "TIMESTAMP WITH TIME ZONE", "TIMETZ", "TIME WITH TIME ZONE");

    /** {@code REPORTABLE_TYPES} of the engine's types.js, read by node. */
    private static List<String> engineReportableTypes() throws Exception {
        Tools.Result result = Tools.run(
                ENGINE_DIR,
                60,
                List.of(
                        "node",
                        "--input-type=module",
                        "-e",
                        "const m = await import('./src/types.js'); console.log(m.REPORTABLE_TYPES.join('\\n'));"));
        assertEquals(
                0, result.exit(), "cannot read REPORTABLE_TYPES from engines/duckdb/src/types.js:\n" + result.output());
        return result.output()
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
    }

    @Override
    Map<String, String> refused() {
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("MAP", "a nested type: no default mapping, add an override");
        refused.put("STRUCT", "a nested type: no default mapping, add an override");
        refused.put("UNION", "a nested type: no default mapping, add an override");
        refused.put("VARIANT", "any value: no Java type carries it, add an override");
        refused.put("GEOMETRY", "no default mapping, add an override");
        String bind = "duckdb_jdbc's createArrayOf/setArray cannot bind it: add an override";
        refused.put("TIME WITH TIME ZONE[]", bind + " (OffsetTime elements)");
        refused.put("INTEGER[][]", bind + " (a list of lists)");
        refused.put("VARCHAR[][]", bind + " (a list of lists)");
        refused.put(
                "mood",
                "an enum with a label outside the Basic Multilingual Plane (😀): duckdb_jdbc decodes such"
                        + " labels wrongly (modified UTF-8), in a column and in a list alike; plain_mood, whose labels are in the"
                        + " BMP, round-trips");
        for (String element :
                List.of("BIGNUM", "BIT", "HUGEINT", "INTERVAL", "TIMESTAMP_NS", "TIME_NS", "UBIGINT", "UHUGEINT")) {
            refused.put(element + "[]", "a list of an element type duckdb_jdbc cannot bind or read as mapped");
        }
        return refused;
    }

    @Override
    Map<String, String> knownFailures() {
        return Map.of();
    }

    @Override
    List<KeyTable> keyTables() {
        List<KeyTable> keys = new ArrayList<>();
        for (boolean first : List.of(true, false)) {
            keys.add(new KeyTable("INTEGER", "id INTEGER PRIMARY KEY DEFAULT nextval('key_seq')", first));
            keys.add(new KeyTable("BIGINT", "id BIGINT PRIMARY KEY DEFAULT nextval('key_seq')", first));
            keys.add(new KeyTable("UUID", "id UUID PRIMARY KEY DEFAULT gen_random_uuid()", first));
        }
        return keys;
    }

    @Override
    MatrixValues values(String type) {
        return switch (type) {
            case "BOOLEAN" -> MatrixValues.of(Boolean.class, true, false);
            case "TINYINT" ->
                MatrixValues.of(Byte.class, Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0)
                        .or(Short.class, (short) Byte.MIN_VALUE, (short) Byte.MAX_VALUE, (short) 0);
            case "SMALLINT" -> MatrixValues.of(Short.class, Short.MIN_VALUE, Short.MAX_VALUE, (short) 0, (short) -1);
            case "INTEGER" -> MatrixValues.of(Integer.class, Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1);
            case "BIGINT" -> MatrixValues.of(Long.class, Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L);
            case "UTINYINT" -> MatrixValues.of(Short.class, (short) 0, (short) 255);
            case "USMALLINT" -> MatrixValues.of(Integer.class, 0, 65_535);
            case "UINTEGER" -> MatrixValues.of(Long.class, 0L, 4_294_967_295L);
            case "UBIGINT" ->
                MatrixValues.of(BigDecimal.class, BigDecimal.ZERO, new BigDecimal("18446744073709551615"))
                        .or(BigInteger.class, BigInteger.ZERO, new BigInteger("18446744073709551615"));
            case "HUGEINT" ->
                MatrixValues.of(
                                BigDecimal.class,
                                BigDecimal.ZERO,
                                new BigDecimal("-170141183460469231731687303715884105728"),
                                new BigDecimal("170141183460469231731687303715884105727"))
                        .or(
                                BigInteger.class,
                                BigInteger.ZERO,
                                new BigInteger("-170141183460469231731687303715884105728"),
                                new BigInteger("170141183460469231731687303715884105727"));
            case "UHUGEINT" ->
                MatrixValues.of(
                                BigDecimal.class,
                                BigDecimal.ZERO,
                                new BigDecimal("340282366920938463463374607431768211455"))
                        .or(
                                BigInteger.class,
                                BigInteger.ZERO,
                                new BigInteger("340282366920938463463374607431768211455"))
                        .or(String.class, "0", "1", "340282366920938463463374607431768211455");
            case "BIGNUM" ->
                MatrixValues.of(BigDecimal.class, BigDecimal.ZERO, new BigDecimal("-1" + "0".repeat(60)))
                        .or(BigInteger.class, BigInteger.ZERO, new BigInteger("-1" + "0".repeat(60)))
                        .or(String.class, "0", "-1" + "0".repeat(60));
            case "FLOAT" ->
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
                        Float.NEGATIVE_INFINITY);
            case "DOUBLE" ->
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
            case "DECIMAL(4,1)" ->
                MatrixValues.of(
                        BigDecimal.class,
                        BigDecimal.ZERO,
                        new BigDecimal("-999.9"),
                        new BigDecimal("999.9"),
                        new BigDecimal("0.1"));
            case "DECIMAL(18,3)" ->
                MatrixValues.of(
                        BigDecimal.class,
                        BigDecimal.ZERO,
                        new BigDecimal("-1.5"),
                        new BigDecimal("999999999999999.999"),
                        new BigDecimal("-999999999999999.999"),
                        new BigDecimal("0.001"));
            case "DECIMAL(38,10)" ->
                MatrixValues.of(
                        BigDecimal.class,
                        BigDecimal.ZERO,
                        new BigDecimal("9999999999999999999999999999.9999999999"),
                        new BigDecimal("-0.0000000001"));
            case "VARCHAR" -> MatrixValues.of(String.class, SqliteRoundTripTest.TEXTS.toArray());
            case "JSON" ->
                MatrixValues.of(
                        String.class,
                        "{}",
                        "[]",
                        "null",
                        "0",
                        "\"\"",
                        "{\"a\":[1,2.5,true,null]}",
                        "\"quote \\\" backslash \\\\ 😀\"");
            case "BLOB" ->
                MatrixValues.of(
                        byte[].class,
                        new byte[0],
                        new byte[] {0},
                        new byte[] {0, 1, (byte) 0x7f, (byte) 0x80, (byte) 0xff},
                        "\\x00'\"".getBytes());
            case "BIT" -> MatrixValues.of(String.class, "0", "1", "0101010101");
            case "DATE" -> MatrixValues.of(LocalDate.class, SqliteRoundTripTest.DATES.toArray());
            case "TIME" ->
                MatrixValues.of(
                        LocalTime.class,
                        LocalTime.MIDNIGHT,
                        LocalTime.of(23, 59, 59, 999_999_000),
                        LocalTime.of(13, 45, 30, 123_456_000));
            case "TIME_NS" ->
                MatrixValues.of(
                                LocalTime.class,
                                LocalTime.MIDNIGHT,
                                LocalTime.of(23, 59, 59, 999_999_999),
                                LocalTime.of(13, 45, 30, 123_456_789))
                        // the text duckdb_jdbc's getString gives (java.time's toString)
                        .or(String.class, "00:00", "01:02:03", "23:59:59.999999999", "13:45:30.123456789");
            case "TIME WITH TIME ZONE" ->
                MatrixValues.of(
                                OffsetTime.class,
                                OffsetTime.of(13, 45, 30, 123_456_000, ZoneOffset.ofHours(2)),
                                OffsetTime.of(0, 0, 0, 0, ZoneOffset.UTC),
                                OffsetTime.of(23, 59, 59, 999_999_000, ZoneOffset.ofHoursMinutes(-5, -30)))
                        // the text duckdb_jdbc's getString gives (java.time's toString), in a form DuckDB parses back
                        .or(String.class, "13:45:30.123456+02:00", "23:59:59.999999-05:30", "00:00:01+01:00");
            case "TIMESTAMP" ->
                MatrixValues.of(
                        LocalDateTime.class,
                        LocalDateTime.of(1899, 12, 31, 23, 59, 59),
                        LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000),
                        LocalDateTime.of(1970, 1, 1, 0, 0),
                        LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000),
                        LocalDateTime.of(1, 1, 1, 0, 0));
            case "TIMESTAMP_S" ->
                MatrixValues.of(
                        LocalDateTime.class,
                        LocalDateTime.of(1899, 12, 31, 23, 59, 59),
                        LocalDateTime.of(2024, 2, 29, 13, 45, 30));
            case "TIMESTAMP_MS" ->
                MatrixValues.of(
                        LocalDateTime.class,
                        LocalDateTime.of(1899, 12, 31, 23, 59, 59, 999_000_000),
                        LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_000_000));
            case "TIMESTAMP_NS" ->
                MatrixValues.of(
                                LocalDateTime.class,
                                LocalDateTime.of(1970, 1, 1, 0, 0, 0, 1),
                                LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_789),
                                LocalDateTime.of(1900, 3, 1, 0, 0))
                        // the text duckdb_jdbc's getString gives (java.sql.Timestamp's toString)
                        .or(
                                String.class,
                                "2024-02-29 13:45:30.123456789",
                                "1970-01-01 00:00:00.000000001",
                                "1899-12-31 23:59:59.5");
            case "TIMESTAMP WITH TIME ZONE" ->
                MatrixValues.of(
                        OffsetDateTime.class,
                        OffsetDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000, ZoneOffset.ofHours(2)),
                        OffsetDateTime.of(1899, 12, 31, 23, 59, 59, 0, ZoneOffset.UTC),
                        OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 1_000, ZoneOffset.ofHoursMinutes(-5, -30)));
            case "INTERVAL" ->
                MatrixValues.of(String.class, "00:00:00", "1 year 2 months 3 days 04:05:06.789", "-00:00:00.000001");
            case "UUID" ->
                MatrixValues.of(
                        UUID.class,
                        new UUID(0, 0),
                        new UUID(-1, -1),
                        UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
            case "mood" ->
                MatrixValues.of(
                        MatrixValues.Label.class,
                        new MatrixValues.Label("happy"),
                        new MatrixValues.Label("so-so"),
                        new MatrixValues.Label("with space"),
                        new MatrixValues.Label("Ünï 😀"),
                        new MatrixValues.Label("quote's"),
                        new MatrixValues.Label("UPPER"));
            case "plain_mood" ->
                MatrixValues.of(
                        MatrixValues.Label.class,
                        new MatrixValues.Label("happy"),
                        new MatrixValues.Label("so-so"),
                        new MatrixValues.Label("with space"),
                        new MatrixValues.Label("Ünï ü"),
                        new MatrixValues.Label("quote's"),
                        new MatrixValues.Label("UPPER"));
            // documented refusals: values for when they stop being refused
            case "MAP", "STRUCT", "UNION", "VARIANT", "GEOMETRY" -> MatrixValues.of(String.class, "-");
            default -> null;
        };
    }
}
