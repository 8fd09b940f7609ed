package io.sqlj.core;

import java.nio.file.Path;
import java.util.List;

/**
 * How the files on disk differ from a pipeline result: what {@code generate} would write and
 * remove, and what {@code verify} reports.
 *
 * @param toWrite files that are missing or differ, sorted
 * @param unchanged files already up to date, sorted
 * @param toRemove stale generated files under the out folders, sorted
 * @param diagnostics files sqlj will not touch because it did not generate them
 */
public record WritePlan(List<Path> toWrite, List<Path> unchanged, List<Path> toRemove, List<Diagnostic> diagnostics) {

  public WritePlan {
    toWrite = List.copyOf(toWrite);
    unchanged = List.copyOf(unchanged);
    toRemove = List.copyOf(toRemove);
    diagnostics = List.copyOf(diagnostics);
  }

  /** Whether the disk already holds exactly the result. */
  public boolean upToDate() {
    return toWrite.isEmpty() && toRemove.isEmpty();
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
