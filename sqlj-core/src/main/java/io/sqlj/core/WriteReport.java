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

    /** One line for people: {@code 3 files written, 12 unchanged, 1 removed}. */
    public String summary() {
        return written.size() + (written.size() == 1 ? " file" : " files") + " written, " + unchanged.size()
                + " unchanged, " + removed.size() + " removed";
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
