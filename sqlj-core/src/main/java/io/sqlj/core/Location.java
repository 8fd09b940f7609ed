package io.sqlj.core;

import java.util.Objects;

/**
 * A place in a project file.
 *
 * @param file relative to the config's folder, with {@code /} separators
 * @param line 1-based; 0 when unknown
 * @param column 1-based; 0 when unknown
 */
public record Location(String file, int line, int column) {

    public Location {
        Objects.requireNonNull(file, "file");
    }

    public static Location of(String file) {
        return new Location(file, 0, 0);
    }
}
