package io.sqlj.engine.sqlite;

import io.sqlj.engine.sdk.Diagnostics;
import io.sqlj.engine.sdk.Placeholder;
import io.sqlj.engine.sdk.ScannedSql;
import io.sqlj.engine.v1.Diagnostic;
import io.sqlj.engine.v1.Parameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns placeholders plus inferred facts into protocol Parameters: one per {@code ?}, those
 * with one number sharing one name and type.
 *
 * <p>Naming: a name the user wrote wins; otherwise the column the placeholder is compared with,
 * assigned to or inserted into ({@code from_col}/{@code to_col} for BETWEEN, {@code limit} and
 * {@code offset}). When two different arguments would get the same inferred name, the first
 * in argument order keeps it; the next is prefixed with its table when the first came from another table
 * ({@code books_id}), and otherwise suffixed with a counter ({@code id_2}, {@code id_3}).
 */
final class ParameterBuilder {
    private ParameterBuilder() {}

    record Result(List<Parameter> parameters, List<Diagnostic> diagnostics) {}

    private static final class Group {
        final int number;
        final List<Integer> members = new ArrayList<>(2);
        String name = "";
        SqlType type = SqlType.UNKNOWN;
        boolean nullable;
        boolean slice;

        Group(int number) {
            this.number = number;
        }
    }

    static Result build(ScannedSql scanned, ParamFacts facts) {
        List<Placeholder> placeholders = scanned.placeholders();
        // By number, so that inferred names are handed out in argument order: a list kept sorted (a
        // query has a few placeholders; no map, no lambda to link in a cold JVM, docs/performance.md §1z)
        List<Group> groups = new ArrayList<>();
        List<Group> groupOf = new ArrayList<>(placeholders.size()); // by placeholder index
        for (int i = 0; i < placeholders.size(); i++) {
            Placeholder p = placeholders.get(i);
            ParamFacts.Fact f = facts.get(i);
            Group g = group(groups, p.number());
            groupOf.add(g);
            g.members.add(i);
            if (!g.type.known() && f.type.known()) {
                g.type = f.type;
            }
            g.nullable |= p.forcedNullable() || f.nullable;
            g.slice |= p.slice();
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, String> taken = new HashMap<>();
        for (Group g : groups) {
            for (int i : g.members) {
                if (placeholders.get(i).named()) {
                    g.name = placeholders.get(i).name();
                    taken.put(g.name.toLowerCase(Locale.ROOT), "");
                    break;
                }
            }
        }
        for (Group g : groups) {
            if (g.name.isEmpty()) {
                g.name = inferredName(g, facts, taken);
            }
            if (!g.type.known()) {
                // Nothing in the query tells the type: as sqlc's interface{}, the argument is an
                // Object bound with setObject, and SQLite stores what it is given.
                Placeholder p = placeholders.get(g.members.get(0));
                String text = scanned.sql().substring(p.offset(), p.offset() + p.length());
                String shown = p.kind() == Placeholder.Kind.QUESTION ? "?" + p.number() : text;
                String cast = p.kind() == Placeholder.Kind.QUESTION ? "?" : text;
                g.type = SqlType.GENERIC;
                g.nullable = true;
                diagnostics.add(Diagnostics.warning(
                        scanned.sql(),
                        p.offset(),
                        "cannot infer the type of parameter " + shown + "; write CAST(" + cast
                                + " AS TYPE) to give it one (until then it is an Object bound with setObject)"));
            }
        }
        List<Parameter> parameters = new ArrayList<>(placeholders.size());
        for (int i = 0; i < placeholders.size(); i++) {
            Placeholder p = placeholders.get(i);
            Group g = groupOf.get(i);
            SqlType type = g.type.known() ? g.type : SqlType.ANY;
            parameters.add(Parameter.newBuilder()
                    .setJavaClass(type.javaClass())
                    .setTableName(facts.get(i).originTable)
                    .setColumnName(facts.get(i).originColumn)
                    .setName(g.name)
                    .setPosition(p.number())
                    .setDataType(type.dataType())
                    .setJdbcType(type.jdbcType())
                    .setNullable(g.nullable)
                    .setIsSlice(g.slice)
                    .build());
        }
        return new Result(parameters, diagnostics);
    }

    /** The group of {@code number} in {@code groups} (sorted by number), added in its place when new. */
    private static Group group(List<Group> groups, int number) {
        int at = groups.size();
        while (at > 0 && groups.get(at - 1).number >= number) {
            at--;
        }
        if (at < groups.size() && groups.get(at).number == number) {
            return groups.get(at);
        }
        Group g = new Group(number);
        groups.add(at, g);
        return g;
    }

    private static String inferredName(Group g, ParamFacts facts, Map<String, String> taken) {
        ParamFacts.Fact named = null;
        for (int i : g.members) {
            if (!facts.get(i).name.isEmpty()) {
                named = facts.get(i);
                break;
            }
        }
        if (named == null) {
            return "";
        }
        String key = named.name.toLowerCase(Locale.ROOT);
        String holder = taken.putIfAbsent(key, named.table);
        if (holder == null) {
            return named.name;
        }
        if (!named.table.isEmpty() && !holder.isEmpty() && !named.table.equalsIgnoreCase(holder)) {
            String prefixed = named.table + "_" + named.name;
            if (taken.putIfAbsent(prefixed.toLowerCase(Locale.ROOT), named.table) == null) {
                return prefixed;
            }
        }
        for (int n = 2; ; n++) {
            String candidate = named.name + "_" + n;
            if (taken.putIfAbsent(candidate.toLowerCase(Locale.ROOT), named.table) == null) {
                return candidate;
            }
        }
    }
}
