package io.sqlj.it;

import io.sqlj.engine.mysql.MyTypes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The round-trip matrix on MySQL: the MySQL engine's own MariaDB 10.11 (the server the engine
 * starts to describe queries; utf8mb4, time zone +00:00), one server and one database for the
 * whole class, over every declaration the engine's {@code MyTypes.DECLARED_TYPES} lists.
 *
 * <p>Left out on purpose, as they are not values the column can hold: NaN and ±Infinity for
 * FLOAT/DOUBLE (MariaDB refuses them); fractions of a second on TIME, DATETIME without a
 * precision (the server rounds to whole seconds); trailing spaces in CHAR (the server strips
 * them when reading, as SQL's CHAR means); TIMESTAMP outside 1970-01-01 00:00:01 – 2038-01-19
 * 03:14:07 UTC, and TIME outside a day (durations: docs/mysql.md, an override to {@code String}).
 */
class MysqlRoundTripTest extends RoundTripMatrix {

    @Override
    String engine() {
        return "mysql";
    }

    @Override
    Connection database() throws Exception {
        return serverPrepared()
                ? MariaDb.emptyDatabase("matrix_binary", "useServerPrepStmts=true")
                : MariaDb.emptyDatabase("matrix");
    }

    @Override
    List<SqlType> reportableTypes(Connection db) {
        List<SqlType> types = new ArrayList<>();
        for (String declared : MyTypes.DECLARED_TYPES) {
            // no slice on spatial types: geometry equality is ST_Equals, not `=` on the stored bytes; nor on
            // FLOAT: `v IN (?)` compares the column's single-precision value with a double argument, which
            // MySQL's manual calls unreliable (3.40282E38 stored as a FLOAT is not the double 3.40282E38)
            types.add(SqlType.scalar(
                    declared,
                    !SPATIAL.contains(base(declared)) && !base(declared).equals("FLOAT")));
        }
        return types;
    }

    @Override
    Map<String, String> refused() {
        return Map.of();
    }

    @Override
    Map<String, String> refusedCommands() {
        String bitSlice = "`v IN (?)` with a byte[] argument compares the BIT(n) column as a number with the bytes as a"
                + " string (numeric value 0): the slice is refused, a column override to long makes it compare numbers";
        return Map.of("BIT(12) slice", bitSlice, "BIT(64) slice", bitSlice);
    }

    /**
     * Whether the connection uses server-side prepared statements (the binary protocol): the
     * values the text protocol cannot carry are in the matrix only then.
     */
    boolean serverPrepared() {
        return false;
    }

    @Override
    List<KeyTable> keyTables() {
        List<KeyTable> keys = new ArrayList<>();
        for (boolean first : List.of(true, false)) {
            keys.add(new KeyTable("INT AUTO_INCREMENT", "id INT AUTO_INCREMENT PRIMARY KEY", first));
            keys.add(new KeyTable("BIGINT AUTO_INCREMENT", "id BIGINT AUTO_INCREMENT PRIMARY KEY", first));
            keys.add(new KeyTable(
                    "BIGINT UNSIGNED AUTO_INCREMENT", "id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY", first));
            keys.add(new KeyTable("SERIAL", "id SERIAL PRIMARY KEY", first));
        }
        return keys;
    }

    private static final List<String> SPATIAL = List.of(
            "GEOMETRY",
            "POINT",
            "LINESTRING",
            "POLYGON",
            "MULTIPOINT",
            "MULTILINESTRING",
            "MULTIPOLYGON",
            "GEOMETRYCOLLECTION");

    private static String base(String declared) {
        return declared.replaceAll("\\s*\\(.*\\)", "").toUpperCase(Locale.ROOT);
    }

    private static final BigDecimal U64_MAX = new BigDecimal("18446744073709551615");

    @Override
    MatrixValues values(String type) {
        return switch (type) {
            case "BOOLEAN", "TINYINT(1)", "BIT(1)" -> MatrixValues.of(Boolean.class, true, false);
            case "BIT(12)" ->
                MatrixValues.of(
                        byte[].class, new byte[] {0, 0}, new byte[] {0x0f, (byte) 0xff}, new byte[] {0x08, 0x01});
            case "BIT(64)" ->
                MatrixValues.of(
                        byte[].class, new byte[8], bytes(8, 0xff), new byte[] {(byte) 0x80, 0, 0, 0, 0, 0, 0, 1});
            case "TINYINT" -> MatrixValues.of(Short.class, (short) -128, (short) 127, (short) 0, (short) -1);
            case "TINYINT UNSIGNED" -> MatrixValues.of(Short.class, (short) 0, (short) 255, (short) 128);
            case "SMALLINT" -> MatrixValues.of(Short.class, Short.MIN_VALUE, Short.MAX_VALUE, (short) 0);
            case "SMALLINT UNSIGNED" -> MatrixValues.of(Integer.class, 0, 65535, 32768);
            case "MEDIUMINT" -> MatrixValues.of(Integer.class, -8388608, 8388607, 0);
            case "MEDIUMINT UNSIGNED" -> MatrixValues.of(Integer.class, 0, 16777215);
            case "INT" -> MatrixValues.of(Integer.class, Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1);
            case "INT UNSIGNED" -> MatrixValues.of(Long.class, 0L, 4294967295L, 2147483648L);
            case "BIGINT" -> MatrixValues.of(Long.class, Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L);
            case "BIGINT UNSIGNED" ->
                MatrixValues.of(
                                BigDecimal.class,
                                BigDecimal.ZERO,
                                U64_MAX,
                                new BigDecimal("9223372036854775808"),
                                BigDecimal.ONE)
                        .or(
                                BigInteger.class,
                                BigInteger.ZERO,
                                U64_MAX.toBigInteger(),
                                new BigInteger("9223372036854775808"),
                                BigInteger.ONE);
            case "DECIMAL(10,2)" ->
                MatrixValues.of(
                        BigDecimal.class,
                        new BigDecimal("99999999.99"),
                        new BigDecimal("-99999999.99"),
                        BigDecimal.ZERO,
                        new BigDecimal("0.01"),
                        new BigDecimal("-0.01"));
            case "DECIMAL(65,30)" ->
                MatrixValues.of(
                        BigDecimal.class,
                        new BigDecimal("9".repeat(35) + "." + "9".repeat(30)),
                        new BigDecimal("-" + "9".repeat(35) + "." + "9".repeat(30)),
                        new BigDecimal("0." + "0".repeat(29) + "1"),
                        BigDecimal.ZERO);
            case "DECIMAL(65,0)" ->
                MatrixValues.of(
                        BigDecimal.class,
                        new BigDecimal("9".repeat(65)),
                        new BigDecimal("-" + "9".repeat(65)),
                        BigDecimal.ZERO,
                        new BigDecimal(U64_MAX.toString()));
            // FLOAT reads as double (sqlc's float64); its values are floats. The text protocol carries a
            // FLOAT in 6 significant digits and stores a -0.0 sent as text as 0 (the server's doing,
            // pinned by textProtocolRoundsFloatAndDropsNegativeZero): those values are in the matrix
            // with server-side prepared statements (MysqlBinaryRoundTripTest), where they round-trip.
            case "FLOAT" ->
                serverPrepared()
                        ? MatrixValues.of(
                                Double.class,
                                0.0,
                                -0.0,
                                1.5,
                                -2.25,
                                (double) Float.MAX_VALUE,
                                (double) -Float.MAX_VALUE,
                                (double) Float.MIN_NORMAL,
                                (double) 0.1f,
                                16777216.0,
                                (double) 1.234567f)
                        : MatrixValues.of(
                                Double.class,
                                0.0,
                                1.5,
                                -2.25,
                                3.40282e38,
                                -3.40282e38,
                                1.17549e-38,
                                0.5,
                                123456.0,
                                -0.000125);
            case "DOUBLE" ->
                serverPrepared()
                        ? MatrixValues.of(
                                Double.class,
                                0.0,
                                -0.0,
                                1.5,
                                Double.MAX_VALUE,
                                -Double.MAX_VALUE,
                                Double.MIN_NORMAL,
                                Double.MIN_VALUE,
                                0.1,
                                1e300,
                                9007199254740993.0)
                        : MatrixValues.of(
                                Double.class,
                                0.0,
                                1.5,
                                Double.MAX_VALUE,
                                -Double.MAX_VALUE,
                                Double.MIN_NORMAL,
                                Double.MIN_VALUE,
                                0.1,
                                1e300,
                                9007199254740993.0);
            case "DATE" ->
                MatrixValues.of(
                        LocalDate.class,
                        LocalDate.of(1000, 1, 1),
                        LocalDate.of(9999, 12, 31),
                        LocalDate.of(1899, 12, 31),
                        LocalDate.of(2024, 2, 29),
                        LocalDate.of(1600, 2, 29),
                        LocalDate.of(1970, 1, 1));
            case "TIME" ->
                MatrixValues.of(LocalTime.class, LocalTime.MIDNIGHT, LocalTime.NOON, LocalTime.of(23, 59, 59));
            case "TIME(6)" ->
                MatrixValues.of(
                        LocalTime.class,
                        LocalTime.MIDNIGHT,
                        LocalTime.of(23, 59, 59, 999_999_000),
                        LocalTime.of(13, 45, 30, 123_456_000),
                        LocalTime.of(0, 0, 0, 1_000));
            case "DATETIME" ->
                MatrixValues.of(
                        LocalDateTime.class,
                        LocalDateTime.of(1000, 1, 1, 0, 0),
                        LocalDateTime.of(9999, 12, 31, 23, 59, 59),
                        LocalDateTime.of(2024, 2, 29, 13, 45, 30),
                        LocalDateTime.of(1899, 12, 31, 23, 59, 59));
            case "DATETIME(6)" ->
                MatrixValues.of(
                        LocalDateTime.class,
                        LocalDateTime.of(1000, 1, 1, 0, 0),
                        LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000),
                        LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000),
                        LocalDateTime.of(1970, 1, 1, 0, 0, 0, 1_000));
            case "TIMESTAMP(6)" ->
                MatrixValues.of(
                        LocalDateTime.class,
                        LocalDateTime.of(1970, 1, 1, 0, 0, 1),
                        LocalDateTime.of(2038, 1, 19, 3, 14, 7, 999_999_000),
                        LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000),
                        LocalDateTime.of(2000, 2, 29, 0, 0, 0, 1_000));
            case "YEAR" -> MatrixValues.of(Short.class, (short) 1901, (short) 2155, (short) 2024, (short) 0);
            case "CHAR(20)" ->
                MatrixValues.of(
                        String.class,
                        "",
                        "a",
                        "O'Brien",
                        "\"double\"",
                        "back\\slash",
                        "😀 outside the BMP 𝄞",
                        "ünïcödé ß 漢字",
                        "NULL",
                        "tab\tnewline\nx",
                        "x".repeat(20));
            case "VARCHAR(255)", "TINYTEXT" -> MatrixValues.of(String.class, SHORT_TEXTS.toArray());
            case "VARCHAR(16000)", "TEXT", "MEDIUMTEXT", "LONGTEXT" ->
                MatrixValues.of(String.class, SqliteRoundTripTest.TEXTS.toArray());
            case "BINARY(5)" ->
                MatrixValues.of(byte[].class, new byte[5], new byte[] {1, 2, 3, 4, 5}, bytes(5, 0xff), new byte[] {
                    '\'', '\\', '"', 0, 0
                });
            case "VARBINARY(255)", "TINYBLOB", "BLOB", "MEDIUMBLOB", "LONGBLOB" ->
                MatrixValues.of(
                        byte[].class,
                        new byte[0],
                        new byte[] {0},
                        new byte[] {0, 1, (byte) 0x7f, (byte) 0x80, (byte) 0xff},
                        "'\\\"".getBytes(),
                        bytes(255, 0xa5));
            case "JSON" ->
                MatrixValues.of(
                        String.class,
                        "{}",
                        "[]",
                        "null",
                        "0",
                        "\"\"",
                        "{\"a\": [1, 2.5, true, null]}",
                        "\"quote \\\" backslash \\\\ 😀\"",
                        "[-9223372036854775808, 18446744073709551615, 1e+300]");
            case "SET('red','dark blue','über')" ->
                MatrixValues.of(String.class, "", "red", "dark blue", "red,dark blue", "red,dark blue,über");
            case "GEOMETRY" -> MatrixValues.of(byte[].class, point(1.5, -2), lineString(0, 0, 1, 1, 2, 0), polygon());
            case "POINT" ->
                MatrixValues.of(byte[].class, point(0, 0), point(1.5, -2), point(-Double.MAX_VALUE, 1e-300));
            case "LINESTRING" -> MatrixValues.of(byte[].class, lineString(0, 0, 1, 1), lineString(0, 0, 1, 1, 2, 0));
            case "POLYGON" -> MatrixValues.of(byte[].class, polygon());
            case "MULTIPOINT" -> MatrixValues.of(byte[].class, multi(4, wkbPoint(1, 2), wkbPoint(-3, 4.5)));
            case "MULTILINESTRING" ->
                MatrixValues.of(byte[].class, multi(5, wkbLine(0, 0, 1, 1), wkbLine(2, 2, 3, 3, 4, 2)));
            case "MULTIPOLYGON" -> MatrixValues.of(byte[].class, multi(6, wkbPolygon()));
            case "GEOMETRYCOLLECTION" ->
                MatrixValues.of(byte[].class, multi(7, wkbPoint(1, 2), wkbLine(0, 0, 1, 1)), multi(7));
            case "UUID" ->
                MatrixValues.of(
                        String.class,
                        "00000000-0000-0000-0000-000000000000",
                        "ffffffff-ffff-ffff-ffff-ffffffffffff",
                        "123e4567-e89b-12d3-a456-426614174000");
            case "INET4" -> MatrixValues.of(String.class, "0.0.0.0", "255.255.255.255", "192.168.1.1");
            case "INET6" ->
                MatrixValues.of(
                        String.class, "::", "::1", "2001:db8::ff00:42:8329", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff");
            default ->
                type.startsWith("ENUM(")
                        ? MatrixValues.of(
                                MatrixValues.Label.class,
                                new MatrixValues.Label("two words"),
                                new MatrixValues.Label("'quoted'"),
                                new MatrixValues.Label("back\\slash"),
                                new MatrixValues.Label("naïve 😀"),
                                new MatrixValues.Label("so-so"))
                        : null;
        };
    }

    /** Texts that fit 255 bytes of utf8mb4. */
    private static final List<String> SHORT_TEXTS = List.of(
            "",
            " ",
            "a",
            "O'Brien",
            "\"double\"",
            "back\\slash",
            "\\x00 not bytes",
            "😀 outside the BMP 𝄞",
            "tab\tnewline\nreturn\r",
            "NULL",
            "ünïcödé ß 漢字",
            "x".repeat(255));

    private static byte[] bytes(int n, int value) {
        byte[] out = new byte[n];
        java.util.Arrays.fill(out, (byte) value);
        return out;
    }

    /** A geometry as MySQL stores it: a 4-byte SRID (0), then little-endian WKB. */
    private static byte[] geometry(byte[] wkb) {
        return ByteBuffer.allocate(4 + wkb.length)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putInt(0)
                .put(wkb)
                .array();
    }

    private static byte[] point(double x, double y) {
        return geometry(wkbPoint(x, y));
    }

    private static byte[] lineString(double... xy) {
        return geometry(wkbLine(xy));
    }

    private static byte[] polygon() {
        return geometry(wkbPolygon());
    }

    private static byte[] multi(int kind, byte[]... parts) {
        int length = 9;
        for (byte[] p : parts) {
            length += p.length;
        }
        ByteBuffer b = ByteBuffer.allocate(length)
                .order(ByteOrder.LITTLE_ENDIAN)
                .put((byte) 1)
                .putInt(kind)
                .putInt(parts.length);
        for (byte[] p : parts) {
            b.put(p);
        }
        return geometry(b.array());
    }

    private static byte[] wkbPoint(double x, double y) {
        return ByteBuffer.allocate(21)
                .order(ByteOrder.LITTLE_ENDIAN)
                .put((byte) 1)
                .putInt(1)
                .putDouble(x)
                .putDouble(y)
                .array();
    }

    private static byte[] wkbLine(double... xy) {
        ByteBuffer b = ByteBuffer.allocate(9 + 8 * xy.length)
                .order(ByteOrder.LITTLE_ENDIAN)
                .put((byte) 1)
                .putInt(2)
                .putInt(xy.length / 2);
        for (double d : xy) {
            b.putDouble(d);
        }
        return b.array();
    }

    /** A square with a square hole. */
    private static byte[] wkbPolygon() {
        double[][] rings = {{0, 0, 10, 0, 10, 10, 0, 10, 0, 0}, {2, 2, 2, 4, 4, 4, 4, 2, 2, 2}};
        ByteBuffer b = ByteBuffer.allocate(9 + 2 * 4 + 2 * 5 * 16)
                .order(ByteOrder.LITTLE_ENDIAN)
                .put((byte) 1)
                .putInt(3)
                .putInt(rings.length);
        for (double[] ring : rings) {
            b.putInt(ring.length / 2);
            for (double d : ring) {
                b.putDouble(d);
            }
        }
        return b.array();
    }

    /**
     * What docs/mysql.md says of the text protocol (the driver's default): the server sends a FLOAT
     * in 6 significant digits and stores a -0.0 sent as text as 0; with useServerPrepStmts=true both
     * are exact.
     */
    @org.junit.jupiter.api.Test
    void textProtocolRoundsFloatAndDropsNegativeZero() throws Exception {
        for (boolean binary : List.of(false, true)) {
            try (Connection db = binary
                            ? MariaDb.emptyDatabase("float_binary", "useServerPrepStmts=true")
                            : MariaDb.emptyDatabase("float_text");
                    java.sql.Statement s = db.createStatement()) {
                s.execute("CREATE TABLE f (id INT PRIMARY KEY, v FLOAT, d DOUBLE)");
                try (java.sql.PreparedStatement ps = db.prepareStatement("INSERT INTO f VALUES (?, ?, ?)")) {
                    ps.setInt(1, 1);
                    ps.setDouble(2, 16777216.0);
                    ps.setDouble(3, 1.0);
                    ps.execute();
                    ps.setInt(1, 2);
                    ps.setDouble(2, -0.0);
                    ps.setDouble(3, -0.0);
                    ps.execute();
                }
                try (java.sql.PreparedStatement ps = db.prepareStatement("SELECT v, d FROM f ORDER BY id");
                        java.sql.ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    org.junit.jupiter.api.Assertions.assertEquals(binary ? 16777216.0 : 1.67772e7, rs.getDouble(1));
                    rs.next();
                    org.junit.jupiter.api.Assertions.assertEquals(binary ? -0.0 : 0.0, rs.getDouble(1));
                    org.junit.jupiter.api.Assertions.assertEquals(binary ? -0.0 : 0.0, rs.getDouble(2));
                }
            }
        }
    }
}
