package io.sqlj.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
   * {@code user:password@host} without a scheme, as in Go's MySQL DSNs. Possessive quantifiers
   * and the look-behind keep it linear: a match starts only at the start of a word.
   */
  private static final Pattern BARE_USER_INFO =
      Pattern.compile("(?<![:/\\w.\\-])([A-Za-z0-9_.\\-]++:)([^\\s@/:\"']++)(@)(?=[\\w\\[(])");

  /**
   * {@code password=secret} in a query string ({@code ?password=}, {@code &password=}), a JDBC
   * property list ({@code ;password=}) or a libpq key/value string ({@code password=secret}),
   * and the other names drivers use for it.
   */
  private static final Pattern PASSWORD_PARAM = Pattern.compile(
      "(?i)(\\b(?:password|passwd|pwd|sslpassword)\\s*+=\\s*+)('[^']*+'|[^\\s&;,\"']*+)()");

  private Secrets() {}

  /** The text with every password in a URI or connection string replaced by {@link #MASK}. */
  public static String mask(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = maskUserInfo(text);
    out = replace(BARE_USER_INFO.matcher(out));
    return replace(PASSWORD_PARAM.matcher(out));
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
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '-'
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

  private static String replace(Matcher m) {
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String secret = m.group(2);
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + (secret.isEmpty() ? "" : MASK) + m.group(3)));
    }
    m.appendTail(out);
    return out.toString();
  }
}
