package io.sqlj.core.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where code goes when the command line says so ({@code --out DIR --package PKG}), replacing the
 * config's own {@code out} and {@code package}. A sqlc config needs both: its {@code out} and
 * {@code package} are Go's.
 *
 * @param out absolute
 * @param packageName a Java package name
 */
public record Destination(Optional<Path> out, Optional<String> packageName) {

    public static final Destination NONE = new Destination(Optional.empty(), Optional.empty());

    public Destination {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(packageName, "packageName");
        out = out.map(p -> p.toAbsolutePath().normalize());
    }

    public boolean isEmpty() {
        return out.isEmpty() && packageName.isEmpty();
    }
}
