package io.sqlj.core;

import java.util.Locale;
import java.util.Optional;

/** The command after a query's name: {@code -- name: GetAuthor :one}. */
public enum Command {
    ONE,
    MANY,
    EXEC,
    EXECROWS,
    EXECLASTID,
    /** The affected row count together with the generated key, where the statement has one. */
    EXECRESULT,
    BATCHEXEC,
    /** One prepared statement run per parameter set, at most one row from each. */
    BATCHONE,
    /** One prepared statement run per parameter set, the rows of each. */
    BATCHMANY,
    COPYFROM,
    /** Rows streamed one at a time, never all held: a {@code Stream} or a callback. */
    ITER;

    /** Whether the query's result columns are read: {@code :one}, {@code :many}, {@code :iter}, {@code :batchone}, {@code :batchmany}. */
    public boolean returnsRows() {
        return this == ONE || this == MANY || this == ITER || this == BATCHONE || this == BATCHMANY;
    }

    /** Whether the method takes a list of parameter sets: {@code :batch*} and {@code :copyfrom}. */
    public boolean isBatch() {
        return this == BATCHEXEC || this == BATCHONE || this == BATCHMANY || this == COPYFROM;
    }

    /** The spelling in query files and in the protocol, without the colon: {@code one}. */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code one} or {@code :one}. */
    public static Optional<Command> parse(String text) {
        String word = text.startsWith(":") ? text.substring(1) : text;
        for (Command command : values()) {
            if (command.keyword().equals(word)) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }
}
