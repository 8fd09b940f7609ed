package io.sqlj.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import testdata.my_types.AddPetsParams;
import testdata.my_types.CountAndTopRow;
import testdata.my_types.Everything;
import testdata.my_types.EverythingFeeling;
import testdata.my_types.EverythingMaybeFeeling;
import testdata.my_types.InsertEverythingParams;
import testdata.my_types.OwnersLeftPetsRow;
import testdata.my_types.OwnersRightPetsRow;
import testdata.my_types.PetsPageRow;
import testdata.my_types.Queries;
import testdata.my_types.RenamePetsParams;

/** Generated code for every MySQL type family, run against the MySQL engine's own MariaDB. */
class MysqlTypesTest {
    static final BigInteger U64_MAX = new BigInteger("18446744073709551615");
    static final byte[] BYTES = {0, 1, (byte) 0xff};
    static final LocalDate DAY = LocalDate.of(2024, 2, 29);
    static final LocalTime TIME = LocalTime.of(13, 45, 30);
    static final LocalDateTime LOCAL = LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000);

    /** POINT(x y) as MySQL stores geometry: a 4-byte SRID, then little-endian WKB. */
    static byte[] point(double x, double y) {
        return ByteBuffer.allocate(25)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putInt(0)
                .put((byte) 1)
                .putInt(1)
                .putDouble(x)
                .putDouble(y)
                .array();
    }

    @Test
    void everyTypeRoundTripsAtItsLimitsAndAsNull() throws Exception {
        try (Connection db = MariaDb.withSchemaOf("my_types")) {
            Queries q = new Queries(db);
            BigInteger full = q.insertEverything(new InsertEverythingParams(
                    true,
                    (short) -128,
                    (short) 255,
                    Short.MIN_VALUE,
                    65535,
                    -8388608,
                    16777215,
                    Integer.MIN_VALUE,
                    4294967295L,
                    Long.MIN_VALUE,
                    U64_MAX,
                    new BigDecimal("-12345678.1234"),
                    1.5,
                    2.25,
                    true,
                    new byte[] {0x0f, (byte) 0xff},
                    DAY,
                    TIME,
                    LOCAL,
                    (short) 2155,
                    "abc",
                    "label ü",
                    "body",
                    BYTES,
                    BYTES,
                    BYTES,
                    "{\"a\": [1, 2]}",
                    EverythingFeeling.SO_SO,
                    "red,blue",
                    point(1.5, -2),
                    7,
                    U64_MAX,
                    new BigDecimal("0.0001"),
                    false,
                    "text",
                    BYTES,
                    DAY,
                    LOCAL.withNano(0),
                    "[true]",
                    EverythingMaybeFeeling.SAD,
                    point(0, 0)));
            Everything row = q.getEverything(full).orElseThrow();
            assertEquals(full, row.id());
            assertTrue(row.flag());
            assertEquals((short) -128, row.tiny());
            assertEquals((short) 255, row.tinyU());
            assertEquals(Short.MIN_VALUE, row.small());
            assertEquals(65535, row.smallU());
            assertEquals(-8388608, row.medium());
            assertEquals(16777215, row.mediumU());
            assertEquals(Integer.MIN_VALUE, row.regular());
            assertEquals(4294967295L, row.regularU());
            assertEquals(Long.MIN_VALUE, row.big());
            assertEquals(U64_MAX, row.bigU());
            assertEquals(new BigDecimal("-12345678.1234"), row.amount());
            assertEquals(1.5, row.f4()); // FLOAT reads as double, as sqlc's float64
            assertEquals(2.25, row.f8());
            assertTrue(row.oneBit());
            assertArrayEquals(new byte[] {0x0f, (byte) 0xff}, row.bits());
            assertEquals(DAY, row.day());
            assertEquals(TIME, row.atTime());
            assertEquals(LOCAL, row.atLocal());
            assertEquals((short) 2155, row.yr());
            assertEquals("abc", row.code());
            assertEquals("label ü", row.label());
            assertEquals("body", row.body());
            assertArrayEquals(BYTES, row.raw());
            assertArrayEquals(BYTES, row.data());
            assertArrayEquals(BYTES, row.photo());
            assertEquals("{\"a\": [1, 2]}", row.doc());
            assertEquals(EverythingFeeling.SO_SO, row.feeling());
            assertEquals("so-so", row.feeling().label());
            assertEquals("red,blue", row.tags());
            assertArrayEquals(point(1.5, -2), row.place());
            assertEquals("POINT(1.5 -2)", q.placeAsText(row.id()).orElseThrow());
            assertEquals(7, row.maybeInt());
            assertEquals(U64_MAX, row.maybeBigU());
            assertEquals(new BigDecimal("0.0001"), row.maybeAmount());
            assertEquals(Boolean.FALSE, row.maybeFlag());
            assertEquals("text", row.maybeText());
            assertArrayEquals(BYTES, row.maybeData());
            assertEquals(DAY, row.maybeDay());
            assertEquals(LOCAL.withNano(0), row.maybeLocal());
            assertEquals("[true]", row.maybeDoc());
            assertEquals(EverythingMaybeFeeling.SAD, row.maybeFeeling());
            assertArrayEquals(point(0, 0), row.maybePlace());

            BigInteger empty = q.insertEverything(new InsertEverythingParams(
                    false,
                    (short) 127,
                    (short) 0,
                    Short.MAX_VALUE,
                    0,
                    8388607,
                    0,
                    Integer.MAX_VALUE,
                    0,
                    Long.MAX_VALUE,
                    BigInteger.ZERO,
                    BigDecimal.ZERO,
                    0,
                    0,
                    false,
                    new byte[] {0, 0},
                    DAY,
                    LocalTime.MIDNIGHT,
                    LOCAL,
                    (short) 1901,
                    "",
                    "",
                    "",
                    new byte[3],
                    new byte[0],
                    new byte[0],
                    "{}",
                    EverythingFeeling.HAPPY,
                    "",
                    point(0, 0),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
            Everything nulls = q.getEverything(empty).orElseThrow();
            assertEquals(Long.MAX_VALUE, nulls.big());
            assertEquals("", nulls.tags());
            assertArrayEquals(new byte[3], nulls.raw());
            assertNull(nulls.maybeInt());
            assertNull(nulls.maybeBigU());
            assertNull(nulls.maybeAmount());
            assertNull(nulls.maybeFlag());
            assertNull(nulls.maybeText());
            assertNull(nulls.maybeData());
            assertNull(nulls.maybeDay());
            assertNull(nulls.maybeLocal());
            assertNull(nulls.maybeDoc());
            assertNull(nulls.maybeFeeling());
            assertNull(nulls.maybePlace());

            assertEquals(List.of(empty), q.byFeeling(EverythingFeeling.HAPPY));
            assertEquals(List.of(full, empty), q.byIds(List.of(empty, full, BigInteger.TEN)));
            assertEquals(List.of(), q.byIds(List.of()));
            assertEquals(1, q.setFeeling(null, full));
            assertNull(q.getEverything(full).orElseThrow().maybeFeeling());
            assertEquals(1, q.setFeeling(EverythingMaybeFeeling.HAPPY, full));
            assertEquals(new CountAndTopRow(2, "text"), q.countAndTop().orElseThrow());
        }
    }

    @Test
    void outerJoinsBatchesAndCopyFrom() throws Exception {
        try (Connection db = MariaDb.withSchemaOf("my_types")) {
            Queries q = new Queries(db);
            q.addOwner(1, "ann");
            q.addOwner(2, "bob");
            long rex = q.addPet(1, "rex");
            assertEquals(1, rex);
            assertArrayEquals(
                    new long[] {1, 1, 1},
                    q.addPets(List.of(
                            new AddPetsParams(null, "stray"),
                            new AddPetsParams(1, "tom"),
                            new AddPetsParams(null, "zed"))));
            assertArrayEquals(
                    new long[] {1, 0},
                    q.renamePets(List.of(new RenamePetsParams("rex2", (int) rex), new RenamePetsParams("ghost", 99))));
            assertEquals(
                    List.of(
                            new OwnersLeftPetsRow("ann", "rex2"),
                            new OwnersLeftPetsRow("ann", "tom"),
                            new OwnersLeftPetsRow("bob", null)),
                    q.ownersLeftPets());
            assertEquals(
                    List.of(
                            new OwnersRightPetsRow("ann", "rex2"),
                            new OwnersRightPetsRow(null, "stray"),
                            new OwnersRightPetsRow("ann", "tom"),
                            new OwnersRightPetsRow(null, "zed")),
                    q.ownersRightPets());
            assertEquals(List.of(new PetsPageRow(2, "stray"), new PetsPageRow(3, "tom")), q.petsPage(2, 1));
        }
    }
}
