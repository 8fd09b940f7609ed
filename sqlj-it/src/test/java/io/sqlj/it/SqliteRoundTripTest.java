package io.sqlj.it;

import io.sqlj.engine.sqlite.SqliteTypes;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The round-trip matrix on SQLite (xerial sqlite-jdbc), over every declaration the engine's
 * {@code SqliteTypes.DECLARED_TYPES} lists. SQLite stores each value as INTEGER, REAL, TEXT or
 * BLOB whatever the declaration, so the values are those a column of that declaration holds.
 *
 * <p>Left out on purpose, as they are not values a SQLite column can hold: {@code Double.NaN}
 * (SQLite stores a NaN as NULL) and {@code -0.0} (SQLite stores a REAL without a fraction as an
 * integer, so -0.0 comes back as 0.0).
 */
class SqliteRoundTripTest extends RoundTripMatrix {

    @Override
    String engine() {
        return "sqlite";
    }

    @Override
    Connection database() throws Exception {
        return DriverManager.getConnection("jdbc:sqlite::memory:");
    }

    @Override
    List<SqlType> reportableTypes(Connection db) {
        List<SqlType> types = new ArrayList<>();
        for (String declared : SqliteTypes.DECLARED_TYPES) {
            // JSONB columns hold SQLite's binary JSON: `=` compares those bytes, not the text sent.
            types.add(SqlType.scalar(declared, !declared.equals("JSONB")));
        }
        // Another name with NUMERIC affinity and no mapping, as a spatial schema writes it: an Object like MONEY.
        types.add(SqlType.scalar("GEOMETRY", true));
        return types;
    }

    @Override
    Map<String, String> refused() {
        return Map.of();
    }

    @Override
    Map<String, String> knownFailures() {
        return Map.of();
    }

    @Override
    List<KeyTable> keyTables() {
        return List.of(
                new KeyTable("INTEGER PRIMARY KEY", "id INTEGER PRIMARY KEY", true),
                new KeyTable("INTEGER PRIMARY KEY", "id INTEGER PRIMARY KEY", false),
                new KeyTable("INTEGER PRIMARY KEY AUTOINCREMENT", "id INTEGER PRIMARY KEY AUTOINCREMENT", true),
                new KeyTable("INTEGER PRIMARY KEY AUTOINCREMENT", "id INTEGER PRIMARY KEY AUTOINCREMENT", false));
    }

    @Override
    MatrixValues values(String type) {
        String base = type.replaceAll("\\s*\\(.*?\\)", "");
        return switch (base) {
            case "INTEGER", "INT", "BIGINT", "SMALLINT", "TINYINT", "SERIAL", "BIGSERIAL", "SMALLSERIAL" ->
                MatrixValues.of(Long.class, Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L, 1L, (long) Integer.MAX_VALUE + 1);
            case "REAL", "DOUBLE", "DOUBLE PRECISION", "FLOAT" ->
                MatrixValues.of(
                        Double.class,
                        0.0,
                        1.5,
                        -2.25,
                        Double.MAX_VALUE,
                        -Double.MAX_VALUE,
                        Double.MIN_VALUE,
                        Double.MIN_NORMAL,
                        Double.POSITIVE_INFINITY,
                        Double.NEGATIVE_INFINITY,
                        0.1,
                        1e300,
                        123456789.0);
            case "TEXT", "VARCHAR", "CHARACTER VARYING", "CLOB", "CITEXT" ->
                MatrixValues.of(String.class, TEXTS.toArray());
            case "BLOB", "BYTEA" ->
                MatrixValues.of(
                        byte[].class,
                        new byte[0],
                        new byte[] {0},
                        new byte[] {0, 1, (byte) 0x7f, (byte) 0x80, (byte) 0xff},
                        "'\\\"".getBytes());
            case "NUMERIC", "DECIMAL" ->
                MatrixValues.of(
                        BigDecimal.class,
                        BigDecimal.ZERO,
                        new BigDecimal("-1.5"),
                        new BigDecimal("12345.678"),
                        new BigDecimal("0.1"),
                        new BigDecimal(Long.MAX_VALUE),
                        new BigDecimal(Long.MIN_VALUE),
                        new BigDecimal("1e300"));
            case "BOOLEAN", "BOOL" -> MatrixValues.of(Boolean.class, true, false);
            case "DATE" -> MatrixValues.of(LocalDate.class, DATES.toArray());
            case "TIME" ->
                MatrixValues.of(
                        LocalTime.class,
                        LocalTime.MIDNIGHT,
                        LocalTime.NOON,
                        LocalTime.of(23, 59, 59),
                        LocalTime.of(13, 45, 30, 123_000_000),
                        LocalTime.of(1, 2, 3, 456_789_000),
                        LocalTime.of(1, 2, 3, 123_456_789));
            case "TIMESTAMP", "DATETIME" ->
                MatrixValues.of(
                        LocalDateTime.class,
                        LocalDateTime.of(1899, 12, 31, 23, 59, 59),
                        LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_000_000),
                        LocalDateTime.of(1970, 1, 1, 0, 0),
                        LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000),
                        LocalDateTime.of(1, 1, 1, 0, 0),
                        LocalDateTime.of(2000, 2, 29, 0, 0, 0, 1_000));
            case "JSON", "JSONB" ->
                MatrixValues.of(
                        String.class,
                        "{}",
                        "[]",
                        "null",
                        "0",
                        "\"\"",
                        "{\"a\":[1,2.5,true,null]}",
                        "\"quote \\\" backslash \\\\ 😀\"",
                        "[-9223372036854775808,1e+300]");
            case "UUID" ->
                MatrixValues.of(
                                String.class,
                                "00000000-0000-0000-0000-000000000000",
                                "ffffffff-ffff-ffff-ffff-ffffffffffff",
                                "123e4567-e89b-12d3-a456-426614174000")
                        .or(
                                UUID.class,
                                new UUID(0, 0),
                                new UUID(-1, -1),
                                UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
            case "TIMESTAMP WITH TIME ZONE", "TIMESTAMPTZ" ->
                MatrixValues.of(
                        String.class,
                        "2024-02-29T13:45:30.123+02:00",
                        "1899-12-31T23:59:59Z",
                        "1970-01-01T00:00:00-05:30");
            case "TIME WITH TIME ZONE", "TIMETZ" ->
                MatrixValues.of(String.class, "13:45:30.123+02:00", "00:00:00Z", "23:59:59.999999-05:30");
            case "MONEY", "GEOMETRY" ->
                // Any value SQLite stores under NUMERIC affinity, as it reads back: an Integer for an
                // integer of 32 bits, a Long beyond, a Double with a fraction, text that is no number, bytes.
                MatrixValues.of(
                        Object.class,
                        7,
                        -1,
                        Long.MAX_VALUE,
                        Long.MIN_VALUE,
                        2.5,
                        -1e300,
                        "",
                        "$1.50",
                        "POINT(1 2)",
                        "😀 not a number",
                        new byte[0],
                        new byte[] {0, 1, (byte) 0xff});
            default -> null;
        };
    }

    /** Texts for every engine: empty, quotes, backslashes, outside the BMP, control characters, long. */
    static final List<String> TEXTS = List.of(
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
            "x".repeat(10_000));

    /** Dates for every engine: before 1900, leap days, the epoch, the ends of the common range. */
    static final List<LocalDate> DATES = List.of(
            LocalDate.of(1899, 12, 31),
            LocalDate.of(1600, 2, 29),
            LocalDate.of(2024, 2, 29),
            LocalDate.of(2000, 2, 29),
            LocalDate.of(1970, 1, 1),
            LocalDate.of(1, 1, 1),
            LocalDate.of(9999, 12, 31));
}
