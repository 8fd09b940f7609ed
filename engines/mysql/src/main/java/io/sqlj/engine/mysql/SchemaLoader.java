package io.sqlj.engine.mysql;

import io.sqlj.engine.sdk.Diagnostics;
import io.sqlj.engine.sdk.SqlLexer;
import io.sqlj.engine.sdk.SqlToken;
import io.sqlj.engine.v1.Diagnostic;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the schema text in the private server one statement at a time, so a failure can name its
 * line; the first failure stops the load and is reported at its place in the schema.
 */
final class SchemaLoader {
  private SchemaLoader() {}

  /** The schema's first error, marked {@code in_schema}; empty when it loaded. */
  static List<Diagnostic> load(Connection conn, String schema) throws SQLException {
    try (Statement s = conn.createStatement()) {
      s.setEscapeProcessing(false);
      for (int[] range : statements(schema)) {
        String text = schema.substring(range[0], range[1]);
        try {
          s.execute(text);
        } catch (SQLException e) {
          if (e.getErrorCode() == 0) {
            throw e; // the connection failed, not the statement
          }
          ServerError error = ServerError.of(text, e);
          return List.of(Diagnostics.error(schema, range[0] + error.offset(), error.message(), error.code())
              .toBuilder().setInSchema(true).build());
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
    for (SqlToken t : SqlLexer.significant(schema, MysqlEngine.SYNTAX)) {
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
