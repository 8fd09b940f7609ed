package io.sqlj.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.core.Command;
import io.sqlj.core.QueryDecl;
import io.sqlj.engine.v1.BatchParseResponse;
import io.sqlj.engine.v1.Catalog;
import io.sqlj.engine.v1.Column;
import io.sqlj.engine.v1.Diagnostic;
import io.sqlj.engine.v1.EnumType;
import io.sqlj.engine.v1.Parameter;
import io.sqlj.engine.v1.ParseResponse;
import io.sqlj.engine.v1.Table;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * An answer fed in pieces of any size decodes as {@code parseFrom} of its bytes, with each
 * response's check; anything else gives nothing, and the run decodes the bytes as before.
 */
class ArrivingAnswerTest {

    private static final SchemaText SCHEMA =
            SchemaText.join(List.of("schema.sql"), List.of("CREATE TABLE t (a INT);\nCREATE TABLE u (b INT);"));

    private static List<QueryDecl> queries(int n) {
        List<QueryDecl> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new QueryDecl(
                    "Q" + i,
                    Command.MANY,
                    "SELECT a FROM t WHERE a = ?\n  AND a > 0",
                    List.of(),
                    "q.sql",
                    3 * i + 1,
                    3 * i + 2));
        }
        return out;
    }

    /** Answers of every kind: resolved, an error in the query, one in the schema, a bad one sqlj refuses. */
    private static BatchParseResponse answer(int n, boolean catalog) {
        BatchParseResponse.Builder b = BatchParseResponse.newBuilder();
        for (int i = 0; i < n; i++) {
            ParseResponse.Builder r = ParseResponse.newBuilder().setSql("SELECT a FROM t WHERE a = ? AND a > 0");
            switch (i % 4) {
                case 0 ->
                    r.addParameters(Parameter.newBuilder()
                                    .setName("a")
                                    .setPosition(1)
                                    .setDataType("INTEGER")
                                    .setJdbcType("BIGINT"))
                            .addColumns(Column.newBuilder()
                                    .setName("a")
                                    .setDataType("INTEGER")
                                    .setTableName("t"));
                case 1 ->
                    r.addDiagnostics(Diagnostic.newBuilder()
                            .setSeverity(Diagnostic.Severity.ERROR)
                            .setMessage("column \"nme\" does not exist")
                            .setLine(2)
                            .setColumn(7)
                            .setCode("42703"));
                case 2 ->
                    r.addDiagnostics(Diagnostic.newBuilder()
                            .setSeverity(Diagnostic.Severity.WARNING)
                            .setMessage("in the schema")
                            .setInSchema(true)
                            .setLine(2)
                            .setColumn(1));
                default -> r.addColumns(Column.newBuilder().setName("")); // no name, no parameters: refused
            }
            b.addResponses(r);
        }
        if (catalog) {
            b.setCatalog(Catalog.newBuilder()
                    .addTables(Table.newBuilder()
                            .setName("t")
                            .addColumns(Column.newBuilder().setName("a")))
                    .addEnums(EnumType.newBuilder().setName("e").addLabels("x")));
        }
        return b.build();
    }

    /** Feeds {@code bytes} in pieces of the sizes {@code piece} gives (from the offset). */
    private static Optional<ArrivingAnswer.Decoded> fed(byte[] bytes, List<QueryDecl> queries, IntUnaryOperator piece) {
        ArrivingAnswer arriving = new ArrivingAnswer("fake", queries, SCHEMA, true);
        int at = 0;
        while (at < bytes.length) {
            int n = Math.min(bytes.length - at, Math.max(1, piece.applyAsInt(at)));
            // a copy each time, in a larger array: the reader's buffer is reused
            byte[] chunk = new byte[n + 7];
            System.arraycopy(bytes, at, chunk, 3, n);
            arriving.feed(chunk, 3, n);
            at += n;
        }
        return arriving.answer(bytes);
    }

    private static void assertDecodesAsParseFrom(byte[] bytes, List<QueryDecl> queries, IntUnaryOperator piece)
            throws Exception {
        ArrivingAnswer.Decoded decoded = fed(bytes, queries, piece).orElseThrow();
        BatchParseResponse expected = BatchParseResponse.parseFrom(bytes);
        assertEquals(expected, decoded.response());
        assertEquals(
                expected.hasCatalog() ? FieldLimits.firstExcess(expected.getCatalog(), 0) : Optional.empty(),
                decoded.catalogExcess());
        assertEquals(
                Math.min(queries.size(), expected.getResponsesCount()),
                decoded.checks().size());
        for (int i = 0; i < decoded.checks().size(); i++) {
            assertEquals(
                    ResponseCheck.check("fake", queries.get(i), expected.getResponses(i), SCHEMA),
                    decoded.checks().get(i));
        }
    }

    @Test
    void piecesOfAnySizeDecodeAsTheWholeBytes() throws Exception {
        Random random = new Random(17);
        for (int n : new int[] {1, 2, 7, 300}) {
            for (boolean catalog : new boolean[] {false, true}) {
                byte[] bytes = answer(n, catalog).toByteArray();
                List<QueryDecl> queries = queries(n);
                assertDecodesAsParseFrom(bytes, queries, at -> 1);
                assertDecodesAsParseFrom(bytes, queries, at -> bytes.length);
                assertDecodesAsParseFrom(bytes, queries, at -> 1 + random.nextInt(300));
                assertDecodesAsParseFrom(bytes, queries, at -> 1 + random.nextInt(70_000));
            }
        }
        // checked against every query there is, whatever the count: the run then refuses the count
        byte[] three = answer(3, true).toByteArray();
        assertDecodesAsParseFrom(three, queries(5), at -> 2);
        assertDecodesAsParseFrom(three, queries(1), at -> 2);
    }

    @Test
    void fieldsInAnyOrderAndTwiceDecodeAsParseFromMergesThem() throws Exception {
        BatchParseResponse a = answer(3, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // the catalog first, then the answers, then a catalog again (merged), then a field sqlj does not know
        out.writeBytes(BatchParseResponse.newBuilder()
                .setCatalog(a.getCatalog())
                .build()
                .toByteArray());
        out.writeBytes(BatchParseResponse.newBuilder()
                .addAllResponses(a.getResponsesList())
                .build()
                .toByteArray());
        out.writeBytes(BatchParseResponse.newBuilder()
                .setCatalog(Catalog.newBuilder().addEnums(EnumType.newBuilder().setName("f")))
                .build()
                .toByteArray());
        byte[] fine = out.toByteArray();
        assertDecodesAsParseFrom(fine, queries(3), at -> 3);
        // a catalog over a limit, found as it arrives as the run finds it in the whole answer
        out.writeBytes(BatchParseResponse.newBuilder()
                .setCatalog(Catalog.newBuilder()
                        .addTables(Table.newBuilder().setName("long").setComment("x".repeat(FieldLimits.TEXT + 1))))
                .build()
                .toByteArray());
        out.writeBytes(new byte[] {(byte) ((9 << 3) | 2), 3, 'x', 'y', 'z'});
        byte[] bytes = out.toByteArray();
        assertEquals(2, BatchParseResponse.parseFrom(bytes).getCatalog().getEnumsCount());
        assertTrue(FieldLimits.firstExcess(BatchParseResponse.parseFrom(bytes).getCatalog(), 0)
                .isPresent());
        assertDecodesAsParseFrom(bytes, queries(3), at -> 1);
        assertDecodesAsParseFrom(bytes, queries(3), at -> 5);
    }

    @Test
    void whatParseFromRefusesOrTheRunCallsGarbageGivesNothing() {
        byte[] valid = answer(5, true).toByteArray();
        List<byte[]> bad = new ArrayList<>();
        // a valid answer and then text
        ByteArrayOutputStream garbage = new ByteArrayOutputStream();
        garbage.writeBytes(valid);
        garbage.writeBytes("this is not protobuf\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bad.add(garbage.toByteArray());
        // cut short: in a response, and between two
        bad.add(java.util.Arrays.copyOf(valid, valid.length - 3));
        bad.add(java.util.Arrays.copyOf(valid, 1));
        // a response whose text is not UTF-8
        bad.add(new byte[] {(byte) ((1 << 3) | 2), 3, (byte) ((1 << 3) | 2), 1, (byte) 0xff});
        // nothing but a field sqlj does not know (the run calls that garbage), and one of another wire type
        bad.add(new byte[] {(byte) ((9 << 3) | 2), 1, 'x'});
        bad.add(new byte[] {(byte) ((1 << 3) | 2), 0, (byte) (9 << 3), 1});
        for (byte[] bytes : bad) {
            for (int piece : new int[] {1, 4, bytes.length}) {
                assertEquals(Optional.empty(), fed(bytes, queries(5), at -> piece), java.util.Arrays.toString(bytes));
            }
        }
        assertThrows(
                com.google.protobuf.InvalidProtocolBufferException.class,
                () -> BatchParseResponse.parseFrom(bad.get(0)));
    }

    @Test
    void bytesTheReaderHasNotFedGiveNothing() {
        byte[] valid = answer(4, false).toByteArray();
        ArrivingAnswer arriving = new ArrivingAnswer("fake", queries(4), SCHEMA, false);
        arriving.feed(valid, 0, valid.length);
        assertTrue(arriving.answer(valid).isPresent());
        byte[] longer = java.util.Arrays.copyOf(valid, valid.length + 2);
        assertEquals(Optional.empty(), arriving.answer(longer));
        assertEquals(Optional.empty(), new ArrivingAnswer("fake", queries(4), SCHEMA, false).answer(new byte[0]));
    }
}
