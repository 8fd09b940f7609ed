package io.sqlj.engine.sqlite;

import io.sqlj.engine.sdk.Diagnostics;
import io.sqlj.engine.v1.Diagnostic;
import io.sqlj.sql.SqlLexer;
import io.sqlj.sql.SqlSyntax;
import io.sqlj.sql.SqlToken;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Declared types that give a column NUMERIC affinity and nothing more ({@code MONEY}, {@code
 * INET}, {@code GEOMETRY}): SQLite stores an integer, a real, text or a blob there (text that looks
 * like a number becomes one), so the engine reports them as any value, {@code Object} in Java, as
 * sqlc's {@code interface{}}. One warning per such type names its columns and what gives them a
 * Java type.
 */
final class AnyValueTypes {
    private AnyValueTypes() {}

    /** How many columns a warning names before it says how many more there are. */
    private static final int NAMED_COLUMNS = 3;

    /**
     * One warning per declared type of the catalog's tables that holds any value, placed (marked
     * {@code in_schema}) at its first column's declaration in {@code schema}, ordered by that place;
     * unplaced when there is no schema text or the declaration is not found in it (a database).
     */
    static List<Diagnostic> warnings(Catalog catalog, @Nullable String schema) {
        Map<String, List<String>> columnsByType = new LinkedHashMap<>();
        Map<String, Integer> firstOffset = new LinkedHashMap<>();
        List<SqlToken> tokens = null; // lexed at the first such column: most schemas have none
        for (Catalog.Table table : catalog.modelTables()) {
            for (Catalog.TableColumn column : table.columns()) {
                SqlType type = column.type();
                if (!type.anyValue() || type.generic()) {
                    continue; // no declared type at all: the column's own reads warn, as for expressions
                }
                columnsByType
                        .computeIfAbsent(type.dataType(), k -> new ArrayList<>())
                        .add(table.name() + "." + column.name());
                if (tokens == null) {
                    tokens = schema == null ? List.of() : SqlLexer.significant(schema, SqlSyntax.SQLITE);
                }
                int at = declaration(tokens, column.name(), type.dataType());
                if (at >= 0) {
                    firstOffset.merge(type.dataType(), at, Math::min);
                }
            }
        }
        List<Map.Entry<String, List<String>>> types = new ArrayList<>(columnsByType.entrySet());
        types.sort(Comparator.comparingInt(e -> firstOffset.getOrDefault(e.getKey(), Integer.MAX_VALUE)));
        List<Diagnostic> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> type : types) {
            String message = message(type.getKey(), type.getValue());
            Integer at = firstOffset.get(type.getKey());
            out.add(
                    schema != null && at != null
                            ? Diagnostics.warning(schema, at, message).toBuilder()
                                    .setInSchema(true)
                                    .build()
                            : Diagnostics.unplaced(Diagnostic.Severity.WARNING, message, ""));
        }
        return out;
    }

    static String message(String type, List<String> columns) {
        String named = String.join(", ", columns.subList(0, Math.min(columns.size(), NAMED_COLUMNS)))
                + (columns.size() > NAMED_COLUMNS ? " and " + (columns.size() - NAMED_COLUMNS) + " more" : "");
        return "column type \"" + type + "\" (" + named + ") has NUMERIC affinity and no Java type: SQLite stores"
                + " integers, reals, text and blobs there, so its values are Objects (read with getObject, bound with"
                + " setObject) until CAST(<column> AS <type>) in a query or an override {db_type: \""
                + type.toLowerCase(Locale.ROOT) + "\", java_type: <a Java type>} gives them one";
    }

    /**
     * The offset of the type name in a column definition {@code <column> <type>} (a CREATE TABLE's
     * or an ALTER TABLE ... ADD COLUMN's), or -1.
     */
    private static int declaration(List<SqlToken> tokens, String column, String type) {
        String firstWord = type.split("[\\s(]", 2)[0];
        for (int i = 0; i + 1 < tokens.size(); i++) {
            SqlToken name = tokens.get(i);
            SqlToken next = tokens.get(i + 1);
            if (name.isIdentifier() && name.value().equalsIgnoreCase(column) && next.isWord(firstWord)) {
                return next.start();
            }
        }
        return -1;
    }
}
