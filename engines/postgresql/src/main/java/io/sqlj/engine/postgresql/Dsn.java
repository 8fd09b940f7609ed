package io.sqlj.engine.postgresql;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Reads {@code database.uri}: {@code postgres://user:pass@host:port/db?sslmode=...},
 * {@code postgresql://...} or a {@code jdbc:postgresql://...} URL.
 */
final class Dsn {
  private Dsn() {}

  /** A JDBC URL, its connection properties, and a password-free form for messages. */
  record Target(String url, Properties properties, String display) {}

  static Target parse(String dsn) {
    String text = dsn.trim();
    if (text.startsWith("jdbc:postgresql:")) {
      return new Target(text, new Properties(), text.replaceAll("password=[^&]*", "password=***"));
    }
    if (!text.startsWith("postgres://") && !text.startsWith("postgresql://")) {
      throw new IllegalArgumentException("expected a postgres://user:password@host:port/database URI"
          + " or a jdbc:postgresql: URL, found \"" + text + "\"");
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a valid URI: \"" + text + "\" (" + e.getReason() + ")");
    }
    Properties props = new Properties();
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      props.setProperty("user", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
      if (colon >= 0) {
        props.setProperty("password", decode(userInfo.substring(colon + 1)));
      }
    }
    String host = uri.getHost() == null ? "localhost" : uri.getHost();
    int port = uri.getPort() < 0 ? 5432 : uri.getPort();
    String db = uri.getRawPath() == null || uri.getRawPath().length() <= 1 ? "" : uri.getRawPath().substring(1);
    String url = "jdbc:postgresql://" + host + ":" + port + "/" + db
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    String display = "postgres://" + (props.containsKey("user") ? props.getProperty("user") + "@" : "")
        + host + ":" + port + "/" + decode(db);
    return new Target(url, props, display);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
