package io.sqlj.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.core.config.Config;
import io.sqlj.core.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {

    @TempDir
    Path dir;

    private Path out;
    private Fingerprint fingerprint;

    @BeforeEach
    void project() throws IOException {
        Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE a (id INTEGER);");
        Files.writeString(dir.resolve("queries.sql"), "-- name: GetA :one\nSELECT id FROM a WHERE id = ?;\n");
        Files.writeString(dir.resolve("sqlj.yaml"), """
        version: "1"
        sql:
          - engine: sqlite
            schema: schema.sql
            queries: queries.sql
            codegen: [{plugin: java, out: gen, options: {package: p}}]
        """);
        out = dir.resolve("target/generated");
        Files.createDirectories(out.resolve("p"));
        Files.writeString(out.resolve("p/Queries.java"), "// generated\n");
        fingerprint = new Fingerprint(
                dir.resolve("target/sqlj/default.fingerprint"), List.of("io.sqlj:engine:1 10 20"), Map.of());
    }

    private String inputs() {
        Config config = ConfigLoader.load(dir.resolve("sqlj.yaml"), Map.of())
                .config()
                .orElseThrow()
                .withOut(out);
        return fingerprint.inputs(config).orElseThrow();
    }

    @Test
    void aRememberedRunIsUpToDateUntilAnInputOrOutputChanges() throws IOException {
        String inputs = inputs();
        assertFalse(fingerprint.upToDate(inputs, out));
        assertEquals(Optional.empty(), fingerprint.remember(inputs, out));
        assertTrue(fingerprint.upToDate(inputs(), out));

        Files.writeString(out.resolve("p/Queries.java"), "// edited by hand\n");
        assertFalse(fingerprint.upToDate(inputs(), out));
        fingerprint.remember(inputs(), out);

        Files.writeString(dir.resolve("queries.sql"), "-- name: GetA :one\nSELECT id FROM a;\n");
        assertNotEquals(inputs, inputs());
        assertFalse(fingerprint.upToDate(inputs(), out));
    }

    @Test
    void anotherEngineVersionIsAChange() {
        String before = inputs();
        fingerprint = new Fingerprint(dir.resolve("f"), List.of("io.sqlj:engine:2 10 20"), Map.of());
        assertNotEquals(before, inputs());
    }

    @Test
    void forgetMakesTheNextRunGenerate() {
        String inputs = inputs();
        fingerprint.remember(inputs, out);
        fingerprint.forget();
        assertFalse(fingerprint.upToDate(inputs, out));
    }

    @Test
    void aLiveDatabaseIsNeverUpToDate() throws IOException {
        Files.writeString(dir.resolve("sqlj.yaml"), """
        version: "1"
        sql:
          - engine: sqlite
            database: {uri: "jdbc:sqlite:app.db"}
            queries: queries.sql
            codegen: [{plugin: java, out: gen, options: {package: p}}]
        """);
        Config config =
                ConfigLoader.load(dir.resolve("sqlj.yaml"), Map.of()).config().orElseThrow();
        assertEquals(Optional.empty(), fingerprint.inputs(config));
    }
}
