package io.sqlj.sql;

import java.util.Locale;

/**
 * One lexical token of SQL text: {@code text} is {@code sql.substring(start, end)}.
 *
 * @param complete false for a string, quoted identifier or comment that runs to the end of the
 *     text without its closing quote
 */
public record SqlToken(Kind kind, String text, int start, int end, boolean complete) {

    /** What a token is. */
    public enum Kind {
        /** A bare word: keyword or identifier. */
        WORD,
        /** {@code "name"}, {@code `name`} or {@code [name]}. */
        QUOTED_IDENTIFIER,
        /**
         * {@code 'text'} with {@code ''} escapes (and backslash escapes where the dialect has them),
         * {@code E'text'}, or a dollar-quoted string.
         */
        STRING,
        /** {@code X'0A'}. */
        BLOB,
        NUMBER,
        /** {@code ?}, {@code ?NNN}, {@code $N}, {@code @name} or {@code :name}. */
        PLACEHOLDER,
        /**
         * An operator or punctuation, longest match: {@code ||}, {@code ::}, {@code <=}, {@code (}...;
         * also JDBC's {@code ??} and PostgreSQL's {@code ?} operator where it is one.
         */
        PUNCT,
        COMMENT,
        WHITESPACE
    }

    /** True for a bare word equal to {@code word}, ignoring case. */
    public boolean isWord(String word) {
        return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    /** True for the punctuation {@code punct}. */
    public boolean isPunct(String punct) {
        return kind == Kind.PUNCT && text.equals(punct);
    }

    /** Whitespace or a comment. */
    public boolean isTrivia() {
        return kind == Kind.WHITESPACE || kind == Kind.COMMENT;
    }

    /** A bare or quoted identifier. */
    public boolean isIdentifier() {
        return kind == Kind.WORD || kind == Kind.QUOTED_IDENTIFIER;
    }

    /**
     * The name this token spells: a bare word as written, a quoted identifier or string without
     * its quotes and with doubled quotes undone.
     */
    public String value() {
        return switch (kind) {
            case QUOTED_IDENTIFIER, STRING -> unquote();
            default -> text;
        };
    }

    /** {@link #value()} in lower case, for case-insensitive lookups. */
    public String key() {
        return value().toLowerCase(Locale.ROOT);
    }

    private String unquote() {
        String text = this.text;
        if (!text.isEmpty() && Character.isLetter(text.charAt(0))) {
            text = text.substring(1); // E'...' or X'...'
        }
        if (text.isEmpty()) {
            return text;
        }
        char open = text.charAt(0);
        if (open == '$') {
            int tagEnd = text.indexOf('$', 1) + 1;
            int bodyEnd = complete ? text.length() - tagEnd : text.length();
            return text.substring(tagEnd, Math.max(tagEnd, bodyEnd));
        }
        char close = open == '[' ? ']' : open;
        int end = complete && text.length() > 1 ? text.length() - 1 : text.length();
        String body = text.substring(1, end);
        return open == '[' ? body : body.replace("" + close + close, "" + close);
    }
}
