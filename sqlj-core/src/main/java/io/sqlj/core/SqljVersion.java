package io.sqlj.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of sqlj itself, as Maven wrote it into {@code version.properties}. */
public final class SqljVersion {

  private static final String VERSION = read();

  private SqljVersion() {}

  /** Such as {@code 0.1.0-SNAPSHOT}; {@code unknown} when the build did not record one. */
  public static String get() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in = SqljVersion.class.getResourceAsStream("/io/sqlj/core/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "").trim();
      return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
    } catch (IOException e) {
      return "unknown";
    }
  }
}
