package io.sqlj.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Masks the passwords of database URIs in any text sqlj prints. Every {@link Diagnostic} goes
 * through {@link #mask}, so a URI that reaches a message (from the config, an engine's stderr or
 * an engine's diagnostic) never shows its password.
 *
 * <p>A password may hold any character, spaces and {@code @} included, so in {@code
 * scheme://user:password@host} everything from the first {@code :} after {@code ://} to the
 * last {@code @} on the same line is masked: masking too much is safe, too little is not. The
 * work is linear in the length of the text (an engine may send megabytes).
 */
public final class Secrets {

    /** What a password is replaced with. */
    public static final String MASK = "****";

    /**
     * {@code user:password@host} without a scheme, as in Go's MySQL DSNs; tried only where
     * {@link #bareUserInfoStarts} finds one can start.
     */
    private static final Pattern BARE_USER_INFO =
            Pattern.compile("(?<![:/\\w.\\-])([A-Za-z0-9_.\\-]++:)([^\\s@/:\"']++)(@)(?=[\\w\\[(])");

    /** The names drivers use for a password in {@code name=value} form, longest first. */
    private static final String[] PASSWORD_KEYS = {"sslpassword", "password", "passwd", "pwd"};

    private Secrets() {}

    /** The text with every password in a URI or connection string replaced by {@link #MASK}. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = maskUserInfo(text);
        out = out.indexOf('@') < 0 ? out : maskAt(BARE_USER_INFO, out, bareUserInfoStarts(out));
        return maskPasswordParams(out);
    }

    /**
     * Where a bare {@code user:secret@} can start: walking back from each {@code @} over the secret
     * and the user name, never past the previous {@code @}, so the whole is linear.
     */
    private static int[] bareUserInfoStarts(String text) {
        java.util.List<Integer> starts = new java.util.ArrayList<>();
        int previous = -1;
        for (int at = text.indexOf('@'); at >= 0; previous = at, at = text.indexOf('@', at + 1)) {
            int i = at;
            while (i > previous + 1 && " \t\n\r\f\u000b@/:\"'".indexOf(text.charAt(i - 1)) < 0) {
                i--;
            }
            if (i <= previous + 1 || text.charAt(i - 1) != ':') {
                continue;
            }
            int start = i - 1;
            while (start > previous + 1 && userChar(text.charAt(start - 1))) {
                start--;
            }
            starts.add(start);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean userChar(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '_'
                || c == '.'
                || c == '-';
    }

    /**
     * {@code password=secret} in a query string ({@code ?password=}, {@code &password=}), a JDBC
     * property list ({@code ;password=}) or a libpq key/value string ({@code password='s e c'}),
     * and the other names drivers use for it, in any case: the value (quoted, or up to white
     * space, {@code &}, {@code ;}, {@code ,} or a quote) is masked. One pass, no regex search.
     */
    private static String maskPasswordParams(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = (char) (text.charAt(i) | 0x20);
            if (c != 'p' && c != 's' || (i > 0 && wordChar(text.charAt(i - 1)))) {
                continue;
            }
            String key = passwordKeyAt(text, i);
            if (key == null) {
                continue;
            }
            int j = skipSpaces(text, i + key.length());
            if (j >= text.length() || text.charAt(j) != '=') {
                continue;
            }
            int valueStart = skipSpaces(text, j + 1);
            int valueEnd = valueStart;
            if (valueEnd < text.length() && text.charAt(valueEnd) == '\'') {
                int close = text.indexOf('\'', valueEnd + 1);
                valueEnd = close < 0 ? lineEnd(text, valueStart) : close + 1; // unclosed: mask the rest of the line
            }
            if (valueEnd == valueStart) {
                while (valueEnd < text.length() && " \t\n\r\f\u000b&;,\"'".indexOf(text.charAt(valueEnd)) < 0) {
                    valueEnd++;
                }
            }
            if (valueEnd > valueStart) {
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, copied, valueStart).append(MASK);
                copied = valueEnd;
            }
            i = Math.max(i, valueEnd - 1);
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static @Nullable String passwordKeyAt(String text, int i) {
        for (String key : PASSWORD_KEYS) {
            if (text.regionMatches(true, i, key, 0, key.length())
                    && (i + key.length() >= text.length() || !wordChar(text.charAt(i + key.length())))) {
                return key;
            }
        }
        return null;
    }

    private static boolean wordChar(char c) {
        return userChar(c) && c != '.' && c != '-';
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') {
            i++;
        }
        return i;
    }

    /**
     * The text with {@code pattern}'s group 2 masked wherever it matches at one of {@code starts}
     * (ascending): the pattern is tried only there, so a long text costs one pass, not a regex
     * search from every position.
     */
    private static String maskAt(Pattern pattern, String text, int[] starts) {
        if (starts.length == 0) {
            return text;
        }
        Matcher m = pattern.matcher(text);
        m.useTransparentBounds(true).useAnchoringBounds(false);
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (int start : starts) {
            if (start < copied) {
                continue;
            }
            m.region(start, text.length());
            if (!m.lookingAt()) {
                continue;
            }
            String secret = m.group(2);
            out.append(text, copied, m.start())
                    .append(m.group(1))
                    .append(secret.isEmpty() ? "" : MASK)
                    .append(m.group(3));
            copied = m.end();
        }
        return out.append(text, copied, text.length()).toString();
    }

    /**
     * Every {@code scheme://user:secret@}: the secret runs to the last {@code @} of its line. Each
     * search only moves forward (or, for the line's last {@code @}, runs once per line), so the
     * whole is linear.
     */
    private static String maskUserInfo(String text) {
        StringBuilder out = null;
        int copied = 0;
        int lineEnd = -1;
        int lastAt = -1;
        int colon = -1;
        int from = 0;
        for (int sep = text.indexOf("://", from); sep >= 0; sep = text.indexOf("://", from)) {
            int authority = sep + 3;
            from = authority;
            if (!hasScheme(text, sep, copied)) {
                continue;
            }
            if (authority > lineEnd) {
                lineEnd = lineEnd(text, authority);
                lastAt = lastIndexOf(text, '@', authority, lineEnd);
            }
            if (lastAt < authority) {
                continue;
            }
            if (colon < authority) {
                colon = text.indexOf(':', authority);
                colon = colon < 0 ? text.length() : colon;
            }
            if (colon > lastAt) {
                continue;
            }
            if (colon + 1 < lastAt) {
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, copied, colon + 1).append(MASK);
                copied = lastAt;
            }
            from = lastAt + 1;
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** The last {@code c} in {@code [from, to)}, or -1. */
    private static int lastIndexOf(String text, char c, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code ://} at {@code sep} follows a scheme: a letter, then letters, digits, +, - or . */
    private static boolean hasScheme(String text, int sep, int floor) {
        int start = sep;
        while (start > floor && start > sep - 32 && schemeChar(text.charAt(start - 1))) {
            start--;
        }
        return start < sep && Character.isLetter(text.charAt(start)) && text.charAt(start) < 128;
    }

    private static boolean schemeChar(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '+'
                || c == '-'
                || c == '.';
    }

    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }
}
