package io.sqlj.codegen.java;

import com.palantir.javapoet.ClassName;
import io.sqlj.codegen.java.QueryModel.Plain;
import io.sqlj.core.Diagnostic;
import io.sqlj.core.Location;
import io.sqlj.engine.v1.Catalog;
import io.sqlj.engine.v1.Column;
import io.sqlj.engine.v1.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** One model record per table of the engine's catalog: {@code authors} → {@code Author}. */
final class ModelPlanner {

    private ModelPlanner() {}

    /**
     * The models by lower-case table name. A table with a column of a type sqlj cannot map gets a
     * warning and no model (queries reading it still get their own row records).
     */
    static Map<String, TableModel> plan(
            Catalog catalog, JavaOptions options, TypeMapper types, Location at, List<Diagnostic> diagnostics) {
        Map<String, TableModel> models = new TreeMap<>();
        if (!options.emitModels()) {
            return models;
        }
        for (Table table : catalog.getTablesList()) {
            model(table, options, types, at, diagnostics).ifPresent(model -> models.put(model.key(), model));
        }
        return models;
    }

    /** The simple names of the tables' models, in lower case (empty when models are off). */
    static Set<String> names(Catalog catalog, JavaOptions options) {
        Set<String> names = new HashSet<>();
        if (options.emitModels()) {
            for (Table table : catalog.getTablesList()) {
                names.add(name(table, options).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }

    private static String name(Table table, JavaOptions options) {
        String schema = table.getSchemaName();
        String full = schema.isEmpty() ? table.getName() : schema + "_" + table.getName();
        return (schema.isEmpty()
                        ? options.renamed(table.getName())
                        : options.renamed(schema + "." + table.getName()).or(() -> options.renamed(full)))
                .orElseGet(() -> Names.upperCamel(
                        options.exactTableNames() ? full : Inflection.singular(full, options.inflectionExcluded())));
    }

    private static Optional<TableModel> model(
            Table table, JavaOptions options, TypeMapper types, Location at, List<Diagnostic> diagnostics) {
        // sqlc's rule: a table outside the default schema is named after schema_table, made
        // singular as a whole (accounts.users -> AccountsUser), so it never clashes with public.users
        String simple = name(table, options);
        if (simple.isEmpty()) {
            return Optional.empty();
        }
        List<Plain> fields = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Column column : table.getColumnsList()) {
            Optional<ValueType> type = types.column(
                    column.toBuilder().setTableName(table.getName()).build());
            if (type.isEmpty()) {
                diagnostics.add(Diagnostic.warning(
                        at,
                        "no model for table \"" + table.getName()
                                + "\": unknown type \"" + column.getDataType() + "\""
                                + types.because(column.getDataType()) + " for column \"" + column.getName()
                                + "\"; "
                                + TypeMapper.overrideHint(column.getDataType(), table.getName(), column.getName())));
                return Optional.empty();
            }
            String name = options.renamedMember(table.getName() + "." + column.getName())
                    .or(() -> options.renamedMember(column.getName()))
                    .orElseGet(() -> Names.member(column.getName()));
            fields.add(new Plain(
                    Names.unique(name.isEmpty() ? "column" + (fields.size() + 1) : name, used), type.get()));
            columns.add(column.getName());
        }
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        int slots = JvmLimits.fieldSlots(fields);
        if (slots > JvmLimits.PARAMETER_SLOTS) {
            diagnostics.add(Diagnostic.warning(
                    at,
                    "no model for table \"" + table.getName() + "\": its " + fields.size()
                            + " columns are too many for a record constructor: " + JvmLimits.why(slots)
                            + "; queries on it get their own row records"));
            return Optional.empty();
        }
        return Optional.of(new TableModel(
                ClassName.get(options.packageName(), simple), table.getSchemaName(), table.getName(), columns, fields));
    }
}
