package io.sqlj.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The engines that ship inside sqlj: each runs as a child JVM of the same Java, on the class
 * path that runs sqlj itself, so {@code engine: sqlite} needs nothing installed.
 */
final class BundledEngines {

  /** Start-up flags: engines are short-lived, so a fast start beats peak throughput. */
  private static final List<String> JVM_FLAGS =
      List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto");

  private BundledEngines() {}

  /** Engine name → the full command line that starts it (the verb is added by the runner). */
  static Map<String, List<String>> commands() {
    return Map.of("sqlite", command("io.sqlj.engine.sqlite.SqliteEngineMain"),
        "postgresql", command("io.sqlj.engine.postgresql.PostgresEngineMain"),
        "mysql", command("io.sqlj.engine.mysql.MysqlEngineMain"));
  }

  private static List<String> command(String mainClass) {
    List<String> argv = new ArrayList<>();
    argv.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    argv.addAll(JVM_FLAGS);
    argv.add("-cp");
    argv.add(System.getProperty("java.class.path"));
    argv.add(mainClass);
    return List.copyOf(argv);
  }
}
