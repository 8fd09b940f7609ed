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

    /** The codegen plugin name under which {@code sqlj vet} runs its rules on a block. */
    public static final String PLUGIN = "vet";

    /** Whether the rule reads the database's plan, as sqlc decides it: by the variable's name. */
    public boolean needsExplain() {
        return rule.contains("postgresql.explain") || rule.contains("mysql.explain");
    }

    /**
     * Whether the engine is to run EXPLAIN for the block's queries: only under {@code sqlj vet}
     * (its plugin), and only when a rule of the block reads the plan.
     */
    public static boolean needsExplain(SqlBlock block) {
        return block.codegen().stream().anyMatch(d -> d.plugin().equals(PLUGIN))
                && block.rules().stream().anyMatch(VetRule::needsExplain);
    }

    public boolean builtIn() {
        return name.equals(DB_PREPARE);
    }
}
