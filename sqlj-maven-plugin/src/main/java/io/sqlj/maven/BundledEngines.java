package io.sqlj.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.Artifact;

/**
 * The engines that ship with the plugin. Each is a Maven artifact on the plugin's class path
 * (Maven downloads it like any dependency) and runs as a child JVM of the Java that runs Maven,
 * on that class path, as {@code sqlj-cli} runs them.
 */
final class BundledEngines {

  /** An engine name in sqlj.yaml → the artifact that holds it and its main class. */
  record Engine(String name, String groupId, String artifactId, String mainClass) {}

  /** To bundle another engine: one line here and a dependency in the plugin's POM. */
  static final List<Engine> KNOWN = List.of(
      new Engine("sqlite", "io.sqlj", "sqlj-engine-sqlite", "io.sqlj.engine.sqlite.SqliteEngineMain"),
      new Engine("postgresql", "io.sqlj", "sqlj-engine-postgresql", "io.sqlj.engine.postgresql.PostgresEngineMain"),
      new Engine("mysql", "io.sqlj", "sqlj-engine-mysql", "io.sqlj.engine.mysql.MysqlEngineMain"));

  /** Start-up flags: engines are short-lived, so a fast start beats peak throughput. */
  private static final List<String> JVM_FLAGS =
      List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto");

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
    Map<String, List<String>> commands = new LinkedHashMap<>();
    for (Engine engine : KNOWN) {
      boolean present = artifacts.stream().anyMatch(a -> a.getGroupId().equals(engine.groupId())
          && a.getArtifactId().equals(engine.artifactId()));
      if (present) {
        commands.put(engine.name(), command(engine.mainClass(), String.join(File.pathSeparator, classPath)));
      }
    }
    return new BundledEngines(commands, versions);
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

  private static List<String> command(String mainClass, String classPath) {
    List<String> argv = new ArrayList<>();
    argv.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    argv.addAll(JVM_FLAGS);
    argv.add("-cp");
    argv.add(classPath);
    argv.add(mainClass);
    return List.copyOf(argv);
  }
}
