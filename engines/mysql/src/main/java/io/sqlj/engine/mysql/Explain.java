package io.sqlj.engine.mysql;

import io.sqlj.engine.v1.Parameter;
import io.sqlj.sql.SqlToken;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code mysql.explain} for {@code sqlj vet}: the server's {@code EXPLAIN FORMAT=JSON} of a query,
 * its parameters bound as sqlc's vet binds them (a neutral value of each parameter's type). On the
 * private server that is MariaDB's JSON, whose shape differs from MySQL's (docs/sqlc.md).
 */
final class Explain {
    private Explain() {}

    /** The statements MySQL and MariaDB explain. */
    private static final Set<String> EXPLAINABLE =
            Set.of("select", "insert", "replace", "update", "delete", "with", "(");

    static boolean explainable(List<SqlToken> tokens) {
        return !tokens.isEmpty() && EXPLAINABLE.contains(tokens.get(0).text().toLowerCase(Locale.ROOT));
    }

    /**
     * The plan as JSON text. EXPLAIN runs nothing: an INSERT, UPDATE or DELETE is planned, not
     * executed.
     */
    static String run(Connection conn, String sql, List<Parameter> parameters) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("EXPLAIN FORMAT=JSON " + sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                Object value = neutral(parameters.get(i).getDataType());
                if (value == null) {
                    ps.setNull(i + 1, java.sql.Types.NULL);
                } else {
                    ps.setObject(i + 1, value);
                }
            }
            String json;
            try (ResultSet rs = ps.executeQuery()) {
                json = rs.next() ? String.valueOf(rs.getString(1)) : "";
            }
            return withQueryCost(conn, sql, json);
        }
    }

    private static final java.util.regex.Pattern QUERY_BLOCK =
            java.util.regex.Pattern.compile("\\A\\s*\\{\\s*\"query_block\"\\s*:\\s*\\{");

    /**
     * MariaDB 10.11's JSON has no {@code cost_info}; MySQL's has {@code query_block.cost_info.query_cost},
     * which sqlc's example rule reads. For a SELECT the optimizer's cost of the plan just made is
     * the session's {@code Last_query_cost} (MariaDB sets it for EXPLAIN too; 0 where the query is
     * not simple: a UNION, a subquery), given under MySQL's name, as MySQL's text (two decimals).
     * Other statements, and JSON that has a cost already, are returned as the server wrote them.
     */
    private static String withQueryCost(Connection conn, String sql, String json) throws SQLException {
        java.util.regex.Matcher m = QUERY_BLOCK.matcher(json);
        List<SqlToken> tokens = io.sqlj.sql.SqlLexer.significant(sql, MysqlEngine.SYNTAX);
        if (json.contains("\"cost_info\"")
                || !m.find()
                || tokens.isEmpty()
                || !tokens.get(0).isWord("select")) {
            return json;
        }
        double cost;
        try (java.sql.Statement s = conn.createStatement();
                ResultSet rs = s.executeQuery("SHOW SESSION STATUS LIKE 'Last_query_cost'")) {
            if (!rs.next()) {
                return json;
            }
            try {
                cost = Double.parseDouble(rs.getString(2));
            } catch (NumberFormatException e) {
                return json;
            }
        }
        String value = String.format(Locale.ROOT, "%.2f", cost);
        return json.substring(0, m.end()) + "\n    \"cost_info\": {\"query_cost\": \"" + value + "\"},"
                + json.substring(m.end());
    }

    /**
     * sqlc's {@code mysqlDefaultValue}: 1 for integers and bits, 0.1 for decimals and floating
     * point, zero dates and times, {@code ''} for strings and binaries, {@code '{}'} for JSON, else
     * NULL (an ENUM, a SET, a spatial type).
     */
    static @Nullable Object neutral(String dataType) {
        String base = dataType.toLowerCase(Locale.ROOT);
        int paren = base.indexOf('(');
        if (paren >= 0) {
            base = base.substring(0, paren);
        }
        int space = base.indexOf(' ');
        if (space >= 0) {
            base = base.substring(0, space);
        }
        return switch (base) {
            case "bool", "boolean" -> Boolean.FALSE;
            case "int", "integer", "bigint", "mediumint", "smallint", "tinyint", "bit" -> 1;
            case "decimal", "numeric", "float", "double", "real" -> 0.1;
            case "date" -> "0000-00-00";
            case "datetime", "timestamp" -> "0000-00-00 00:00:00";
            case "time" -> "00:00:00";
            case "year" -> "0000";
            case "char",
                    "varchar",
                    "binary",
                    "varbinary",
                    "tinyblob",
                    "blob",
                    "mediumblob",
                    "longblob",
                    "tinytext",
                    "text",
                    "mediumtext",
                    "longtext" -> "";
            case "json" -> "{}";
            default -> null;
        };
    }
}
