package io.sqlj.core.config;

import io.sqlj.core.Location;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of {@code sql:}: an engine, a schema source, query files and code generators.
 *
 * @param index 0-based position in {@code sql:}
 * @param schema schema files, already expanded from folders in migration order (down scripts
 *     left out); empty when {@code database} is used
 * @param database the {@code database.uri}, with {@code ${VAR}} expanded
 * @param queries query files, already expanded from folders and sorted
 * @param engineOptions {@code engine_options:}, sent to the engine as strings
 * @param placeholders {@code placeholders:}, Flyway's {@code ${name}} values for schema files
 * @param rules the lint rules {@code sqlj vet} runs on this block's queries (sqlc's block
 *     {@code rules:}, resolved against the config's {@code rules:}), in the order listed
 */
public record SqlBlock(
        int index,
        String engine,
        Location engineLocation,
        List<Path> schema,
        Optional<String> database,
        List<Path> queries,
        Map<String, String> engineOptions,
        List<CodegenDef> codegen,
        Location location,
        Map<String, String> placeholders,
        List<VetRule> rules) {

    /** A block without placeholders or lint rules. */
    public SqlBlock(
            int index,
            String engine,
            Location engineLocation,
            List<Path> schema,
            Optional<String> database,
            List<Path> queries,
            Map<String, String> engineOptions,
            List<CodegenDef> codegen,
            Location location) {
        this(
                index,
                engine,
                engineLocation,
                schema,
                database,
                queries,
                engineOptions,
                codegen,
                location,
                Map.of(),
                List.of());
    }

    public SqlBlock {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(engineLocation, "engineLocation");
        schema = List.copyOf(schema);
        Objects.requireNonNull(database, "database");
        queries = List.copyOf(queries);
        engineOptions = Map.copyOf(engineOptions);
        codegen = List.copyOf(codegen);
        Objects.requireNonNull(location, "location");
        placeholders = Map.copyOf(placeholders);
        rules = List.copyOf(rules);
    }

    /** This block with {@code newCodegen} instead of its codegen entries. */
    public SqlBlock withCodegen(List<CodegenDef> newCodegen) {
        return new SqlBlock(
                index,
                engine,
                engineLocation,
                schema,
                database,
                queries,
                engineOptions,
                newCodegen,
                location,
                placeholders,
                rules);
    }

    /** This block with every codegen entry writing into {@code out}. */
    public SqlBlock withOut(Path out) {
        return new SqlBlock(
                index,
                engine,
                engineLocation,
                schema,
                database,
                queries,
                engineOptions,
                codegen.stream().map(def -> def.withOut(out)).toList(),
                location,
                placeholders,
                rules);
    }
}
