package io.sqlj.core.engine;

/**
 * Counts the JDBC {@code ?} placeholders of a statement, skipping string literals, quoted
 * identifiers, comments and dollar-quoted bodies. {@code /*SLICE:ids*&#47;?} is one placeholder
 * (the comment is skipped, the {@code ?} counted); {@code ??} is pgjdbc's escaped {@code ?}
 * operator and counts as none.
 */
final class Placeholders {

  private Placeholders() {}

  static int count(String sql) {
    int count = 0;
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        i = skipQuoted(sql, i, c);
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int end = sql.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        i = skipBlockComment(sql, i);
      } else if (c == '$' && (i == 0 || !isIdentifierPart(sql.charAt(i - 1)))) {
        i = skipDollarQuoted(sql, i);
      } else if (c == '?') {
        if (i + 1 < n && sql.charAt(i + 1) == '?') {
          i += 2;
        } else {
          count++;
          i++;
        }
      } else {
        i++;
      }
    }
    return count;
  }

  /** Skips a quoted span whose quote doubles to escape itself; returns the index after it. */
  private static int skipQuoted(String sql, int start, char quote) {
    int i = start + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return sql.length();
  }

  /** Block comments nest in PostgreSQL. */
  private static int skipBlockComment(String sql, int start) {
    int depth = 0;
    int i = start;
    while (i < sql.length() - 1) {
      if (sql.charAt(i) == '/' && sql.charAt(i + 1) == '*') {
        depth++;
        i += 2;
      } else if (sql.charAt(i) == '*' && sql.charAt(i + 1) == '/') {
        depth--;
        i += 2;
        if (depth == 0) {
          return i;
        }
      } else {
        i++;
      }
    }
    return sql.length();
  }

  /** {@code $$...$$} or {@code $tag$...$tag$}; a {@code $} that opens neither is skipped alone. */
  private static int skipDollarQuoted(String sql, int start) {
    int i = start + 1;
    if (i < sql.length() && Character.isDigit(sql.charAt(i))) {
      return i;
    }
    while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
      i++;
    }
    if (i >= sql.length() || sql.charAt(i) != '$') {
      return start + 1;
    }
    String tag = sql.substring(start, i + 1);
    int end = sql.indexOf(tag, i + 1);
    return end < 0 ? sql.length() : end + tag.length();
  }

  private static boolean isIdentifierPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }
}
