package io.sqlj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import io.sqlj.codegen.java.InMemoryCompiler;
import io.sqlj.core.Diagnostic;
import io.sqlj.core.PipelineResult;
import io.sqlj.core.config.Destination;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The end-to-end corpus: every folder under {@code testdata/} with a {@code sqlj.yaml} is a case,
 * run through the real pipeline and the bundled engine. A case either generates exactly the
 * files under its {@code expected/} folder (which must compile with {@code -Xlint:all -Werror}),
 * or fails with exactly the lines of its {@code expected-error.txt}.
 *
 * <p>Rewrite the goldens with {@code mvn -pl sqlj-cli test -Dtest=GoldenTest -Dsqlj.updateGoldens=true}.
 */
class GoldenTest {

    static final String UPDATE_COMMAND =
            "mvn -q -pl sqlj-cli -am test -Dtest=GoldenTest -Dsurefire.failIfNoSpecifiedTests=false"
                    + " -Dsqlj.updateGoldens=true";

    private static final boolean UPDATE = Boolean.getBoolean("sqlj.updateGoldens");

    static Path testdataDir() {
        return Path.of(System.getProperty("sqlj.testdata", "../testdata"))
                .toAbsolutePath()
                .normalize();
    }

    @TestFactory
    Stream<DynamicTest> testdata() throws IOException {
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(testdataDir())) {
            cases = dirs.filter(d -> configOf(d).isPresent()).sorted().toList();
        }
        assertTrue(cases.size() >= 25, "expected the testdata corpus, found " + cases.size() + " cases");
        // -Dsqlj.cases=REGEX runs (and updates) only the cases whose folder name matches.
        String only = System.getProperty("sqlj.cases", "");
        if (!only.isEmpty()) {
            cases = cases.stream()
                    .filter(d -> d.getFileName().toString().matches(only))
                    .toList();
        }
        return cases.stream()
                .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }

    /**
     * A case's config: its {@code sqlj.yaml}, or a sqlc config as sqlc projects have it ({@code
     * sqlc.yaml}, {@code sqlc.yml}, {@code sqlc.json}), run as {@code --out expected --package
     * testdata.<case>} (each case its own package: sqlj-it compiles them all together). A project
     * whose sqlc config sits deeper in its repository (and names files above its folder, {@code
     * ../../sql/schema.sql}) keeps that layout, and its {@code config-path.txt} names the config.
     */
    static java.util.Optional<Path> configOf(Path dir) {
        Path pointer = dir.resolve("config-path.txt");
        if (Files.isRegularFile(pointer)) {
            try {
                return java.util.Optional.of(
                        dir.resolve(Files.readString(pointer).strip()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return Stream.of("sqlj.yaml", "sqlc.yaml", "sqlc.yml", "sqlc.json")
                .map(dir::resolve)
                .filter(Files::isRegularFile)
                .findFirst();
    }

    private static void check(Path dir) throws IOException, InterruptedException {
        Path config = configOf(dir).orElseThrow();
        if (Files.readString(config).contains("engines/duckdb/sqlj-engine-duckdb")) {
            installDuckDbEngine(
                    config.getParent().resolve("../../engines/duckdb").normalize());
        }
        Destination destination = config.getFileName().toString().startsWith("sqlc.")
                ? new Destination(
                        java.util.Optional.of(dir.resolve("expected")),
                        java.util.Optional.of("testdata." + dir.getFileName()))
                : Destination.NONE;
        PipelineResult result =
                Generation.pipeline(Map.of("PATH", System.getenv("PATH"))).run(config, destination);
        Path errorFile = dir.resolve("expected-error.txt");
        Path expectedDir = dir.resolve("expected");
        String errors =
                result.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n", "", "\n"));
        if (UPDATE) {
            update(dir, result, errors);
        }
        if (Files.exists(errorFile)) {
            assertTrue(result.hasErrors(), "expected errors, but the case generated code; " + hint());
            assertEquals(Files.readString(errorFile), errors, "diagnostics differ; " + hint());
            return;
        }
        if (result.hasErrors()) {
            fail("unexpected diagnostics:\n" + errors + hint());
        }
        Path notesFile = dir.resolve("expected-notes.txt");
        if (destination != Destination.NONE || Files.exists(notesFile)) {
            // A sqlc project's notes (options ignored, blocks skipped) are part of its expected output,
            // and so are any case's that has an expected-notes.txt.
            if (UPDATE && (!result.diagnostics().isEmpty() || destination == Destination.NONE)) {
                Files.writeString(notesFile, errors);
            }
            String notes = Files.exists(notesFile) ? Files.readString(notesFile) : "\n";
            assertEquals(notes, errors, "notes and warnings differ; " + hint());
        }
        Map<String, String> actual = relativize(expectedDir, result.files());
        Map<String, String> expected = readTree(expectedDir);
        StringBuilder diffs = new StringBuilder();
        for (String path : union(actual, expected)) {
            String want = expected.get(path);
            String got = actual.get(path);
            if (!java.util.Objects.equals(want, got)) {
                diffs.append(diff(path, want, got));
            }
        }
        if (diffs.length() > 0) {
            fail("generated code differs from expected/:\n" + diffs + hint());
        }
        // A case's support/ folder holds the user classes its code refers to (converters...).
        Map<String, String> sources = new java.util.TreeMap<>(actual);
        if (Files.isDirectory(dir.resolve("support"))) {
            readTree(dir.resolve("support")).forEach((path, text) -> sources.put("support/" + path, text));
        }
        InMemoryCompiler.Result compiled = InMemoryCompiler.compile(sources);
        assertEquals(List.of(), compiled.diagnostics(), "generated code must compile with -Xlint:all -Werror");
    }

    /**
     * The DuckDB goldens run the repository's JavaScript engine: its packages are installed once, as
     * sqlj-it's DuckDbEngineTest does (Node.js and npm are needed to build sqlj).
     */
    private static synchronized void installDuckDbEngine(Path engineDir) throws IOException, InterruptedException {
        if (Files.isDirectory(engineDir.resolve("node_modules/@duckdb/node-api"))) {
            return;
        }
        List<String> npm = List.of("npm", "install", "--omit=dev", "--no-save", "--no-audit", "--no-fund");
        Process p = new ProcessBuilder(npm)
                .directory(engineDir.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", npm) + " in " + engineDir + " failed:\n" + output);
    }

    private static void update(Path dir, PipelineResult result, String errors) throws IOException {
        Path errorFile = dir.resolve("expected-error.txt");
        Path expectedDir = dir.resolve("expected");
        deleteTree(expectedDir);
        Files.deleteIfExists(errorFile);
        if (configOf(dir).orElseThrow().getFileName().toString().startsWith("sqlc.")) {
            Files.deleteIfExists(dir.resolve("expected-notes.txt"));
        }
        if (result.hasErrors()) {
            Files.writeString(errorFile, errors);
            return;
        }
        for (Map.Entry<Path, String> file : result.files().entrySet()) {
            Files.createDirectories(file.getKey().getParent());
            Files.writeString(file.getKey(), file.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static String hint() {
        return "\nif the change is intended, rewrite the goldens with:\n  " + UPDATE_COMMAND;
    }

    private static Map<String, String> relativize(Path base, Map<Path, String> files) {
        Map<String, String> out = new TreeMap<>();
        files.forEach((path, text) -> out.put(base.relativize(path).toString().replace('\\', '/'), text));
        return out;
    }

    private static Map<String, String> readTree(Path base) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(base)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(base)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                out.put(base.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return out;
    }

    private static TreeSet<String> union(Map<String, String> a, Map<String, String> b) {
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static String diff(String path, String want, String got) {
        List<String> before = want == null ? new ArrayList<>() : want.lines().toList();
        List<String> after = got == null ? new ArrayList<>() : got.lines().toList();
        List<String> lines = UnifiedDiffUtils.generateUnifiedDiff(
                "expected/" + path, "generated/" + path, before, DiffUtils.diff(before, after), 3);
        return String.join("\n", lines) + "\n";
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
