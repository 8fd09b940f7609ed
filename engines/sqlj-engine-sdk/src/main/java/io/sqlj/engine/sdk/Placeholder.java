package io.sqlj.engine.sdk;

/**
 * One parameter placeholder of a query, as the user wrote it, and where its {@code ?} is in the
 * rewritten JDBC text.
 *
 * @param kind how it was written
 * @param name the argument name, or "" for {@code ?}, {@code ?NNN} and {@code $N}
 * @param number the 1-based argument number: {@code ?NNN}/{@code $N} keep theirs, names are
 *     numbered on first appearance and a name seen again reuses its number
 * @param forcedNullable written {@code sqlj.narg(name)}
 * @param slice written {@code sqlj.slice(name)}
 * @param offset where the placeholder starts in the original text
 * @param length its length in the original text
 * @param jdbcOffset where its {@code ?} is in the rewritten text
 */
public record Placeholder(
        Kind kind,
        String name,
        int number,
        boolean forcedNullable,
        boolean slice,
        int offset,
        int length,
        int jdbcOffset) {

    /** The spelling of a placeholder. */
    public enum Kind {
        /** {@code ?} */
        QUESTION,
        /** {@code ?NNN} */
        NUMBERED,
        /** {@code $N} */
        DOLLAR,
        /** {@code @name} */
        AT_NAME,
        /** {@code :name} */
        COLON_NAME,
        /** {@code $name} (SQLite) */
        DOLLAR_NAME,
        /** {@code sqlj.arg(name)} or {@code sqlc.arg(name)} */
        ARG,
        /** {@code sqlj.narg(name)} or {@code sqlc.narg(name)} */
        NARG,
        /** {@code sqlj.slice(name)} or {@code sqlc.slice(name)} */
        SLICE
    }

    /** True when the user gave the argument a name. */
    public boolean named() {
        return !name.isEmpty();
    }
}
