package io.sqlj.engine.postgresql;

import java.util.Locale;

/**
 * Keeps the "up" parts of migration files: drops goose {@code -- +goose Down} and dbmate
 * {@code -- migrate:down} sections (up to the next {@code Up}/{@code migrate:up} marker, which
 * starts the next file's migration once the files are joined). Plain schema text passes through.
 * Ordering and leaving out {@code *.down.sql} and Flyway undo files happens when the files are
 * listed (sqlj-core).
 */
final class Migrations {
  private Migrations() {}

  static String upOnly(String schema) {
    StringBuilder out = new StringBuilder(schema.length());
    boolean down = false;
    for (String line : schema.split("\n", -1)) {
      String marker = line.strip().toLowerCase(Locale.ROOT).replace(" ", "");
      if (marker.startsWith("--+goosedown") || marker.startsWith("--migrate:down")) {
        down = true;
      } else if (marker.startsWith("--+gooseup") || marker.startsWith("--migrate:up")) {
        down = false;
      }
      // A dropped line stays as an empty line, so line numbers of later statements are kept.
      out.append(down ? "" : line).append('\n');
    }
    out.setLength(Math.max(0, out.length() - 1));
    return out.toString();
  }
}
