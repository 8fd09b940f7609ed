package io.sqlj.core.codegen;

import io.sqlj.core.Diagnostic;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A generator's output.
 *
 * @param files path relative to the entry's {@code out} folder, with {@code /} separators →
 *     file contents; sorted by path
 * @param diagnostics problems found while generating; when any is an error, the run writes
 *     nothing
 */
public record CodegenResult(Map<String, String> files, List<Diagnostic> diagnostics) {

    public CodegenResult {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
        diagnostics = List.copyOf(diagnostics);
    }
}
