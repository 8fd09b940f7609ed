package io.sqlj.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sqlj.core.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configs written to hurt: alias bombs, recursion, control characters, bad encodings, symlinks. */
class ConfigAbuseTest {

    @TempDir
    Path dir;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE a (id INTEGER);");
        Files.writeString(dir.resolve("queries.sql"), "-- name: A :one\nSELECT 1;");
    }

    private List<String> load(String yaml) throws IOException {
        Path file = dir.resolve("sqlj.yaml");
        Files.writeString(file, yaml);
        return messages(file);
    }

    private static List<String> messages(Path file) {
        return ConfigLoader.load(file, Map.of(), Set.of("sqlite")).diagnostics().stream()
                .map(Diagnostic::format)
                .toList();
    }

    private static String withOptions(String options) {
        return """
        version: "1"
        sql:
          - engine: sqlite
            schema: schema.sql
            queries: queries.sql
            codegen:
              - plugin: java
                out: gen
                options:
        """ + options.indent(10);
    }

    @Test
    void anAliasBombIsRefusedNotExpanded() throws IOException {
        StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 40; i++) {
            bomb.append("a")
                    .append(i)
                    .append(": &a")
                    .append(i)
                    .append(" [*a")
                    .append(i - 1)
                    .append(", *a")
                    .append(i - 1)
                    .append("]\n");
        }
        List<String> messages = load(withOptions(bomb.toString()));
        assertEquals(1, messages.size(), messages::toString);
        assertEquals(true, messages.get(0).matches("sqlj\\.yaml:\\d+:\\d+: error: .*(alias|large).*"), messages.get(0));
    }

    @Test
    void aRecursiveAliasIsAnError() throws IOException {
        List<String> messages = load(withOptions("self: &s [1, *s]"));
        assertEquals(1, messages.size(), messages::toString);
        assertEquals(true, messages.get(0).matches("sqlj\\.yaml:\\d+:\\d+: error: .*"), messages.get(0));
    }

    @Test
    void aControlCharacterIsLocated() throws IOException {
        assertEquals(
                List.of("sqlj.yaml:2:7: error: invalid YAML: a YAML file may not contain the character U+0007;"
                        + " remove it (sqlj stopped here: no query file was read)"),
                load("version: \"1\"\nsql: x\u0007y\n"));
    }

    @Test
    void invalidUtf8IsLocated() throws IOException {
        Path file = dir.resolve("sqlj.yaml");
        byte[] head = "version: \"1\"\nsql: ab".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 1];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3;
        Files.write(file, bytes);
        assertEquals(
                List.of(
                        "sqlj.yaml:2:8: error: config file is not valid UTF-8; save it as UTF-8 (sqlj stopped here: no query file was read)"),
                messages(file));
    }

    @Test
    void outThroughASymlinkThatLeavesTheTreeIsRefused(@TempDir Path elsewhere) throws IOException {
        Files.createSymbolicLink(dir.resolve("escape"), elsewhere);
        List<String> messages = load(withOptions("package: a.b").replace("out: gen", "out: escape/gen"));
        assertEquals(1, messages.size(), messages::toString);
        assertEquals(
                true,
                messages.get(0)
                        .startsWith("sqlj.yaml:8:14: error: out \"escape/gen\" is outside the config's" + " folder"),
                messages.get(0));
    }
}
