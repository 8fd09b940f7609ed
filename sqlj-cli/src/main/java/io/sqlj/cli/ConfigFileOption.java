package io.sqlj.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code -f/--file}: the config file of the commands that run the pipeline. */
final class ConfigFileOption {

  @Option(
      names = {"-f", "--file"},
      paramLabel = "FILE",
      description = "The config file (default: ${DEFAULT-VALUE}).",
      defaultValue = "sqlj.yaml")
  Path file;
}
