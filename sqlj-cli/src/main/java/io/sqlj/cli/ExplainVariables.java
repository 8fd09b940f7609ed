package io.sqlj.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code postgresql.explain} and {@code mysql.explain} as sqlc's vet gives them to CEL: the JSON
 * of {@code EXPLAIN} read into sqlc's {@code PostgreSQLExplain} and {@code MySQLExplain} messages
 * (protos/vet/vet.proto), with their field names ({@code plan.node_type}, {@code plan.plans},
 * {@code query_block.table.access_type}). As in a proto3 message, a field the plan lacks has its
 * type's default ({@code ""}, {@code 0}, {@code false}, an empty list or map); fields the
 * messages do not have are left out, as sqlc's parser drops them.
 */
final class ExplainVariables {

    private ExplainVariables() {}

    private enum Kind {
        STRING,
        DOUBLE,
        INT,
        BOOL,
        STRINGS,
        STRING_MAP
    }

    private record Field(String name, String json, Kind kind) {}

    private static final List<Field> BLOCKS = List.of(
            new Field("shared_hit_blocks", "Shared Hit Blocks", Kind.INT),
            new Field("shared_read_blocks", "Shared Read Blocks", Kind.INT),
            new Field("shared_dirtied_blocks", "Shared Dirtied Blocks", Kind.INT),
            new Field("shared_written_blocks", "Shared Written Blocks", Kind.INT),
            new Field("local_hit_blocks", "Local Hit Blocks", Kind.INT),
            new Field("local_read_blocks", "Local Read Blocks", Kind.INT),
            new Field("local_dirtied_blocks", "Local Dirtied Blocks", Kind.INT),
            new Field("local_written_blocks", "Local Written Blocks", Kind.INT),
            new Field("temp_read_blocks", "Temp Read Blocks", Kind.INT),
            new Field("temp_written_blocks", "Temp Written Blocks", Kind.INT));

    private static final List<Field> PLAN = concat(
            List.of(
                    new Field("node_type", "Node Type", Kind.STRING),
                    new Field("parent_relationship", "Parent Relationship", Kind.STRING),
                    new Field("relation_name", "Relation Name", Kind.STRING),
                    new Field("schema", "Schema", Kind.STRING),
                    new Field("alias", "Alias", Kind.STRING),
                    new Field("parallel_aware", "Parallel Aware", Kind.BOOL),
                    new Field("async_capable", "Async Capable", Kind.BOOL),
                    new Field("startup_cost", "Startup Cost", Kind.DOUBLE),
                    new Field("total_cost", "Total Cost", Kind.DOUBLE),
                    new Field("plan_rows", "Plan Rows", Kind.INT),
                    new Field("plan_width", "Plan Width", Kind.INT),
                    new Field("output", "Output", Kind.STRINGS)),
            BLOCKS,
            List.of(
                    new Field("sort_key", "Sort Key", Kind.STRINGS),
                    new Field("join_type", "Join Type", Kind.STRING),
                    new Field("inner_unique", "Inner Unique", Kind.BOOL),
                    new Field("hash_cond", "Hash Cond", Kind.STRING),
                    new Field("index_name", "Index Name", Kind.STRING),
                    new Field("scan_direction", "Scan Direction", Kind.STRING),
                    new Field("index_cond", "Index Cond", Kind.STRING)));

    private static final List<Field> MYSQL_TABLE = List.of(
            new Field("table_name", "table_name", Kind.STRING),
            new Field("access_type", "access_type", Kind.STRING),
            new Field("rows_examined_per_scan", "rows_examined_per_scan", Kind.INT),
            new Field("rows_produced_per_join", "rows_produced_per_join", Kind.INT),
            new Field("filtered", "filtered", Kind.STRING),
            new Field("cost_info", "cost_info", Kind.STRING_MAP),
            new Field("used_columns", "used_columns", Kind.STRINGS),
            new Field("insert", "insert", Kind.BOOL),
            new Field("possible_keys", "possible_keys", Kind.STRINGS),
            new Field("key", "key", Kind.STRING),
            new Field("used_key_parts", "used_key_parts", Kind.STRINGS),
            new Field("key_length", "key_length", Kind.STRING),
            new Field("ref", "ref", Kind.STRINGS));

    @SafeVarargs
    private static List<Field> concat(List<Field>... parts) {
        List<Field> all = new ArrayList<>();
        for (List<Field> p : parts) {
            all.addAll(p);
        }
        return List.copyOf(all);
    }

    /**
     * {@code {explain: PostgreSQLExplain}} from the text of {@code EXPLAIN (FORMAT JSON)} (an array
     * of one object); an empty map when there is none.
     *
     * @throws IllegalArgumentException when the text is not such JSON
     */
    static Map<String, Object> postgresql(String json) {
        if (json.isBlank()) {
            return Map.of();
        }
        JsonObject top = first(json);
        Map<String, Object> explain = new LinkedHashMap<>();
        explain.put("plan", plan(object(top, "Plan")));
        explain.put("settings", stringMap(top.get("Settings")));
        explain.put("planning", fields(object(top, "Planning"), BLOCKS));
        return Map.of("explain", explain);
    }

    /** {@code {explain: MySQLExplain}} from the text of {@code EXPLAIN FORMAT=JSON}; empty when none. */
    static Map<String, Object> mysql(String json) {
        if (json.isBlank()) {
            return Map.of();
        }
        JsonObject top = first(json);
        JsonObject block = fromMariaDb(object(top, "query_block"));
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("select_id", block.has("select_id") ? block.get("select_id").getAsLong() : 0L);
        q.put("message", string(block.get("message")));
        if (block.has("cost_info")) {
            // a message field: absent when the plan has none, so has(...cost_info) is false then, as in sqlc
            q.put("cost_info", stringMap(block.get("cost_info")));
        }
        q.put("table", fields(object(block, "table"), MYSQL_TABLE));
        q.put("nested_loop", nestedLoop(block.get("nested_loop")));
        JsonObject ordering = object(block, "ordering_operation");
        Map<String, Object> o = new LinkedHashMap<>();
        o.put(
                "using_filesort",
                ordering.has("using_filesort") && ordering.get("using_filesort").getAsBoolean());
        o.put("cost_info", stringMap(ordering.get("cost_info")));
        o.put("table", fields(object(ordering, "table"), MYSQL_TABLE));
        o.put("nested_loop", nestedLoop(ordering.get("nested_loop")));
        q.put("ordering_operation", o);
        return Map.of("explain", Map.of("query_block", q));
    }

    /**
     * MariaDB's {@code EXPLAIN FORMAT=JSON} in MySQL's shape where the two say the same thing
     * (docs/sqlc.md): one table of a {@code nested_loop} is the block's {@code table}; a join
     * buffer wrapper ({@code "block-nl-join": {"table": ...}}) is its table; {@code filesort} or
     * {@code read_sorted_file} is an {@code ordering_operation} with {@code using_filesort}; a
     * table's {@code rows} is {@code rows_examined_per_scan}, its numeric {@code filtered} MySQL's
     * text ({@code "100.00"}), {@code "update": 1} is {@code true}. MySQL's own JSON passes
     * unchanged.
     */
    private static JsonObject fromMariaDb(JsonObject block) {
        JsonObject b = block.deepCopy();
        JsonElement loops = b.get("nested_loop");
        if (loops != null && loops.isJsonArray()) {
            JsonArray tables = new JsonArray();
            for (JsonElement e : loops.getAsJsonArray()) {
                JsonObject entry = e.isJsonObject() ? e.getAsJsonObject() : new JsonObject();
                JsonObject table = entry.has("table") ? object(entry, "table") : wrappedTable(entry);
                JsonObject one = new JsonObject();
                one.add("table", mariaDbTable(table));
                tables.add(one);
            }
            if (!b.has("table") && tables.size() == 1) {
                b.add("table", tables.get(0).getAsJsonObject().get("table"));
                b.remove("nested_loop");
            } else {
                b.add("nested_loop", tables);
            }
        }
        if (b.has("table")) {
            b.add("table", mariaDbTable(object(b, "table")));
        }
        boolean sorted = b.has("filesort") || b.has("read_sorted_file");
        if (sorted && !b.has("ordering_operation")) {
            JsonObject sort =
                    b.has("filesort") ? object(b, "filesort") : object(object(b, "read_sorted_file"), "filesort");
            JsonObject inner = sort.has("temporary_table") ? object(sort, "temporary_table") : sort;
            JsonObject ordering = fromMariaDb(inner);
            ordering.addProperty("using_filesort", true);
            b.add("ordering_operation", ordering);
        }
        return b;
    }

    /** The table inside a join buffer entry such as {@code {"block-nl-join": {"table": ...}}}. */
    private static JsonObject wrappedTable(JsonObject entry) {
        for (Map.Entry<String, JsonElement> e : entry.entrySet()) {
            if (e.getValue().isJsonObject() && e.getValue().getAsJsonObject().has("table")) {
                return object(e.getValue().getAsJsonObject(), "table");
            }
        }
        return new JsonObject();
    }

    private static JsonObject mariaDbTable(JsonObject table) {
        JsonObject t = table.deepCopy();
        if (!t.has("rows_examined_per_scan") && t.has("rows")) {
            t.add("rows_examined_per_scan", t.get("rows"));
        }
        JsonElement filtered = t.get("filtered");
        if (filtered != null
                && filtered.isJsonPrimitive()
                && filtered.getAsJsonPrimitive().isNumber()) {
            t.addProperty("filtered", String.format(java.util.Locale.ROOT, "%.2f", filtered.getAsDouble()));
        }
        for (String flag : List.of("update", "insert")) {
            JsonElement v = t.get(flag);
            if (v != null && v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber()) {
                t.addProperty(flag, v.getAsDouble() != 0);
            }
        }
        return t;
    }

    private static JsonObject first(String json) {
        try {
            JsonElement root = JsonParser.parseString(json);
            if (root.isJsonArray() && !root.getAsJsonArray().isEmpty()) {
                root = root.getAsJsonArray().get(0);
            }
            if (!root.isJsonObject()) {
                throw new IllegalArgumentException("EXPLAIN did not return a JSON object: " + json);
            }
            return root.getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new IllegalArgumentException("EXPLAIN did not return JSON: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> plan(JsonObject node) {
        Map<String, Object> plan = fields(node, PLAN);
        List<Object> children = new ArrayList<>();
        JsonElement plans = node.get("Plans");
        if (plans != null && plans.isJsonArray()) {
            for (JsonElement child : plans.getAsJsonArray()) {
                if (child.isJsonObject()) {
                    children.add(plan(child.getAsJsonObject()));
                }
            }
        }
        plan.put("plans", children);
        return plan;
    }

    private static List<Object> nestedLoop(JsonElement loops) {
        List<Object> out = new ArrayList<>();
        if (loops != null && loops.isJsonArray()) {
            for (JsonElement e : loops.getAsJsonArray()) {
                JsonObject o = e.isJsonObject() ? e.getAsJsonObject() : new JsonObject();
                out.add(Map.of("table", fields(object(o, "table"), MYSQL_TABLE)));
            }
        }
        return out;
    }

    private static Map<String, Object> fields(JsonObject node, List<Field> fields) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Field f : fields) {
            JsonElement v = node.get(f.json());
            boolean present = v != null && !v.isJsonNull();
            out.put(
                    f.name(),
                    switch (f.kind()) {
                        case STRING -> string(v);
                        case DOUBLE -> present && v.isJsonPrimitive() ? v.getAsDouble() : 0.0;
                        case INT -> present && v.isJsonPrimitive() ? (long) v.getAsDouble() : 0L;
                        case BOOL -> present && v.isJsonPrimitive() && v.getAsBoolean();
                        case STRINGS -> strings(v);
                        case STRING_MAP -> stringMap(v);
                    });
        }
        return out;
    }

    private static JsonObject object(JsonObject parent, String key) {
        JsonElement e = parent.get(key);
        return e != null && e.isJsonObject() ? e.getAsJsonObject() : new JsonObject();
    }

    private static String string(JsonElement e) {
        return e == null || e.isJsonNull() ? "" : e.isJsonPrimitive() ? e.getAsString() : e.toString();
    }

    private static List<String> strings(JsonElement e) {
        List<String> out = new ArrayList<>();
        if (e != null && e.isJsonArray()) {
            JsonArray a = e.getAsJsonArray();
            a.forEach(item -> out.add(string(item)));
        }
        return out;
    }

    private static Map<String, String> stringMap(JsonElement e) {
        Map<String, String> out = new LinkedHashMap<>();
        if (e != null && e.isJsonObject()) {
            e.getAsJsonObject().entrySet().forEach(en -> out.put(en.getKey(), string(en.getValue())));
        }
        return out;
    }
}
