package io.sqlj.engine.mysql;

import io.sqlj.sql.SqlToken;
import java.util.List;
import java.util.Set;

/**
 * The text the private server prepares, when it must differ from the user's: MySQL 8.0.16+
 * accepts an alias on a single-table DELETE ({@code DELETE FROM bar b WHERE b.id = ?}), MariaDB
 * 10.11 only in the multi-table form, so such a DELETE is described as
 * {@code DELETE b FROM bar b WHERE b.id = ?}, which means the same. The generated code keeps the
 * user's text.
 *
 * @param text what the server prepares
 * @param insertedAt where text was inserted into the user's text, or -1
 * @param insertedLength how much was inserted
 */
record DescribedText(String text, int insertedAt, int insertedLength) {
    private static final Set<String> NOT_ALIAS = Set.of("where", "order", "limit", "partition", "returning", "using");

    static DescribedText of(String text, List<SqlToken> tokens) {
        if (tokens.size() < 4
                || !tokens.get(0).isWord("delete")
                || !tokens.get(1).isWord("from")) {
            return new DescribedText(text, -1, 0);
        }
        int i = 2;
        while (i + 2 < tokens.size() && tokens.get(i + 1).isPunct(".")) {
            i += 2;
        }
        i++;
        if (i < tokens.size() && tokens.get(i).isWord("as")) {
            i++;
        }
        if (i >= tokens.size()
                || !tokens.get(i).isIdentifier()
                || NOT_ALIAS.contains(tokens.get(i).key())) {
            return new DescribedText(text, -1, 0);
        }
        for (SqlToken t : tokens.subList(i, tokens.size())) {
            if (t.isWord("order") || t.isWord("limit")) {
                return new DescribedText(text, -1, 0); // not allowed in the multi-table form
            }
        }
        String alias = tokens.get(i).text() + " ";
        int at = tokens.get(1).start();
        return new DescribedText(text.substring(0, at) + alias + text.substring(at), at, alias.length());
    }

    /** An offset of {@link #text()} as an offset of the user's text. */
    int userOffset(int offset) {
        if (insertedAt < 0 || offset < insertedAt) {
            return offset;
        }
        return Math.max(insertedAt, offset - insertedLength);
    }
}
