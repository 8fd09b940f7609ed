package io.sqlj.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DuckDB engine, written in JavaScript, as sqlj runs it: it passes the conformance kit, and
 * {@code sqlj generate} through it writes exactly the committed examples/duckdb code (which
 * {@link DuckDbGeneratedCodeTest} runs against DuckDB's JDBC driver).
 */
class DuckDbEngineTest {

    private static final Path ENGINE_DIR = Sqlite.root().resolve("engines/duckdb");
    private static final Path ENGINE = ENGINE_DIR.resolve("sqlj-engine-duckdb");

    @TempDir
    Path tmp;

    @BeforeAll
    static void installTheEngine() throws Exception {
        Tools.require("node", "the DuckDB engine runs on Node.js");
        if (!Files.isDirectory(ENGINE_DIR.resolve("node_modules/@duckdb/node-api"))) {
            Tools.require("npm", "the DuckDB engine's packages are installed with npm");
            // Not `npm ci`: it rejects a lock file that lacks the other platforms' optional DuckDB
            // binaries, which a registry may not carry; `install --no-save` follows the lock file
            // and leaves it as committed.
            List<String> npm = List.of("npm", "install", "--omit=dev", "--no-save", "--no-audit", "--no-fund");
            Tools.Result install = Tools.run(ENGINE_DIR, 600, npm);
            assertEquals(
                    0, install.exit(), String.join(" ", npm) + " in " + ENGINE_DIR + " failed:\n" + install.output());
        }
    }

    @Test
    void passesTheConformanceKit() throws Exception {
        Tools.Result check = Tools.sqlj("engine", "check", "--", ENGINE.toString());
        assertEquals(0, check.exit(), check.output());
        assertTrue(check.output().contains("PASS batch answers equal one-by-one answers"), check.output());
        assertTrue(check.output().contains(" 0 failed, 0 skipped"), check.output());
    }

    @Test
    void theEnginesOwnTestsPass() throws Exception {
        // engines/duckdb/test: parameter origins, generated keys, java_class and text_form per type.
        Tools.Result run = Tools.run(ENGINE_DIR, 300, List.of("node", "--test", "test/"));
        assertEquals(0, run.exit(), run.output());
    }

    @Test
    void generatesExactlyTheCommittedExampleCode() throws Exception {
        Path example = Sqlite.root().resolve("examples/duckdb");
        Path copy = tmp.resolve("duckdb");
        Files.createDirectories(copy);
        for (String file : List.of("schema.sql", "queries.sql")) {
            Files.copy(example.resolve(file), copy.resolve(file));
        }
        Files.writeString(
                copy.resolve("sqlj.yaml"),
                Files.readString(example.resolve("sqlj.yaml"))
                        .replace("../../engines/duckdb/sqlj-engine-duckdb", ENGINE.toString()));
        Tools.Result generate =
                Tools.sqlj("generate", "-f", copy.resolve("sqlj.yaml").toString());
        assertEquals(0, generate.exit(), generate.output());
        Path generated = Path.of("src/main/java/com/example/duckdb/db");
        List<Path> expected = list(example.resolve(generated));
        assertEquals(expected, list(copy.resolve(generated)));
        for (Path file : expected) {
            assertEquals(
                    Files.readString(example.resolve(generated).resolve(file)),
                    Files.readString(copy.resolve(generated).resolve(file)),
                    file + " differs: run ./sqlj generate -f examples/duckdb/sqlj.yaml");
        }
    }

    @Test
    void aBadQueryIsReportedAtItsPlace() throws Exception {
        Files.writeString(tmp.resolve("schema.sql"), "CREATE TABLE t (id INTEGER NOT NULL, v VARCHAR);\n");
        Files.writeString(
                tmp.resolve("queries.sql"),
                "-- name: Get :one\nSELECT id,\n  nme FROM t WHERE id = ?;\n\n"
                        + "-- name: Untyped :one\nSELECT ? + 1 AS x;\n");
        Files.writeString(
                tmp.resolve("sqlj.yaml"),
                Files.readString(Sqlite.root().resolve("examples/duckdb/sqlj.yaml"))
                        .replace("../../engines/duckdb/sqlj-engine-duckdb", ENGINE.toString()));
        Tools.Result generate =
                Tools.sqlj("generate", "-f", tmp.resolve("sqlj.yaml").toString());
        assertEquals(1, generate.exit(), generate.output());
        assertTrue(
                generate.output().contains("queries.sql:3:3: error: Referenced column \"nme\" not found"),
                generate.output());
        assertTrue(
                generate.output().contains("queries.sql:6:8: error: cannot infer the type of parameter 1"),
                generate.output());
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(dir::relativize).sorted().toList();
        }
    }
}
