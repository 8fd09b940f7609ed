package io.sqlj.engine.sdk;

import io.sqlj.engine.sdk.SqlToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into tokens, whitespace and comments included, so that the tokens' texts
 * joined give back the input. It knows quoting and comments well enough that a {@code ?} in a
 * string or a {@code :int} in a {@code ::int} cast is never taken for a placeholder.
 */
public final class SqlLexer {
  private static final String[] OPERATORS = {
    "->>", "||", "->", "::", ":=", "<=", ">=", "<>", "!=", "==", "<<", ">>"
  };

  private final String sql;
  private final SqlSyntax syntax;
  private int pos;

  private SqlLexer(String sql, SqlSyntax syntax) {
    this.sql = sql;
    this.syntax = syntax;
  }

  /** All tokens of {@code sql}, trivia included. */
  public static List<SqlToken> tokenize(String sql, SqlSyntax syntax) {
    return new SqlLexer(sql, syntax).run();
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
    if (c == '-' && n == '-') {
      int eol = sql.indexOf('\n', pos);
      pos = eol < 0 ? sql.length() : eol;
      return token(Kind.COMMENT, start, true);
    }
    if (c == '/' && n == '*') {
      int close = sql.indexOf("*/", pos + 2);
      pos = close < 0 ? sql.length() : close + 2;
      return token(Kind.COMMENT, start, close >= 0);
    }
    if ((c == 'x' || c == 'X') && n == '\'') {
      pos++;
      return quoted(Kind.BLOB, start, '\'');
    }
    switch (c) {
      case '\'':
        return quoted(Kind.STRING, start, '\'');
      case '"':
      case '`':
        return quoted(Kind.QUOTED_IDENTIFIER, start, c);
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

  private SqlToken quoted(Kind kind, int start, char quote) {
    pos++;
    while (pos < sql.length()) {
      if (sql.charAt(pos) == quote) {
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
    return new SqlToken(kind, sql.substring(start, pos), start, pos, complete);
  }

  static boolean isIdentStart(char c) {
    return c == '_' || Character.isLetter(c);
  }

  static boolean isIdentPart(char c) {
    return c == '_' || c == '$' || Character.isLetterOrDigit(c);
  }
}
