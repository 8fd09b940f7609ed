package io.sqlj.core.codegen;

import io.sqlj.core.ResolvedQuery;
import io.sqlj.core.config.CodegenDef;
import io.sqlj.core.config.SqlBlock;
import java.util.List;
import java.util.Objects;

/**
 * What a generator gets for one {@code codegen} entry of one block.
 *
 * @param queries every query of the block, in file order, each resolved without errors
 * @param sqljVersion written into nothing that would change across versions of the same input
 */
public record CodegenRequest(
    SqlBlock block, CodegenDef def, List<ResolvedQuery> queries, String sqljVersion) {

  public CodegenRequest {
    Objects.requireNonNull(block, "block");
    Objects.requireNonNull(def, "def");
    queries = List.copyOf(queries);
    Objects.requireNonNull(sqljVersion, "sqljVersion");
  }
}
