package io.sqlj.core.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A validated {@code sqlj.yaml}.
 *
 * @param file the config file itself
 * @param dir the folder that relative paths in the config are resolved against
 */
public record Config(Path file, Path dir, String version, List<EngineDef> engines, List<SqlBlock> sql) {

  public Config {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(dir, "dir");
    engines = List.copyOf(engines);
    sql = List.copyOf(sql);
  }

  /** The path as written in diagnostics: relative to {@link #dir()}, with {@code /} separators. */
  public String relative(Path path) {
    Path rel = dir.toAbsolutePath().normalize().relativize(path.toAbsolutePath().normalize());
    return rel.toString().replace(path.getFileSystem().getSeparator(), "/");
  }
}
