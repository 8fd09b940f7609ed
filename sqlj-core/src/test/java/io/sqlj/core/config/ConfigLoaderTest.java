package io.sqlj.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.core.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE a (id INTEGER);");
        Files.writeString(dir.resolve("queries.sql"), "-- name: A :one\nSELECT 1;");
    }

    private ConfigResult load(String yaml) throws IOException {
        return load(yaml, Map.of());
    }

    private ConfigResult load(String yaml, Map<String, String> env) throws IOException {
        Path file = dir.resolve("sqlj.yaml");
        Files.writeString(file, yaml);
        return ConfigLoader.load(file, env, Set.of("sqlite", "postgresql"));
    }

    private static List<String> messages(ConfigResult result) {
        return result.diagnostics().stream().map(Diagnostic::format).toList();
    }

    private static final String VALID = """
      version: "1"
      sql:
        - engine: sqlite
          schema: schema.sql
          queries: queries.sql
          codegen:
            - plugin: java
              out: src/main/java
              options:
                package: com.example.db
                params_limit: 3
                overrides: [{db_type: uuid, java: java.util.UUID}]
      """;

    @Test
    void loadsAValidConfig() throws IOException {
        ConfigResult result = load(VALID);
        assertEquals(List.of(), messages(result));
        Config config = result.config().orElseThrow();
        assertEquals("1", config.version());
        SqlBlock block = config.sql().get(0);
        assertEquals("sqlite", block.engine());
        assertEquals(List.of(dir.resolve("schema.sql").toAbsolutePath()), block.schema());
        assertEquals(List.of(dir.resolve("queries.sql").toAbsolutePath()), block.queries());
        CodegenDef def = block.codegen().get(0);
        assertEquals(dir.resolve("src/main/java").toAbsolutePath(), def.out());
        assertEquals("com.example.db", def.options().get("package"));
        assertEquals(3, def.options().get("params_limit"));
        assertEquals(
                List.of(Map.of("db_type", "uuid", "java", "java.util.UUID")),
                def.options().get("overrides"));
        assertEquals(11, def.locationOf("params_limit").line());
        assertEquals(11, def.locationOf("params_limit").column());
        assertEquals(new io.sqlj.core.Location("sqlj.yaml", 3, 13), block.engineLocation());
    }

    @Test
    void unknownKeySuggestsTheNearestOne() throws IOException {
        ConfigResult result = load(VALID.replace("queries: queries.sql", "quries: queries.sql"));
        assertEquals(
                List.of(
                        "sqlj.yaml:5:5: error: unknown key \"quries\" in sql[0]; did you mean \"queries\"?",
                        "sqlj.yaml:3:5: error: missing required key \"queries\" in sql[0]"),
                messages(result));
        assertTrue(result.config().isEmpty());
    }

    @Test
    void unknownTopLevelKeyWithNothingCloseListsTheValidOnes() throws IOException {
        ConfigResult result = load(VALID + "zzzzzzzzzz: 1\n");
        assertEquals(
                List.of("sqlj.yaml:13:1: error: unknown key \"zzzzzzzzzz\" at the top level;"
                        + " expected one of: version, engines, rules, sql"),
                messages(result));
    }

    @Test
    void reportsEveryProblemAtOnce() throws IOException {
        ConfigResult result = load("""
        version: "2"
        sql:
          - engine: sqlit
            schema: schem.sql
            queries: {a: b}
            codegen:
              - plugin: java
                out: ../elsewhere
                colour: blue
        """);
        assertEquals(
                List.of(
                        "sqlj.yaml:1:10: error: unsupported version \"2\"; the only version is \"1\" (sqlj stopped here: no query file was read)",
                        "sqlj.yaml:3:13: error: unknown engine \"sqlit\" in sql[0]; did you mean \"sqlite\"?",
                        "sqlj.yaml:4:13: error: schema file \"schem.sql\" not found",
                        "sqlj.yaml:5:14: error: expected a list or a string for sql[0].queries, found a mapping",
                        "sqlj.yaml:9:9: error: unknown key \"colour\" in sql[0].codegen[0]; expected one of: plugin, out, options",
                        "sqlj.yaml:8:14: error: out \"../elsewhere\" is outside the config's folder; sqlj writes only below "
                                + dir.toAbsolutePath().normalize()),
                messages(result));
    }

    @Test
    void missingRequiredKeysAreReportedAtTheirParent() throws IOException {
        ConfigResult result = load("""
        sql:
          - engine: sqlite
            schema: schema.sql
            queries: queries.sql
            codegen:
              - out: gen
        """);
        assertEquals(
                List.of(
                        "sqlj.yaml:1:1: error: missing required key \"version\" at the top level (sqlj stopped here: no query file was read)",
                        "sqlj.yaml:6:9: error: missing required key \"plugin\" in sql[0].codegen[0]"),
                messages(result));
    }

    @Test
    void schemaAndDatabaseExcludeEachOther() throws IOException {
        ConfigResult both = load(VALID.replace("schema: schema.sql", "schema: schema.sql\n    database: {uri: x}"));
        assertEquals(
                List.of("sqlj.yaml:5:5: error: sql[0] has both \"schema\" and \"database\"; use one of them"),
                messages(both));
        ConfigResult neither = load(VALID.replace("    schema: schema.sql\n", ""));
        assertEquals(
                List.of("sqlj.yaml:3:5: error: missing required key \"schema\" (or \"database\") in sql[0]"),
                messages(neither));
    }

    @Test
    void expandsVariablesInEveryString() throws IOException {
        ConfigResult result = load(
                VALID.replace("schema: schema.sql", "database: {uri: \"${DB_URL}?x=1\"}")
                        .replace("com.example.db", "${PKG}"),
                Map.of("DB_URL", "jdbc:postgresql://h/db", "PKG", "org.acme"));
        assertEquals(List.of(), messages(result));
        SqlBlock block = result.config().orElseThrow().sql().get(0);
        assertEquals("jdbc:postgresql://h/db?x=1", block.database().orElseThrow());
        assertEquals("org.acme", block.codegen().get(0).options().get("package"));
    }

    @Test
    void undefinedVariableIsAnErrorAtItsScalar() throws IOException {
        ConfigResult result = load(VALID.replace("out: src/main/java", "out: ${OUT_DIR}/java"));
        assertEquals(
                List.of("sqlj.yaml:8:14: error: undefined environment variable \"OUT_DIR\" in \"${OUT_DIR}/java\""),
                messages(result));
    }

    @Test
    void foldersExpandToTheirSqlFilesSortedByName() throws IOException {
        Path queries = Files.createDirectories(dir.resolve("queries"));
        Files.writeString(queries.resolve("b.sql"), "");
        Files.writeString(queries.resolve("a.sql"), "");
        Files.writeString(queries.resolve("notes.txt"), "");
        Files.createDirectories(dir.resolve("empty"));
        ConfigResult result = load(VALID.replace("queries: queries.sql", "queries: [queries, queries.sql]"));
        assertEquals(List.of(), messages(result));
        assertEquals(
                List.of(queries.resolve("a.sql"), queries.resolve("b.sql"), dir.resolve("queries.sql")),
                result.config().orElseThrow().sql().get(0).queries());
        ConfigResult empty = load(VALID.replace("schema: schema.sql", "schema: empty"));
        assertEquals(List.of("sqlj.yaml:4:13: error: schema folder \"empty\" has no .sql files"), messages(empty));
    }

    @Test
    void schemaFoldersAreInMigrationOrderButQueryFoldersInNameOrder() throws IOException {
        Path db = Files.createDirectories(dir.resolve("db"));
        for (String name : List.of("V10__d.sql", "V2__c.sql", "U2__c.sql", "10_x.down.sql")) {
            Files.writeString(db.resolve(name), "");
        }
        ConfigResult result =
                load(VALID.replace("schema: schema.sql", "schema: db").replace("queries: queries.sql", "queries: db"));
        assertEquals(List.of(), messages(result));
        SqlBlock block = result.config().orElseThrow().sql().get(0);
        assertEquals(List.of(db.resolve("V2__c.sql"), db.resolve("V10__d.sql")), block.schema());
        assertEquals(
                List.of(
                        db.resolve("10_x.down.sql"),
                        db.resolve("U2__c.sql"),
                        db.resolve("V10__d.sql"),
                        db.resolve("V2__c.sql")),
                block.queries());
    }

    @Test
    void schemaFolderOfOnlyDownScriptsIsAnError() throws IOException {
        Path down = Files.createDirectories(dir.resolve("down"));
        Files.writeString(down.resolve("1_init.down.sql"), "");
        ConfigResult result = load(VALID.replace("schema: schema.sql", "schema: down"));
        assertEquals(
                List.of("sqlj.yaml:4:13: error: schema folder \"down\" has only down or undo scripts"
                        + " (such as 1_init.down.sql); sqlj applies up migrations only"),
                messages(result));
    }

    @Test
    void enginesAreParsed() throws IOException {
        ConfigResult result = load("""
        version: "1"
        engines:
          - name: mydb
            process: {cmd: "bin/engine --flag 'two words' a\\\\ b \\"q\\\\\\"x\\""}
            env: [MYDB_DSN]
            timeout: 1m30s
        sql:
          - engine: mydb
            schema: schema.sql
            queries: queries.sql
            engine_options: {strict: true, level: 2}
            codegen: [{plugin: java, out: gen}]
        """);
        assertEquals(List.of(), messages(result));
        EngineDef engine = result.config().orElseThrow().engines().get(0);
        assertEquals(List.of("bin/engine", "--flag", "two words", "a b", "q\"x"), engine.cmd());
        assertEquals(List.of("MYDB_DSN"), engine.env());
        assertEquals(Duration.ofSeconds(90), engine.timeout());
        assertEquals(
                Map.of("strict", "true", "level", "2"),
                result.config().orElseThrow().sql().get(0).engineOptions());
    }

    @Test
    void engineProblems() throws IOException {
        ConfigResult result = load("""
        version: "1"
        engines:
          - name: mydb
            process: {cmd: "engine 'open"}
            timeout: soon
          - name: other
            env: MYDB
        sql: []
        """);
        assertEquals(
                List.of(
                        "sqlj.yaml:4:20: error: unterminated single quote in command: engine 'open",
                        "sqlj.yaml:5:14: error: invalid timeout \"soon\": write a positive number with a unit, such as"
                                + " \"30s\", \"2m\" or \"500ms\"",
                        "sqlj.yaml:6:5: error: missing required key \"process\" in engines[1]",
                        "sqlj.yaml:7:10: error: expected a list for engines[1].env, found \"MYDB\"",
                        "sqlj.yaml:8:6: error: sql is an empty list; add at least one block (sqlj stopped here: no query file was read)"),
                messages(result));
    }

    @Test
    void defaultTimeout() throws IOException {
        ConfigResult result =
                load(VALID.replace("version: \"1\"\n", "version: \"1\"\nengines: [{name: e, process: {cmd: e}}]\n"));
        assertEquals(
                EngineDef.DEFAULT_TIMEOUT,
                result.config().orElseThrow().engines().get(0).timeout());
    }

    @Test
    void outMustNotBeTheConfigFolder() throws IOException {
        ConfigResult result = load(VALID.replace("out: src/main/java", "out: ./"));
        assertEquals(
                List.of("sqlj.yaml:8:14: error: out \"./\" is the config's own folder; name a folder inside it,"
                        + " such as src/main/java"),
                messages(result));
    }

    @Test
    void malformedYamlIsOneCleanMessage() throws IOException {
        ConfigResult result = load("version: \"1\"\nsql:\n  - engine: sqlite\n   bad: [\n");
        assertEquals(1, result.diagnostics().size());
        Diagnostic d = result.diagnostics().get(0);
        assertEquals("sqlj.yaml", d.file());
        assertTrue(d.line() > 0 && d.column() > 0, d.format());
        assertTrue(d.message().startsWith("invalid YAML: "), d.message());
        assertTrue(d.message().endsWith(ConfigLoader.STOPPED), "says the run stopped there: " + d.message());
        assertFalse(d.message().contains("\n"), d.message());
    }

    @Test
    void emptyFile() throws IOException {
        assertEquals(
                List.of("sqlj.yaml:1:1: error: config file is empty; it needs at least: version: \"1\" and sql:"),
                messages(load("# nothing here\n")));
    }

    @Test
    void wrongRootAndMissingFile() throws IOException {
        assertEquals(
                List.of(
                        "sqlj.yaml:1:1: error: expected a mapping for the config, found a list (sqlj stopped here: no query file was read)"),
                messages(load("- a\n- b\n")));
        ConfigResult missing = ConfigLoader.load(dir.resolve("nope.yaml"), Map.of());
        assertEquals("nope.yaml", missing.diagnostics().get(0).file());
        assertTrue(missing.diagnostics().get(0).message().startsWith("config file not found: "));
        ConfigResult folder = ConfigLoader.load(dir, Map.of()); // `-f .` or `-f ""`
        assertEquals(1, folder.diagnostics().size());
        assertEquals(
                "the config path is a folder, not a file: " + dir
                        + "; name the config file in it (sqlc.yaml, sqlc.yml, sqlc.json or sqlj.yaml)",
                folder.diagnostics().get(0).message());
    }

    @Test
    void duplicateKeys() throws IOException {
        ConfigResult result = load(VALID.replace("  schema: schema.sql", "  schema: schema.sql\n    schema: x.sql"));
        assertEquals(List.of("sqlj.yaml:5:5: error: duplicate key \"schema\" in sql[0]"), messages(result));
    }
}
