package io.sqlj.engine.mysql;

import io.sqlj.sql.SqlLexer;
import io.sqlj.sql.SqlToken;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text the private MariaDB runs where MySQL 8 SQL names what MariaDB 10.11 lacks but what
 * changes no type a query reads; sqlc reads past all of it:
 *
 * <ul>
 *   <li>MySQL 8's {@code utf8mb4_0900_*} collations (error 1273), which MySQL 8 writes into every
 *       table it dumps ({@code COLLATE=utf8mb4_0900_ai_ci}) and schema tools write on columns
 *       ({@code COLLATE utf8mb4_0900_as_cs}, unkey). A collation changes how text compares and
 *       sorts, never a type: the server gets one of the same character set that it has, {@code
 *       utf8mb4_unicode_ci} for a case-insensitive one, {@code utf8mb4_bin} for a case-sensitive
 *       or binary one.
 *   <li>{@code WITH PARSER ngram} (or {@code mecab}) on a {@code FULLTEXT} index, MySQL's parser
 *       plugins for Chinese, Japanese and Korean text (error 1128, {@code Function 'ngram' is not
 *       defined}): left out, the index is an ordinary full-text index.
 *   <li>{@code CAST(x AS JSON)} (a syntax error): {@code CAST(x AS CHAR)}, text as MariaDB stores
 *       JSON. A parameter cast so is still typed as JSON from the user's text ({@link
 *       ParameterBuilder}); a result column is text, a {@code String} as a JSON column is.
 * </ul>
 *
 * Each replacement is padded with spaces to the original's length, so every offset in the text
 * (an error's place) stays where it was; the generated code keeps the user's text.
 */
final class MariaDbText {
    private static final String NAME = "utf8mb4_(?:[a-z]{2,3}_(?:[a-z]+_)?)?0900_(?:ai_ci|as_ci|as_cs|as_cs_ks|bin)";
    private static final Pattern MYSQL8 = Pattern.compile(NAME, Pattern.CASE_INSENSITIVE);
    /** In an executable comment ({@code /*!50001 SET collation_connection = utf8mb4_0900_ai_ci *&#47;}). */
    private static final Pattern COLLATION_IN_COMMENT = Pattern.compile(
            "((?:collate|collation_[a-z_]+)\\s*=?\\s*)(['`\"]?)(" + NAME + ")\\2", Pattern.CASE_INSENSITIVE);

    private static final Pattern PARSER_IN_COMMENT =
            Pattern.compile("with\\s+parser\\s+(?:ngram|mecab)\\b", Pattern.CASE_INSENSITIVE);

    /** Whether the text may hold any of them. */
    private static final Pattern QUICK = Pattern.compile("0900|parser|as\\s+json", Pattern.CASE_INSENSITIVE);

    private MariaDbText() {}

    /** {@code text} as the private MariaDB runs it; the same length. */
    static String of(String text) {
        if (!QUICK.matcher(text).find()) {
            return text; // not lexed: nearly every statement
        }
        StringBuilder out = new StringBuilder(text);
        List<SqlToken> all = SqlLexer.tokenize(text, MysqlEngine.SYNTAX);
        List<SqlToken> tokens = new java.util.ArrayList<>();
        for (SqlToken t : all) {
            if (t.kind() == SqlToken.Kind.COMMENT) {
                if (t.text().startsWith("/*!") || t.text().startsWith("/*M!")) {
                    inComment(out, t);
                }
            } else if (!t.isTrivia()) {
                tokens.add(t);
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if ((t.isIdentifier() || t.kind() == SqlToken.Kind.STRING)
                    && MYSQL8.matcher(t.value()).matches()
                    && afterCollate(tokens, i)) {
                out.replace(
                        t.start(),
                        t.end(),
                        padded(collation(t.value()), t.text().length()));
            } else if (t.isWord("with")
                    && i + 2 < tokens.size()
                    && tokens.get(i + 1).isWord("parser")
                    && (tokens.get(i + 2).isWord("ngram") || tokens.get(i + 2).isWord("mecab"))) {
                SqlToken last = tokens.get(i + 2);
                out.replace(t.start(), last.end(), " ".repeat(last.end() - t.start()));
            } else if (t.isWord("json")
                    && i + 1 < tokens.size()
                    && tokens.get(i + 1).isPunct(")")
                    && i > 0
                    && tokens.get(i - 1).isWord("as")
                    && castParen(tokens, i - 1)) {
                out.replace(t.start(), t.end(), padded("CHAR", t.text().length()));
            }
        }
        return out.toString();
    }

    /** Whether the token at {@code i} follows {@code COLLATE} or {@code collation_... =}. */
    private static boolean afterCollate(List<SqlToken> tokens, int i) {
        int k = i - 1;
        if (k >= 0 && tokens.get(k).isPunct("=")) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        SqlToken name = tokens.get(k);
        return name.kind() == SqlToken.Kind.WORD
                && (name.isWord("collate") || name.key().contains("collation_"));
    }

    /** Whether the {@code AS} at {@code as} is inside the parentheses of a {@code CAST(}. */
    private static boolean castParen(List<SqlToken> tokens, int as) {
        int depth = 0;
        for (int k = as - 1; k > 0; k--) {
            SqlToken t = tokens.get(k);
            if (t.isPunct(")")) {
                depth++;
            } else if (t.isPunct("(")) {
                if (depth == 0) {
                    return tokens.get(k - 1).isWord("cast");
                }
                depth--;
            }
        }
        return false;
    }

    private static void inComment(StringBuilder out, SqlToken comment) {
        Matcher m = COLLATION_IN_COMMENT.matcher(comment.text());
        while (m.find()) {
            int start = comment.start() + m.end(1);
            int length = m.end() - m.end(1);
            out.replace(start, start + length, padded(collation(m.group(3)), length));
        }
        Matcher parser = PARSER_IN_COMMENT.matcher(comment.text());
        while (parser.find()) {
            int start = comment.start() + parser.start();
            out.replace(start, start + parser.end() - parser.start(), " ".repeat(parser.end() - parser.start()));
        }
    }

    /** The MariaDB collation for a MySQL 8 one. */
    private static String collation(String mysql8) {
        return mysql8.toLowerCase(Locale.ROOT).endsWith("_ci") ? "utf8mb4_unicode_ci" : "utf8mb4_bin";
    }

    /** {@code name}, then spaces up to {@code length}. */
    private static String padded(String name, int length) {
        return name + " ".repeat(Math.max(0, length - name.length()));
    }
}
