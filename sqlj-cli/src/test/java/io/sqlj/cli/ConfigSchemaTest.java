package io.sqlj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.sqlj.codegen.java.JavaGenerator;
import io.sqlj.core.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/sqlj.schema.json, the JSON Schema editors complete sqlj.yaml with: it accepts every
 * sqlj.yaml of the repository that sqlj itself accepts, rejects what sqlj rejects for its keys,
 * knows every key ConfigLoader and the java generator know (and no other), and is the file the
 * jar ships and {@code sqlj init} writes.
 */
class ConfigSchemaTest {

    private static final Path ROOT =
            Path.of(System.getProperty("sqlj.testdata", "../testdata")).getParent();
    private static final Path SCHEMA = ROOT.resolve("docs/sqlj.schema.json");

    @TempDir
    Path dir;

    private static Schema schema() throws IOException {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(SCHEMA), InputFormat.JSON);
    }

    /** Every sqlj.yaml of examples/, testdata/ and the Maven plugin's ITs (sqlc's configs have sqlc's own schema). */
    private static List<Path> configs() throws IOException {
        List<Path> configs = new ArrayList<>();
        for (String folder : List.of("examples", "testdata", "sqlj-maven-plugin/src/it", "bench")) {
            if (!Files.isDirectory(ROOT.resolve(folder))) {
                continue;
            }
            try (Stream<Path> files = Files.walk(ROOT.resolve(folder))) {
                files.filter(p -> p.getFileName().toString().equals("sqlj.yaml"))
                        .filter(p -> !p.toString().contains("node_modules")
                                && !p.toString().contains("/target/"))
                        .sorted()
                        .forEach(configs::add);
            }
        }
        return configs;
    }

    @Test
    void everyConfigSqljAcceptsIsValid() throws IOException {
        Schema schema = schema();
        List<Path> configs = configs();
        assertTrue(configs.size() > 50, "found only " + configs);
        List<String> problems = new ArrayList<>();
        for (Path config : configs) {
            if (Files.exists(config.resolveSibling("expected-error.txt"))) {
                continue; // a golden of a wrong project: wrong in its SQL or, below, in its config
            }
            List<Error> errors = schema.validate(Files.readString(config), InputFormat.YAML);
            if (!errors.isEmpty()) {
                problems.add(ROOT.relativize(config) + ": " + errors);
            }
        }
        assertEquals(List.of(), problems);
        for (String wrong : List.of("error_config_unknown_key", "error_bad_package")) {
            Path config = ROOT.resolve("testdata").resolve(wrong).resolve("sqlj.yaml");
            assertFalse(
                    schema.validate(Files.readString(config), InputFormat.YAML).isEmpty(), wrong);
        }
    }

    @Test
    void rejectsWhatSqljRejects() throws IOException {
        Schema schema = schema();
        String good = """
        version: "1"
        sql:
          - engine: sqlite
            schema: schema.sql
            queries: queries.sql
            codegen:
              - plugin: java
                out: src/main/java
                options: { package: com.example.db, params_limit: 2 }
        """;
        assertEquals(List.of(), schema.validate(good, InputFormat.YAML));
        for (String[] change : new String[][] {
            {"version: \"1\"", "version: \"2\""},
            {"schema: schema.sql", "schemas: schema.sql"},
            {"params_limit: 2", "params_limt: 2"},
            {"params_limit: 2", "params_limit: -1"},
            {"plugin: java", "out2: x"},
            {"    queries: queries.sql\n", ""},
            {"schema: schema.sql", "database: { url: x }"}
        }) {
            String bad = good.replace(change[0], change[1]);
            assertFalse(schema.validate(bad, InputFormat.YAML).isEmpty(), () -> "schema accepts:\n" + bad);
        }
    }

    @Test
    void knowsEveryKeyConfigLoaderKnowsAndNoOther() throws IOException {
        JsonNode root = JsonMapper.builder().build().readTree(Files.readString(SCHEMA));
        JsonNode defs = root.get("$defs");
        Map<String, JsonNode> at = Map.of(
                "", root,
                "engines[]", defs.get("engine"),
                "engines[].process", defs.get("engine").get("properties").get("process"),
                "rules[]", defs.get("rule"),
                "sql[]", defs.get("block"),
                "sql[].database", defs.get("block").get("properties").get("database"),
                "sql[].codegen[]", defs.get("codegen"),
                "sql[].codegen[].options (sqlc, ignored)", defs.get("javaOptions"));
        Map<String, List<String>> known = ConfigLoader.knownKeys();
        assertEquals(new TreeSet<>(known.keySet()), new TreeSet<>(at.keySet()));
        for (Map.Entry<String, List<String>> e : known.entrySet()) {
            Set<String> inSchema = properties(at.get(e.getKey()));
            for (String key : e.getValue()) {
                assertTrue(inSchema.contains(key), () -> "docs/sqlj.schema.json lacks " + e.getKey() + "." + key);
            }
            if (!e.getKey().contains("options")) {
                assertEquals(new TreeSet<>(e.getValue()), inSchema, "keys at " + e.getKey());
            }
        }
        Set<String> options = properties(defs.get("javaOptions"));
        Set<String> expected = new TreeSet<>(JavaGenerator.optionKeys());
        expected.addAll(known.get("sql[].codegen[].options (sqlc, ignored)"));
        assertEquals(expected, options, "java options");
        Set<String> overrideKeys = properties(
                defs.get("javaOptions").get("properties").get("overrides").get("items"));
        assertTrue(overrideKeys.containsAll(JavaGenerator.overrideKeys()), () -> "override keys: " + overrideKeys);
    }

    private static Set<String> properties(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.get("properties").propertyNames().forEach(names::add);
        return names;
    }

    @Test
    void theJarShipsTheSchemaAndInitReferencesIt() throws IOException {
        assertEquals(Files.readString(SCHEMA), InitCommand.jsonSchema());
        for (InitCommand.Engine engine : InitCommand.Engine.values()) {
            for (boolean maven : new boolean[] {false, true}) {
                Map<String, String> files = InitCommand.files(engine, "com.example.db", maven);
                String config = files.get("sqlj.yaml");
                assertTrue(config.startsWith("# yaml-language-server: $schema=sqlj.schema.json\n"), config);
                assertEquals(Files.readString(SCHEMA), files.get(InitCommand.SCHEMA_FILE));
                assertEquals(List.of(), schema().validate(config, InputFormat.YAML), engine + " maven=" + maven);
            }
        }
    }
}
