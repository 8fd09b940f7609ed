package io.sqlj.core.config;

import io.sqlj.core.Location;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * sqlc's Go options in a {@code plugin: java} entry, whether they come from a sqlc config or a
 * sqlj.yaml that uses the same names. The options with a Java meaning pass through to the
 * generator ({@code query_parameter_limit}, {@code emit_interface}, ...); the Go-only ones are
 * taken out with one note each per run; {@code go_type} and the other Go fields of an override
 * likewise. See docs/sqlc.md.
 */
final class SqlcOptions {

    private SqlcOptions() {}

    /** Options sqlc's Go generator has that mean nothing for Java code. */
    static final List<String> GO_ONLY = List.of(
            "build_tags",
            "emit_all_enum_values",
            "emit_db_tags",
            "emit_empty_slices",
            "emit_enum_valid_method",
            "emit_exported_queries",
            "emit_json_tags",
            "emit_methods_with_db_argument",
            "emit_params_struct_pointers",
            "emit_pointers_for_null_enum_types",
            "emit_pointers_for_null_types",
            "emit_prepared_queries",
            "emit_result_struct_pointers",
            "emit_sql_as_comment",
            "initialisms",
            "json_tags_case_style",
            "json_tags_id_uppercase",
            "omit_sqlc_version",
            "output_batch_file_name",
            "output_copyfrom_file_name",
            "output_db_file_name",
            "output_files_suffix",
            "output_models_emit",
            "output_models_file_name",
            "output_models_import",
            "output_models_package",
            "output_models_path",
            "output_querier_file_name",
            "sql_driver",
            "sql_package",
            "wrap_errors");

    /** sqlc's Go options that the Java generator reads (docs/sqlc.md says how). */
    static final List<String> JAVA_MEANING = List.of(
            "emit_exact_table_names",
            "emit_interface",
            "inflection_exclude_table_names",
            "omit_unused_structs",
            "overrides",
            "package",
            "query_parameter_limit",
            "rename");

    /** Every option of sqlc's Go generator. */
    static List<String> goOptions() {
        List<String> all = new ArrayList<>(GO_ONLY);
        all.addAll(JAVA_MEANING);
        all.add("out");
        return all;
    }

    /** Fields of a sqlc override that are Go's. */
    private static final List<String> GO_OVERRIDE_FIELDS = List.of("go_type", "go_struct_tag", "unsigned");

    /**
     * Takes the Go-only options out of every {@code java} codegen entry, noting each option once;
     * drops overrides that only set a Go type and overrides for another engine.
     */
    static List<SqlBlock> normalize(List<SqlBlock> blocks, List<io.sqlj.core.Diagnostic> notes) {
        Set<String> noted = new HashSet<>();
        List<SqlBlock> out = new ArrayList<>();
        for (SqlBlock block : blocks) {
            List<CodegenDef> defs = new ArrayList<>();
            for (CodegenDef def : block.codegen()) {
                defs.add(def.plugin().equals("java") ? normalize(def, block.engine(), noted, notes) : def);
            }
            out.add(block.withCodegen(defs));
        }
        return out;
    }

    private static CodegenDef normalize(
            CodegenDef def, String engine, Set<String> noted, List<io.sqlj.core.Diagnostic> notes) {
        Map<String, Object> options = new LinkedHashMap<>();
        Map<String, Location> locations = new LinkedHashMap<>(def.optionLocations());
        def.options().forEach((key, value) -> {
            if (GO_ONLY.contains(key)) {
                if (noted.add(key)) {
                    notes.add(io.sqlj.core.Diagnostic.note(
                            def.locationOf(key), "sqlc option \"" + key + "\" has no meaning for Java code; ignored"));
                }
                locations.remove(key);
            } else if (key.equals("overrides") && value instanceof List<?> list) {
                options.put(key, overrides(list, engine, def.locationOf(key), noted, notes));
            } else {
                options.put(key, value);
            }
        });
        return new CodegenDef(def.plugin(), def.out(), options, locations, def.location());
    }

    private static List<Object> overrides(
            List<?> entries, String engine, Location at, Set<String> noted, List<io.sqlj.core.Diagnostic> notes) {
        List<Object> kept = new ArrayList<>();
        for (Object raw : entries) {
            if (!(raw instanceof Map<?, ?> entry)) {
                kept.add(raw);
                continue;
            }
            Object only = entry.get("engine");
            if (only != null && !engine.equals(String.valueOf(only))) {
                continue; // sqlc applies an override with engine: only to blocks of that engine
            }
            Map<Object, Object> copy = new LinkedHashMap<>(entry);
            copy.remove("engine");
            boolean go = GO_OVERRIDE_FIELDS.stream().anyMatch(copy::containsKey);
            GO_OVERRIDE_FIELDS.forEach(copy::remove);
            if (go && !copy.containsKey("java_type")) {
                if (noted.add("go_type")) {
                    notes.add(io.sqlj.core.Diagnostic.note(
                            at,
                            "overrides with go_type set a Go type and are"
                                    + " ignored; add java_type to an entry to give it a Java type"));
                }
                continue;
            }
            kept.add(java.util.Collections.unmodifiableMap(copy));
        }
        return kept;
    }
}
