package io.sqlj.core;

import java.util.List;

/** The queries of one query file and the problems found while splitting it. */
public record SplitResult(List<QueryDecl> queries, List<Diagnostic> diagnostics) {

    public SplitResult {
        queries = List.copyOf(queries);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
