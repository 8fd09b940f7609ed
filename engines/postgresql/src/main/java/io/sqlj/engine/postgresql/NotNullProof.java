package io.sqlj.engine.postgresql;

import io.sqlj.engine.postgresql.QueryTree.Node;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Proves result columns NOT NULL from the server's rewritten query tree: a column is NOT NULL
 * only when PostgreSQL guarantees a value, and nullable whenever this class cannot prove it.
 * The rules are written out in docs/postgresql.md ("Nullability"); every function and operator
 * named here is a built-in of pg_catalog that never returns NULL for the arguments stated.
 */
final class NotNullProof {
    // Query.commandType (nodes/nodes.h CmdType)
    private static final long CMD_SELECT = 1;
    private static final long CMD_MERGE = 5;
    // RangeTblEntry.rtekind (nodes/parsenodes.h RTEKind)
    private static final long RTE_RELATION = 0;
    private static final long RTE_SUBQUERY = 1;
    private static final long RTE_JOIN = 2;
    private static final long RTE_VALUES = 5;
    private static final long RTE_CTE = 6;
    private static final long RTE_GROUP = 9;
    // SetOperationStmt.op
    private static final long SETOP_UNION = 1;
    private static final long SETOP_INTERSECT = 2;
    private static final long SETOP_EXCEPT = 3;
    // SubLink.subLinkType
    private static final long EXISTS_SUBLINK = 0;
    private static final long EXPR_SUBLINK = 4;
    private static final long ARRAY_SUBLINK = 6;
    // CoercionForm of a FuncExpr that is a cast
    private static final long COERCE_EXPLICIT_CAST = 1;
    private static final long COERCE_IMPLICIT_CAST = 2;
    /** SQLValueFunction ops 0..13: CURRENT_DATE ... CURRENT_CATALOG; 14 is CURRENT_SCHEMA, which can be NULL. */
    private static final long LAST_NEVER_NULL_SQL_VALUE = 13;

    /** Functions that return a value even for NULL arguments (unless handed a VARIADIC array). */
    private static final Set<String> NULL_TOLERANT = Set.of(
            "concat",
            "quote_nullable",
            "num_nulls",
            "num_nonnulls",
            "json_build_object",
            "json_build_array",
            "jsonb_build_object",
            "jsonb_build_array",
            "pg_typeof");
    /**
     * Functions that return a value when every argument has one (so always, for those without
     * arguments). Left out on purpose: substring (NULL when a pattern does not match),
     * date_part/extract (NULL for some fields of infinity), to_char (NULL for an empty format),
     * array_length/array_upper/array_position, regexp_match, current_schema (NULL for an empty
     * search_path).
     */
    private static final Set<String> TOTAL = Set.of(
            "now",
            "clock_timestamp",
            "statement_timestamp",
            "transaction_timestamp",
            "timeofday",
            "random",
            "gen_random_uuid",
            "uuidv4",
            "uuidv7",
            "pi",
            "version",
            "current_database",
            "current_user",
            "session_user",
            "pg_backend_pid",
            "nextval",
            "currval",
            "lastval",
            "txid_current",
            "pg_current_xact_id",
            "lower",
            "upper",
            "initcap",
            "length",
            "char_length",
            "character_length",
            "octet_length",
            "bit_length",
            "btrim",
            "ltrim",
            "rtrim",
            "replace",
            "substr",
            "left",
            "right",
            "lpad",
            "rpad",
            "repeat",
            "reverse",
            "translate",
            "overlay",
            "md5",
            "sha224",
            "sha256",
            "sha384",
            "sha512",
            "encode",
            "decode",
            "split_part",
            "strpos",
            "position",
            "ascii",
            "chr",
            "starts_with",
            "quote_ident",
            "quote_literal",
            "format",
            "concat_ws",
            "regexp_replace",
            "to_hex",
            "abs",
            "round",
            "trunc",
            "floor",
            "ceil",
            "ceiling",
            "sign",
            "mod",
            "div",
            "power",
            "sqrt",
            "cbrt",
            "exp",
            "ln",
            "log",
            "log10",
            "gcd",
            "lcm",
            "degrees",
            "radians",
            "date_trunc",
            "age",
            "make_date",
            "make_time",
            "make_timestamp",
            "make_timestamptz",
            "make_interval",
            "justify_days",
            "justify_hours",
            "justify_interval",
            "timezone",
            "to_json",
            "to_jsonb",
            "row_to_json",
            "array_to_json",
            "cardinality",
            "array_to_string",
            "string_to_array",
            "array_append",
            "array_prepend",
            "array_cat");
    /**
     * Overloads of names in {@link #TOTAL} that can return NULL all the same, by their C symbol:
     * lower() and upper() of an empty or unbounded range or multirange.
     */
    private static final Set<String> PARTIAL_OVERLOADS =
            Set.of("range_lower", "range_upper", "multirange_lower", "multirange_upper");
    /** Operators that return a value when both operands have one: arithmetic, concatenation, comparison, matching. */
    private static final Set<String> OPERATORS = Set.of(
            "+", "-", "*", "/", "%", "^", "||", "=", "<>", "<", ">", "<=", ">=", "~~", "!~~", "~~*", "!~~*", "~", "!~",
            "~*", "!~*");
    /** Window functions that always return a value. */
    private static final Set<String> RANKING =
            Set.of("row_number", "rank", "dense_rank", "percent_rank", "cume_dist", "count");

    /** A query and the queries around it, for Vars that point levels up. */
    private record Scope(Node query, @Nullable Scope parent) {
        @Nullable
        Scope up(long levels) {
            if (levels < 0) {
                return null;
            }
            Scope s = this;
            for (long i = 0; i < levels && s != null; i++) {
                s = s.parent();
            }
            return s;
        }
    }

    private final Catalog catalog;
    /** Columns a recursive CTE is assumed to fill while its own terms are being proven. */
    private final Map<Node, boolean[]> assumed = new IdentityHashMap<>();

    private final Map<Node, boolean[]> proven = new IdentityHashMap<>();

    private NotNullProof(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * One flag per result column of the statement (true: never NULL), or empty when the tree is
     * not one this class reads (a utility statement, say).
     */
    static Optional<List<Boolean>> columns(List<Node> rewritten, Catalog catalog) throws SQLException {
        Node top =
                rewritten.stream().filter(q -> q.flag("canSetTag")).findFirst().orElse(null);
        if (top == null || !"QUERY".equals(top.type()) || !top.isNull("utilityStmt")) {
            return Optional.empty();
        }
        NotNullProof proof = new NotNullProof(catalog);
        int width = outputs(top).size();
        List<Boolean> out = new ArrayList<>(width);
        for (int col = 1; col <= width; col++) {
            out.add(proof.column(top, col, null));
        }
        return Optional.of(out);
    }

    /** The result columns of a query: its target list, or for INSERT/UPDATE/DELETE/MERGE its RETURNING list. */
    private static List<Node> outputs(Node query) {
        String list = query.integer("commandType", -1) == CMD_SELECT ? "targetList" : "returningList";
        return query.nodes(list).stream().filter(te -> !te.flag("resjunk")).toList();
    }

    /** Whether result column {@code col} (from 1) of {@code query} is never NULL. */
    private boolean column(Node query, int col, @Nullable Scope parent) throws SQLException {
        Scope scope = new Scope(query, parent);
        Node setOperation = query.node("setOperations");
        if (setOperation != null) {
            return setOperation(setOperation, col, scope);
        }
        List<Node> outputs = outputs(query);
        return col >= 1 && col <= outputs.size() && expr(outputs.get(col - 1).node("expr"), scope);
    }

    /** UNION needs every branch NOT NULL, INTERSECT any one, EXCEPT its left side. */
    private boolean setOperation(Node op, int col, Scope scope) throws SQLException {
        if ("RANGETBLREF".equals(op.type())) {
            Node rte = rte(scope.query(), op.integer("rtindex", 0));
            Node subquery = rte == null || rte.integer("rtekind", -1) != RTE_SUBQUERY ? null : rte.node("subquery");
            return subquery != null && column(subquery, col, scope);
        }
        if (!"SETOPERATIONSTMT".equals(op.type())) {
            return false;
        }
        Node left = op.node("larg");
        Node right = op.node("rarg");
        long kind = op.integer("op", -1);
        if (kind == SETOP_UNION) {
            return left != null && right != null && setOperation(left, col, scope) && setOperation(right, col, scope);
        }
        if (kind == SETOP_INTERSECT) {
            return left != null && setOperation(left, col, scope) || right != null && setOperation(right, col, scope);
        }
        if (kind == SETOP_EXCEPT) {
            return left != null && setOperation(left, col, scope);
        }
        return false;
    }

    private static @Nullable Node rte(Node query, long index) {
        List<Object> rtable = query.list("rtable");
        return index >= 1 && index <= rtable.size() && rtable.get((int) index - 1) instanceof Node n ? n : null;
    }

    private boolean expr(@Nullable Node e, Scope scope) throws SQLException {
        if (e == null) {
            return false;
        }
        return switch (e.type()) {
            case "VAR" -> var(e, scope);
            case "CONST" -> !e.flag("constisnull");
            case "AGGREF" ->
                "count".equals(catalog.builtinFunction(e.integer("aggfnoid", 0)).name());
            case "WINDOWFUNC" -> window(e, scope);
            case "FUNCEXPR" -> function(e, scope);
            case "OPEXPR" ->
                !e.flag("opretset")
                        && OPERATORS.contains(catalog.builtinOperator(e.integer("opno", 0)))
                        && all(e.nodes("args"), scope);
            case "NULLTEST", "BOOLEANTEST", "GROUPINGFUNC", "ARRAYEXPR", "ROW" -> true;
            case "DISTINCTEXPR" ->
                !catalog.builtinOperator(e.integer("opno", 0)).isEmpty();
            case "BOOLEXPR" -> all(e.nodes("args"), scope);
            case "COALESCEEXPR", "MINMAXEXPR" -> any(e.nodes("args"), scope);
            case "CASEEXPR" -> caseExpr(e, scope);
            case "SQLVALUEFUNCTION" -> {
                long op = e.integer("op", -1);
                yield op >= 0 && op <= LAST_NEVER_NULL_SQL_VALUE;
            }
            case "RELABELTYPE",
                    "COERCEVIAIO",
                    "ARRAYCOERCEEXPR",
                    "COERCETODOMAIN",
                    "COLLATEEXPR",
                    "CONVERTROWTYPEEXPR" -> expr(e.node("arg"), scope);
            case "SUBLINK" -> subLink(e, scope);
            default -> false;
        };
    }

    private boolean all(List<Node> args, Scope scope) throws SQLException {
        for (Node a : args) {
            if (!expr(a, scope)) {
                return false;
            }
        }
        return true;
    }

    private boolean any(List<Node> args, Scope scope) throws SQLException {
        for (Node a : args) {
            if (expr(a, scope)) {
                return true;
            }
        }
        return false;
    }

    private boolean function(Node e, Scope scope) throws SQLException {
        if (e.flag("funcretset")) {
            return false;
        }
        Catalog.Function f = catalog.builtinFunction(e.integer("funcid", 0));
        List<Node> args = e.nodes("args");
        if (NULL_TOLERANT.contains(f.name())) {
            return !e.flag("funcvariadic") || all(args, scope);
        }
        long format = e.integer("funcformat", -1);
        if (f.isBuiltin() && (format == COERCE_EXPLICIT_CAST || format == COERCE_IMPLICIT_CAST)) {
            // A built-in cast function: the value is the first argument, the others are typmods.
            return !args.isEmpty() && expr(args.get(0), scope);
        }
        return TOTAL.contains(f.name()) && !PARTIAL_OVERLOADS.contains(f.source()) && all(args, scope);
    }

    private boolean window(Node e, Scope scope) throws SQLException {
        String name = catalog.builtinFunction(e.integer("winfnoid", 0)).name();
        return RANKING.contains(name) || "ntile".equals(name) && all(e.nodes("args"), scope);
    }

    /** A CASE without ELSE has a NULL constant for its default. */
    private boolean caseExpr(Node e, Scope scope) throws SQLException {
        if (!expr(e.node("defresult"), scope)) {
            return false;
        }
        for (Node when : e.nodes("args")) {
            if (!expr(when.node("result"), scope)) {
                return false;
            }
        }
        return true;
    }

    private boolean subLink(Node e, Scope scope) throws SQLException {
        long kind = e.integer("subLinkType", -1);
        if (kind == EXISTS_SUBLINK || kind == ARRAY_SUBLINK) {
            return true;
        }
        Node sub = e.node("subselect");
        return kind == EXPR_SUBLINK && sub != null && alwaysOneRow(sub) && column(sub, 1, scope);
    }

    /**
     * True for a SELECT that returns exactly one row whatever the data: an aggregate without
     * GROUP BY or HAVING, or a SELECT with neither FROM nor WHERE; in both cases without LIMIT,
     * OFFSET, set-returning functions or set operations.
     */
    private static boolean alwaysOneRow(Node q) {
        if (q.integer("commandType", -1) != CMD_SELECT
                || q.node("setOperations") != null
                || q.flag("hasTargetSRFs")
                || !q.list("groupClause").isEmpty()
                || !q.list("groupingSets").isEmpty()
                || !q.isNull("havingQual")
                || !q.isNull("limitCount")
                || !q.isNull("limitOffset")) {
            return false;
        }
        if (q.flag("hasAggs")) {
            return true;
        }
        Node from = q.node("jointree");
        return from != null && from.list("fromlist").isEmpty() && from.isNull("quals");
    }

    private boolean var(Node v, Scope scope) throws SQLException {
        Scope at = scope.up(v.integer("varlevelsup", -1));
        if (at == null || !v.has("varnullingrels") || v.list("varnullingrels").size() > 1) {
            // Nulled by an outer join (the list is "b" and the join indexes), or a server too old to say.
            return false;
        }
        if (v.integer("varreturningtype", 0) != 0
                || at.query().integer("commandType", -1) == CMD_MERGE
                || !at.query().list("groupingSets").isEmpty()) {
            // RETURNING old/new, MERGE's source columns, ROLLUP/CUBE/GROUPING SETS: all can be NULL.
            return false;
        }
        Node rte = rte(at.query(), v.integer("varno", 0));
        long attno = v.integer("varattno", 0);
        if (rte == null) {
            return false;
        }
        long kind = rte.integer("rtekind", -1);
        if (kind == RTE_RELATION) {
            if ("f".equals(rte.text("relkind"))) {
                return false; // a foreign table's NOT NULL is not enforced
            }
            return attno < 0 || attno > 0 && catalog.notNull(rte.integer("relid", 0), (int) attno);
        }
        if (attno <= 0) {
            return false;
        }
        int col = (int) attno;
        if (kind == RTE_SUBQUERY) {
            Node sub = rte.node("subquery");
            return sub != null && column(sub, col, at);
        }
        if (kind == RTE_JOIN) {
            List<Object> vars = rte.list("joinaliasvars");
            return col <= vars.size() && vars.get(col - 1) instanceof Node alias && expr(alias, at);
        }
        if (kind == RTE_GROUP) {
            List<Object> exprs = rte.list("groupexprs");
            return col <= exprs.size() && exprs.get(col - 1) instanceof Node g && expr(g, at);
        }
        if (kind == RTE_VALUES) {
            return values(rte, col, at);
        }
        if (kind == RTE_CTE) {
            return cte(rte, col, at);
        }
        return false;
    }

    private boolean values(Node rte, int col, Scope at) throws SQLException {
        List<Object> rows = rte.list("values_lists");
        if (rows.isEmpty()) {
            return false;
        }
        for (Object row : rows) {
            if (!(row instanceof List<?> items)
                    || col > items.size()
                    || !(items.get(col - 1) instanceof Node item)
                    || !expr(item, at)) {
                return false;
            }
        }
        return true;
    }

    private boolean cte(Node rte, int col, Scope at) throws SQLException {
        Scope holder = at.up(rte.integer("ctelevelsup", -1));
        String name = rte.text("ctename");
        if (holder == null || name == null) {
            return false;
        }
        for (Node cte : holder.query().nodes("cteList")) {
            if (name.equals(cte.text("ctename"))) {
                boolean[] flags = cteColumns(cte, holder);
                return col <= flags.length && flags[col - 1];
            }
        }
        return false;
    }

    /**
     * A recursive CTE's columns are found by induction: assume every column NOT NULL, prove each
     * term's columns under that assumption, and drop the columns that fail until nothing changes.
     * Every row comes from the first term or from rows already made, so what survives holds.
     */
    private boolean[] cteColumns(Node cte, Scope holder) throws SQLException {
        boolean[] flags = assumed.get(cte);
        if (flags == null) {
            flags = proven.get(cte);
        }
        if (flags != null) {
            return flags;
        }
        Node query = cte.node("ctequery");
        if (query == null) {
            return new boolean[0];
        }
        int width = outputs(query).size();
        boolean[] current = new boolean[width];
        if (cte.flag("cterecursive")) {
            Arrays.fill(current, true);
            while (true) {
                assumed.put(cte, current);
                boolean[] next = new boolean[width];
                for (int col = 1; col <= width; col++) {
                    next[col - 1] = current[col - 1] && column(query, col, holder);
                }
                assumed.remove(cte);
                if (Arrays.equals(next, current)) {
                    break;
                }
                current = next;
            }
        } else {
            for (int col = 1; col <= width; col++) {
                current[col - 1] = column(query, col, holder);
            }
        }
        if (assumed.isEmpty()) {
            proven.put(cte, current);
        }
        return current;
    }
}
