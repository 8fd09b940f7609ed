package io.sqlj.cli;

import io.sqlj.codegen.java.JavaGenerator;
import io.sqlj.core.Diagnostic;
import io.sqlj.core.Pipeline;
import io.sqlj.core.PipelineResult;
import io.sqlj.core.config.Destination;
import io.sqlj.core.engine.BundledEngines;
import io.sqlj.core.engine.InProcessEngines;
import io.sqlj.engine.sqlite.SqliteEngine;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What {@code generate} and {@code verify} share: one pipeline run and its diagnostics. */
final class Generation {

    private Generation() {}

    static PipelineResult run(Path configFile, Map<String, String> env) {
        return pipeline(env).run(configFile);
    }

    static Pipeline pipeline(Map<String, String> env) {
        Pipeline pipeline = new Pipeline(List.of(new JavaGenerator()), BundledEngines.onThisClassPath(), env)
                .withInProcessEngines(inProcessEngines(env));
        return "0".equals(env.get("SQLJ_WARM_UP")) ? pipeline : pipeline.withCodegenWarmUp();
    }

    /**
     * The bundled engines a command line run starts on a thread of its JVM instead of a process:
     * the SQLite engine (docs/decisions.md, "Bundled engines in sqlj's JVM"); none with {@code
     * SQLJ_ENGINE_PROCESS=1}. The PostgreSQL and MySQL engines spend their time in their database
     * servers, and stay processes.
     */
    static InProcessEngines inProcessEngines(Map<String, String> env) {
        Path cache = BundledEngines.cacheFolder().orElse(null);
        return InProcessEngines.of(Map.of("sqlite", dir -> new SqliteEngine(dir, cache)), env);
    }

    /**
     * Runs the config through {@code pipeline} and prints its diagnostics; an interactive terminal
     * is shown the blocks taking more than a second (nothing under {@code -q}, in CI or when piped).
     */
    static PipelineResult runAndPrint(
            Pipeline pipeline, ConfigFileOption config, boolean quiet, PrintWriter err, Map<String, String> env) {
        return runAndPrint(pipeline, config, config.destination(), quiet, err, env);
    }

    static PipelineResult runAndPrint(
            Pipeline pipeline,
            ConfigFileOption config,
            Destination destination,
            boolean quiet,
            PrintWriter err,
            Map<String, String> env) {
        io.sqlj.core.Progress progress = TerminalProgress.forTerminal(quiet, err, env);
        PipelineResult result;
        try {
            result = pipeline.withProgress(progress).run(config.file, destination);
        } finally {
            if (progress instanceof TerminalProgress terminal) {
                terminal.close();
            }
        }
        print(result.diagnostics(), err, config.file);
        return result;
    }

    /**
     * Prints every diagnostic as {@code path:line:col: error: message}, paths relative to the config:
     * all of a run's (config, query files, engines of every block, codegen, the write checks) at
     * once, sorted by file, then line and column: the config first, then the files in the order the
     * run first reported them (query files in the order the config lists them, then generated
     * files).
     */
    static void print(List<Diagnostic> diagnostics, PrintWriter err) {
        print(diagnostics, err, Path.of(""));
    }

    /** {@link #print(List, PrintWriter)}, with the diagnostics of {@code configFile} first. */
    static void print(List<Diagnostic> diagnostics, PrintWriter err, Path configFile) {
        for (Diagnostic d : Diagnostic.sorted(diagnostics, configFile)) {
            err.println(d.format());
        }
    }
}
