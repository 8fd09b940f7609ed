package io.sqlj.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.core.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sqlc configs read as they are: versions 1 and 2, YAML and JSON, and --out/--package. */
class SqlcConfigTest {

    @TempDir
    Path dir;

    private Destination destination;

    @BeforeEach
    void files() throws IOException {
        Files.createDirectories(dir.resolve("sql"));
        Files.writeString(dir.resolve("sql/a_schema.sql"), "CREATE TABLE a (id INTEGER);");
        Files.writeString(dir.resolve("sql/b_schema.sql"), "CREATE TABLE b (id INTEGER);");
        Files.writeString(dir.resolve("sql/other.sql"), "CREATE TABLE c (id INTEGER);");
        Files.writeString(dir.resolve("query.sql"), "-- name: A :one\nSELECT 1;");
        destination = new Destination(Optional.of(dir.resolve("gen")), Optional.of("com.acme.db"));
    }

    private ConfigResult load(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return ConfigLoader.load(file, Map.of("PATH", "/bin"), Set.of("sqlite", "postgresql"), destination);
    }

    private static List<String> messages(ConfigResult result) {
        return result.diagnostics().stream().map(Diagnostic::format).toList();
    }

    @Test
    void versionTwoWithAnchorsMergeKeysAndGlobs() throws IOException {
        ConfigResult result = load("sqlc.yaml", """
        version: "2"
        overrides:
          go:
            rename: {id: ID}
        sql:
          - engine: sqlite
            schema: sql/*_schema.sql
            queries: query.sql
            gen:
              go: &gengo
                package: store
                out: internal/store
                emit_json_tags: true
                emit_interface: true
                query_parameter_limit: 2
          - name: Reports
            engine: postgresql
            schema: sql/other.sql
            queries: query.sql
            gen:
              go:
                <<: *gengo
                package: reports
        """);
        assertTrue(result.config().isPresent(), messages(result).toString());
        Config config = result.config().get();
        assertEquals(2, config.sql().size());
        SqlBlock first = config.sql().get(0);
        assertEquals(List.of(dir.resolve("sql/a_schema.sql"), dir.resolve("sql/b_schema.sql")), first.schema());
        CodegenDef def = first.codegen().get(0);
        assertEquals("java", def.plugin());
        assertEquals(dir.resolve("gen"), def.out());
        assertEquals("com.acme.db.store", def.options().get("package"));
        assertEquals(2, def.options().get("query_parameter_limit"));
        assertEquals(true, def.options().get("emit_interface"));
        assertEquals(Map.of("id", "ID"), def.options().get("rename"));
        assertTrue(!def.options().containsKey("emit_json_tags"));
        assertEquals(
                "com.acme.db.reports",
                config.sql().get(1).codegen().get(0).options().get("package"));
        List<String> notes = messages(result).stream()
                .filter(m -> m.contains("emit_json_tags"))
                .toList();
        assertEquals(1, notes.size(), messages(result).toString());
    }

    @Test
    void globsStartingWithDotSlashMatchAsSqlcsDo() throws IOException {
        // neko-dream/api: queries "./.../queries/**" (files and subfolders, each read as a folder),
        // schema "./migrations/*.up.sql"; matched against paths that never start with ./
        Files.createDirectories(dir.resolve("q/auth"));
        Files.writeString(dir.resolve("q/a.sql"), "-- name: A :one\nSELECT 1;");
        Files.writeString(dir.resolve("q/auth/b.sql"), "-- name: B :one\nSELECT 2;");
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("migrations/000001_init.up.sql"), "CREATE TABLE m (id INTEGER);");
        Files.writeString(dir.resolve("migrations/000001_init.down.sql"), "DROP TABLE m;");
        ConfigResult result = load("sqlc.yaml", """
        version: "2"
        sql:
          - engine: sqlite
            queries: "./q/**"
            schema: "./migrations/*.up.sql"
            gen:
              go:
                package: db
                out: internal/db
        """);
        assertTrue(result.config().isPresent(), messages(result).toString());
        SqlBlock block = result.config().get().sql().get(0);
        assertEquals(List.of(dir.resolve("migrations/000001_init.up.sql")), block.schema());
        assertEquals(Set.of(dir.resolve("q/a.sql"), dir.resolve("q/auth/b.sql")), Set.copyOf(block.queries()));
    }

    @Test
    void versionOneJsonWithSharedNamesAndOverrides() throws IOException {
        ConfigResult result = load("sqlc.json", """
        {
          "version": "1",
          "overrides": [{"db_type": "uuid", "go_type": "github.com/gofrs/uuid.UUID"}],
          "packages": [
            {"name": "db", "path": "internal/pg", "engine": "postgresql", "schema": "sql/other.sql",
             "queries": "query.sql", "emit_exact_table_names": true,
             "overrides": [{"column": "a.id", "go_type": "int64", "nullable": true},
                           {"db_type": "text", "engine": "sqlite", "java_type": "java.lang.String"}]},
            {"name": "db", "path": "internal/lite", "engine": "sqlite", "schema": "sql",
             "queries": ["query.sql"]}
          ]
        }
        """);
        assertTrue(result.config().isPresent(), messages(result).toString());
        Config config = result.config().get();
        CodegenDef pg = config.sql().get(0).codegen().get(0);
        assertEquals("com.acme.db.pg", pg.options().get("package"));
        assertEquals(
                "com.acme.db.lite",
                config.sql().get(1).codegen().get(0).options().get("package"));
        assertEquals(true, pg.options().get("emit_exact_table_names"));
        assertEquals(List.of(), pg.options().get("overrides"), "go_type entries and other engines' are dropped");
        assertTrue(
                messages(result).stream().anyMatch(m -> m.contains("note: overrides with go_type")),
                messages(result).toString());
    }

    @Test
    void jsonIndentedWithTabsLoads() throws IOException {
        // sqlc's own sqlc.json files are often indented with tabs, which YAML refuses where it indents
        ConfigResult result = load(
                "sqlc.json",
                "{\n\t\"version\": \"1\",\n\t\"packages\": [{\n\t\t\"name\": \"db\","
                        + "\n\t\t\"path\": \"go\",\t\"engine\": \"sqlite\",\n\t\t\"schema\": \"sql\",\n\t\t\"queries\": \"query.sql\""
                        + "\n\t}]\n}\n");
        assertTrue(result.config().isPresent(), messages(result).toString());
        assertEquals("sqlite", result.config().get().sql().get(0).engine());
    }

    @Test
    void errorsKeepTheirPlaceAndNameTheMissingFlags() throws IOException {
        destination = Destination.NONE;
        ConfigResult result = load("sqlc.yaml", """
        version: "2"
        sql:
          - engine: sqlite
            schema: sql/nothing_*.sql
            queries: query.sql
            gen:
              go:
                package: db
                emit_jsn_tags: true
        """);
        assertTrue(result.config().isEmpty());
        assertEquals(
                List.of(
                        "sqlc.yaml:1:1: error: a sqlc config needs --out DIR and --package PKG on the command line (its out"
                                + " and package are Go's); missing --out and --package",
                        "sqlc.yaml:4:13: error: no file matches schema pattern \"sql/nothing_*.sql\"",
                        "sqlc.yaml:9:9: error: unknown key \"emit_jsn_tags\" in sql[0].gen.go; did you mean \"emit_json_tags\"?"),
                messages(result));
    }

    @Test
    void sqlcsNewerGoOptionsAreNotedNotRefused() throws IOException {
        // sqlc 1.28+: models in their own Go package, pointers for nullable enums
        ConfigResult result = load("sqlc.yaml", """
        version: "2"
        sql:
          - engine: sqlite
            schema: sql/other.sql
            queries: query.sql
            gen:
              go:
                package: db
                out: internal/db
                output_models_path: internal/models
                output_models_package: models
                output_models_import: example.com/app/internal/models
                output_models_emit: true
                emit_pointers_for_null_enum_types: true
        """);
        assertTrue(result.config().isPresent(), messages(result).toString());
        assertEquals(
                List.of(
                        "output_models_path",
                        "output_models_package",
                        "output_models_import",
                        "output_models_emit",
                        "emit_pointers_for_null_enum_types"),
                messages(result).stream()
                        .map(m -> m.replaceAll(".*sqlc option \"([a-z_]+)\" has no meaning for Java code.*", "$1"))
                        .toList());
    }

    @Test
    void outAndPackageOverrideASqljConfig() throws IOException {
        ConfigResult result = load("sqlj.yaml", """
        version: "1"
        sql:
          - engine: sqlite
            schema: sql/other.sql
            queries: query.sql
            codegen:
              - plugin: java
                out: src/main/java
                options: {package: com.example.db, query_parameter_limit: 1, emit_db_tags: true}
        """);
        assertTrue(result.config().isPresent(), messages(result).toString());
        CodegenDef def = result.config().get().sql().get(0).codegen().get(0);
        assertEquals(dir.resolve("gen"), def.out());
        assertEquals("com.acme.db", def.options().get("package"));
        assertEquals(
                List.of("sqlj.yaml:9:70: note: sqlc option \"emit_db_tags\" has no meaning for Java code;"
                        + " ignored"),
                messages(result));
    }
}
