package io.sqlj.core.config;

import io.sqlj.core.Diagnostic;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The outcome of loading {@code sqlj.yaml}: the config when it is valid, and every problem found.
 *
 * <p>Every error of a run at once (issue 18): a config whose errors are confined to some blocks
 * (an unknown key, a missing file, a bad value in one block) is still {@link #partial() partly}
 * usable: the other blocks run, and the broken ones' query files are still split and checked, so
 * their errors come in the same run as the config's. A config unusable as a whole (not YAML, not a
 * mapping, no or an unknown version, no blocks) has no partial config. docs/cli.md ("Errors").
 *
 * @param config present only when {@code diagnostics} holds no error
 * @param partial when {@code config} is empty: the config with every block that could be read (good
 *     and broken), when the errors are confined to blocks or to parts no block depends on; else empty
 * @param brokenBlocks the {@link SqlBlock#index() indexes} of the blocks of {@code partial} whose own
 *     config has errors: only their query files are read and split (they carry no codegen entry)
 */
public record ConfigResult(
        Optional<Config> config, List<Diagnostic> diagnostics, Optional<Config> partial, Set<Integer> brokenBlocks) {

    public ConfigResult {
        Objects.requireNonNull(config, "config");
        diagnostics = List.copyOf(diagnostics);
        Objects.requireNonNull(partial, "partial");
        brokenBlocks = Set.copyOf(brokenBlocks);
    }

    /** A result with nothing partial: the config, valid, or none. */
    public ConfigResult(Optional<Config> config, List<Diagnostic> diagnostics) {
        this(config, diagnostics, Optional.empty(), Set.of());
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** The config to run: the valid one, else the partial one (with {@link #brokenBlocks()}), else none. */
    public Optional<Config> runnable() {
        return config.isPresent() ? config : partial;
    }
}
