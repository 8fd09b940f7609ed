package io.sqlj.core.engine;

import io.sqlj.core.Diagnostic;
import io.sqlj.core.ResolvedQuery;
import java.util.List;

/**
 * What an engine said about one block's queries.
 *
 * @param resolved the queries the engine resolved without errors, in the order given
 * @param diagnostics the engine's diagnostics mapped onto the query files, and any fault of the
 *     engine itself
 */
public record EngineRunResult(List<ResolvedQuery> resolved, List<Diagnostic> diagnostics) {

  public EngineRunResult {
    resolved = List.copyOf(resolved);
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
