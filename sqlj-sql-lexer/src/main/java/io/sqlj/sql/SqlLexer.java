package io.sqlj.sql;

import io.sqlj.sql.SqlToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into tokens, whitespace and comments included, so that the tokens' texts
 * joined give back the input. It knows the quoting and comments of each {@link SqlSyntax dialect}
 * well enough that a {@code ?} in a string or a {@code :int} in a {@code ::int} cast is never
 * taken for a placeholder. This is sqlj's only SQL lexer: core, the code generator and the
 * engine SDK all read SQL through it.
 *
 * <p>Everywhere: {@code ??} (with a following {@code |} or {@code &}) is JDBC's escape for a
 * {@code ?} operator and lexes as one punctuation token, never as placeholders.
 */
public final class SqlLexer {
    private static final String[] OPERATORS = {"->>", "||", "->", "::", ":=", "<=", ">=", "<>", "!=", "==", "<<", ">>"};

    /** What {@link #token} returns in scan mode, where only {@link #scanned} and {@link #pos} count. */
    private static final SqlToken SCANNED = new SqlToken(Kind.PUNCT, "", 0, 0, true);

    private final String sql;
    private final SqlSyntax syntax;
    /** Scan mode: tokens are found but not made (no object, no substring). */
    private final boolean scan;

    private int pos;
    /** In scan mode, the kind of the token just found. */
    private Kind scanned = Kind.WHITESPACE;

    private SqlLexer(String sql, SqlSyntax syntax) {
        this(sql, syntax, false);
    }

    private SqlLexer(String sql, SqlSyntax syntax, boolean scan) {
        this.sql = sql;
        this.syntax = syntax;
        this.scan = scan;
    }

    /**
     * The index just after the first {@code ;} token of {@code sql} (outside strings, quoted names
     * and comments), or -1 when it has none: the end of its first statement. The same answer as
     * looking for it among {@link #significant}'s tokens, without making them.
     */
    public static int firstSemicolonEnd(String sql, SqlSyntax syntax) {
        SqlLexer lexer = new SqlLexer(sql, syntax, true);
        while (lexer.pos < sql.length()) {
            int start = lexer.pos;
            lexer.next();
            if (lexer.scanned == Kind.PUNCT && lexer.pos == start + 1 && sql.charAt(start) == ';') {
                return lexer.pos;
            }
        }
        return -1;
    }

    /** All tokens of {@code sql}, trivia included. */
    public static List<SqlToken> tokenize(String sql, SqlSyntax syntax) {
        List<SqlToken> tokens = new SqlLexer(sql, syntax).run();
        return syntax.questionOperator() ? questionOperators(tokens) : tokens;
    }

    /** The tokens of {@code sql} without whitespace and comments. */
    public static List<SqlToken> significant(String sql, SqlSyntax syntax) {
        List<SqlToken> result = new ArrayList<>();
        for (SqlToken token : tokenize(sql, syntax)) {
            if (!token.isTrivia()) {
                result.add(token);
            }
        }
        return result;
    }

    /**
     * The number of JDBC {@code ?} placeholders in {@code jdbcSql} (text as an engine prepares it):
     * the {@code ?} outside strings, quoted names and comments; {@code ??} is JDBC's escaped
     * {@code ?} operator and counts as none, {@code /*SLICE:ids*&#47;?} as one.
     */
    public static int jdbcPlaceholders(String jdbcSql, SqlSyntax syntax) {
        if (!syntax.questionOperator()) {
            // No token objects: sqlj checks every answer of an engine with this (docs/performance.md §1af).
            return scanPlaceholders(jdbcSql, syntax);
        }
        int count = 0;
        for (SqlToken token : tokenize(jdbcSql, syntax)) {
            if (token.kind() == Kind.PLACEHOLDER && token.text().equals("?")) {
                count++;
            }
        }
        return count;
    }

    /** {@link #jdbcPlaceholders} for a syntax without the {@code ?} operator, by the scan mode. */
    private static int scanPlaceholders(String sql, SqlSyntax syntax) {
        if (sql.indexOf('?') < 0) {
            return 0;
        }
        SqlLexer lexer = new SqlLexer(sql, syntax, true);
        int count = 0;
        while (lexer.pos < sql.length()) {
            int start = lexer.pos;
            lexer.next();
            if (lexer.scanned == Kind.PLACEHOLDER && lexer.pos == start + 1 && sql.charAt(start) == '?') {
                count++;
            }
        }
        return count;
    }

    /**
     * PostgreSQL reads {@code ?} as an operator in a query whose parameters are {@code $N} or
     * names (or {@code sqlc.}/{@code sqlj.} macros); {@code ?|} and {@code ?&} are one operator.
     */
    private static List<SqlToken> questionOperators(List<SqlToken> tokens) {
        boolean otherParameters = tokens.stream()
                .anyMatch(t -> t.kind() == Kind.PLACEHOLDER && !t.text().startsWith("?")
                        || t.isWord("sqlc")
                        || t.isWord("sqlj"));
        if (!otherParameters) {
            return tokens;
        }
        List<SqlToken> result = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if (t.kind() == Kind.PLACEHOLDER && t.text().equals("?")) {
                SqlToken next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
                if (next != null && (next.isPunct("|") || next.isPunct("&"))) {
                    result.add(new SqlToken(Kind.PUNCT, t.text() + next.text(), t.start(), next.end(), true));
                    i++;
                } else {
                    result.add(new SqlToken(Kind.PUNCT, t.text(), t.start(), t.end(), true));
                }
            } else {
                result.add(t);
            }
        }
        return result;
    }

    private List<SqlToken> run() {
        List<SqlToken> tokens = new ArrayList<>();
        while (pos < sql.length()) {
            tokens.add(next());
        }
        return tokens;
    }

    private SqlToken next() {
        int start = pos;
        char c = sql.charAt(pos);
        char n = peek(1);
        if (Character.isWhitespace(c)) {
            while (pos < sql.length() && Character.isWhitespace(sql.charAt(pos))) {
                pos++;
            }
            return token(Kind.WHITESPACE, start, true);
        }
        if (c == '-' && n == '-' && (!syntax.hashComments() || mysqlDashComment())) {
            return lineComment(start);
        }
        if (c == '#' && syntax.hashComments()) {
            return lineComment(start);
        }
        if (c == '/' && n == '*') {
            return blockComment(start);
        }
        if ((c == 'x' || c == 'X') && n == '\'') {
            pos++;
            return quoted(Kind.BLOB, start, '\'', false);
        }
        if ((c == 'e' || c == 'E') && n == '\'' && syntax.escapeStrings()) {
            pos++;
            return quoted(Kind.STRING, start, '\'', true);
        }
        switch (c) {
            case '\'':
                return quoted(Kind.STRING, start, '\'', syntax.backslashEscapes());
            case '"':
                return quoted(Kind.QUOTED_IDENTIFIER, start, c, syntax.backslashEscapes());
            case '`':
                return quoted(Kind.QUOTED_IDENTIFIER, start, c, false);
            case '[':
                if (syntax.bracketIdentifiers()) {
                    int close = sql.indexOf(']', pos + 1);
                    pos = close < 0 ? sql.length() : close + 1;
                    return token(Kind.QUOTED_IDENTIFIER, start, close >= 0);
                }
                break;
            case '$':
                return dollar(start);
            case '?':
                if (n == '?') {
                    pos += 2;
                    if (peek(0) == '|' || peek(0) == '&') {
                        pos++;
                    }
                    return token(Kind.PUNCT, start, true);
                }
                pos++;
                skipDigits();
                return token(Kind.PLACEHOLDER, start, true);
            case '@':
            case ':':
                if (isIdentStart(n)) {
                    pos++;
                    skipIdentifier();
                    return token(Kind.PLACEHOLDER, start, true);
                }
                break;
            default:
                break;
        }
        if (Character.isDigit(c) || (c == '.' && Character.isDigit(n))) {
            return number(start);
        }
        if (isIdentStart(c)) {
            skipIdentifier();
            return token(Kind.WORD, start, true);
        }
        for (String op : OPERATORS) {
            if (sql.startsWith(op, pos)) {
                pos += op.length();
                return token(Kind.PUNCT, start, true);
            }
        }
        pos++;
        return token(Kind.PUNCT, start, true);
    }

    /** MySQL: {@code --} starts a comment only before white space, a control character or the end. */
    private boolean mysqlDashComment() {
        char after = peek(2);
        return pos + 2 >= sql.length() || Character.isWhitespace(after) || Character.isISOControl(after);
    }

    private SqlToken lineComment(int start) {
        int eol = sql.indexOf('\n', pos);
        pos = eol < 0 ? sql.length() : eol;
        return token(Kind.COMMENT, start, true);
    }

    private SqlToken blockComment(int start) {
        int depth = 0;
        while (pos < sql.length()) {
            if (sql.startsWith("/*", pos) && (depth == 0 || syntax.nestedComments())) {
                depth++;
                pos += 2;
            } else if (sql.startsWith("*/", pos)) {
                depth--;
                pos += 2;
                if (depth == 0) {
                    return token(Kind.COMMENT, start, true);
                }
            } else {
                pos++;
            }
        }
        return token(Kind.COMMENT, start, false);
    }

    private SqlToken quoted(Kind kind, int start, char quote, boolean backslash) {
        pos++;
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (backslash && c == '\\') {
                pos = Math.min(sql.length(), pos + 2);
                continue;
            }
            if (c == quote) {
                if (peek(1) == quote) {
                    pos += 2;
                    continue;
                }
                pos++;
                return token(kind, start, true);
            }
            pos++;
        }
        return token(kind, start, false);
    }

    private SqlToken dollar(int start) {
        char n = peek(1);
        if (Character.isDigit(n)) {
            pos++;
            skipDigits();
            return token(Kind.PLACEHOLDER, start, true);
        }
        if (syntax.dollarNames() && isIdentStart(n)) {
            pos++;
            skipIdentifier();
            return token(Kind.PLACEHOLDER, start, true);
        }
        if (syntax.dollarQuotedStrings() && (n == '$' || isIdentStart(n))) {
            int tagEnd = pos + 1;
            while (tagEnd < sql.length() && isIdentPart(sql.charAt(tagEnd)) && sql.charAt(tagEnd) != '$') {
                tagEnd++;
            }
            if (tagEnd < sql.length() && sql.charAt(tagEnd) == '$') {
                String tag = sql.substring(pos, tagEnd + 1);
                int close = sql.indexOf(tag, tagEnd + 1);
                pos = close < 0 ? sql.length() : close + tag.length();
                return token(Kind.STRING, start, close >= 0);
            }
        }
        pos++;
        return token(Kind.PUNCT, start, true);
    }

    private SqlToken number(int start) {
        if (sql.charAt(pos) == '0' && (peek(1) == 'x' || peek(1) == 'X')) {
            pos += 2;
            while (pos < sql.length() && Character.digit(sql.charAt(pos), 16) >= 0) {
                pos++;
            }
            return token(Kind.NUMBER, start, true);
        }
        skipDigits();
        if (pos < sql.length() && sql.charAt(pos) == '.') {
            pos++;
            skipDigits();
        }
        char e = pos < sql.length() ? sql.charAt(pos) : 0;
        if (e == 'e' || e == 'E') {
            int save = pos;
            pos++;
            if (peek(0) == '+' || peek(0) == '-') {
                pos++;
            }
            if (Character.isDigit(peek(0))) {
                skipDigits();
            } else {
                pos = save;
            }
        }
        return token(Kind.NUMBER, start, true);
    }

    private void skipDigits() {
        while (pos < sql.length() && Character.isDigit(sql.charAt(pos))) {
            pos++;
        }
    }

    private void skipIdentifier() {
        while (pos < sql.length() && isIdentPart(sql.charAt(pos))) {
            pos++;
        }
    }

    private char peek(int ahead) {
        int at = pos + ahead;
        return at < sql.length() ? sql.charAt(at) : 0;
    }

    private SqlToken token(Kind kind, int start, boolean complete) {
        if (scan) {
            scanned = kind;
            return SCANNED;
        }
        return new SqlToken(kind, sql.substring(start, pos), start, pos, complete);
    }

    static boolean isIdentStart(char c) {
        if (c < 128) { // ASCII, most of SQL: what Character.isLetter says, without its table lookups
            return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        return Character.isLetter(c);
    }

    static boolean isIdentPart(char c) {
        if (c < 128) {
            return c == '_' || c == '$' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
    }
}
