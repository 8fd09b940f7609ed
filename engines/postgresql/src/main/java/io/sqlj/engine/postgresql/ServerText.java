package io.sqlj.engine.postgresql;

import io.sqlj.engine.sdk.Placeholder;
import io.sqlj.engine.sdk.ScannedSql;
import io.sqlj.sql.SqlLexer;
import io.sqlj.sql.SqlSyntax;
import io.sqlj.sql.SqlToken;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text sent to the server and returned to sqlj: the scanner's JDBC text without its final
 * {@code ;}, with a slice inside {@code ANY(...)}/{@code ALL(...)} turned into one array
 * parameter (its SLICE comment removed), and a map from its offsets back to the user's text.
 */
final class ServerText {
    private final ScannedSql scanned;
    private final String text;
    /** text offset → offset in scanned.jdbcSql(). */
    private final int[] toJdbc;

    private final List<Integer> questionOffsets;
    private final Set<Integer> arraySlices;

    private ServerText(
            ScannedSql scanned, String text, int[] toJdbc, List<Integer> questionOffsets, Set<Integer> arraySlices) {
        this.scanned = scanned;
        this.text = text;
        this.toJdbc = toJdbc;
        this.questionOffsets = questionOffsets;
        this.arraySlices = arraySlices;
    }

    static ServerText of(ScannedSql scanned) {
        return of(scanned, Map.of());
    }

    /**
     * The text with a cast after some placeholders: {@code casts} maps a placeholder's index to
     * a type, and its {@code ?} is sent as {@code ?::type}. A named parameter used twice whose
     * second use tells the server nothing ({@code @since IS NULL}) gets the type of its other uses
     * this way, in the text the generated code runs too.
     */
    static ServerText of(ScannedSql scanned, Map<Integer, String> casts) {
        String jdbc = scanned.jdbcSql();
        List<SqlToken> tokens = SqlLexer.significant(jdbc, SqlSyntax.POSTGRESQL);
        int end = jdbc.length();
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).isPunct(";")) {
            end = tokens.get(tokens.size() - 1).start();
        }
        Set<Integer> arraySlices = new HashSet<>();
        List<int[]> cuts = new ArrayList<>();
        List<Placeholder> placeholders = scanned.placeholders();
        for (int i = 0; i < placeholders.size(); i++) {
            Placeholder p = placeholders.get(i);
            if (p.slice() && (insideAny(tokens, p.jdbcOffset()) || castToArray(tokens, p.jdbcOffset()))) {
                arraySlices.add(i);
                String comment = "/*SLICE:" + p.name() + "*/";
                cuts.add(new int[] {p.jdbcOffset() - comment.length(), p.jdbcOffset()});
            }
        }
        StringBuilder out = new StringBuilder();
        List<Integer> map = new ArrayList<>();
        List<Integer> questions = new ArrayList<>();
        int cut = 0;
        for (int k = 0; k < end; k++) {
            if (cut < cuts.size() && k == cuts.get(cut)[0]) {
                k = cuts.get(cut++)[1] - 1;
                continue;
            }
            boolean question = scanned.placeholderAt(k) != null;
            if (question) {
                questions.add(out.length());
            }
            out.append(jdbc.charAt(k));
            map.add(k);
            String cast = question ? casts.get(questions.size() - 1) : null;
            if (cast != null) {
                for (char c : ("::" + cast).toCharArray()) {
                    out.append(c);
                    map.add(k);
                }
            }
        }
        String text = out.toString().stripTrailing();
        int[] toJdbc = new int[text.length() + 1];
        for (int k = 0; k < text.length(); k++) {
            toJdbc[k] = map.get(k);
        }
        toJdbc[text.length()] = end;
        return new ServerText(scanned, text, toJdbc, questions, arraySlices);
    }

    private static boolean insideAny(List<SqlToken> tokens, int jdbcOffset) {
        for (int i = 2; i < tokens.size(); i++) {
            if (tokens.get(i).start() == jdbcOffset) {
                SqlToken open = tokens.get(i - 1);
                SqlToken fn = tokens.get(i - 2);
                return open.isPunct("(") && (fn.isWord("any") || fn.isWord("all") || fn.isWord("some"));
            }
        }
        return false;
    }

    /**
     * Whether the placeholder at {@code jdbcOffset} is cast to an array type, {@code
     * sqlc.slice(ids)::uuid[]} as sqlc projects write for PostgreSQL ({@code UNNEST(...)}, {@code
     * ... IS NULL}): the cast makes it one array, so it is bound as one, not expanded into a list of
     * scalars each cast to the array type.
     */
    static boolean castToArray(List<SqlToken> tokens, int jdbcOffset) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).start() != jdbcOffset) {
                continue;
            }
            if (!tokens.get(i + 1).isPunct("::")) {
                return false;
            }
            int depth = 0;
            for (int j = i + 2; j < tokens.size(); j++) {
                SqlToken t = tokens.get(j);
                if (t.isPunct("(")) {
                    depth++;
                } else if (t.isPunct(")")) {
                    if (depth == 0) {
                        return false;
                    }
                    depth--;
                } else if (depth == 0) {
                    if (t.isPunct("[")) {
                        return true;
                    }
                    if (!t.isIdentifier() && !t.isPunct(".")) {
                        return false;
                    }
                }
            }
            return false;
        }
        return false;
    }

    String text() {
        return text;
    }

    /** True when placeholder {@code index} is a slice bound as one array, not expanded. */
    boolean arraySlice(int index) {
        return arraySlices.contains(index);
    }

    /** Where the {@code ?} of placeholder {@code index} is in {@link #text()}. */
    int questionOffset(int index) {
        return questionOffsets.get(index);
    }

    /** The offset in the scanner's JDBC text for an offset of {@link #text()}. */
    int jdbcOffset(int offset) {
        return toJdbc[Math.max(0, Math.min(offset, toJdbc.length - 1))];
    }

    /** The user's offset for an offset of {@link #text()}. */
    int originalOffset(int offset) {
        int k = Math.max(0, Math.min(offset, toJdbc.length - 1));
        return scanned.originalOffset(toJdbc[k]);
    }

    /**
     * The user's offset for a 1-based position the server reported in the statement pgjdbc sent,
     * where the n-th {@code ?} became {@code $n}.
     */
    int originalOffsetOfServerPosition(int position) {
        int sent = position - 1;
        int extra = 0;
        for (int j = 0; j < questionOffsets.size(); j++) {
            int q = questionOffsets.get(j);
            int width = ("$" + (j + 1)).length();
            if (sent < q + extra) {
                break;
            }
            if (sent < q + extra + width) {
                return originalOffset(q);
            }
            extra += width - 1;
        }
        return originalOffset(sent - extra);
    }
}
