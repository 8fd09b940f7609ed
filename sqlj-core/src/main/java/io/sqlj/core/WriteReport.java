package io.sqlj.core;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link OutputWriter#write} did, or would have done and refused to.
 *
 * @param written files created or changed
 * @param unchanged files that already held exactly the generated contents, left untouched
 * @param removed stale generated files deleted
 * @param diagnostics why nothing was written, when there is an error
 */
public record WriteReport(List<Path> written, List<Path> unchanged, List<Path> removed, List<Diagnostic> diagnostics) {

  public WriteReport {
    written = List.copyOf(written);
    unchanged = List.copyOf(unchanged);
    removed = List.copyOf(removed);
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
