package io.sqlj.engine.sqlite;

import io.sqlj.engine.sdk.Placeholder;
import io.sqlj.engine.sdk.ScannedSql;
import io.sqlj.sql.SqlToken;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Walks one statement (SELECT, VALUES, INSERT, UPDATE, DELETE, with CTEs, joins, subqueries and
 * RETURNING) over its tokens: builds the FROM scopes with outer-join nullability, types the
 * result columns and infers every placeholder's type and name from its context. SQLite has
 * already accepted the statement, so this walk may be lenient about syntax.
 */
final class QueryAnalyzer {
    /** A result column: its name, type, and the offset in the rewritten text where it starts. */
    record OutCol(String name, Typed typed, @Nullable String embedTable, int offset) {}

    private static final Set<String> AFTER_ITEMS = Set.of(
            "from",
            "where",
            "group",
            "having",
            "window",
            "order",
            "limit",
            "union",
            "intersect",
            "except",
            "returning",
            "on",
            "using",
            "join",
            "left",
            "right",
            "full",
            "inner",
            "cross",
            "natural",
            "outer",
            "indexed",
            "not",
            "set",
            "values",
            "select",
            "do",
            "offset");

    /** Where a select list ends (made once, not per SELECT). */
    private static final Set<String> AFTER_SELECT_LIST = Set.of(
            "from",
            "where",
            "group",
            "having",
            "window",
            "order",
            "limit",
            "union",
            "intersect",
            "except",
            "returning");

    private static final Set<String> AFTER_WINDOW = Set.of("order", "limit", "union", "intersect", "except");
    /** Where an UPDATE's SET list ends. */
    private static final Set<String> AFTER_SET = Set.of("from", "where", "returning", "order", "limit");

    private final Cursor c;
    private final ScannedSql scanned;
    private final Catalog catalog;
    private final ParamFacts params;
    private final ExpressionTyper ex;
    private final Map<Integer, Integer> paramByOffset = new HashMap<>();
    private final Map<Integer, String> embedByOffset = new HashMap<>();
    /** Calls of aggregate functions (without OVER) in the select list being typed. */
    private int aggregateCalls;
    /** The last SELECT finished returns exactly one row: an aggregate without GROUP BY. */
    private boolean oneRow;
    /** A WITH RECURSIVE entry being defined: its anchor's columns become visible to the rest. */
    private @Nullable PendingCte pendingCte;

    private Catalog.@Nullable Table inserted;
    /** How deep in subqueries the walk is: 0 for the statement's own result columns. */
    private int nesting;

    private final JsonbText jsonb = new JsonbText();

    private record PendingCte(String name, List<String> names, Scope scope) {}

    QueryAnalyzer(List<SqlToken> tokens, Catalog catalog, ParamFacts params, ScannedSql scanned) {
        this.scanned = scanned;
        this.c = new Cursor(tokens);
        this.catalog = catalog;
        this.params = params;
        this.ex = new ExpressionTyper(c, this, params);
        for (int i = 0; i < scanned.placeholders().size(); i++) {
            paramByOffset.put(scanned.placeholders().get(i).jdbcOffset(), i);
        }
        for (ScannedSql.Embed e : scanned.embeds()) {
            embedByOffset.put(e.jdbcOffset(), e.table());
        }
    }

    /** The rewrites that read and write JSONB columns as JSON text. */
    JsonbText jsonbText() {
        return jsonb;
    }

    /** The table an INSERT statement writes, or null. */
    Catalog.@Nullable Table insertedTable() {
        return inserted;
    }

    /** Notes an aggregate call in the select list being typed. */
    void aggregateCall() {
        aggregateCalls++;
    }

    /** True when the SELECT just analyzed yields exactly one row, whatever the data. */
    boolean lastSelectIsOneRow() {
        return oneRow;
    }

    int paramIndex(int jdbcOffset) {
        return paramByOffset.getOrDefault(jdbcOffset, -1);
    }

    /** The statement's result columns, or null for a statement this walk does not know. */
    @Nullable
    List<OutCol> statement() {
        Scope root = new Scope(null);
        if (c.acceptWord("with")) {
            with(root);
        }
        if (c.isWord("select", "values")) {
            return compound(root);
        }
        if (c.isWord("insert", "replace")) {
            return insert(new Scope(root));
        }
        if (c.acceptWord("update")) {
            return update(new Scope(root));
        }
        if (c.acceptWord("delete")) {
            return delete(new Scope(root));
        }
        return null;
    }

    /** A SELECT, VALUES or WITH ... SELECT nested in {@code outer}; stops before its {@code )}. */
    List<OutCol> select(@Nullable Scope outer) {
        nesting++;
        try {
            Scope scope = new Scope(outer);
            if (c.acceptWord("with")) {
                with(scope);
            }
            return compound(scope);
        } finally {
            nesting--;
        }
    }

    private void with(Scope scope) {
        boolean recursive = c.acceptWord("recursive");
        do {
            String name = c.next().value();
            List<String> names = new ArrayList<>();
            if (c.acceptPunct("(")) {
                while (!c.atEnd() && !c.acceptPunct(")")) {
                    SqlToken t = c.next();
                    if (!t.isPunct(",")) {
                        names.add(t.value());
                    }
                }
            }
            c.acceptWord("as");
            c.acceptWord("not");
            c.acceptWord("materialized");
            c.acceptPunct("(");
            pendingCte = recursive ? new PendingCte(name, names, scope) : null;
            List<OutCol> cols = select(scope);
            pendingCte = null;
            c.acceptPunct(")");
            scope.addCte(name, cteColumns(cols, names));
        } while (c.acceptPunct(","));
    }

    private static List<Scope.ItemColumn> cteColumns(List<OutCol> cols, List<String> names) {
        List<Scope.ItemColumn> columns = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            OutCol col = cols.get(i);
            String colName = i < names.size() ? names.get(i) : col.name();
            columns.add(new Scope.ItemColumn(
                    colName, col.typed().type(), col.typed().table()));
        }
        return columns;
    }

    private List<OutCol> compound(Scope cteScope) {
        Scope first = new Scope(cteScope);
        PendingCte recursive = pendingCte;
        pendingCte = null;
        List<OutCol> anchor = core(first);
        boolean single = !c.isWord("union", "intersect", "except");
        boolean aggregate = oneRow;
        int members = c.mark();
        List<OutCol> cols = new ArrayList<>(anchor);
        List<OutCol> seen = anchor;
        while (true) {
            if (recursive != null) {
                // The recursive members read the CTE itself: first as the anchor's columns, then as the
                // merged ones until no column becomes nullable any more (each pass only adds nulls).
                recursive.scope().addCte(recursive.name(), cteColumns(seen, recursive.names()));
            }
            c.reset(members);
            cols = new ArrayList<>(anchor);
            members(cteScope, cols);
            if (recursive == null || sameNullability(seen, cols)) {
                break;
            }
            seen = cols;
        }
        boolean limited = orderAndLimit(first);
        oneRow = single && aggregate && !limited;
        return cols;
    }

    /** The UNION, INTERSECT and EXCEPT members after the first, merged into {@code cols}. */
    private void members(Scope cteScope, List<OutCol> cols) {
        while (c.isWord("union", "intersect", "except")) {
            c.next();
            c.acceptWord("all");
            List<OutCol> more = core(new Scope(cteScope));
            for (int i = 0; i < Math.min(cols.size(), more.size()); i++) {
                OutCol a = cols.get(i);
                SqlType b = more.get(i).typed().type();
                SqlType type = a.typed().type().known() ? a.typed().type() : b;
                boolean nullable = a.typed().nullable() || b.nullable();
                cols.set(
                        i,
                        new OutCol(
                                a.name(),
                                new Typed(
                                        type.withNullable(nullable),
                                        a.typed().column(),
                                        a.typed().table(),
                                        a.typed().param()),
                                a.embedTable(),
                                a.offset()));
            }
        }
    }

    private static boolean sameNullability(List<OutCol> a, List<OutCol> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (a.get(i).typed().nullable() != b.get(i).typed().nullable()) {
                return false;
            }
        }
        return true;
    }

    /** Returns whether there was a LIMIT. */
    private boolean orderAndLimit(Scope scope) {
        if (c.acceptWord("order")) {
            c.acceptWord("by");
            exprList(scope);
        }
        if (!c.isWord("limit")) {
            return false;
        }
        if (c.acceptWord("limit")) {
            Typed first = ex.expr(scope);
            if (c.acceptPunct(",")) {
                limit(first, "offset");
                limit(ex.expr(scope), "limit");
            } else {
                limit(first, "limit");
                if (c.acceptWord("offset")) {
                    limit(ex.expr(scope), "offset");
                }
            }
        }
        return true;
    }

    private void limit(Typed t, String name) {
        if (t.isParam()) {
            params.infer(t.param(), SqlType.BIGINT, name, null, false);
        }
    }

    private void exprList(Scope scope) {
        do {
            ex.expr(scope);
            while (c.isWord("asc", "desc", "nulls", "first", "last", "collate")) {
                c.next();
                if (c.peek(-1).isWord("collate")) {
                    c.next();
                }
            }
        } while (c.acceptPunct(","));
    }

    private List<OutCol> core(Scope scope) {
        if (c.acceptWord("values")) {
            oneRow = false;
            List<OutCol> cols = new ArrayList<>();
            do {
                int offset = c.peek().start();
                c.acceptPunct("(");
                List<Typed> row = new ArrayList<>();
                do {
                    row.add(ex.expr(scope));
                } while (c.acceptPunct(","));
                c.acceptPunct(")");
                for (int i = cols.isEmpty() ? 0 : row.size(); i < row.size(); i++) {
                    cols.add(new OutCol("column" + (i + 1), row.get(i), null, offset));
                }
            } while (c.acceptPunct(","));
            return cols;
        }
        c.acceptWord("select");
        if (!c.acceptWord("distinct")) {
            c.acceptWord("all");
        }
        int items = c.mark();
        c.skipUntil(AFTER_SELECT_LIST);
        if (c.acceptWord("from")) {
            from(scope);
        }
        if (c.acceptWord("where")) {
            ex.condition(ex.expr(scope));
        }
        boolean grouped = c.isWord("group", "having");
        if (c.acceptWord("group")) {
            c.acceptWord("by");
            exprList(scope);
        }
        if (c.acceptWord("having")) {
            ex.condition(ex.expr(scope));
        }
        if (c.acceptWord("window")) {
            c.skipUntil(AFTER_WINDOW);
        }
        int end = c.mark();
        c.reset(items);
        int outerCalls = aggregateCalls;
        aggregateCalls = 0;
        List<OutCol> cols = items(scope);
        oneRow = aggregateCalls > 0 && !grouped;
        aggregateCalls = outerCalls;
        c.reset(end);
        return cols;
    }

    /** A select list or RETURNING list. */
    private List<OutCol> items(Scope scope) {
        List<OutCol> cols = new ArrayList<>();
        do {
            SqlToken start = c.peek();
            if (c.acceptPunct("*")) {
                List<JsonbText.StarColumn> expanded = new ArrayList<>();
                for (Scope.Item item : scope.items) {
                    expand(item, null, start.start(), cols);
                    expanded.addAll(starColumns(item));
                }
                if (nesting == 0) {
                    jsonb.star(start.start(), start.end(), expanded);
                }
                continue;
            }
            if (start.isIdentifier() && c.peek(1).isPunct(".") && c.peek(2).isPunct("*")) {
                c.next();
                c.next();
                c.next();
                Scope.Item item = scope.item(start.value());
                if (item != null) {
                    // sqlj.embed(a) of `authors a` embeds the table authors, not something called a.
                    String embed = embedByOffset.containsKey(start.start()) && item.table != null
                            ? item.table
                            : embedByOffset.get(start.start());
                    expand(item, embed, start.start(), cols);
                    if (nesting == 0) {
                        jsonb.star(start.start(), c.peek(-1).end(), starColumns(item));
                    }
                }
                continue;
            }
            Typed t = ex.expr(scope);
            int end = c.peek(-1).end();
            String alias = alias();
            if (nesting == 0 && SqliteTypes.isJsonb(t.type().dataType())) {
                jsonb.expression(cols.size(), start.start(), end, alias != null);
            }
            String name = alias != null ? alias : t.column() != null ? t.column() : start.text();
            cols.add(new OutCol(name, t, null, start.start()));
        } while (c.acceptPunct(","));
        return cols;
    }

    private static List<JsonbText.StarColumn> starColumns(Scope.Item item) {
        List<JsonbText.StarColumn> out = new ArrayList<>();
        for (Scope.ItemColumn col : item.columns) {
            out.add(new JsonbText.StarColumn(
                    item.name, col.name(), SqliteTypes.isJsonb(col.type().dataType())));
        }
        return out;
    }

    private static void expand(Scope.Item item, @Nullable String embed, int offset, List<OutCol> cols) {
        for (Scope.ItemColumn col : item.columns) {
            SqlType type = col.type().withNullable(col.type().nullable() || item.nullable);
            cols.add(new OutCol(col.name(), new Typed(type, col.name(), col.table(), -1), embed, offset));
        }
    }

    private @Nullable String alias() {
        if (c.acceptWord("as")) {
            return c.next().value();
        }
        SqlToken t = c.peek();
        boolean bare = t.kind() == SqlToken.Kind.WORD && !AFTER_ITEMS.contains(t.key());
        if (bare || t.kind() == SqlToken.Kind.QUOTED_IDENTIFIER || t.kind() == SqlToken.Kind.STRING) {
            return c.next().value();
        }
        return null;
    }

    private void from(Scope scope) {
        fromItem(scope);
        while (true) {
            if (c.acceptPunct(",")) {
                fromItem(scope);
                continue;
            }
            int before = scope.items.size();
            c.acceptWord("natural");
            String kind = c.isWord("left", "right", "full", "inner", "cross")
                    ? c.next().key()
                    : "inner";
            c.acceptWord("outer");
            if (!c.acceptWord("join")) {
                return;
            }
            fromItem(scope);
            List<Scope.Item> items = scope.items;
            for (int i = 0; i < items.size(); i++) {
                boolean right = i >= before;
                if ((kind.equals("left") && right) || (kind.equals("right") && !right) || kind.equals("full")) {
                    items.get(i).nullable = true;
                }
            }
            if (c.acceptWord("on")) {
                ex.condition(ex.expr(scope));
            } else if (c.acceptWord("using")) {
                c.skipOne();
            }
        }
    }

    private void fromItem(Scope scope) {
        if (c.acceptPunct("(")) {
            if (c.isWord("select", "with", "values")) {
                List<OutCol> cols = select(scope.parent);
                c.acceptPunct(")");
                String alias = alias();
                List<Scope.ItemColumn> columns = new ArrayList<>();
                for (OutCol col : cols) {
                    columns.add(new Scope.ItemColumn(
                            col.name(), col.typed().type(), col.typed().table()));
                }
                scope.items.add(new Scope.Item(alias == null ? "" : alias, null, columns));
            } else {
                from(scope);
                c.acceptPunct(")");
                alias();
            }
            return;
        }
        String name = c.next().value();
        while (c.acceptPunct(".")) {
            name = c.next().value();
        }
        if (c.isPunct("(")) {
            c.skipOne(); // a table-valued function such as json_each(...)
        }
        String alias = alias();
        while (c.acceptWord("indexed") || c.acceptWord("not")) {
            c.acceptWord("indexed");
            c.acceptWord("by");
            if (!c.isWord("on", "using", "where", "join", "left", "inner", "cross", "natural")) {
                c.next();
            }
        }
        scope.items.add(new Scope.Item(alias == null ? name : alias, name, columnsOf(name, scope)));
    }

    private List<Scope.ItemColumn> columnsOf(String name, Scope scope) {
        List<Scope.ItemColumn> cte = scope.cte(name);
        if (cte != null) {
            return cte;
        }
        Catalog.Table table = catalog.table(name);
        List<Scope.ItemColumn> columns = new ArrayList<>();
        if (table != null) {
            for (Catalog.TableColumn col : table.columns()) {
                columns.add(new Scope.ItemColumn(col.name(), col.type(), table.name()));
            }
        }
        return columns;
    }

    private Catalog.@Nullable Table target(Scope scope) {
        String name = c.next().value();
        while (c.acceptPunct(".")) {
            name = c.next().value();
        }
        String alias = c.acceptWord("as") ? c.next().value() : null;
        if (c.acceptWord("indexed")) {
            c.acceptWord("by");
            c.next();
        } else if (c.isWord("not") && c.peek(1).isWord("indexed")) {
            c.next();
            c.next();
        }
        scope.items.add(new Scope.Item(alias == null ? name : alias, name, columnsOf(name, scope)));
        return catalog.table(name);
    }

    private List<OutCol> insert(Scope scope) {
        c.next();
        if (c.acceptWord("or")) {
            c.next();
        }
        c.acceptWord("into");
        Catalog.Table table = target(scope);
        inserted = table;
        List<Catalog.TableColumn> targets = new ArrayList<>();
        if (c.acceptPunct("(")) {
            while (!c.atEnd() && !c.acceptPunct(")")) {
                SqlToken t = c.next();
                if (!t.isPunct(",")) {
                    targets.add(table == null ? null : table.column(t.value()));
                }
            }
        } else if (table != null) {
            targets.addAll(table.columns());
        }
        if (c.acceptWord("values")) {
            do {
                c.acceptPunct("(");
                int k = 0;
                do {
                    assign(k < targets.size() ? targets.get(k) : null, ex.expr(scope), table);
                    k++;
                } while (c.acceptPunct(","));
                c.acceptPunct(")");
            } while (c.acceptPunct(","));
        } else if (c.isWord("select", "with")) {
            List<OutCol> cols = select(scope.parent);
            for (int k = 0; k < cols.size() && k < targets.size(); k++) {
                assign(targets.get(k), cols.get(k).typed(), table);
            }
        } else if (c.acceptWord("default")) {
            c.acceptWord("values");
        }
        while (c.acceptWord("on")) {
            upsert(scope, table);
        }
        return returning(scope);
    }

    private void upsert(Scope scope, Catalog.@Nullable Table table) {
        c.acceptWord("conflict");
        if (c.isPunct("(")) {
            c.skipOne();
            if (c.acceptWord("where")) {
                ex.condition(ex.expr(scope));
            }
        }
        c.acceptWord("do");
        if (c.acceptWord("nothing")) {
            return;
        }
        c.acceptWord("update");
        c.acceptWord("set");
        Scope withExcluded = new Scope(scope);
        if (table != null) {
            withExcluded.items.add(new Scope.Item("excluded", table.name(), columnsOf(table.name(), scope)));
        }
        assignments(withExcluded, table);
        if (c.acceptWord("where")) {
            ex.condition(ex.expr(withExcluded));
        }
    }

    private List<OutCol> update(Scope scope) {
        if (c.acceptWord("or")) {
            c.next();
        }
        Catalog.Table table = target(scope);
        c.acceptWord("set");
        int set = c.mark();
        c.skipUntil(AFTER_SET);
        int afterFrom = -1;
        if (c.acceptWord("from")) {
            from(scope);
            afterFrom = c.mark();
        }
        c.reset(set);
        assignments(scope, table);
        if (afterFrom >= 0) {
            c.reset(afterFrom);
        }
        if (c.acceptWord("where")) {
            ex.condition(ex.expr(scope));
        }
        List<OutCol> cols = returning(scope);
        orderAndLimit(scope);
        return cols;
    }

    private void assignments(Scope scope, Catalog.@Nullable Table table) {
        do {
            List<String> names = new ArrayList<>();
            if (c.acceptPunct("(")) {
                while (!c.atEnd() && !c.acceptPunct(")")) {
                    SqlToken t = c.next();
                    if (!t.isPunct(",")) {
                        names.add(t.value());
                    }
                }
            } else {
                names.add(c.next().value());
            }
            c.acceptPunct("=");
            boolean row = names.size() > 1 && c.isPunct("(") && !c.peek(1).isWord("select");
            if (row) {
                c.next();
            }
            int k = 0;
            do {
                Catalog.TableColumn target = table == null || k >= names.size() ? null : table.column(names.get(k));
                assign(target, ex.expr(scope), table);
                k++;
            } while (row && c.acceptPunct(","));
            if (row) {
                c.acceptPunct(")");
            }
        } while (c.acceptPunct(","));
    }

    private void assign(Catalog.@Nullable TableColumn target, Typed value, Catalog.@Nullable Table table) {
        if (target != null && table != null && value.isParam()) {
            params.infer(
                    value.param(),
                    target.type(),
                    target.name(),
                    table.name(),
                    target.type().nullable());
            params.origin(value.param(), table.name(), target.name());
            Placeholder p = scanned.placeholders().get(value.param());
            if (SqliteTypes.isJsonb(target.type().dataType()) && !p.slice()) {
                jsonb.parameter(p.jdbcOffset());
            }
        }
    }

    private List<OutCol> delete(Scope scope) {
        c.acceptWord("from");
        target(scope);
        if (c.acceptWord("where")) {
            ex.condition(ex.expr(scope));
        }
        List<OutCol> cols = returning(scope);
        orderAndLimit(scope);
        return cols;
    }

    private List<OutCol> returning(Scope scope) {
        return c.acceptWord("returning") ? items(scope) : List.of();
    }
}
