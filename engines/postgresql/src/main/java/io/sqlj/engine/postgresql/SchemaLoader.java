package io.sqlj.engine.postgresql;

import io.sqlj.engine.sdk.Diagnostics;
import io.sqlj.engine.sdk.SqlLexer;
import io.sqlj.engine.sdk.SqlSyntax;
import io.sqlj.engine.sdk.SqlToken;
import io.sqlj.engine.v1.Diagnostic;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Runs the schema text in the scratch database one statement at a time, so a failure can name
 * its line; the first failure stops the load and is reported.
 */
final class SchemaLoader {
  private SchemaLoader() {}

  /**
   * The schema's first error, marked {@code in_schema} and placed within the schema text at the
   * server's error position; empty when it loaded.
   */
  static List<Diagnostic> load(Connection conn, String schema) throws SQLException {
    try (Statement s = conn.createStatement()) {
      s.setEscapeProcessing(false);
      for (int[] range : statements(schema)) {
        String text = schema.substring(range[0], range[1]);
        try {
          s.execute(text);
        } catch (PSQLException e) {
          ServerErrorMessage server = e.getServerErrorMessage();
          if (server == null) {
            throw e;
          }
          int at = range[0] + Math.max(0, server.getPosition() - 1);
          return List.of(Diagnostics.error(schema, at, server.getMessage(), server.getSQLState()).toBuilder()
              .setInSchema(true).build());
        }
      }
    }
    return List.of();
  }

  /** [start, end) of each statement: split at {@code ;} outside parentheses, strings and comments. */
  static List<int[]> statements(String schema) {
    List<int[]> out = new ArrayList<>();
    int start = -1;
    int depth = 0;
    for (SqlToken t : SqlLexer.significant(schema, SqlSyntax.POSTGRESQL)) {
      if (t.isPunct(";") && depth == 0) {
        if (start >= 0) {
          out.add(new int[] {start, t.start()});
        }
        start = -1;
        continue;
      }
      if (start < 0) {
        start = t.start();
      }
      if (t.isPunct("(")) {
        depth++;
      } else if (t.isPunct(")")) {
        depth = Math.max(0, depth - 1);
      }
    }
    if (start >= 0) {
      out.add(new int[] {start, schema.length()});
    }
    return out;
  }
}
