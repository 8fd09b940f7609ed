package io.sqlj.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks the passwords of database URIs in any text sqlj prints. Every {@link Diagnostic} goes
 * through {@link #mask}, so a URI that reaches a message (from the config, an engine's stderr or
 * an engine's diagnostic) never shows its password.
 */
public final class Secrets {

  /** What a password is replaced with. */
  public static final String MASK = "****";

  /** {@code scheme://user:password@host}: the user info of any URI. */
  private static final Pattern USER_INFO = Pattern.compile("([A-Za-z][A-Za-z0-9+.\\-]*://[^\\s/:@?#\"']*:)([^\\s/\"']*)(@)");

  /** {@code user:password@host} without a scheme, as in Go's MySQL DSNs. */
  private static final Pattern BARE_USER_INFO = Pattern.compile("(?<![:/\\w.\\-])([A-Za-z0-9_.\\-]+:)([^\\s@/:\"']+)(@)(?=[\\w\\[(])");

  /**
   * {@code password=secret} in a query string ({@code ?password=}, {@code &password=}), a JDBC
   * property list ({@code ;password=}) or a libpq key/value string ({@code password=secret}),
   * and the other names drivers use for it.
   */
  private static final Pattern PASSWORD_PARAM = Pattern.compile(
      "(?i)(\\b(?:password|passwd|pwd|sslpassword)\\s*=\\s*)('[^']*'|[^\\s&;,\"']*)()");

  private Secrets() {}

  /** The text with every password in a URI or connection string replaced by {@link #MASK}. */
  public static String mask(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = replace(USER_INFO.matcher(text));
    out = replace(BARE_USER_INFO.matcher(out));
    return replace(PASSWORD_PARAM.matcher(out));
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
