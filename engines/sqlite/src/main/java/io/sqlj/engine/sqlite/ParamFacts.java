package io.sqlj.engine.sqlite;

import org.jspecify.annotations.Nullable;

/** What the query's context says about each placeholder, by index; the first context wins. */
final class ParamFacts {
    /** Inferred facts about one placeholder. */
    static final class Fact {
        SqlType type = SqlType.UNKNOWN;
        String name = "";
        String table = "";
        boolean nullable;
        /** The table and column the placeholder is compared with, assigned to or inserted into. */
        String originTable = "";

        String originColumn = "";
    }

    private final Fact[] facts;

    ParamFacts(int count) {
        facts = new Fact[count];
        for (int i = 0; i < count; i++) {
            facts[i] = new Fact();
        }
    }

    int size() {
        return facts.length;
    }

    Fact get(int index) {
        return facts[index];
    }

    /** Records a context for placeholder {@code index}; names and types already known stay. */
    void infer(int index, @Nullable SqlType type, @Nullable String name, @Nullable String table, boolean nullable) {
        if (index < 0 || index >= facts.length) {
            return;
        }
        Fact f = facts[index];
        if (!f.type.known() && type != null && type.known()) {
            f.type = type.withNullable(false);
            f.nullable |= nullable;
        }
        if (f.name.isEmpty() && name != null && !name.isEmpty()) {
            f.name = name;
            f.table = table == null ? "" : table;
        }
    }

    /** Records the column placeholder {@code index} meets, unless an earlier context gave one. */
    void origin(int index, @Nullable String table, @Nullable String column) {
        if (index < 0
                || index >= facts.length
                || table == null
                || table.isEmpty()
                || column == null
                || column.isEmpty()) {
            return;
        }
        Fact f = facts[index];
        if (f.originColumn.isEmpty()) {
            f.originTable = table;
            f.originColumn = column;
        }
    }
}
