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
 */
public record PipelineResult(
    Path configDir, Map<Path, String> files, Set<Path> outDirs, List<Diagnostic> diagnostics) {

  public PipelineResult {
    files = Collections.unmodifiableMap(new TreeMap<>(files));
    outDirs = Set.copyOf(outDirs);
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
