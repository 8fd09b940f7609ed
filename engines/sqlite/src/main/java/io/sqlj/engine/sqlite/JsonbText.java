package io.sqlj.engine.sqlite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rewrites a query so that SQLite's binary JSON travels as JSON text: a result column of a
 * column declared {@code JSONB} is read as {@code json(x) AS "x"} (its bytes mean nothing to
 * {@code getString}), and a parameter inserted into or assigned to one is written as
 * {@code jsonb(?)}, so the column holds JSONB as declared. Only the statement's own result
 * columns are rewritten; subqueries compare and return the stored values unchanged.
 */
final class JsonbText {
    /** One replacement of {@code [start, end)} of the JDBC text; labels fill in result names. */
    private record Edit(int start, int end, Replacement replacement) {}

    private interface Replacement {
        String text(String jdbc, List<String> labels);
    }

    /** A column a star expands to, and how the star names its table. */
    record StarColumn(String qualifier, String name, boolean jsonb) {}

    private final List<Edit> edits = new ArrayList<>();

    /** Result column {@code column} is the expression at {@code [start, end)}. */
    void expression(int column, int start, int end, boolean aliased) {
        edits.add(new Edit(
                start,
                end,
                (jdbc, labels) -> "json(" + jdbc.substring(start, end) + ")"
                        + (aliased || column >= labels.size() ? "" : " AS " + quote(labels.get(column)))));
    }

    /** A {@code *} or {@code t.*} at {@code [start, end)} that expands to {@code columns}. */
    void star(int start, int end, List<StarColumn> columns) {
        if (columns.stream().noneMatch(StarColumn::jsonb)) {
            return;
        }
        edits.add(new Edit(start, end, (jdbc, labels) -> {
            List<String> parts = new ArrayList<>();
            for (StarColumn col : columns) {
                String ref = (col.qualifier().isEmpty() ? "" : quote(col.qualifier()) + ".") + quote(col.name());
                parts.add(col.jsonb() ? "json(" + ref + ") AS " + quote(col.name()) : ref);
            }
            return String.join(", ", parts);
        }));
    }

    /** The {@code ?} at {@code offset} is written into a JSONB column. */
    void parameter(int offset) {
        edits.add(new Edit(offset, offset + 1, (jdbc, labels) -> "jsonb(?)"));
    }

    boolean isEmpty() {
        return edits.isEmpty();
    }

    /** The rewritten text; {@code labels} are SQLite's names for the result columns. */
    String apply(String jdbc, List<String> labels) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Edit e : sorted) {
            if (e.start() < at) {
                continue; // inside an edit already made
            }
            out.append(jdbc, at, e.start()).append(e.replacement().text(jdbc, labels));
            at = e.end();
        }
        return out.append(jdbc.substring(at)).toString();
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
