package io.sqlj.core.codegen;

import io.sqlj.core.ResolvedQuery;
import io.sqlj.core.config.CodegenDef;
import io.sqlj.core.config.SqlBlock;
import io.sqlj.engine.v1.Catalog;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a generator gets for one {@code codegen} entry of one block.
 *
 * @param queries every query of the block, in file order, each resolved without errors
 * @param sqljVersion written into nothing that would change across versions of the same input
 * @param catalog the schema's tables and enums, when the engine reported them
 * @param ready where the generator may hand each file as soon as it is final ({@link FileSink})
 */
public record CodegenRequest(
        SqlBlock block,
        CodegenDef def,
        List<ResolvedQuery> queries,
        String sqljVersion,
        Optional<Catalog> catalog,
        FileSink ready) {

    public CodegenRequest {
        Objects.requireNonNull(block, "block");
        Objects.requireNonNull(def, "def");
        queries = List.copyOf(queries);
        Objects.requireNonNull(sqljVersion, "sqljVersion");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(ready, "ready");
    }

    /** A request whose files are only returned. */
    public CodegenRequest(
            SqlBlock block,
            CodegenDef def,
            List<ResolvedQuery> queries,
            String sqljVersion,
            Optional<Catalog> catalog) {
        this(block, def, queries, sqljVersion, catalog, FileSink.NONE);
    }

    /** A request without a catalog. */
    public CodegenRequest(SqlBlock block, CodegenDef def, List<ResolvedQuery> queries, String sqljVersion) {
        this(block, def, queries, sqljVersion, Optional.empty(), FileSink.NONE);
    }
}
