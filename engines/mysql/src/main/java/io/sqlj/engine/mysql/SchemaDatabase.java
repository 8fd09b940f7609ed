package io.sqlj.engine.mysql;

import io.sqlj.sql.SqlLexer;
import io.sqlj.sql.SqlSyntax;
import io.sqlj.sql.SqlToken;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The name of the private server's database. A schema dumped from a live MySQL often names its
 * own database in front of tables ({@code REFERENCES road.post (id)}, {@code CREATE TABLE
 * shop.orders}), which sqlc reads as the table itself; on a private database called anything else
 * MySQL refuses them ({@code errno: 150}, unknown database). When the schema's table names carry
 * exactly one database that the schema does not create itself (and that is not one of the
 * server's own), the private database takes that name; otherwise it is {@code sqlj}.
 */
final class SchemaDatabase {
    static final String DEFAULT = "sqlj";

    private static final Set<String> SYSTEM = Set.of("mysql", "information_schema", "performance_schema", "sys");

    /** Keywords after which {@code a.b} is a table name, so {@code a} is a database. */
    private static final Set<String> BEFORE_TABLE =
            Set.of("table", "exists", "references", "into", "from", "join", "update", "view");

    private SchemaDatabase() {}

    static String name(String schema) {
        List<SqlToken> tokens = SqlLexer.significant(schema, SqlSyntax.MYSQL);
        Set<String> created = new HashSet<>();
        Map<String, String> named = new LinkedHashMap<>(); // key -> as spelled
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if ((t.isWord("database") || t.isWord("schema"))
                    && i > 0
                    && tokens.get(i - 1).isWord("create")) {
                int k = i + 1;
                if (k + 2 < tokens.size()
                        && tokens.get(k).isWord("if")
                        && tokens.get(k + 2).isWord("exists")) {
                    k += 3;
                }
                if (k < tokens.size() && tokens.get(k).isIdentifier()) {
                    created.add(tokens.get(k).key());
                }
            }
            if (t.isWord("use") && i + 1 < tokens.size() && tokens.get(i + 1).isIdentifier()) {
                named.putIfAbsent(tokens.get(i + 1).key(), tokens.get(i + 1).value());
            }
            if (i > 0
                    && i + 2 < tokens.size()
                    && t.isIdentifier()
                    && tokens.get(i + 1).isPunct(".")
                    && tokens.get(i + 2).isIdentifier()
                    && tokens.get(i - 1).kind() == SqlToken.Kind.WORD
                    && BEFORE_TABLE.contains(tokens.get(i - 1).key())) {
                named.putIfAbsent(t.key(), t.value());
            }
        }
        named.keySet().removeAll(created);
        named.keySet().removeAll(SYSTEM);
        if (named.size() != 1) {
            return DEFAULT;
        }
        String name = named.values().iterator().next();
        // A name MariaDB takes as a database name in backquotes; anything odder keeps the default.
        return name.isEmpty() || name.length() > 64 || name.contains("`") || name.contains("/") || name.contains("\\")
                ? DEFAULT
                : name;
    }
}
