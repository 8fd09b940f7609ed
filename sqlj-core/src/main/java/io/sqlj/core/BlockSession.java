package io.sqlj.core;

import io.sqlj.core.codegen.CodeGenerator;
import io.sqlj.core.config.Config;
import io.sqlj.core.config.SqlBlock;
import io.sqlj.core.engine.EngineSession;
import io.sqlj.core.engine.EngineSpec;
import io.sqlj.engine.v1.Catalog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code sql[]} block run again and again against a warm engine ({@link EngineSession}),
 * reading its files through a {@link SourceReader} that may see unsaved editor buffers: what
 * {@code sqlj lsp} runs on every change. Each run reports what {@code sqlj compile} would for the
 * block; only the queries whose text changed reach the engine. Not thread-safe.
 */
public final class BlockSession implements AutoCloseable {

    /** Reads a schema or query file; {@link TextFile#read} reads the disk. */
    @FunctionalInterface
    public interface SourceReader {
        String read(Path file) throws IOException;
    }

    /**
     * One run's result.
     *
     * @param diagnostics every problem, with paths relative to the config's folder
     * @param queries the block's queries as split from the files (duplicates included)
     * @param resolved the queries the engine resolved without an error
     * @param files what the generators would write (empty when the block has errors, and after
     *     {@link #run}: {@link #generate} fills it)
     */
    public record Result(
            List<Diagnostic> diagnostics,
            List<QueryDecl> queries,
            List<ResolvedQuery> resolved,
            Optional<Catalog> catalog,
            Map<Path, String> files) {}

    private final Config config;
    private final SqlBlock block;
    private final Map<String, CodeGenerator> generators;
    private final Optional<EngineSpec> engine;
    private final Optional<EngineSession> session;

    BlockSession(
            Config config,
            SqlBlock block,
            Map<String, CodeGenerator> generators,
            Optional<EngineSpec> engine,
            Map<String, String> env) {
        this.config = config;
        this.block = block;
        this.generators = generators;
        this.engine = engine;
        this.session = engine.map(spec -> new EngineSession(spec, config.dir(), env));
    }

    public Config config() {
        return config;
    }

    public SqlBlock block() {
        return block;
    }

    /** The warm engine, when the block's engine exists. */
    public Optional<EngineSession> engine() {
        return session;
    }

    /**
     * Reads, splits and resolves the block: every diagnostic but codegen's, which {@link
     * #generate} adds (codegen over hundreds of queries takes longer than the engine's answer for
     * the one that changed, so a caller can show this result first).
     */
    public Result run(SourceReader reader) {
        return run(reader, Timings.from(Map.of()));
    }

    /** As {@link #run(SourceReader)}, recording the block's read-and-split phase in {@code timings}. */
    public Result run(SourceReader reader, Timings timings) {
        BlockRun run = new BlockRun(
                        config,
                        block,
                        generators,
                        engine,
                        (spec, b, schema, queries) -> session.orElseThrow().run(b, schema, queries),
                        reader,
                        timings)
                .withoutCodegen();
        BlockRun.Output output = run.run();
        return new Result(
                List.copyOf(output.diagnostics()),
                List.copyOf(output.queries()),
                List.copyOf(output.resolved()),
                output.catalog(),
                Map.of());
    }

    /**
     * Runs the generators over a {@link #run}'s result: its diagnostics (codegen's only) and, when
     * neither has an error, the files.
     */
    public Result generate(Result resolved) {
        BlockRun run = new BlockRun(
                config,
                block,
                generators,
                engine,
                (spec, b, schema, queries) -> {
                    throw new IllegalStateException("codegen does not ask the engine");
                },
                file -> {
                    throw new java.io.IOException("codegen reads no file");
                },
                Timings.from(Map.of()));
        boolean hadErrors = resolved.diagnostics().stream().anyMatch(Diagnostic::isError);
        BlockRun.Output output = run.codegen(
                new io.sqlj.core.engine.EngineRunResult(resolved.resolved(), List.of(), resolved.catalog()), hadErrors);
        boolean errors = hadErrors || output.diagnostics().stream().anyMatch(Diagnostic::isError);
        return new Result(
                List.copyOf(output.diagnostics()),
                resolved.queries(),
                resolved.resolved(),
                resolved.catalog(),
                errors ? Map.of() : Map.copyOf(output.files()));
    }

    @Override
    public void close() {
        session.ifPresent(EngineSession::close);
    }
}
