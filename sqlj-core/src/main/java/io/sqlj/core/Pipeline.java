package io.sqlj.core;

import io.sqlj.core.codegen.CodeGenerator;
import io.sqlj.core.config.Config;
import io.sqlj.core.config.ConfigLoader;
import io.sqlj.core.config.ConfigResult;
import io.sqlj.core.config.Destination;
import io.sqlj.core.config.EngineDef;
import io.sqlj.core.config.SqlBlock;
import io.sqlj.core.engine.EngineRunner;
import io.sqlj.core.engine.EngineSpec;
import io.sqlj.core.engine.InProcessEngines;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * sqlj from {@code sqlj.yaml} to generated files: loads the config, splits the query files, asks
 * the engine, runs the generators. It writes nothing; {@link OutputWriter} does that, and
 * {@code diff}/{@code verify} compare its result with the disk instead.
 */
public final class Pipeline {

    private final Map<String, CodeGenerator> generators;
    private final Map<String, List<String>> bundledEngines;
    private final Map<String, String> env;
    private final Timings timings;

    /**
     * @param generators the code generators, by {@link CodeGenerator#name()}
     * @param bundledEngines the bundled engines' names → the full argv that starts each, such as
     *     {@code [java, -cp, ..., io.sqlj.engine.sqlite.Main]}
     * @param env the environment: {@code ${VAR}} in sqlj.yaml expands from it, and engines get its
     *     {@code PATH} and the variables they list
     */
    public Pipeline(List<CodeGenerator> generators, Map<String, List<String>> bundledEngines, Map<String, String> env) {
        Map<String, CodeGenerator> byName = new LinkedHashMap<>();
        for (CodeGenerator g : generators) {
            if (byName.putIfAbsent(g.name(), g) != null) {
                throw new IllegalArgumentException("two code generators are named " + g.name());
            }
        }
        this.generators = Map.copyOf(byName);
        this.bundledEngines = Map.copyOf(bundledEngines);
        this.env = Map.copyOf(env);
        this.timings = Timings.from(env);
    }

    private volatile Progress progress = Progress.NONE;

    /** Tells {@code progress} when each block starts and ends; returns this pipeline. */
    public Pipeline withProgress(Progress progress) {
        this.progress = java.util.Objects.requireNonNull(progress, "progress");
        return this;
    }

    private volatile boolean writeChecks;

    private volatile boolean warmUp;

    /**
     * For a short-lived JVM (the command line): the first block's generators are warmed on a small
     * built-in sample while its engine resolves, so that codegen does not run cold (docs/performance.md
     * §1t; one warm-up serves every block: the compiled code is the JVM's). Returns this pipeline.
     */
    public Pipeline withCodegenWarmUp() {
        this.warmUp = true;
        return this;
    }

    private volatile @Nullable EarlyStaging early;

    /**
     * For {@code generate}, which writes the result with {@link OutputWriter#write(PipelineResult,
     * EarlyStaging)}: each generated file is staged by {@code early} while the others are still
     * rendered. The caller closes {@code early}. Returns this pipeline.
     */
    public Pipeline withEarlyStaging(EarlyStaging early) {
        this.early = Objects.requireNonNull(early, "early");
        return this;
    }

    /**
     * For a caller that writes the result ({@code generate}) or compares it with the disk ({@code
     * verify}): a run that has errors also reports what the write step would refuse ({@link
     * OutputWriter}: a file in the way, a symbolic link, another config's file), so one run shows
     * every error. A run without errors leaves that to the writer. Returns this pipeline.
     */
    public Pipeline withWriteChecks() {
        this.writeChecks = true;
        return this;
    }

    private volatile InProcessEngines inProcess = InProcessEngines.NONE;

    /**
     * Runs the bundled engines {@code engines} names on a thread of this JVM instead of a process of
     * their own, for a short-lived JVM that runs one config (the command line; docs/decisions.md).
     * Returns this pipeline.
     */
    public Pipeline withInProcessEngines(InProcessEngines engines) {
        this.inProcess = Objects.requireNonNull(engines, "engines");
        return this;
    }

    /** Where this pipeline's runs spent their time, when {@code SQLJ_TIMINGS=1}. */
    public Timings timings() {
        return timings;
    }

    public PipelineResult run(Path configFile) {
        return run(configFile, Destination.NONE);
    }

    /** Runs {@code configFile} (a sqlj.yaml or a sqlc config) with {@code destination} over its out and package. */
    public PipelineResult run(Path configFile, Destination destination) {
        Path file = configFile.toAbsolutePath().normalize();
        ConfigResult loaded = timings.time("config", () -> load(file, destination));
        if (loaded.runnable().isEmpty()) {
            return new PipelineResult(
                    Objects.requireNonNull(file.getParent(), "a config file has a folder"),
                    Map.of(),
                    Set.of(),
                    loaded.diagnostics(),
                    file);
        }
        return run(loaded.runnable().get(), loaded.diagnostics(), loaded.brokenBlocks());
    }

    /**
     * Loads {@code configFile} as {@link #run(Path)} does, knowing this pipeline's bundled engines,
     * for callers that look at or change the config before running it (the Maven goal).
     */
    public ConfigResult load(Path configFile) {
        return load(configFile, Destination.NONE);
    }

    /** Loads as {@link #load(Path)} does, with {@code destination} over the config's out and package. */
    public ConfigResult load(Path configFile, Destination destination) {
        return ConfigLoader.load(configFile.toAbsolutePath().normalize(), env, bundledEngines.keySet(), destination);
    }

    /**
     * Runs a config already loaded by {@link #load}.
     *
     * @param loadDiagnostics the warnings {@link #load} reported, kept first in the result
     */
    public PipelineResult run(Config config, List<Diagnostic> loadDiagnostics) {
        return run(config, loadDiagnostics, Set.of());
    }

    /**
     * Runs a config {@link #load} loaded with errors confined to some blocks ({@link
     * ConfigResult#partial()}): the blocks in {@code brokenBlocks} only have their query files split
     * and checked, the others run as usual, so one run reports the config's errors with every other.
     * The result has no files: its diagnostics hold the config's errors.
     */
    public PipelineResult run(Config config, List<Diagnostic> loadDiagnostics, Set<Integer> brokenBlocks) {
        // The engines' JVMs start first, before the rest of the run's set-up, which their start
        // overlaps (docs/performance.md §1ak); each block closes its own, and any left here is
        // killed when the run fails before a block took it.
        EngineRunner runner = new EngineRunner(config.dir(), env, timings, inProcess);
        Map<Integer, EngineRunner.Early> engines = prestart(config, brokenBlocks, runner);
        try {
            return run(config, loadDiagnostics, brokenBlocks, runner, engines);
        } finally {
            engines.values().forEach(EngineRunner.Early::close);
        }
    }

    /** As many blocks as run side by side: the first this many start at once. */
    private static final int PARALLEL_BLOCKS = 4;

    /**
     * Starts the bundled engine of each block that starts at once ({@link #PARALLEL_BLOCKS}), by
     * block index; a block whose config is broken runs no engine, and one that starts later starts
     * its own ({@link BlockRun#run}).
     */
    private Map<Integer, EngineRunner.Early> prestart(Config config, Set<Integer> brokenBlocks, EngineRunner runner) {
        Map<Integer, EngineRunner.Early> started = new LinkedHashMap<>();
        List<SqlBlock> blocks = config.sql();
        try {
            for (int i = 0; i < Math.min(blocks.size(), PARALLEL_BLOCKS); i++) {
                SqlBlock block = blocks.get(i);
                if (!brokenBlocks.contains(block.index())) {
                    engineFor(config, block)
                            .flatMap(e -> runner.prestart(e, "sql[" + block.index() + "]"))
                            .ifPresent(e -> started.put(block.index(), e));
                }
            }
        } catch (RuntimeException | Error e) {
            started.values().forEach(EngineRunner.Early::close); // none left running by a start that failed
            throw e;
        }
        return started;
    }

    private PipelineResult run(
            Config config,
            List<Diagnostic> loadDiagnostics,
            Set<Integer> brokenBlocks,
            EngineRunner runner,
            Map<Integer, EngineRunner.Early> engines) {
        List<Diagnostic> diagnostics = new ArrayList<>(loadDiagnostics);
        Set<Path> outDirs = new HashSet<>();
        config.sql().forEach(b -> b.codegen().forEach(def -> outDirs.add(def.out())));
        Map<Path, String> files = new TreeMap<>();
        EarlyStaging staging = early;
        if (staging != null && brokenBlocks.isEmpty()) {
            staging.start(config.dir(), outDirs);
        }
        for (BlockRun.Output output : runBlocks(config, brokenBlocks, runner, engines)) {
            diagnostics.addAll(output.diagnostics());
            output.files().forEach((path, contents) -> {
                if (files.putIfAbsent(path, contents) != null) {
                    diagnostics.add(Diagnostic.error(
                            config.relative(path),
                            0,
                            0,
                            "two sql blocks generate this file; give their codegen entries different out folders"));
                }
            });
        }
        // Every error of a run at once: the checks of the write step look at the files codegen made
        // (of the queries that resolved, when others did not), whatever else went wrong.
        PipelineResult planned = new PipelineResult(config.dir(), files, outDirs, List.of(), config.file());
        diagnostics.addAll(WritePlanner.nameProblems(planned));
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            if (writeChecks) {
                diagnostics.addAll(WritePlanner.diskProblems(planned));
            }
            files.clear(); // a run with errors has no output
        }
        // A query file two blocks list, a note each block would give: one report of each.
        List<Diagnostic> once = List.copyOf(new java.util.LinkedHashSet<>(diagnostics));
        return new PipelineResult(config.dir(), files, outDirs, once, config.file());
    }

    /** Runs the blocks side by side (engines are processes: mostly waiting), results in block order. */
    private List<BlockRun.Output> runBlocks(
            Config config, Set<Integer> brokenBlocks, EngineRunner runner, Map<Integer, EngineRunner.Early> engines) {
        List<java.util.function.Supplier<BlockRun.Output>> runs = config.sql().stream()
                .map(block -> {
                    BlockRun run = new BlockRun(config, block, generators, engineFor(config, block), runner, timings)
                            .withStartedEngine(engines.get(block.index()))
                            .withEarlyStaging(brokenBlocks.isEmpty() ? early : null)
                            .withCodegenWarmUp(warmUp
                                    && block.index() == config.sql().get(0).index());
                    if (brokenBlocks.contains(block.index())) {
                        return (java.util.function.Supplier<BlockRun.Output>) run::splitOnly;
                    }
                    String what = "sql[" + block.index() + "] (" + block.engine() + "): resolving "
                            + String.join(
                                    ", ",
                                    block.queries().stream()
                                            .map(p -> config.relative(p))
                                            .toList());
                    return (java.util.function.Supplier<BlockRun.Output>) () -> {
                        try (Progress.Task task = progress.start(what)) {
                            return run.run();
                        }
                    };
                })
                .toList();
        if (runs.size() == 1) {
            return List.of(runs.get(0).get());
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(runs.size(), PARALLEL_BLOCKS), r -> {
            Thread t = new Thread(r, "sqlj-block");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<BlockRun.Output>> futures =
                    runs.stream().map(run -> pool.submit(run::get)).toList();
            List<BlockRun.Output> outputs = new ArrayList<>();
            for (Future<BlockRun.Output> f : futures) {
                outputs.add(join(f));
            }
            return outputs;
        } finally {
            pool.shutdownNow();
        }
    }

    private static BlockRun.Output join(Future<BlockRun.Output> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * A warm session of one block of a config {@link #load} loaded, for tools that run it on every
     * change (the language server); the caller closes it.
     */
    public BlockSession session(Config config, SqlBlock block) {
        return new BlockSession(config, block, generators, engineFor(config, block), env);
    }

    /** An engine declared in sqlj.yaml wins over a bundled one of the same name. */
    private Optional<EngineSpec> engineFor(Config config, SqlBlock block) {
        for (EngineDef def : config.engines()) {
            if (def.name().equals(block.engine())) {
                return Optional.of(EngineSpec.of(def));
            }
        }
        return Optional.ofNullable(bundledEngines.get(block.engine()))
                .map(argv -> EngineSpec.bundled(block.engine(), argv));
    }
}
