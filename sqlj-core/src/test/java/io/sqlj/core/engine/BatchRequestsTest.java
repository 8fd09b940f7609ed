package io.sqlj.core.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.core.Command;
import io.sqlj.core.Location;
import io.sqlj.core.QueryDecl;
import io.sqlj.core.QuerySplitter;
import io.sqlj.core.TestdataSql;
import io.sqlj.core.config.CodegenDef;
import io.sqlj.core.config.SqlBlock;
import io.sqlj.core.config.VetRule;
import io.sqlj.engine.v1.BatchParseRequest;
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
 * The request encoded by hand is byte for byte the one protobuf's builders make, as sqlj sent it
 * before (docs/performance.md §1r): over every query of sqlj's testdata and examples, and of sqlc's
 * end-to-end testdata when {@code -Dsqlj.sqlcTestdata} names its folder.
 */
class BatchRequestsTest {

    private static final String VERSION = "0.1.0-SNAPSHOT";

    /** What EngineRunner built before: one builder per query, EngineRunner's own. */
    private static byte[] reference(List<QueryDecl> queries, SqlBlock block, String schemaSql, String version) {
        BatchParseRequest.Builder request = BatchParseRequest.newBuilder().setSqljVersion(version);
        if (block.database().isPresent()) {
            request.setConnectionParams(EngineRunner.connection(block));
        } else {
            request.setSchemaSql(schemaSql);
        }
        queries.forEach(decl -> request.addRequests(EngineRunner.request(decl, block)));
        return request.build().toByteArray();
    }

    private static SqlBlock block(Map<String, String> options, Optional<String> database, boolean explain) {
        Location at = new Location("sqlj.yaml", 1, 1);
        List<CodegenDef> codegen =
                explain ? List.of(new CodegenDef(VetRule.PLUGIN, Path.of("/out"), Map.of(), Map.of(), at)) : List.of();
        List<VetRule> rules = explain ? List.of(new VetRule("plan", "m", "postgresql.explain.x > 1", at)) : List.of();
        return new SqlBlock(0, "sqlite", at, List.of(), database, List.of(), options, codegen, at, Map.of(), rules);
    }

    private static void same(List<QueryDecl> queries, SqlBlock block, String schemaSql, String version) {
        byte[] expected = reference(queries, block, schemaSql, version);
        BatchRequests encoder = new BatchRequests(block);
        assertArrayEquals(expected, encoder.encode(queries, block, schemaSql, version));
        // streamed: the queries one by one, then the trailer
        java.io.ByteArrayOutputStream streamed = new java.io.ByteArrayOutputStream();
        queries.forEach(q -> streamed.writeBytes(encoder.query(q)));
        streamed.writeBytes(BatchRequests.trailer(block, schemaSql, version));
        assertArrayEquals(expected, streamed.toByteArray());
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
