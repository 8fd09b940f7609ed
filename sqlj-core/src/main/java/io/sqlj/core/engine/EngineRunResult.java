package io.sqlj.core.engine;

import io.sqlj.core.Diagnostic;
import io.sqlj.core.ResolvedQuery;
import io.sqlj.engine.v1.Catalog;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an engine said about one block's queries.
 *
 * @param resolved the queries the engine resolved without errors, in the order given
 * @param diagnostics the engine's diagnostics mapped onto the query files, and any fault of the
 *     engine itself
 * @param catalog the schema's tables and enums, when the engine reported them
 */
public record EngineRunResult(List<ResolvedQuery> resolved, List<Diagnostic> diagnostics, Optional<Catalog> catalog) {

    public EngineRunResult {
        resolved = List.copyOf(resolved);
        diagnostics = List.copyOf(diagnostics);
        Objects.requireNonNull(catalog, "catalog");
    }

    /** A result without a catalog. */
    public EngineRunResult(List<ResolvedQuery> resolved, List<Diagnostic> diagnostics) {
        this(resolved, diagnostics, Optional.empty());
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
