package io.sqlj.core.config;

import io.sqlj.core.Diagnostic;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of loading {@code sqlj.yaml}: the config when it is valid, and every problem found.
 *
 * @param config present only when {@code diagnostics} holds no error
 */
public record ConfigResult(Optional<Config> config, List<Diagnostic> diagnostics) {

    public ConfigResult {
        Objects.requireNonNull(config, "config");
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
