package io.sqlj.engine.sdk;

import io.sqlj.sql.SqlSyntax;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A query after {@link SqlScanner#scan(String, SqlSyntax)}: the JDBC text with every placeholder a {@code ?}, the
 * placeholders in order, the embeds, problems found, and a map back to the user's text.
 */
public final class ScannedSql {
  private final String sql;
  private final String jdbcSql;
  private final List<Placeholder> placeholders;
  private final List<Embed> embeds;
  private final List<Problem> problems;
  private final int[] originalOffsets;

  ScannedSql(
      String sql,
      String jdbcSql,
      List<Placeholder> placeholders,
      List<Embed> embeds,
      List<Problem> problems,
      int[] originalOffsets) {
    this.sql = sql;
    this.jdbcSql = jdbcSql;
    this.placeholders = List.copyOf(placeholders);
    this.embeds = List.copyOf(embeds);
    this.problems = List.copyOf(problems);
    this.originalOffsets = originalOffsets;
  }

  /** A {@code sqlj.embed(table)} macro, rewritten to {@code table.*}. */
  public record Embed(String table, int offset, int jdbcOffset) {}

  /** Something wrong with the placeholders or quoting, at an offset of the original text. */
  public record Problem(int offset, String message) {}

  /** The text as the user wrote it. */
  public String sql() {
    return sql;
  }

  /** The rewritten text: every placeholder a {@code ?}, a slice preceded by a SLICE:name comment. */
  public String jdbcSql() {
    return jdbcSql;
  }

  /** One entry per {@code ?} of {@link #jdbcSql()}, in order. */
  public List<Placeholder> placeholders() {
    return placeholders;
  }

  public List<Embed> embeds() {
    return embeds;
  }

  public List<Problem> problems() {
    return problems;
  }

  /**
   * The offset in the original text that produced the character at {@code jdbcOffset} of the
   * rewritten text; text a macro was replaced with maps to the macro's start.
   */
  public int originalOffset(int jdbcOffset) {
    if (jdbcOffset <= 0) {
      return 0;
    }
    if (jdbcOffset >= originalOffsets.length) {
      return sql.length();
    }
    return originalOffsets[jdbcOffset];
  }

  /** The placeholder whose {@code ?} is at {@code jdbcOffset}, or null. */
  public @Nullable Placeholder placeholderAt(int jdbcOffset) {
    for (Placeholder p : placeholders) {
      if (p.jdbcOffset() == jdbcOffset) {
        return p;
      }
    }
    return null;
  }
}
