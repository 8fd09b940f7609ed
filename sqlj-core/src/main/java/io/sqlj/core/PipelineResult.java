package io.sqlj.core;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a run of the pipeline produced. Nothing is written yet.
 *
 * @param configDir the config's folder; diagnostics' files are relative to it
 * @param files absolute path → contents of every file the run generates, sorted by path
 * @param outDirs the absolute {@code out} folders of every codegen entry
 * @param diagnostics every problem found, in the order found
 * @param configFile the config; the files it generated are listed in a manifest per out folder
 *     named after it ({@link OutputWriter})
 */
public record PipelineResult(
        Path configDir, Map<Path, String> files, Set<Path> outDirs, List<Diagnostic> diagnostics, Path configFile) {

    public PipelineResult {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
        outDirs = Set.copyOf(outDirs);
        diagnostics = List.copyOf(diagnostics);
    }

    /** A result of the config {@code sqlj.yaml} in {@code configDir}. */
    public PipelineResult(Path configDir, Map<Path, String> files, Set<Path> outDirs, List<Diagnostic> diagnostics) {
        this(configDir, files, outDirs, diagnostics, configDir.resolve("sqlj.yaml"));
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
