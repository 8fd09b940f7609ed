package io.sqlj.engine.sdk;

import io.sqlj.sql.SqlSyntax;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A query after {@link SqlScanner#scan(String, SqlSyntax)}: the JDBC text with every placeholder a {@code ?}, the
 * placeholders in order, the embeds, problems found, and a map back to the user's text.
 */
public final class ScannedSql {
    private final String sql;
    private final String jdbcSql;
    private final List<Placeholder> placeholders;
    private final List<Embed> embeds;
    private final List<Problem> problems;
    private final int[] originalOffsets;
    private final List<OptionalPredicate> optionals;
    private final @Nullable Sort sort;

    /** Marks the start of a {@code sqlj.optional} predicate in {@link #jdbcSql()}; see {@link Macros}. */
    public static final String OPTIONAL_MARK = "/*sqlj:optional*/";
    /** Marks the start of the orderings of a {@code sqlj.sort} in {@link #jdbcSql()}. */
    public static final String SORT_MARK = "/*sqlj:sort*/";
    /** Marks the end of an optional predicate or of the orderings. */
    public static final String END_MARK = "/*sqlj:end*/";

    ScannedSql(
            String sql,
            String jdbcSql,
            List<Placeholder> placeholders,
            List<Embed> embeds,
            List<Problem> problems,
            int[] originalOffsets,
            List<OptionalPredicate> optionals,
            @Nullable Sort sort) {
        this.sql = sql;
        this.jdbcSql = jdbcSql;
        this.placeholders = List.copyOf(placeholders);
        this.embeds = List.copyOf(embeds);
        this.problems = List.copyOf(problems);
        this.originalOffsets = originalOffsets;
        this.optionals = List.copyOf(optionals);
        this.sort = sort;
    }

    /**
     * A {@code sqlj.embed(table)} macro, or with {@code list} a {@code sqlj.embed_list(table)},
     * rewritten to {@code table.*}.
     */
    public record Embed(String table, int offset, int jdbcOffset, boolean list) {}

    /**
     * A {@code sqlj.optional(predicate)}, written {@code OPTIONAL_MARK(predicate)END_MARK}.
     *
     * @param offset where the macro starts in the original text
     * @param placeholders the indexes in {@link #placeholders()} of its parameters
     */
    public record OptionalPredicate(int offset, List<Integer> placeholders) {
        public OptionalPredicate {
            placeholders = List.copyOf(placeholders);
        }
    }

    /**
     * A {@code sqlj.sort(@name, ordering, ...)}, written {@code SORT_MARK} + the orderings joined
     * with {@code ", "} + {@code END_MARK}.
     */
    public record Sort(String name, int offset, List<String> orderings) {
        public Sort {
            orderings = List.copyOf(orderings);
        }
    }

    /** The {@code sqlj.optional} predicates, in order. */
    public List<OptionalPredicate> optionals() {
        return optionals;
    }

    /** The {@code sqlj.sort}, or empty. */
    public java.util.Optional<Sort> sort() {
        return java.util.Optional.ofNullable(sort);
    }

    /**
     * The engine features ({@code EngineInfo.features}) this query needs: {@code optional},
     * {@code sort}, {@code embed_list}.
     */
    public java.util.Set<String> features() {
        java.util.Set<String> features = new java.util.TreeSet<>();
        if (!optionals.isEmpty()) {
            features.add(Macros.FEATURE_OPTIONAL);
        }
        if (sort != null) {
            features.add(Macros.FEATURE_SORT);
        }
        if (embeds.stream().anyMatch(Embed::list)) {
            features.add(Macros.FEATURE_EMBED_LIST);
        }
        return features;
    }

    /** Something wrong with the placeholders or quoting, at an offset of the original text. */
    public record Problem(int offset, String message) {}

    /** The text as the user wrote it. */
    public String sql() {
        return sql;
    }

    /** The rewritten text: every placeholder a {@code ?}, a slice preceded by a SLICE:name comment. */
    public String jdbcSql() {
        return jdbcSql;
    }

    /** One entry per {@code ?} of {@link #jdbcSql()}, in order. */
    public List<Placeholder> placeholders() {
        return placeholders;
    }

    public List<Embed> embeds() {
        return embeds;
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * The offset in the original text that produced the character at {@code jdbcOffset} of the
     * rewritten text; text a macro was replaced with maps to the macro's start.
     */
    public int originalOffset(int jdbcOffset) {
        if (jdbcOffset <= 0) {
            return 0;
        }
        if (jdbcOffset >= originalOffsets.length) {
            return sql.length();
        }
        return originalOffsets[jdbcOffset];
    }

    /** The placeholder whose {@code ?} is at {@code jdbcOffset}, or null. */
    public @Nullable Placeholder placeholderAt(int jdbcOffset) {
        for (Placeholder p : placeholders) {
            if (p.jdbcOffset() == jdbcOffset) {
                return p;
            }
        }
        return null;
    }
}
