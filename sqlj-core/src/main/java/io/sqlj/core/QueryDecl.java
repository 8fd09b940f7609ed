package io.sqlj.core;

import java.util.List;
import java.util.Objects;

/**
 * One query as the user declared it in a query file.
 *
 * <pre>
 * -- name: GetAuthor :one          &lt;- line
 * -- Fetches one author by id.     &lt;- comments
 * SELECT id FROM authors WHERE id = ?;   &lt;- text, starting at textLine
 * </pre>
 *
 * @param name the name as written ({@code GetAuthor})
 * @param text the SQL after the name line and its comment lines, up to the next name line,
 *     with trailing blank lines removed
 * @param comments the comment lines right after the name line, without {@code --} and one
 *     leading space
 * @param file the query file, relative to the config's folder, with {@code /} separators
 * @param line the 1-based line of the {@code -- name:} comment
 * @param textLine the 1-based line in {@code file} where {@code text} starts
 */
public record QueryDecl(
        String name, Command command, String text, List<String> comments, String file, int line, int textLine) {

    public QueryDecl {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(text, "text");
        comments = List.copyOf(comments);
        Objects.requireNonNull(file, "file");
    }

    public Location location() {
        return new Location(file, line, 1);
    }

    /** Maps a 1-based line and column within {@code text} to a place in the query file. */
    public Location locate(int lineInText, int columnInText) {
        if (lineInText <= 0) {
            return location();
        }
        return new Location(file, textLine + lineInText - 1, Math.max(columnInText, 0));
    }
}
