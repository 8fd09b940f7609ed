package io.sqlj.core.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A validated {@code sqlj.yaml}.
 *
 * @param file the config file itself
 * @param dir the folder that relative paths in the config are resolved against
 * @param rules every lint rule the config's {@code rules:} defines, in the order written, whether
 *     a block lists it or not ({@code sqlj vet} checks that each compiles)
 */
public record Config(
        Path file, Path dir, String version, List<EngineDef> engines, List<SqlBlock> sql, List<VetRule> rules) {

    public Config {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(dir, "dir");
        engines = List.copyOf(engines);
        sql = List.copyOf(sql);
        rules = List.copyOf(rules);
    }

    /** A config without lint rules of its own. */
    public Config(Path file, Path dir, String version, List<EngineDef> engines, List<SqlBlock> sql) {
        this(file, dir, version, engines, sql, List.of());
    }

    /**
     * This config with every codegen entry of every block writing into the one folder {@code out},
     * as a build tool wants (the Maven goal's {@code outputDirectory}). Each generator still writes
     * under its own package folders, so blocks with different packages share the folder; two
     * blocks that generate the same file are reported by the pipeline.
     */
    public Config withOut(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        return new Config(
                file,
                dir,
                version,
                engines,
                sql.stream().map(b -> b.withOut(abs)).toList(),
                rules);
    }

    /** The path as written in diagnostics: relative to {@link #dir()}, with {@code /} separators. */
    public String relative(Path path) {
        Path rel = dir.toAbsolutePath()
                .normalize()
                .relativize(path.toAbsolutePath().normalize());
        return rel.toString().replace(path.getFileSystem().getSeparator(), "/");
    }
}
