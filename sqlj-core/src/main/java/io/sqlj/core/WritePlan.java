package io.sqlj.core;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How the files on disk differ from a pipeline result: what {@code generate} would write and
 * remove, and what {@code verify} reports. Both read this one plan.
 *
 * @param toWrite files that are missing or differ, sorted
 * @param unchanged files already up to date, sorted
 * @param toRemove stale files this config generated under the out folders, sorted
 * @param diagnostics files sqlj will not touch, and why
 * @param manifests the manifest of each out folder that is missing or differs, path → contents
 *     (not counted as generated files)
 * @param created the files of {@code toWrite} that are not on disk (the others replace a file)
 */
public record WritePlan(
        List<Path> toWrite,
        List<Path> unchanged,
        List<Path> toRemove,
        List<Diagnostic> diagnostics,
        Map<Path, String> manifests,
        Set<Path> created) {

    public WritePlan {
        toWrite = List.copyOf(toWrite);
        unchanged = List.copyOf(unchanged);
        toRemove = List.copyOf(toRemove);
        diagnostics = List.copyOf(diagnostics);
        manifests = Collections.unmodifiableMap(new TreeMap<>(manifests));
        created = Set.copyOf(created);
    }

    /** Whether the disk already holds exactly the result. */
    public boolean upToDate() {
        return toWrite.isEmpty() && toRemove.isEmpty() && manifests.isEmpty();
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
