package io.sqlj.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import testdata.pg_types.CountAndDefaultsRow;
import testdata.pg_types.Everything;
import testdata.pg_types.InsertEverythingParams;
import testdata.pg_types.Mood;
import testdata.pg_types.OwnersFullPetsRow;
import testdata.pg_types.OwnersInnerPetsRow;
import testdata.pg_types.OwnersLeftPetsRow;
import testdata.pg_types.OwnersRightPetsRow;
import testdata.pg_types.Queries;

/** Generated code for every PostgreSQL type of DESIGN's table, run against a real server. */
class PostgresTypesTest {
    static final byte[] BYTES = {0, 1, (byte) 0xff};
    static final LocalDate DAY = LocalDate.of(2024, 2, 29);
    static final LocalTime TIME = LocalTime.of(13, 45, 30);
    static final LocalDateTime LOCAL = LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_000_000);
    static final OffsetDateTime ZONED = OffsetDateTime.of(LOCAL, ZoneOffset.ofHours(2));

    @Test
    void everyTypeRoundTripsNotNullAndNull() throws Exception {
        try (Connection db = Postgres.withSchemaOf("pg_types")) {
            Queries q = new Queries(db);
            UUID key = UUID.randomUUID();
            int full = q.insertEverything(new InsertEverythingParams(
                            (short) -7,
                            Long.MAX_VALUE,
                            1.5f,
                            2.25,
                            new BigDecimal("1234.50"),
                            true,
                            "label",
                            "abc",
                            BYTES,
                            DAY,
                            TIME,
                            LOCAL,
                            ZONED,
                            "{\"a\": [1, 2]}",
                            "{ \"b\" : 1 }",
                            Mood.SO_SO,
                            List.of("x", "y z"),
                            List.of(1, 2, 3),
                            key,
                            (short) 5,
                            6L,
                            7.5,
                            new BigDecimal("0.001"),
                            false,
                            "text",
                            BYTES,
                            DAY,
                            ZONED,
                            "[true]",
                            Mood.SAD,
                            List.of("only")))
                    .orElseThrow();
            Everything row = q.getEverything(full).orElseThrow();
            assertEquals((short) -7, row.small());
            assertEquals(Long.MAX_VALUE, row.big());
            assertEquals(1.5f, row.f4());
            assertEquals(2.25, row.f8());
            assertEquals(new BigDecimal("1234.50"), row.amount());
            assertEquals(true, row.flag());
            assertEquals("label", row.label());
            assertEquals("abc", row.code());
            assertArrayEquals(BYTES, row.data());
            assertEquals(DAY, row.day());
            assertEquals(TIME, row.atTime());
            assertEquals(LOCAL, row.atLocal());
            assertEquals(ZONED.toInstant(), row.atZoned().toInstant());
            assertEquals("{\"a\": [1, 2]}", row.doc());
            assertEquals("{ \"b\" : 1 }", row.docPlain());
            assertEquals(Mood.SO_SO, row.feeling());
            assertEquals("so-so", row.feeling().label());
            assertEquals(List.of("x", "y z"), row.tags());
            assertEquals(List.of(1, 2, 3), row.scores());
            assertEquals(key, row.maybeKey());
            assertEquals(Short.valueOf((short) 5), row.maybeSmall());
            assertEquals(Long.valueOf(6), row.maybeBig());
            assertEquals(Double.valueOf(7.5), row.maybeF8());
            assertEquals(new BigDecimal("0.001"), row.maybeAmount());
            assertEquals(Boolean.FALSE, row.maybeFlag());
            assertEquals("text", row.maybeText());
            assertArrayEquals(BYTES, row.maybeData());
            assertEquals(DAY, row.maybeDay());
            assertEquals(ZONED.toInstant(), row.maybeZoned().toInstant());
            assertEquals("[true]", row.maybeDoc());
            assertEquals(Mood.SAD, row.maybeFeeling());
            assertEquals(List.of("only"), row.maybeTags());
            assertEquals(row.key(), q.keyOf(full).orElseThrow());

            int empty = q.insertEverything(new InsertEverythingParams(
                            (short) 0,
                            0,
                            0,
                            0,
                            BigDecimal.ZERO,
                            false,
                            "",
                            "   ",
                            new byte[0],
                            DAY,
                            TIME,
                            LOCAL,
                            ZONED,
                            "{}",
                            "{}",
                            Mood.HAPPY,
                            List.of(),
                            List.of(),
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
                            null,
                            null,
                            null))
                    .orElseThrow();
            Everything nulls = q.getEverything(empty).orElseThrow();
            assertEquals(List.of(), nulls.tags());
            assertNull(nulls.maybeKey());
            assertNull(nulls.maybeSmall());
            assertNull(nulls.maybeBig());
            assertNull(nulls.maybeF8());
            assertNull(nulls.maybeAmount());
            assertNull(nulls.maybeFlag());
            assertNull(nulls.maybeText());
            assertNull(nulls.maybeData());
            assertNull(nulls.maybeDay());
            assertNull(nulls.maybeZoned());
            assertNull(nulls.maybeDoc());
            assertNull(nulls.maybeFeeling());
            assertNull(nulls.maybeTags());

            assertEquals(List.of(empty), q.byFeeling(Mood.HAPPY));
            assertEquals(List.of(full, empty), q.byIdsAny(List.of(empty, full, 999)));
            assertEquals(List.of(), q.byIdsAny(List.of()));
            assertEquals(List.of(full), q.byIdsIn(List.of(full)));
            assertEquals(List.of(), q.byIdsIn(List.of()));
            assertEquals(
                    new CountAndDefaultsRow(2, "text", "text"),
                    q.countAndDefaults().orElseThrow());
        }
    }

    @Test
    void joinsOfEachKindGiveNullsOnTheirOuterSide() throws Exception {
        try (Connection db = Postgres.withSchemaOf("pg_types")) {
            Queries q = new Queries(db);
            UUID ann = UUID.randomUUID();
            UUID bob = UUID.randomUUID();
            q.addOwner(ann, "ann");
            q.addOwner(bob, "bob");
            q.addPet(UUID.randomUUID(), ann, "rex");
            q.addPet(UUID.randomUUID(), null, "stray");
            assertEquals(List.of(new OwnersInnerPetsRow("ann", "rex")), q.ownersInnerPets());
            assertEquals(
                    List.of(new OwnersLeftPetsRow("ann", "rex"), new OwnersLeftPetsRow("bob", null)),
                    q.ownersLeftPets());
            assertEquals(
                    List.of(new OwnersRightPetsRow("ann", "rex"), new OwnersRightPetsRow(null, "stray")),
                    q.ownersRightPets());
            assertEquals(
                    List.of(
                            new OwnersFullPetsRow("ann", "rex"),
                            new OwnersFullPetsRow("bob", null),
                            new OwnersFullPetsRow(null, "stray")),
                    q.ownersFullPets());
        }
    }
}
