package io.sqlj.engine.sqlite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The names visible at one level of a query: its FROM items, CTEs, and the enclosing scope. */
final class Scope {
    /** A column a FROM item offers. */
    record ItemColumn(String name, SqlType type, @Nullable String table) {}

    /** A table, view, CTE or subquery in FROM, by the name the query calls it. */
    static final class Item {
        final String name;
        final @Nullable String table;
        final List<ItemColumn> columns;
        boolean nullable;

        Item(String name, @Nullable String table, List<ItemColumn> columns) {
            this.name = name;
            this.table = table;
            this.columns = columns;
        }

        @Nullable
        ItemColumn column(String columnName) {
            for (ItemColumn c : columns) {
                if (c.name().equalsIgnoreCase(columnName)) {
                    return c;
                }
            }
            return null;
        }
    }

    final @Nullable Scope parent;
    final List<Item> items = new ArrayList<>();
    private final Map<String, List<ItemColumn>> ctes = new HashMap<>();

    Scope(@Nullable Scope parent) {
        this.parent = parent;
    }

    void addCte(String name, List<ItemColumn> columns) {
        ctes.put(name.toLowerCase(Locale.ROOT), columns);
    }

    @Nullable
    List<ItemColumn> cte(String name) {
        List<ItemColumn> own = ctes.get(name.toLowerCase(Locale.ROOT));
        return own != null || parent == null ? own : parent.cte(name);
    }

    @Nullable
    Item item(String name) {
        for (Item i : items) {
            if (i.name.equalsIgnoreCase(name)) {
                return i;
            }
        }
        return parent == null ? null : parent.item(name);
    }

    /** A column with its item's outer-join nullability applied, or null. */
    @Nullable
    Typed resolve(@Nullable String qualifier, String column) {
        if (qualifier != null) {
            Item item = item(qualifier);
            if (item == null) {
                return null;
            }
            ItemColumn c = item.column(column);
            return c == null ? null : typed(item, c);
        }
        for (Item item : items) {
            ItemColumn c = item.column(column);
            if (c != null) {
                return typed(item, c);
            }
        }
        return parent == null ? null : parent.resolve(null, column);
    }

    private static Typed typed(Item item, ItemColumn c) {
        SqlType type = c.type().withNullable(c.type().nullable() || item.nullable);
        return new Typed(type, c.name(), c.table(), -1);
    }
}
