package io.sqlj.core;

import io.sqlj.engine.v1.ParseResponse;
import java.util.Objects;

/** A query together with the engine's answer for it, ready for codegen. */
public record ResolvedQuery(QueryDecl decl, ParseResponse response) {

    public ResolvedQuery {
        Objects.requireNonNull(decl, "decl");
        Objects.requireNonNull(response, "response");
    }
}
