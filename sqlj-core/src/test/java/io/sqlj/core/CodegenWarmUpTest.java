package io.sqlj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.core.codegen.CodeGenerator;
import io.sqlj.core.codegen.CodegenRequest;
import io.sqlj.core.codegen.CodegenResult;
import io.sqlj.core.config.Config;
import io.sqlj.core.engine.EngineRunResult;
import io.sqlj.engine.v1.Column;
import io.sqlj.engine.v1.ParseResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodegenWarmUpTest {

    @TempDir
    Path dir;

    /**
     * One file and one warning per query, each file also handed to the request's sink; records every
     * request; fails on the warm-up's sample when {@code failOnSample}.
     */
    static final class Recording implements CodeGenerator {
        final List<CodegenRequest> requests = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch warmedUp = new CountDownLatch(1);
        final boolean failOnSample;

        Recording(boolean failOnSample) {
            this.failOnSample = failOnSample;
        }

        @Override
        public String name() {
            return "rec";
        }

        @Override
        public CodegenResult generate(CodegenRequest request) {
            requests.add(request);
            boolean sample = request.queries().equals(CodegenWarmUp.sample());
            if (sample) {
                warmedUp.countDown();
                if (failOnSample) {
                    throw new IllegalStateException("the sample broke me");
                }
            }
            Map<String, String> files = new LinkedHashMap<>();
            List<Diagnostic> diagnostics = new ArrayList<>();
            for (ResolvedQuery q : request.queries()) {
                files.put(q.decl().name() + ".txt", q.response().getSql());
                diagnostics.add(Diagnostic.warning(
                        q.decl().location(), "seen " + q.decl().name()));
            }
            files.forEach(request.ready()::accept);
            return new CodegenResult(files, diagnostics);
        }
    }

    private Config config() throws IOException {
        Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE a (id INTEGER);");
        Files.createDirectories(dir.resolve("queries"));
        Files.writeString(
                dir.resolve("queries/a.sql"),
                "-- name: GetA :one\nSELECT id FROM a WHERE id = ?;\n\n-- name: DeleteA :exec\nDELETE FROM a;\n");
        Path file = Files.writeString(dir.resolve("sqlj.yaml"), """
        version: "1"
        sql:
          - engine: sqlite
            schema: schema.sql
            queries: queries
            codegen:
              - plugin: rec
                out: gen
        """);
        return new Pipeline(List.of(new Recording(false)), Map.of("sqlite", List.of("unused")), Map.of())
                .load(file)
                .runnable()
                .orElseThrow();
    }

    /** The engine's answer: each query resolved with its own text and one column. */
    private static EngineRunResult answer(List<QueryDecl> queries) {
        List<ResolvedQuery> resolved = new ArrayList<>();
        for (QueryDecl q : queries) {
            resolved.add(new ResolvedQuery(
                    q,
                    ParseResponse.newBuilder()
                            .setSql(q.text())
                            .addColumns(Column.newBuilder().setName("id"))
                            .build()));
        }
        return new EngineRunResult(resolved, List.of());
    }

    /** Runs the block; the engine answers only once the warm-up has started generating (when there is one). */
    private BlockRun.Output run(Config config, Recording generator, boolean warmUp) {
        BlockRun.Resolver engine = (spec, block, schema, queries) -> {
            if (warmUp) {
                try {
                    assertTrue(generator.warmedUp.await(30, TimeUnit.SECONDS), "the warm-up never ran");
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }
            return answer(queries);
        };
        BlockRun run = new BlockRun(
                        config,
                        config.sql().get(0),
                        Map.of("rec", generator),
                        Optional.of(io.sqlj.core.engine.EngineSpec.bundled("sqlite", List.of("unused"))),
                        engine,
                        TextFile::read,
                        Timings.from(Map.of("SQLJ_TIMINGS", "1")))
                .withCodegenWarmUp(warmUp);
        BlockRun.Output output = run.run();
        generator.requests.stream()
                .filter(r -> !r.queries().equals(CodegenWarmUp.sample()))
                .forEach(r -> assertEquals(2, r.queries().size()));
        return output;
    }

    @Test
    void theWarmUpRunsWhileTheEngineWorksAndLeavesNoTraceInTheRun() throws IOException {
        Config config = config();
        Recording cold = new Recording(false);
        Recording warm = new Recording(false);
        BlockRun.Output without = run(config, cold, false);
        BlockRun.Output with = run(config, warm, true);
        assertEquals(without.files(), with.files());
        assertEquals(without.diagnostics(), with.diagnostics());
        assertEquals(2, with.files().size());
        assertEquals(1, cold.requests.size(), "no warm-up unless asked for");
        assertTrue(warm.requests.size() >= 2, "the sample, then the block");
        assertEquals(
                CodegenWarmUp.sample(), warm.requests.get(0).queries(), "the warm-up came first, before the answer");
    }

    @Test
    void aGeneratorThatFailsOnTheSampleStillGeneratesTheBlock() throws IOException {
        Config config = config();
        BlockRun.Output without = run(config, new Recording(false), false);
        BlockRun.Output with = run(config, new Recording(true), true);
        assertEquals(without.files(), with.files());
        assertEquals(without.diagnostics(), with.diagnostics());
    }

    @Test
    void theSampleCoversTheCommonCommandsWithParametersAndColumns() {
        List<ResolvedQuery> sample = CodegenWarmUp.sample();
        assertEquals(
                java.util.Set.of(Command.ONE, Command.MANY, Command.EXEC, Command.EXECROWS),
                sample.stream().map(q -> q.decl().command()).collect(java.util.stream.Collectors.toSet()));
        assertTrue(sample.stream().allMatch(q -> q.response().getParametersCount() > 0));
        assertEquals(
                CodegenWarmUp.sampleCatalog().getTablesCount() * 2L,
                sample.stream().filter(q -> q.response().getColumnsCount() > 0).count());
    }

    @Test
    void closingEndsTheRoundUnderWayAtItsNextFile() throws Exception {
        Config config = config();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger files = new java.util.concurrent.atomic.AtomicInteger();
        CodeGenerator endless = new CodeGenerator() {
            @Override
            public String name() {
                return "rec";
            }

            @Override
            public CodegenResult generate(CodegenRequest request) {
                started.countDown();
                try {
                    while (true) { // a round that would never end by itself
                        request.ready().accept("f" + files.incrementAndGet() + ".txt", "x");
                        Thread.sleep(1);
                    }
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                } finally {
                    ended.countDown();
                }
            }
        };
        CodegenWarmUp warmUp = CodegenWarmUp.start(
                endless, config.sql().get(0), config.sql().get(0).codegen().get(0), Timings.from(Map.of()), 0);
        assertTrue(started.await(30, TimeUnit.SECONDS));
        warmUp.close();
        assertTrue(ended.await(30, TimeUnit.SECONDS), "the round ended at its next file");
        assertFalse(warmUp.collected(), "no collection once the engine has answered");
    }

    @Test
    void theGarbageIsCollectedOnceTheRoundsAreDoneBeforeTheEngineAnswers() throws Exception {
        assertTrue(roundsDone(CodegenWarmUp.COLLECT_UP_TO, 30).collected(), "collected after the last round");
    }

    @Test
    void notForABlockOfMoreQueriesThanItsRunCanAllocateWithoutCollecting() throws Exception {
        assertFalse(roundsDone(CodegenWarmUp.COLLECT_UP_TO + 1, 2).collected());
    }

    /** A warm-up for a block of {@code queries} queries, closed once its rounds are done and it has collected or waited {@code seconds}. */
    private CodegenWarmUp roundsDone(int queries, int seconds) throws Exception {
        Config config = config();
        CountDownLatch rounds = new CountDownLatch(CodegenWarmUp.MAX_ROUNDS);
        CodeGenerator quick = new CodeGenerator() {
            @Override
            public String name() {
                return "rec";
            }

            @Override
            public CodegenResult generate(CodegenRequest request) {
                rounds.countDown();
                return new CodegenResult(Map.of(), List.of());
            }
        };
        CodegenWarmUp warmUp = CodegenWarmUp.start(
                quick,
                config.sql().get(0),
                config.sql().get(0).codegen().get(0),
                Timings.from(Map.of("SQLJ_TIMINGS", "1")),
                queries);
        assertTrue(rounds.await(30, TimeUnit.SECONDS));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!warmUp.collected() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        warmUp.close();
        return warmUp;
    }
}
