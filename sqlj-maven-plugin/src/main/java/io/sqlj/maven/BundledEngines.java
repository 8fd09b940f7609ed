package io.sqlj.maven;

import io.sqlj.core.engine.BundledEngines.Engine;
import java.io.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.Artifact;

/**
 * The engines that ship with the plugin: those of {@link io.sqlj.core.engine.BundledEngines} whose
 * artifact is on the plugin's class path (Maven downloads it like any dependency). Each runs as a
 * child JVM of the Java that runs Maven, on that class path, as {@code sqlj-cli} runs them.
 */
final class BundledEngines {

    private final Map<String, List<String>> commands;
    private final List<String> versions;

    private BundledEngines(Map<String, List<String>> commands, List<String> versions) {
        this.commands = Map.copyOf(commands);
        this.versions = List.copyOf(versions);
    }

    /** The engines whose artifact is among the plugin's {@code artifacts}. */
    static BundledEngines from(Collection<Artifact> artifacts) {
        List<String> classPath = new ArrayList<>();
        List<String> versions = new ArrayList<>();
        for (Artifact a : artifacts) {
            File file = a.getFile();
            if (file != null) {
                classPath.add(file.getAbsolutePath());
                versions.add(a.getId() + " " + file.length() + " " + file.lastModified());
            }
        }
        versions.sort(null);
        List<Engine> present = io.sqlj.core.engine.BundledEngines.ALL.stream()
                .filter(engine -> artifacts.stream()
                        .anyMatch(a -> a.getGroupId().equals(engine.groupId())
                                && a.getArtifactId().equals(engine.artifactId())))
                .toList();
        return new BundledEngines(io.sqlj.core.engine.BundledEngines.commands(present, classPath), versions);
    }

    /** Engine name → the full command line that starts it (the runner adds the verb). */
    Map<String, List<String>> commands() {
        return commands;
    }

    /**
     * What identifies the code that generates: every artifact of the plugin (sqlj itself, the
     * generator, the engines, their drivers) by id, size and time, so a rebuilt SNAPSHOT counts
     * as a change.
     */
    List<String> versions() {
        return versions;
    }
}
