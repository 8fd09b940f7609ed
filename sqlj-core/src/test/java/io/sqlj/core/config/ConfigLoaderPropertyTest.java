package io.sqlj.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import io.sqlj.core.Diagnostic;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import org.yaml.snakeyaml.Yaml;

/**
 * The config loader under random input: text that is mostly YAML and structures that are mostly
 * a config. The only outcomes allowed are a config or error diagnostics with a line and column.
 */
class ConfigLoaderPropertyTest {

    private static final List<String> KEYS = List.of(
            "version",
            "engines",
            "sql",
            "name",
            "process",
            "cmd",
            "env",
            "timeout",
            "engine",
            "schema",
            "database",
            "uri",
            "queries",
            "engine_options",
            "codegen",
            "plugin",
            "out",
            "options",
            "package",
            "overrides",
            "bogus");
    private static final List<String> SCALARS = List.of(
            "\"1\"",
            "1",
            "sqlite",
            "schema.sql",
            "queries.sql",
            "src/main/java",
            "..",
            "/etc",
            "",
            "~",
            "null",
            "[]",
            "{}",
            "${HOME}",
            "${NOPE}",
            "\"\\x\"",
            "30s",
            "-1s",
            "'unterminated",
            "&a x",
            "*a",
            "!!binary AAAA",
            "!!python/object x",
            "0x1F",
            "1e400",
            "- a",
            ": b",
            "\"postgres://u:pw@h/db\"",
            "yes",
            "\t",
            "\"\\u0000\"",
            "{a: [b, {c: d}]}");

    private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
    private final Path dir = createProject();

    private Path createProject() {
        try {
            Path d = Files.createDirectories(fs.getPath("/p"));
            Files.writeString(d.resolve("schema.sql"), "CREATE TABLE t (id INTEGER);\n");
            Files.writeString(d.resolve("queries.sql"), "-- name: A :one\nSELECT 1;\n");
            return d;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterProperty
    void close() throws IOException {
        fs.close();
    }

    @Property(tries = 1000)
    void yamlishTextGivesAConfigOrLocatedErrors(@ForAll("yamlish") String text) throws IOException {
        check(text);
    }

    @Property(tries = 1000)
    void randomStructuresGiveAConfigOrLocatedErrors(@ForAll("structures") Object tree) throws IOException {
        check(new Yaml().dump(tree));
    }

    @Property(tries = 300)
    void arbitraryStringsGiveAConfigOrLocatedErrors(@ForAll String text) throws IOException {
        check(text);
    }

    private void check(String text) throws IOException {
        Path file = dir.resolve("sqlj.yaml");
        Files.writeString(file, text);
        ConfigResult result = ConfigLoader.load(file, Map.of("HOME", "/home/u"));
        List<Diagnostic> errors =
                result.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(result.config().isEmpty(), !errors.isEmpty(), () -> "config xor errors for:\n" + text);
        for (Diagnostic d : errors) {
            assertEquals("sqlj.yaml", d.file(), d::format);
            assertTrue(d.line() >= 1 && d.column() >= 1, () -> "no line:col in " + d.format() + " for:\n" + text);
            assertTrue(!d.message().isBlank(), d::format);
        }
    }

    @Provide
    Arbitrary<String> yamlish() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of(KEYS).map(k -> k + ":"),
                Arbitraries.of(KEYS).flatMap(k -> Arbitraries.of(SCALARS).map(v -> k + ": " + v)),
                Arbitraries.of(SCALARS).map(v -> "- " + v),
                Arbitraries.of(KEYS).map(k -> "- " + k + ":"),
                Arbitraries.strings().ofMaxLength(12));
        Arbitrary<String> indented =
                Arbitraries.integers().between(0, 8).flatMap(n -> line.map(l -> " ".repeat(n) + l));
        return indented.list().ofMaxSize(25).map(lines -> String.join("\n", lines));
    }

    @Provide
    Arbitrary<Object> structures() {
        return node(4);
    }

    private Arbitrary<Object> node(int depth) {
        Arbitrary<Object> scalar = Arbitraries.oneOf(
                Arbitraries.of(SCALARS).map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.of(true, false).map(b -> (Object) b));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<Object> list = node(depth - 1).list().ofMaxSize(3).map(l -> (Object) new ArrayList<>(l));
        Arbitrary<Object> map = Arbitraries.maps(Arbitraries.of(KEYS), node(depth - 1))
                .ofMaxSize(5)
                .map(m -> (Object) new LinkedHashMap<>(m));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, scalar), net.jqwik.api.Tuple.of(1, list), net.jqwik.api.Tuple.of(3, map));
    }
}
