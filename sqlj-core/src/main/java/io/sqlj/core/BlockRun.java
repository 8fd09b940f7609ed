package io.sqlj.core;

import io.sqlj.core.codegen.CodeGenerator;
import io.sqlj.core.codegen.CodegenRequest;
import io.sqlj.core.codegen.CodegenResult;
import io.sqlj.core.codegen.FileSink;
import io.sqlj.core.config.CodegenDef;
import io.sqlj.core.config.Config;
import io.sqlj.core.config.SqlBlock;
import io.sqlj.core.engine.EngineRunResult;
import io.sqlj.core.engine.EngineRunner;
import io.sqlj.core.engine.EngineSpec;
import io.sqlj.core.engine.SchemaText;
import io.sqlj.sql.SqlSyntax;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One {@code sql[]} block through the pipeline: schema, query files, engine, generators. Every
 * problem is collected; generators run only when the block has no error.
 */
final class BlockRun {

    /**
     * What a block produced: absolute path → contents, and its problems; with the queries as split,
     * those the engine resolved, and its catalog, for tools that look at them (the language server).
     */
    record Output(
            Map<Path, String> files,
            List<Diagnostic> diagnostics,
            List<QueryDecl> queries,
            List<ResolvedQuery> resolved,
            Optional<io.sqlj.engine.v1.Catalog> catalog) {}

    /** Asks the engine about the block's queries: an {@link EngineRunner}, or a warm {@link io.sqlj.core.engine.EngineSession}. */
    interface Resolver {
        EngineRunResult resolve(EngineSpec engine, SqlBlock block, SchemaText schema, List<QueryDecl> queries);
    }

    private final Config config;
    private final SqlBlock block;
    private final Map<String, CodeGenerator> generators;
    private final Optional<EngineSpec> engine;
    private final Resolver runner;
    private final BlockSession.SourceReader reader;
    private final Timings timings;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<Path, String> files = new LinkedHashMap<>();
    private boolean withCodegen = true;

    BlockRun(
            Config config,
            SqlBlock block,
            Map<String, CodeGenerator> generators,
            Optional<EngineSpec> engine,
            EngineRunner runner,
            Timings timings) {
        this(config, block, generators, engine, runner::run, TextFile::read, timings);
        this.engineRunner = runner;
    }

    private @Nullable EngineRunner engineRunner;

    BlockRun(
            Config config,
            SqlBlock block,
            Map<String, CodeGenerator> generators,
            Optional<EngineSpec> engine,
            Resolver runner,
            BlockSession.SourceReader reader,
            Timings timings) {
        this.config = config;
        this.block = block;
        this.generators = generators;
        this.engine = engine;
        this.runner = runner;
        this.reader = reader;
        this.timings = timings;
    }

    private @Nullable EarlyStaging staging;

    /** Hands each generated file to {@code staging} as soon as its generator has it ({@link FileSink}). */
    BlockRun withEarlyStaging(@Nullable EarlyStaging staging) {
        this.staging = staging;
        return this;
    }

    private boolean warmUp;

    /**
     * Warms each codegen entry's generator on a built-in sample while the engine resolves ({@link
     * CodegenWarmUp}): for a fresh JVM, whose codegen would otherwise run cold.
     */
    BlockRun withCodegenWarmUp(boolean on) {
        this.warmUp = on;
        return this;
    }

    /** Stops {@link #run} before codegen, for a caller that runs {@link #codegen} itself later. */
    BlockRun withoutCodegen() {
        withCodegen = false;
        return this;
    }

    /**
     * Codegen alone, over an engine answer a {@link #withoutCodegen} run produced.
     *
     * @param hadErrors whether that run reported an error (then codegen runs only when a query resolved)
     */
    Output codegen(EngineRunResult answer, boolean hadErrors) {
        if (!answer.resolved().isEmpty() || !hadErrors) {
            block.codegen().forEach(def -> generate(def, answer));
        }
        return new Output(files, diagnostics, List.of(), answer.resolved(), answer.catalog());
    }

    /**
     * For a block whose own config has errors (reported by the loader): its query files read and
     * split, with the splitter's errors and duplicate names; no schema, engine or codegen.
     */
    Output splitOnly() {
        List<QueryDecl> split = queries(null, null);
        noQueries(split);
        withoutDuplicates(split);
        return new Output(Map.of(), diagnostics, split, List.of(), Optional.empty());
    }

    private EngineRunner.@Nullable Early started;

    /**
     * The block's engine, started already by the caller with this block's {@link EngineRunner}
     * (docs/performance.md §1ak), or null: then {@link #run} starts it. {@link #run} closes it.
     */
    BlockRun withStartedEngine(EngineRunner.@Nullable Early started) {
        this.started = started;
        return this;
    }

    Output run() {
        // The engine's JVM starts while the schema and query files are read (docs/performance.md §1j).
        EngineRunner starter = engineRunner;
        EngineRunner.@Nullable Early early = started != null || starter == null
                ? started
                : engine.flatMap(e -> starter.prestart(e, "sql[" + block.index() + "]"))
                        .orElse(null);
        try {
            return runBlock(early);
        } finally {
            if (early != null) {
                early.close(); // kills it when it was never asked (no queries, an unreadable schema)
            }
        }
    }

    /** {@code early}: the engine's process, started already when it runs as a process per block. */
    private Output runBlock(EngineRunner.@Nullable Early early) {
        block.codegen().stream()
                .filter(def -> !generators.containsKey(def.plugin()))
                .forEach(def -> diagnostics.add(Diagnostic.error(
                        def.location(),
                        "unknown codegen plugin \"" + def.plugin() + "\"; known plugins: "
                                + String.join(", ", generators.keySet()))));
        long start = System.nanoTime();
        Optional<SchemaText> schema = block.database().isPresent() ? Optional.of(SchemaText.of("")) : schema();
        // Each file's queries go to the early engine as soon as it is split (docs/performance.md §1r).
        // The schema is read first: it goes to the engine at once, which may load it while the query
        // files are split (§1y, §1ap).
        if (early != null && schema.isPresent()) {
            early.streamSchema(block, schema.get());
        }
        List<QueryDecl> queries = queries(early != null ? schema.orElse(null) : null, early);
        timings.add("sql[" + block.index() + "] read and split", System.nanoTime() - start);
        noQueries(queries);
        List<QueryDecl> split = queries;
        queries = withoutDuplicates(queries);
        List<ResolvedQuery> resolved = List.of();
        Optional<io.sqlj.engine.v1.Catalog> catalog = Optional.empty();
        if (engine.isEmpty()) {
            diagnostics.add(
                    Diagnostic.error(block.engineLocation(), "engine \"" + block.engine() + "\" is not available"));
        } else if (schema.isPresent() && !queries.isEmpty()) {
            EarlyStaging ahead = staging;
            if (ahead != null && withCodegen) {
                for (CodegenDef def : block.codegen()) {
                    ahead.reserve(Manifest.path(def.out(), config.file()), queries.size());
                }
            }
            List<CodegenWarmUp> warming = warmUps(queries.size());
            EngineRunResult answer;
            try {
                answer = early != null && engineRunner != null
                        ? engineRunner.runStartedBeforeExit(engine.get(), block, schema.get(), queries, early)
                        : runner.resolve(engine.get(), block, schema.get(), queries);
            } finally {
                warming.forEach(CodegenWarmUp::close);
            }
            int kept = diagnostics.size();
            take(answer);
            // The engine may still be exiting (docs/performance.md §1aj): its answer counts only when it
            // exits 0, which is awaited after codegen, before the block's result goes to the write step.
            EngineRunResult settled = early != null ? early.awaitExit(answer) : answer;
            if (settled != answer) {
                // It did not: the block's result is the one of an engine that failed, as if its exit
                // had been awaited before its answer was read; codegen's files and words go with it.
                diagnostics.subList(kept, diagnostics.size()).clear();
                files.clear();
                take(settled);
            }
            return new Output(files, diagnostics, split, settled.resolved(), settled.catalog());
        }
        if (withCodegen) {
            // No engine ran (no engine, an unreadable schema, no queries): the codegen entries' own
            // errors (their options) still come in this run; without queries there are no files.
            EngineRunResult none = new EngineRunResult(List.of(), List.of());
            block.codegen().forEach(def -> generate(def, none));
            files.clear();
        }
        return new Output(files, diagnostics, split, resolved, catalog);
    }

    /**
     * An engine's answer into this block's result: its diagnostics, then codegen's. Every error of a
     * run at once: the queries that did resolve still go through codegen, so its errors arrive with
     * the query-file and engine ones (a run with errors writes nothing), and so do its files, which
     * the write checks look at (Pipeline).
     */
    private void take(EngineRunResult answer) {
        diagnostics.addAll(answer.diagnostics());
        if (withCodegen) {
            block.codegen().forEach(def -> {
                String phase = "sql[" + block.index() + "] codegen " + def.plugin();
                long cpu = timings.enabled() ? processCpuNanos() : 0;
                timings.time(phase, () -> {
                    generate(def, answer);
                    return null;
                });
                if (timings.enabled()) {
                    timings.addFigure(phase + " (process CPU, all threads)", processCpuNanos() - cpu);
                }
            });
        }
    }

    /** The CPU time of this whole process so far (every thread: render workers, the compiler, GC), for timings. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }

    /** One warm-up per codegen entry whose plugin is known, when asked for and codegen will run. */
    private List<CodegenWarmUp> warmUps(int queries) {
        if (!warmUp || !withCodegen) {
            return List.of();
        }
        List<CodegenWarmUp> started = new ArrayList<>();
        for (CodegenDef def : block.codegen()) {
            CodeGenerator generator = generators.get(def.plugin());
            if (generator != null) {
                started.add(CodegenWarmUp.start(generator, block, def, timings, queries));
            }
        }
        return started;
    }

    /**
     * The up parts of the schema files joined with a newline between them, or empty when one cannot
     * be read.
     */
    private Optional<SchemaText> schema() {
        List<String> files = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        boolean ok = true;
        for (Path file : block.schema()) {
            Optional<String> text = read(file, "schema")
                    .map(MigrationText::upOnly)
                    .map(t -> QuerySplitter.withoutQueries(t, SqlSyntax.forEngine(block.engine())))
                    .map(t -> FlywayPlaceholders.apply(
                            config.relative(file), t, block.engine(), block.placeholders(), diagnostics));
            text.ifPresent(parts::add);
            files.add(config.relative(file));
            ok &= text.isPresent();
        }
        return ok ? Optional.of(SchemaText.join(files, parts, SqlSyntax.forEngine(block.engine()))) : Optional.empty();
    }

    /**
     * As sqlc, a block whose query files hold no query at all is an error (a file without one is only
     * a warning, {@link QuerySplitter}); not when a query file already has an error of its own.
     */
    private void noQueries(List<QueryDecl> queries) {
        if (!queries.isEmpty() || block.queries().isEmpty()) {
            return;
        }
        List<String> files = block.queries().stream().map(config::relative).toList();
        java.util.Set<String> named = java.util.Set.copyOf(files);
        if (diagnostics.stream().anyMatch(d -> d.isError() && named.contains(d.file()))) {
            return;
        }
        String listed = files.size() <= 3
                ? String.join(", ", files)
                : String.join(", ", files.subList(0, 3)) + " and " + (files.size() - 3) + " more files";
        diagnostics.add(Diagnostic.error(
                block.location(),
                "no queries in " + listed + "; a query starts with a line like \"-- name: GetAuthor :one\""));
    }

    /**
     * The query files read and split, in order; with {@code stream}, each file's queries whose name
     * is new (those {@link #withoutDuplicates} keeps) are sent to it as soon as the file is split.
     */
    private List<QueryDecl> queries(@Nullable SchemaText schema, EngineRunner.@Nullable Early stream) {
        List<QueryDecl> queries = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        SqlSyntax syntax = SqlSyntax.forEngine(block.engine());
        for (Path file : block.queries()) {
            read(file, "query").ifPresent(text -> {
                SplitResult split = QuerySplitter.split(config.relative(file), text, syntax);
                queries.addAll(split.queries());
                diagnostics.addAll(split.diagnostics());
                if (stream != null && schema != null) {
                    List<QueryDecl> fresh = new ArrayList<>();
                    for (QueryDecl decl : split.queries()) {
                        if (names.add(decl.name())) {
                            fresh.add(decl);
                        }
                    }
                    stream.stream(block, schema, fresh);
                }
            });
        }
        return queries;
    }

    private Optional<String> read(Path file, String kind) {
        try {
            return Optional.of(reader.read(file));
        } catch (TextFile.NotUtf8 e) {
            diagnostics.add(Diagnostic.error(
                    config.relative(file), e.line(), e.column(), kind + " file is not valid UTF-8; save it as UTF-8"));
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(config.relative(file), 0, 0, "cannot read " + kind + " file: " + e));
        }
        return Optional.empty();
    }

    /** The queries with each name's first only; an error for every later one. */
    private List<QueryDecl> withoutDuplicates(List<QueryDecl> queries) {
        Map<String, QueryDecl> first = new HashMap<>();
        List<QueryDecl> kept = new ArrayList<>();
        for (QueryDecl decl : queries) {
            QueryDecl earlier = first.putIfAbsent(decl.name(), decl);
            if (earlier == null) {
                kept.add(decl);
            } else {
                diagnostics.add(Diagnostic.error(
                        decl.location(),
                        "duplicate query name \"" + decl.name() + "\" in sql[" + block.index() + "]; first declared at "
                                + earlier.file() + ":" + earlier.line()));
            }
        }
        return kept;
    }

    private void generate(CodegenDef def, EngineRunResult answer) {
        CodeGenerator generator = generators.get(def.plugin());
        if (generator == null) {
            return;
        }
        CodegenResult result;
        try {
            EarlyStaging early = staging;
            FileSink ready = early == null
                    ? FileSink.NONE
                    : (relative, contents) -> target(def, relative).ifPresent(t -> early.offer(t, contents));
            result = generator.generate(
                    new CodegenRequest(block, def, answer.resolved(), SqljVersion.get(), answer.catalog(), ready));
        } catch (RuntimeException e) {
            diagnostics.add(Diagnostic.error(def.location(), "codegen plugin \"" + def.plugin() + "\" failed: " + e));
            return;
        }
        diagnostics.addAll(result.diagnostics());
        result.files().forEach((relative, contents) -> place(def, relative, contents));
    }

    /** Where a generated file goes under {@code out}; empty for a path that would land anywhere else. */
    private static Optional<Path> target(CodegenDef def, String relative) {
        if (!relative.isBlank() && !relative.startsWith("/") && !relative.contains("\\") && !relative.contains(":")) {
            Path p = def.out().resolve(relative).normalize();
            return p.startsWith(def.out()) && !p.equals(def.out()) ? Optional.of(p) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Puts a generated file under {@code out}, refusing paths that would land anywhere else. */
    private void place(CodegenDef def, String relative, String contents) {
        Optional<Path> target = target(def, relative);
        if (target.isEmpty()) {
            diagnostics.add(Diagnostic.error(
                    def.location(),
                    "codegen plugin \"" + def.plugin() + "\" produced the path \"" + relative
                            + "\", which is not inside its out folder"));
        } else if (files.putIfAbsent(target.get(), contents) != null) {
            diagnostics.add(Diagnostic.error(
                    def.location(),
                    "codegen plugin \"" + def.plugin() + "\" produced \"" + config.relative(target.get())
                            + "\" twice"));
        }
    }
}
