package io.sqlj.engine.sqlite;

import io.sqlj.sql.SqlToken;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Finds the token an SQLite error message is about, as an offset in the rewritten text. */
final class ErrorLocator {
    private static final Pattern NAMED =
            Pattern.compile("^(?:no such column|no such table|no such function|ambiguous column name"
                    + "|no such collation sequence|no such index|no such module): (.+)$");
    private static final Pattern NO_COLUMN_NAMED = Pattern.compile("^table \\S+ has no column named (.+)$");
    private static final Pattern NEAR = Pattern.compile("^(?:near|unrecognized token:) \"(.+?)\"");
    private static final Pattern COUNT = Pattern.compile("^\\d+ values for \\d+ columns$");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    private ErrorLocator() {}

    /**
     * As {@link #locate(String, List, int)}, for a syntax error whose token occurs more than once:
     * SQLite names the token it stopped at but not where, so each occurrence is tried in order, and
     * the first one where the text cut right after it fails with the same message is the one (an
     * earlier, valid occurrence leaves the cut text incomplete, not wrong). {@code errorOf} gives
     * the error message SQLite reports when it compiles a text, or null when it compiles.
     */
    static int locate(String message, List<SqlToken> tokens, String text, Function<String, @Nullable String> errorOf) {
        int first = locate(message, tokens, text.length());
        Matcher m = NEAR.matcher(message);
        if (first < 0 || !m.find()) {
            return first;
        }
        String token = m.group(1);
        List<SqlToken> same = tokens.stream()
                .filter(t -> t.start() >= first && t.text().equalsIgnoreCase(token))
                .toList();
        if (same.size() < 2) {
            return first;
        }
        for (SqlToken t : same) {
            int end = t.start() + t.text().length();
            if (end <= text.length() && Objects.equals(message, errorOf.apply(text.substring(0, end)))) {
                return t.start();
            }
        }
        return first;
    }

    /** The offset in the rewritten text, or -1 when the message names nothing findable. */
    static int locate(String message, List<SqlToken> tokens, int textLength) {
        if (message.startsWith("incomplete input")) {
            return textLength;
        }
        Matcher m = NAMED.matcher(message);
        if (m.find()) {
            return identifier(m.group(1), tokens);
        }
        m = NO_COLUMN_NAMED.matcher(message);
        if (m.find()) {
            return identifier(m.group(1), tokens);
        }
        m = NEAR.matcher(message);
        if (m.find()) {
            return text(m.group(1), tokens);
        }
        if (COUNT.matcher(message).find()) {
            return text("values", tokens);
        }
        m = QUOTED.matcher(message);
        return m.find() ? text(m.group(1), tokens) : -1;
    }

    /** The first identifier token spelling the name's last part, after its qualifier if given. */
    private static int identifier(String name, List<SqlToken> tokens) {
        String[] parts = name.split("\\.");
        String last = parts[parts.length - 1];
        String qualifier = parts.length > 1 ? parts[parts.length - 2] : null;
        int fallback = -1;
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if (!t.isIdentifier() || !t.value().equalsIgnoreCase(last)) {
                continue;
            }
            boolean qualified = i >= 2
                    && tokens.get(i - 1).isPunct(".")
                    && tokens.get(i - 2).value().equalsIgnoreCase(qualifier == null ? "" : qualifier);
            if (qualifier == null || qualified) {
                return qualified ? tokens.get(i - 2).start() : t.start();
            }
            if (fallback < 0) {
                fallback = t.start();
            }
        }
        return fallback;
    }

    private static int text(String text, List<SqlToken> tokens) {
        for (SqlToken t : tokens) {
            if (t.text().equalsIgnoreCase(text)) {
                return t.start();
            }
        }
        for (SqlToken t : tokens) {
            if (t.text().startsWith(text)
                    || text.startsWith(t.text())
                            && !t.text().isEmpty()
                            && t.text().length() > 1) {
                return t.start();
            }
        }
        return -1;
    }
}
