package io.sqlj.core.config;

import io.sqlj.core.Location;
import java.util.Objects;

/**
 * One lint rule of a block, as sqlc's {@code rules:} defines it: {@code sqlj vet} reports every
 * query for which {@code rule} (a CEL expression) is true. The built-in {@code sqlc/db-prepare}
 * has an empty {@code rule}.
 *
 * @param name the rule's name, as the block lists it
 * @param message what a violation says
 * @param rule the CEL expression; empty for the built-in {@link #DB_PREPARE}
 * @param location where the rule's expression is written (the block's reference for built-ins)
 */
public record VetRule(String name, String message, String rule, Location location) {

    /** sqlc's built-in rule: every query prepares against the database. */
    public static final String DB_PREPARE = "sqlc/db-prepare";

    /** The note {@code sqlj generate} gives a config with rules (once per run). */
    public static final String GENERATE_NOTE = "sqlc vet rules are run by sqlj vet, not by sqlj generate";

    public VetRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(location, "location");
    }

    public boolean builtIn() {
        return name.equals(DB_PREPARE);
    }
}
