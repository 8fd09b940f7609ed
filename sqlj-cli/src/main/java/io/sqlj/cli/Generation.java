package io.sqlj.cli;

import io.sqlj.codegen.java.JavaGenerator;
import io.sqlj.core.Diagnostic;
import io.sqlj.core.Pipeline;
import io.sqlj.core.PipelineResult;
import io.sqlj.core.engine.BundledEngines;
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
        return new Pipeline(List.of(new JavaGenerator()), BundledEngines.onThisClassPath(), env);
    }

    /**
     * Runs {@code work} on a pipeline that shows the blocks taking more than a second on an
     * interactive terminal (nothing under {@code -q}, in CI or when piped).
     */
    static <T> T withProgress(
            Pipeline pipeline,
            boolean quiet,
            PrintWriter err,
            Map<String, String> env,
            java.util.function.Function<Pipeline, T> work) {
        io.sqlj.core.Progress progress = TerminalProgress.forTerminal(quiet, err, env);
        try {
            return work.apply(pipeline.withProgress(progress));
        } finally {
            if (progress instanceof TerminalProgress terminal) {
                terminal.close();
            }
        }
    }

    /**
     * Prints every diagnostic as {@code path:line:col: error: message}, paths relative to the config:
     * all of a run's (config, query files, engines of every block, codegen) at once, each file's
     * together in line and column order, the files in the order the run first reported them (the
     * config first).
     */
    static void print(List<Diagnostic> diagnostics, PrintWriter err) {
        for (Diagnostic d : sorted(diagnostics)) {
            err.println(d.format());
        }
    }

    static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
        Map<String, Integer> fileOrder = new java.util.HashMap<>();
        for (Diagnostic d : diagnostics) {
            fileOrder.putIfAbsent(d.file(), fileOrder.size());
        }
        List<Diagnostic> sorted = new java.util.ArrayList<>(diagnostics);
        sorted.sort(java.util.Comparator.<Diagnostic>comparingInt(d -> fileOrder.getOrDefault(d.file(), 0))
                .thenComparingInt(Diagnostic::line)
                .thenComparingInt(Diagnostic::column));
        return sorted;
    }
}
