package io.sqlj.engine.postgresql;

import io.sqlj.engine.v1.Diagnostic;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * For sqlj-it: loads a schema the way this engine loads it into its scratch database (one
 * statement at a time, forward references retried, statements a private server cannot run
 * skipped), so generated code runs against the schema it was generated from. Test code only.
 */
public final class SchemaLoading {
    private SchemaLoading() {}

    /** The errors of the load, each as its message; empty when it loaded. */
    public static List<String> load(Connection conn, String schema) throws SQLException {
        return SchemaLoader.load(conn, schema).stream()
                .filter(d -> d.getSeverity() != Diagnostic.Severity.WARNING)
                .map(d -> d.getLine() + ":" + d.getColumn() + ": " + d.getMessage())
                .toList();
    }
}
