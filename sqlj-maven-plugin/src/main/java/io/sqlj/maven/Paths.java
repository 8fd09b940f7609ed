package io.sqlj.maven;

import io.sqlj.core.Diagnostic;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Diagnostic paths as a Maven build prints them. */
final class Paths {
    private Paths() {}

    /**
     * {@code d} with its file (relative to the config's folder) made relative to {@code root}, the
     * folder {@code mvn} ran in, or absolute when it is not below {@code root} or there is none.
     */
    static Diagnostic display(Diagnostic d, Path configFile, @Nullable Path root) {
        if (d.file().isEmpty()) {
            return d;
        }
        Path file = Objects.requireNonNull(
                        configFile.toAbsolutePath().normalize().getParent(), "a config file has a folder")
                .resolve(d.file())
                .normalize();
        String shown = file.toString();
        if (root != null) {
            Path r = root.toAbsolutePath().normalize();
            if (file.startsWith(r) && !file.equals(r)) {
                shown = r.relativize(file).toString();
            }
        }
        return new Diagnostic(d.severity(), shown.replace('\\', '/'), d.line(), d.column(), d.message(), d.code());
    }
}
