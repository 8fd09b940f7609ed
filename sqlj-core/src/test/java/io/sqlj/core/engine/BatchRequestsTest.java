package io.sqlj.core.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import io.sqlj.core.Command;
import io.sqlj.core.Location;
import io.sqlj.core.QueryDecl;
import io.sqlj.core.QuerySplitter;
import io.sqlj.core.TestdataSql;
import io.sqlj.core.config.CodegenDef;
import io.sqlj.core.config.SqlBlock;
import io.sqlj.core.config.VetRule;
import io.sqlj.engine.v1.BatchParseRequest;
import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.sql.SqlSyntax;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The request encoded by hand is the message protobuf's builders make (as sqlj built it before,
 * docs/performance.md §1r), with the fields in the order a streaming engine needs (§1y): the schema
 * and the version first, then the requests. Over every query of sqlj's testdata and examples, and of
 * sqlc's end-to-end testdata when {@code -Dsqlj.sqlcTestdata} names its folder.
 */
class BatchRequestsTest {

    private static final String VERSION = "0.1.0-SNAPSHOT";

    /** What EngineRunner built before: one builder per query, EngineRunner's own. */
    private static BatchParseRequest reference(
            List<QueryDecl> queries, SqlBlock block, String schemaSql, String version) {
        BatchParseRequest.Builder request = BatchParseRequest.newBuilder().setSqljVersion(version);
        if (block.database().isPresent()) {
            request.setConnectionParams(EngineRunner.connection(block));
        } else {
            request.setSchemaSql(schemaSql);
        }
        queries.forEach(decl -> request.addRequests(EngineRunner.request(decl, block)));
        return request.build();
    }

    /**
     * The builders' bytes for the same fields in the streaming order: the message without its
     * requests (the schema and version, as protobuf writes them), then each request as protobuf
     * writes a message holding only it.
     */
    private static byte[] referenceBytes(BatchParseRequest message) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes(message.toBuilder().clearRequests().build().toByteArray());
        for (ParseRequest request : message.getRequestsList()) {
            bytes.writeBytes(
                    BatchParseRequest.newBuilder().addRequests(request).build().toByteArray());
        }
        return bytes.toByteArray();
    }

    /** The field numbers of a message's top-level fields, in the order they come. */
    private static List<Integer> fieldOrder(byte[] bytes) throws IOException {
        CodedInputStream in = CodedInputStream.newInstance(bytes);
        List<Integer> fields = new java.util.ArrayList<>();
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            fields.add(WireFormat.getTagFieldNumber(tag));
            in.skipField(tag);
        }
        return fields;
    }

    private static void same(List<QueryDecl> queries, SqlBlock block, String schemaSql, String version) {
        BatchParseRequest expected = reference(queries, block, schemaSql, version);
        BatchRequests encoder = new BatchRequests(block);
        byte[] encoded = encoder.encode(queries, block, schemaSql, version);
        try {
            assertEquals(expected, BatchParseRequest.parseFrom(encoded));
            // the schema source, then the version (when there is one), then only requests
            List<Integer> order = fieldOrder(encoded);
            List<Integer> head =
                    new java.util.ArrayList<>(List.of(block.database().isPresent() ? 3 : 2));
            if (!version.isEmpty()) {
                head.add(4);
            }
            assertEquals(head, order.subList(0, head.size()));
            assertEquals(java.util.Collections.nCopies(queries.size(), 1), order.subList(head.size(), order.size()));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertArrayEquals(referenceBytes(expected), encoded);
        // streamed: the header, then the queries one by one
        java.io.ByteArrayOutputStream streamed = new java.io.ByteArrayOutputStream();
        streamed.writeBytes(BatchRequests.header(block, schemaSql, version));
        queries.forEach(q -> streamed.writeBytes(encoder.query(q)));
        assertArrayEquals(encoded, streamed.toByteArray());
    }

    private static SqlBlock block(Map<String, String> options, Optional<String> database, boolean explain) {
        Location at = new Location("sqlj.yaml", 1, 1);
        List<CodegenDef> codegen =
                explain ? List.of(new CodegenDef(VetRule.PLUGIN, Path.of("/out"), Map.of(), Map.of(), at)) : List.of();
        List<VetRule> rules = explain ? List.of(new VetRule("plan", "m", "postgresql.explain.x > 1", at)) : List.of();
        return new SqlBlock(0, "sqlite", at, List.of(), database, List.of(), options, codegen, at, Map.of(), rules);
    }

    private static final List<SqlBlock> BLOCKS = List.of(
            block(Map.of(), Optional.empty(), false),
            block(Map.of("strict", "true"), Optional.empty(), false),
            block(options(), Optional.empty(), true),
            block(Map.of("a", "b"), Optional.of("postgresql://localhost/db?x=ü"), false),
            block(Map.of(), Optional.of(""), true));

    private static Map<String, String> options() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("z", "last");
        m.put("", "");
        m.put("empty", "");
        m.put("unicode ß", "värde ✓ 𝄞");
        m.put("long", "x".repeat(300));
        return Map.copyOf(m);
    }

    @Test
    void edgeCases() {
        List<QueryDecl> queries = List.of(
                new QueryDecl("A", Command.ONE, "SELECT 1", List.of(), "q.sql", 1, 2),
                new QueryDecl("B", Command.EXEC, "", List.of(), "", 0, 0),
                new QueryDecl("C", Command.MANY, "SELECT 'ü 𝄞 ✓'", List.of("c"), "dir/q.sql", 200, -5),
                new QueryDecl(
                        "D_" + "n".repeat(200), Command.BATCHEXEC, "x".repeat(70_000), List.of(), "q.sql", 9, 1 << 20));
        for (SqlBlock block : BLOCKS) {
            for (String schema : List.of("", "CREATE TABLE t (id int);", "ü".repeat(10_000))) {
                for (String version : List.of("", VERSION)) {
                    same(queries, block, schema, version);
                    same(List.of(), block, schema, version);
                }
            }
        }
    }

    @Test
    void everyQueryOfTheTestdata() throws IOException {
        int files = 0;
        for (Path file : TestdataSql.files()) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            List<QueryDecl> queries = QuerySplitter.split(file.toString(), text, SqlSyntax.LENIENT)
                    .queries();
            same(queries, BLOCKS.get(files % BLOCKS.size()), text, VERSION);
            files++;
        }
        assertTrue(files > 500, "files: " + files);
        assertEquals(0, new BatchRequests(BLOCKS.get(0)).encode(List.of(), BLOCKS.get(0), "", "").length - 2);
    }
}
