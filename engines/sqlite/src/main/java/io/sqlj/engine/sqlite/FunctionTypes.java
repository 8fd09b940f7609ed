package io.sqlj.engine.sqlite;

import java.util.List;
import java.util.Set;

/** The result types of SQLite's built-in functions, from their arguments' types. */
final class FunctionTypes {
    private static final Set<String> INTEGERS = Set.of(
            "length",
            "octet_length",
            "instr",
            "unicode",
            "random",
            "changes",
            "total_changes",
            "last_insert_rowid",
            "row_number",
            "rank",
            "dense_rank",
            "ntile",
            "sign",
            "json_valid",
            "json_array_length",
            "json_error_position",
            "sqlite_compileoption_used",
            "sqlite_offset");
    private static final Set<String> TEXTS = Set.of(
            "lower",
            "upper",
            "trim",
            "ltrim",
            "rtrim",
            "substr",
            "substring",
            "replace",
            "printf",
            "format",
            "quote",
            "hex",
            "char",
            "date",
            "time",
            "datetime",
            "strftime",
            "unixepoch_text",
            "soundex",
            "sqlite_version",
            "json",
            "json_array",
            "json_object",
            "json_set",
            "json_insert",
            "json_replace",
            "json_remove",
            "json_patch",
            "json_quote",
            "json_group_array",
            "json_group_object",
            "concat",
            "concat_ws",
            "timediff",
            "unistr",
            "json_type",
            "sqlite_source_id",
            "sqlite_compileoption_get",
            // FTS5's auxiliary functions: the column's text with the matches marked
            "highlight",
            "snippet");
    private static final Set<String> DOUBLES = Set.of(
            "julianday",
            "percent_rank",
            "cume_dist",
            "pi",
            "sqrt",
            "exp",
            "ln",
            "log",
            "log2",
            "log10",
            "pow",
            "power",
            "sin",
            "cos",
            "tan",
            "asin",
            "acos",
            "atan",
            "atan2",
            "degrees",
            "radians",
            "sinh",
            "cosh",
            "tanh",
            "asinh",
            "acosh",
            "atanh",
            "mod",
            "ceil",
            "ceiling",
            "floor",
            "trunc",
            "round",
            "bm25");
    private static final Set<String> NEVER_NULL = Set.of(
            "random",
            "changes",
            "total_changes",
            "last_insert_rowid",
            "row_number",
            "rank",
            "dense_rank",
            "ntile",
            "percent_rank",
            "cume_dist",
            "pi",
            "typeof",
            "sqlite_version",
            "sqlite_source_id",
            "sqlite_compileoption_used",
            "bm25",
            "quote",
            "json_array",
            "json_object",
            "json_group_array",
            "json_group_object",
            "concat",
            "concat_ws");

    private static final Set<String> AGGREGATES = Set.of(
            "count",
            "sum",
            "total",
            "avg",
            "group_concat",
            "string_agg",
            "json_group_array",
            "json_group_object",
            "jsonb_group_array",
            "jsonb_group_object",
            "median",
            "percentile",
            "percentile_cont",
            "percentile_disc");

    private FunctionTypes() {}

    /** An aggregate call (when not a window function): min and max only with one argument. */
    static boolean isAggregate(String function, int argCount, boolean star) {
        String fn = function.toLowerCase(java.util.Locale.ROOT);
        return AGGREGATES.contains(fn) || ((fn.equals("min") || fn.equals("max")) && argCount == 1 && !star);
    }

    /** The result type, or {@link SqlType#UNKNOWN} for a function this table does not know. */
    static SqlType result(String function, List<Typed> args, boolean star) {
        String fn = function.toLowerCase(java.util.Locale.ROOT);
        boolean anyNull = args.stream().anyMatch(Typed::nullable);
        boolean single = args.size() == 1;
        SqlType first = args.isEmpty() ? SqlType.UNKNOWN : args.get(0).type();
        switch (fn) {
            case "count":
                return SqlType.BIGINT;
            case "sum":
                return (first.known() ? first : SqlType.NUMERIC).withNullable(true);
            case "total":
                return SqlType.DOUBLE;
            case "avg":
                return SqlType.DOUBLE.withNullable(true);
            case "min", "max":
                return single ? first.withNullable(true) : firstKnown(args).withNullable(anyNull);
            case "coalesce", "ifnull":
                return firstKnown(args).withNullable(args.stream().allMatch(Typed::nullable));
            case "nullif", "lag", "lead", "first_value", "last_value", "nth_value":
                return first.withNullable(true);
            case "abs", "likely", "unlikely", "likelihood":
                return first;
            case "iif", "if":
                return args.size() < 2
                        ? SqlType.UNKNOWN
                        : firstKnown(args.subList(1, args.size()))
                                .withNullable(args.size() < 3
                                        || args.subList(1, args.size()).stream().anyMatch(Typed::nullable));
            case "group_concat", "string_agg":
                return SqlType.TEXT.withNullable(true);
            case "typeof":
                return SqlType.TEXT;
            case "like", "glob", "regexp":
                return SqlType.BOOLEAN.withNullable(anyNull);
            case "zeroblob", "randomblob", "unhex", "jsonb":
                return SqlType.BLOB.withNullable(anyNull);
            case "unixepoch", "json_array_length":
                return SqlType.BIGINT.withNullable(true);
            case "json_type", "sqlite_compileoption_get":
                // NULL for a path that selects nothing, an option number past the last
                return SqlType.TEXT.withNullable(true);
            default:
                break;
        }
        boolean nullable = !NEVER_NULL.contains(fn) && anyNull;
        if (INTEGERS.contains(fn)) {
            return SqlType.BIGINT.withNullable(nullable);
        }
        if (TEXTS.contains(fn)) {
            return SqlType.TEXT.withNullable(nullable
                    || fn.startsWith("date")
                    || fn.equals("time")
                    || fn.equals("strftime")
                    || fn.equals("datetime"));
        }
        if (DOUBLES.contains(fn)) {
            return SqlType.DOUBLE.withNullable(nullable);
        }
        return SqlType.UNKNOWN;
    }

    /**
     * The type built-in function {@code fn} (lower case) takes as its argument {@code index}, as SQLite's documentation gives it; {@link SqlType#UNKNOWN} where it takes any
     * value (the partners of {@code coalesce} are typed by their partners instead).
     */
    static SqlType argument(String fn, int index) {
        switch (fn) {
            case "instr",
                    "lower",
                    "upper",
                    "length",
                    "octet_length",
                    "unicode",
                    "soundex",
                    "trim",
                    "ltrim",
                    "rtrim",
                    "replace",
                    "like",
                    "glob",
                    "concat",
                    "concat_ws",
                    "json",
                    "json_valid",
                    "json_patch",
                    "json_array_length",
                    "json_extract",
                    "json_type",
                    "json_remove",
                    "timediff",
                    "unhex",
                    "date",
                    "time",
                    "datetime",
                    "julianday",
                    "unixepoch",
                    "strftime":
                return SqlType.TEXT;
            case "substr", "substring":
                return index == 0 ? SqlType.TEXT : SqlType.BIGINT;
            case "printf", "format":
                return index == 0 ? SqlType.TEXT : SqlType.UNKNOWN;
            case "group_concat", "string_agg":
                return index == 1 ? SqlType.TEXT : SqlType.UNKNOWN;
            case "json_set", "json_insert", "json_replace":
                // json_set(json, path, value, path, value...): the values are any JSON value
                return index == 0 || index % 2 == 1 ? SqlType.TEXT : SqlType.UNKNOWN;
            case "round":
                return index == 0 ? SqlType.DOUBLE : SqlType.BIGINT;
            case "abs",
                    "sign",
                    "sqrt",
                    "exp",
                    "ln",
                    "log",
                    "log2",
                    "log10",
                    "pow",
                    "power",
                    "mod",
                    "sin",
                    "cos",
                    "tan",
                    "asin",
                    "acos",
                    "atan",
                    "atan2",
                    "sinh",
                    "cosh",
                    "tanh",
                    "asinh",
                    "acosh",
                    "atanh",
                    "degrees",
                    "radians",
                    "ceil",
                    "ceiling",
                    "floor",
                    "trunc":
                return SqlType.DOUBLE;
            case "likelihood":
                return index == 1 ? SqlType.DOUBLE : SqlType.UNKNOWN;
            case "highlight":
                // highlight(table, column, open, close)
                return index == 1 ? SqlType.BIGINT : index > 1 ? SqlType.TEXT : SqlType.UNKNOWN;
            case "snippet":
                // snippet(table, column, open, close, ellipsis, tokens)
                return index == 1 || index == 5 ? SqlType.BIGINT : index > 1 ? SqlType.TEXT : SqlType.UNKNOWN;
            case "bm25":
                return index > 0 ? SqlType.DOUBLE : SqlType.UNKNOWN;
            case "sqlite_compileoption_get":
                return SqlType.BIGINT;
            case "sqlite_compileoption_used":
                return SqlType.TEXT;
            case "char", "zeroblob", "randomblob", "ntile":
                return SqlType.BIGINT;
            case "nth_value", "lag", "lead":
                return index == 1 ? SqlType.BIGINT : SqlType.UNKNOWN;
            default:
                return SqlType.UNKNOWN;
        }
    }

    /** The arguments' common type: the first one known; what a bare placeholder among them gets. */
    static SqlType firstKnown(List<Typed> args) {
        for (Typed t : args) {
            if (t.type().known()) {
                return t.type();
            }
        }
        return SqlType.UNKNOWN;
    }
}
