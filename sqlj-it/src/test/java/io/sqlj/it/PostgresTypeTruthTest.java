package io.sqlj.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.geometric.PGcircle;
import org.postgresql.geometric.PGline;
import org.postgresql.geometric.PGlseg;
import org.postgresql.geometric.PGpath;
import org.postgresql.geometric.PGpoint;
import org.postgresql.geometric.PGpolygon;
import testdata.pg_type_truth.AddArraysParams;
import testdata.pg_type_truth.AddOddParams;
import testdata.pg_type_truth.CopyArraysParams;
import testdata.pg_type_truth.ListArraysRow;
import testdata.pg_type_truth.Odd;
import testdata.pg_type_truth.Pair;
import testdata.pg_type_truth.Queries;
import testdata.pg_type_truth.Rack;

/**
 * Issue 11's PostgreSQL regressions, run through the generated code of
 * {@code testdata/pg_type_truth} against the embedded server (one database for the class): keys
 * that are not the first column or not integers, the types that used to be refused, and arrays
 * of timestamptz, of every element kind, with NULLs and two dimensions.
 */
class PostgresTypeTruthTest {
    static Connection db;
    static Queries q;

    @BeforeAll
    static void database() throws Exception {
        db = Postgres.withSchemaOf("pg_type_truth");
        q = new Queries(db);
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @Test
    void execLastIdReturnsTheKeyColumnInItsOwnType() throws Exception {
        UUID ann = q.addByUuid("ann");
        UUID bob = q.addByUuid("bob");
        assertNotEquals(ann, bob);
        assertEquals("ann", q.nameByUuid(ann).orElseThrow());
        assertEquals("bob", q.nameByUuid(bob).orElseThrow());

        long first = q.addKeyNotFirst("first");
        long second = q.addKeyNotFirst("second");
        assertEquals(first + 1, second);
        assertEquals("second", q.nameByKey(second).orElseThrow(), "the key, not the name before it");

        assertEquals(1, q.addByIdentity(null));
        assertEquals(2, q.addByIdentity("x"));
    }

    /** Values in the server's own output form, so that what comes back is exactly what went in. */
    static AddOddParams odd(String cash, String span, String ci) {
        return new AddOddParams(
                span,
                "192.168.1.5/24",
                "10.1.0.0/16",
                "08:00:2b:01:02:03",
                "08:00:2b:01:02:03:04:05",
                cash,
                "101",
                "1101",
                "<a x=\"1\">t &amp; \u00fc \ud83d\ude00</a>",
                "'a' 'cat':2 'fat':1",
                "'fat' & ( 'rat' | 'cat' )",
                new PGline(1, -1, 0),
                new PGlseg(0, 0, 1, 1),
                new PGpath(new PGpoint[] {new PGpoint(0, 0), new PGpoint(1, 1), new PGpoint(2, 0)}, false),
                new PGpolygon(new PGpoint[] {new PGpoint(0, 0), new PGpoint(1, 1), new PGpoint(2, 0)}),
                new PGcircle(1, 2, 3),
                "[1,5)",
                "[-9223372036854775808,0)",
                "(1.5,2.25]",
                "[\"1899-12-31 23:59:59.999999\",\"2024-02-29 13:45:30\")",
                "[\"2024-02-29 11:45:30.123456+00\",)",
                "[2024-02-29,2024-03-01)",
                "{[1,3),[5,7)}",
                "4294967295",
                "18446744073709551615",
                "7",
                "(1,2)",
                "16/B374D848",
                4_294_967_295L,
                "\"a\"=>\"1\", \"b\"=>NULL",
                "top.science.astronomy",
                "*.science.*",
                "astro* & !physics",
                ci,
                new Pair(1, "a \"b\" \\ c"),
                OffsetTime.of(23, 59, 59, 999_999_000, ZoneOffset.ofHoursMinutes(-9, -30)),
                "n\u00e4me",
                "x");
    }

    @Test
    void everyFormerlyRefusedTypeRoundTripsAndSoDoesNull() throws Exception {
        try (java.sql.Statement s = db.createStatement()) {
            s.execute(
                    "SET TimeZone = 'UTC'"); // only to spell the tstzrange literal above; instants do not depend on it
        }
        AddOddParams sent = odd("$1,234.56", "1 year 2 mons -3 days +04:05:06.789123", "MiXeD Case");
        int id = q.addOdd(sent);
        Odd back = q.getOdd(id).orElseThrow();
        List<Object> expected = new ArrayList<>(Arrays.asList(
                id,
                sent.span(),
                sent.addr(),
                sent.net(),
                sent.mac(),
                sent.mac8(),
                sent.cash(),
                sent.bits(),
                sent.vbits(),
                sent.doc(),
                sent.vec(),
                sent.query(),
                sent.ln(),
                sent.seg(),
                sent.pth(),
                sent.poly(),
                sent.circ(),
                sent.ir(),
                sent.br(),
                sent.nr(),
                sent.tr(),
                sent.tzr(),
                sent.dr(),
                sent.imr(),
                sent.x(),
                sent.x8(),
                sent.c(),
                sent.t(),
                sent.lsn(),
                sent.o(),
                sent.h(),
                sent.lt(),
                sent.lq(),
                sent.ltq(),
                sent.ci(),
                sent.pr(),
                sent.tt(),
                sent.nm(),
                sent.ch()));
        assertEquals(expected, components(back));

        // what was read goes back in and reads the same, for edge values too
        int negative = q.addOdd(odd("-$0.01", "-178000000 years", "\u00c9t\u00e9"));
        Odd edge = q.getOdd(negative).orElseThrow();
        assertEquals("-$0.01", edge.cash());
        assertEquals("-178000000 years", edge.span());
        Odd again = q.getOdd(q.addOdd(paramsOf(edge))).orElseThrow();
        assertEquals(components(edge).subList(1, 39), components(again).subList(1, 39));

        assertEquals(List.of(id), q.oddByCitext("mixed CASE"), "a citext parameter compares as citext");
        assertEquals(List.of(id), q.oddBySpan("1 year 2 mons -3 days +04:05:06.789123"));

        Odd nulls = q.getOdd(q.addOdd(new AddOddParams(
                        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null)))
                .orElseThrow();
        assertEquals(Arrays.asList(new Object[38]), components(nulls).subList(1, 39));
    }

    static AddOddParams paramsOf(Odd o) {
        return new AddOddParams(
                o.span(), o.addr(), o.net(), o.mac(), o.mac8(), o.cash(), o.bits(), o.vbits(), o.doc(), o.vec(),
                o.query(), o.ln(), o.seg(), o.pth(), o.poly(), o.circ(), o.ir(), o.br(), o.nr(), o.tr(), o.tzr(),
                o.dr(), o.imr(), o.x(), o.x8(), o.c(), o.t(), o.lsn(), o.o(), o.h(), o.lt(), o.lq(), o.ltq(), o.ci(),
                o.pr(), o.tt(), o.nm(), o.ch());
    }

    static List<Object> components(Record r) throws Exception {
        List<Object> values = new ArrayList<>();
        for (var c : r.getClass().getRecordComponents()) {
            values.add(c.getAccessor().invoke(r));
        }
        return values;
    }

    static final OffsetDateTime PARIS = OffsetDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000, ZoneOffset.ofHours(2));
    static final OffsetDateTime OLD = OffsetDateTime.of(1899, 12, 31, 23, 59, 59, 999_999_000, ZoneOffset.ofHours(-5));
    static final byte[] BYTES = {0, 1, (byte) 0xff, '\\', '"'};

    @Test
    void arraysOfEveryElementKindReadBackExactlyWithNullsAndTwoDimensions() throws Exception {
        UUID key = UUID.randomUUID();
        AddArraysParams sent = new AddArraysParams(
                Arrays.asList(PARIS, null, OLD),
                Arrays.asList(LocalTime.of(13, 45, 30, 123_456_000), null, LocalTime.MIDNIGHT),
                Arrays.asList(LocalDate.of(1899, 12, 31), LocalDate.of(2024, 2, 29), null),
                Arrays.asList(LocalDateTime.of(1900, 1, 1, 0, 0, 0, 1000), null),
                List.of(List.of(1, 2), Arrays.asList(3, null), List.of(Integer.MIN_VALUE, Integer.MAX_VALUE)),
                List.of(List.of("a", "b\"c"), Arrays.asList("{x}", null), List.of("NULL", "\ud83d\ude00 \\ ,")),
                Arrays.asList("1 day 00:00:01.5", null, "-1 years"),
                Arrays.asList("::1", null, "10.0.0.1/8"),
                Arrays.asList(key, null),
                Arrays.asList(BYTES, null, new byte[0]),
                Arrays.asList(new BigDecimal("1.50"), null, new BigDecimal("-0.001")),
                Arrays.asList(true, null, false));
        int id = q.addArrays(sent);
        // five runs: pgjdbc switches to a server-prepared statement and binary transfer on the fifth
        for (int run = 0; run < 6; run++) {
            Rack rack = q.getArrays(id).orElseThrow();
            assertEquals(
                    instants(sent.stamps()), instants(rack.stamps()), "timestamptz[] as OffsetDateTime, same instants");
            assertEquals(sent.times(), rack.times(), "time[] keeps microseconds");
            assertEquals(sent.days(), rack.days());
            assertEquals(sent.locals(), rack.locals());
            assertEquals(sent.grid(), rack.grid());
            assertEquals(sent.words(), rack.words());
            assertEquals(List.of("1 day 00:00:01.5", "", "-1 years"), nullsAsEmpty(rack.spans()));
            assertEquals(List.of("::1", "", "10.0.0.1/8"), nullsAsEmpty(rack.addrs()));
            assertEquals(sent.uuids(), rack.uuids());
            assertArrayEquals(BYTES, rack.blobs().get(0));
            assertNull(rack.blobs().get(1));
            assertArrayEquals(new byte[0], rack.blobs().get(2));
            assertEquals(sent.nums(), rack.nums());
            assertEquals(sent.flags(), rack.flags());
            assertEquals(sent.words(), q.echoWords(sent.words()).orElseThrow(), "@x::text[][] is List<List<String>>");
        }

        int empty = q.addArrays(new AddArraysParams(
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of()));
        Rack none = q.getArrays(empty).orElseThrow();
        assertEquals(List.of(), none.stamps());
        assertEquals(List.of(), none.grid());
        assertEquals(List.of(), none.words());
        Rack nulls = q.getArrays(q.addArrays(
                        new AddArraysParams(null, null, null, null, null, null, null, null, null, null, null, null)))
                .orElseThrow();
        assertEquals(Arrays.asList(new Object[12]), components(nulls).subList(1, 13));
    }

    @Test
    void copyLoadsArraysOfTimestamptzIntervalsAndTwoDimensions() throws Exception {
        try (java.sql.Statement s = db.createStatement()) {
            s.execute("DELETE FROM racks");
        }
        q.copyArrays(List.of(new CopyArraysParams(
                Arrays.asList(PARIS, null),
                List.of(List.of(1, 2), Arrays.asList(3, null)),
                Arrays.asList("1 mon -2 days", null),
                Arrays.asList(BYTES, null, new byte[0]))));
        ListArraysRow row = q.listArrays().get(0);
        assertEquals(instants(Arrays.asList(PARIS, null)), instants(row.stamps()));
        assertEquals(List.of(List.of(1, 2), Arrays.asList(3, null)), row.grid());
        Rack rack = q.getArrays(row.id()).orElseThrow();
        assertEquals(List.of("1 mon -2 days", ""), nullsAsEmpty(rack.spans()));
        assertArrayEquals(BYTES, rack.blobs().get(0), "bytea[] through COPY's array literal");
        assertNull(rack.blobs().get(1));
        assertArrayEquals(new byte[0], rack.blobs().get(2));
    }

    static List<Object> instants(List<OffsetDateTime> values) {
        return values.stream()
                .map(v -> v == null ? (Object) "null" : v.toInstant())
                .toList();
    }

    static List<String> nullsAsEmpty(List<String> values) {
        return values.stream().map(v -> v == null ? "" : v).toList();
    }
}
