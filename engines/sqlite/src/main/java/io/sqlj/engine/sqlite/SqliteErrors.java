package io.sqlj.engine.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
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

    /**
     * SQLite's message for compiling {@code sql} on {@code conn} (nothing is run), or null when it
     * compiles: how {@link ErrorLocator} tells which of a syntax error's tokens SQLite stopped at.
     */
    static @Nullable String compileError(Connection conn, String sql) {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            return null;
        } catch (SQLException e) {
            return message(e);
        }
    }

    /** The result code's name, such as "SQLITE_ERROR"; empty when unknown. */
    static String code(SQLException e) {
        if (e instanceof SQLiteException s && s.getResultCode() != null) {
            return s.getResultCode().name();
        }
        return "";
    }
}
