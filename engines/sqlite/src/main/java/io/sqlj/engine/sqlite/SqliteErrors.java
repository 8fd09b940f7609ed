package io.sqlj.engine.sqlite;

import java.sql.SQLException;
import org.sqlite.SQLiteException;

/** Reads SQLite's own message and result code out of sqlite-jdbc's exceptions. */
final class SqliteErrors {
    private SqliteErrors() {}

    /**
     * SQLite's message without sqlite-jdbc's wrapping: "[SQLITE_ERROR] SQL error or missing
     * database (no such column: nme)" becomes "no such column: nme".
     */
    static String message(SQLException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        if (m.startsWith("[")) {
            int open = m.indexOf(" (", m.indexOf(']'));
            if (open > 0 && m.endsWith(")")) {
                return m.substring(open + 2, m.length() - 1);
            }
        }
        return m;
    }

    /** The result code's name, such as "SQLITE_ERROR"; empty when unknown. */
    static String code(SQLException e) {
        if (e instanceof SQLiteException s && s.getResultCode() != null) {
            return s.getResultCode().name();
        }
        return "";
    }
}
