package io.sqlj.engine.mysql;

import io.sqlj.sql.SqlLexer;
import io.sqlj.sql.SqlToken;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A server error, placed in the text the server got. MySQL gives no error offset: a syntax error
 * quotes the text from the error on ({@code near '...' at line N}), other errors quote the name
 * they are about ({@code Unknown column 'x'}); the first match in the text is the place. When
 * the private MariaDB rejects a MySQL 8 feature it lacks, the message names the feature.
 */
record ServerError(int offset, String message, String code) {
    private static final Pattern CONN = Pattern.compile("^\\(conn=\\d+\\)\\s*");
    private static final Pattern NEAR = Pattern.compile("near '(.*)' at line (\\d+)\\s*$", Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

    /** MySQL 8 features MariaDB 10.11 lacks: a token that shows the feature, and what to say. */
    private record Missing(String token, String feature, int at) {
        Missing(String token, String feature) {
            this(token, feature, -1);
        }
    }

    private static final List<Missing> MISSING = List.of(
            new Missing(
                    "->>",
                    "the ->> JSON operator (write JSON_UNQUOTE(JSON_EXTRACT(col, path)) or JSON_VALUE(col, path))"),
            new Missing("->", "the -> JSON operator (write JSON_EXTRACT(col, path))"),
            new Missing("lateral", "LATERAL derived tables"),
            new Missing("row", "VALUES ROW(...) table value constructors"),
            new Missing(
                    "utf8mb4_0900_ai_ci",
                    "MySQL 8's utf8mb4_0900_* collations (write utf8mb4_unicode_520_ci,"
                            + " or leave the collation out)"),
            new Missing("utf8mb4_0900_as_cs", "MySQL 8's utf8mb4_0900_* collations"),
            new Missing("utf8mb4_0900_bin", "MySQL 8's utf8mb4_0900_* collations"),
            new Missing("srid", "SRID column attributes"),
            new Missing("vector", "the VECTOR type (MySQL 9)"));

    static ServerError of(String text, SQLException e) {
        String message =
                CONN.matcher(e.getMessage() == null ? "" : e.getMessage()).replaceFirst("");
        String code = "error " + e.getErrorCode() + (e.getSQLState() == null ? "" : ", SQLSTATE " + e.getSQLState());
        int offset = place(text, message);
        Matcher near = NEAR.matcher(message);
        if (near.find()) {
            message = message.substring(0, near.start()).trim() + " near '" + shorten(near.group(1)) + "'";
        }
        if (e.getErrorCode() == UNKNOWN_COLUMN) {
            Matcher quoted = QUOTED.matcher(message);
            int at = quoted.find() ? outerReference(text, quoted.group(1)) : -1;
            if (at >= 0) {
                message = "MySQL 8 syntax that MariaDB " + MariaDbBinaries.VERSION + ", the private server that"
                        + " describes queries, lacks: a derived table (FROM (SELECT ...)) that reads "
                        + quoted.group(1) + " of the query around it (MySQL 8.0.14+); write the condition outside"
                        + " the derived table or as a subquery in the select list, or describe the queries with a"
                        + " MySQL 8 through database: { uri }";
                return new ServerError(at, message, code);
            }
        }
        if (e.getErrorCode() == 1064 || e.getErrorCode() == 1273 || e.getErrorCode() == 1115) {
            Missing missing = missing(text, offset);
            if (missing != null) {
                message = "MySQL 8 syntax that MariaDB " + MariaDbBinaries.VERSION + ", the private server that"
                        + " describes queries, lacks: " + missing.feature() + "; see docs/mysql.md, or describe the"
                        + " queries with a MySQL 8 through database: { uri }";
                offset = missing.at();
            }
        }
        return new ServerError(offset, message, code);
    }

    private static final int UNKNOWN_COLUMN = 1054;

    /**
     * Where {@code qualified} ({@code k.id}) is read inside a derived table from a table of the
     * query around it, which MySQL 8.0.14+ allows and MariaDB does not ({@code Unknown column
     * 'k.id' in 'where clause'}); -1 when it is not so.
     */
    static int outerReference(String text, String qualified) {
        int dot = qualified.lastIndexOf('.');
        if (dot <= 0) {
            return -1;
        }
        String qualifier = qualified.substring(0, dot).toLowerCase(Locale.ROOT);
        String column = qualified.substring(dot + 1).toLowerCase(Locale.ROOT);
        List<SqlToken> t = SqlLexer.significant(text, MysqlEngine.SYNTAX);
        int[] close = new int[t.size()];
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (int k = 0; k < t.size(); k++) {
            close[k] = -1;
            if (t.get(k).isPunct("(")) {
                open.push(k);
            } else if (t.get(k).isPunct(")") && !open.isEmpty()) {
                close[open.pop()] = k;
            }
        }
        for (int k = 0; k + 2 < t.size(); k++) {
            if (!(t.get(k).isIdentifier()
                    && t.get(k).key().equals(qualifier)
                    && t.get(k + 1).isPunct(".")
                    && t.get(k + 2).isIdentifier()
                    && t.get(k + 2).key().equals(column))) {
                continue;
            }
            int from = -1; // the innermost derived table around the reference
            for (int j = k - 1; j > 0; j--) {
                if (close[j] > k
                        && j + 1 < t.size()
                        && (t.get(j + 1).isWord("select") || t.get(j + 1).isWord("with"))
                        && (t.get(j - 1).isWord("from")
                                || t.get(j - 1).isWord("join")
                                || t.get(j - 1).isPunct(","))) {
                    from = j;
                    break;
                }
            }
            if (from >= 0
                    && !declares(t, qualifier, from + 1, close[from])
                    && (declares(t, qualifier, 0, from) || declares(t, qualifier, close[from] + 1, t.size()))) {
                return t.get(k).start();
            }
        }
        return -1;
    }

    /** Whether a table or alias named {@code name} is declared between tokens {@code from} and {@code to}. */
    private static boolean declares(List<SqlToken> t, String name, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, t.size()); k++) {
            if (t.get(k).isIdentifier()
                    && t.get(k).key().equals(name)
                    && !(k + 1 < t.size() && t.get(k + 1).isPunct("."))
                    && !(k > 0 && t.get(k - 1).isPunct("."))) {
                return true;
            }
        }
        return false;
    }

    private static int place(String text, String message) {
        Matcher near = NEAR.matcher(message);
        if (near.find()) {
            int line = Integer.parseInt(near.group(2));
            int start = 0;
            for (int l = 1; l < line && start >= 0; l++) {
                start = text.indexOf('\n', start);
                start = start < 0 ? -1 : start + 1;
            }
            start = Math.max(0, start);
            String snippet = near.group(1);
            if (snippet.isEmpty()) {
                return text.stripTrailing().length();
            }
            int at = text.indexOf(snippet, start);
            return at >= 0 ? at : start;
        }
        Matcher quoted = QUOTED.matcher(message);
        if (quoted.find()) {
            String name = quoted.group(1);
            String last = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            for (SqlToken t : SqlLexer.significant(text, MysqlEngine.SYNTAX)) {
                if (t.isIdentifier() && t.key().equals(last)) {
                    int at = t.start();
                    return qualifierStart(text, at);
                }
            }
        }
        return 0;
    }

    /** Back from {@code col} of {@code t.col} to {@code t}, so the place shows what the message quotes. */
    private static int qualifierStart(String text, int at) {
        int k = at;
        while (k > 1
                && text.charAt(k - 1) == '.'
                && (Character.isLetterOrDigit(text.charAt(k - 2))
                        || text.charAt(k - 2) == '_'
                        || text.charAt(k - 2) == '`')) {
            k -= 2;
            while (k > 0
                    && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == '_' || text.charAt(k) == '`')
                    && (Character.isLetterOrDigit(text.charAt(k - 1))
                            || text.charAt(k - 1) == '_'
                            || text.charAt(k - 1) == '`')) {
                k--;
            }
        }
        return k;
    }

    /** The MySQL 8 feature the text uses at (or just before) the error, and where; or null. */
    private static @Nullable Missing missing(String text, int offset) {
        List<SqlToken> tokens = SqlLexer.significant(text, MysqlEngine.SYNTAX);
        if (!tokens.isEmpty() && tokens.get(0).isWord("with")) {
            for (SqlToken t : tokens) {
                if ((t.isWord("delete") || t.isWord("update")) && t.start() == offset) {
                    return new Missing(
                            t.text(),
                            "WITH (a common table expression) before " + t.key().toUpperCase(java.util.Locale.ROOT)
                                    + " (write the CTE as a subquery)",
                            t.start());
                }
            }
        }
        for (int k = 0; k < tokens.size(); k++) {
            SqlToken t = tokens.get(k);
            boolean nearError = t.end() >= offset
                    || k + 1 < tokens.size() && tokens.get(k + 1).end() >= offset;
            if (!nearError && !t.text().startsWith("utf8mb4_0900")) {
                continue;
            }
            for (Missing m : MISSING) {
                boolean word = Character.isLetter(m.token().charAt(0));
                if (word ? t.isWord(m.token()) : t.text().equals(m.token())) {
                    if (!m.token().equals("row") || offset <= t.start() + 3) {
                        return new Missing(m.token(), m.feature(), t.start());
                    }
                }
            }
        }
        return null;
    }

    private static String shorten(String s) {
        String oneLine = s.replaceAll("\\s+", " ").trim();
        return oneLine.length() > 40 ? oneLine.substring(0, 40) + "..." : oneLine;
    }
}
