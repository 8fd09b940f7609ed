package io.sqlj.engine.mysql;

import io.sqlj.sql.SqlLexer;
import io.sqlj.sql.SqlToken;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MySQL 8's {@code utf8mb4_0900_*} collations in the text the private MariaDB runs. MariaDB 10.11
 * lacks them (error 1273), and MySQL 8 writes them into every table it dumps ({@code
 * COLLATE=utf8mb4_0900_ai_ci}) and schema tools write them on columns ({@code COLLATE
 * utf8mb4_0900_as_cs}); sqlc reads past them. A collation changes how text compares and sorts,
 * never a column's type, so the private server gets a collation of the same character set that it
 * has: {@code utf8mb4_unicode_ci} for a case-insensitive one, {@code utf8mb4_bin} for a
 * case-sensitive or binary one. The replacement is padded with spaces to the original's length,
 * so every offset in the text (an error's place) stays where it was; the generated code keeps the
 * user's text.
 */
final class Collations {
    private static final String NAME = "utf8mb4_(?:[a-z]{2,3}_(?:[a-z]+_)?)?0900_(?:ai_ci|as_ci|as_cs|as_cs_ks|bin)";
    private static final Pattern MYSQL8 = Pattern.compile(NAME, Pattern.CASE_INSENSITIVE);
    /** In an executable comment ({@code /*!50001 SET collation_connection = utf8mb4_0900_ai_ci *&#47;}). */
    private static final Pattern IN_COMMENT = Pattern.compile(
            "((?:collate|collation_[a-z_]+)\\s*=?\\s*)(['`\"]?)(" + NAME + ")\\2", Pattern.CASE_INSENSITIVE);

    private Collations() {}

    /** {@code text} with each MySQL 8 collation it names replaced as the class says; the same length. */
    static String forMariaDb(String text) {
        if (!text.contains("0900")) {
            return text; // not lexed: nearly every statement
        }
        StringBuilder out = new StringBuilder(text);
        List<SqlToken> tokens = SqlLexer.tokenize(text, MysqlEngine.SYNTAX);
        SqlToken before = null;
        SqlToken beforeThat = null;
        for (SqlToken t : tokens) {
            if (t.kind() == SqlToken.Kind.COMMENT) {
                if (t.text().startsWith("/*!") || t.text().startsWith("/*M!")) {
                    replaceInComment(out, t);
                }
                continue;
            }
            if (t.isTrivia()) {
                continue;
            }
            SqlToken name = before != null && before.isPunct("=") ? beforeThat : before;
            if ((t.isIdentifier() || t.kind() == SqlToken.Kind.STRING)
                    && MYSQL8.matcher(t.value()).matches()
                    && name != null
                    && name.kind() == SqlToken.Kind.WORD
                    && (name.isWord("collate") || name.key().contains("collation_"))) {
                out.replace(t.start(), t.end(), padded(t.value(), t.text().length()));
            }
            beforeThat = before;
            before = t;
        }
        return out.toString();
    }

    private static void replaceInComment(StringBuilder out, SqlToken comment) {
        Matcher m = IN_COMMENT.matcher(comment.text());
        while (m.find()) {
            int start = comment.start() + m.end(1);
            int length = m.end() - m.end(1);
            out.replace(start, start + length, padded(m.group(3), length));
        }
    }

    /** The MariaDB collation for {@code mysql8}, then spaces up to {@code length}. */
    private static String padded(String mysql8, int length) {
        String name = mysql8.toLowerCase(Locale.ROOT).endsWith("_ci") ? "utf8mb4_unicode_ci" : "utf8mb4_bin";
        return name + " ".repeat(Math.max(0, length - name.length()));
    }
}
