package io.sqlj.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI distribution that {@code mvn package} builds (sqlj-cli/target/sqlj-VERSION.tar.gz):
 * unpacked anywhere, started through a symlink from an unrelated folder, it finds its bundled
 * engines and generates a project.
 */
class DistributionTest {

    @TempDir
    Path temp;

    @Test
    void unpackedDistributionGeneratesFromAnyFolder() throws Exception {
        Path archive = archive("tar.gz");
        Path install = Files.createDirectories(temp.resolve("opt"));
        Tools.Result untar = Tools.run(install, 120, List.of("tar", "xzf", archive.toString()));
        assertEquals(0, untar.exit(), untar.output());
        Path launcher = single(install).resolve("bin/sqlj");
        assertTrue(Files.isExecutable(launcher), launcher + " is not executable");

        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path link = Files.createSymbolicLink(bin.resolve("sqlj"), launcher);
        Path project = temp.resolve("project");
        Files.createDirectories(project);
        Files.writeString(
                project.resolve("schema.sql"), "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);\n");
        Files.writeString(project.resolve("queries.sql"), "-- name: ListNotes :many\nSELECT id, body FROM notes;\n");
        Files.writeString(project.resolve("sqlj.yaml"), """
        version: "1"
        sql:
          - engine: sqlite
            schema: schema.sql
            queries: queries.sql
            codegen:
              - plugin: java
                out: out
                options:
                  package: com.example.notes
        """);
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Tools.Result generate = Tools.run(
                elsewhere,
                300,
                List.of(
                        link.toString(),
                        "generate",
                        "-f",
                        project.resolve("sqlj.yaml").toString()));
        assertEquals(0, generate.exit(), generate.output());
        assertTrue(Files.isRegularFile(project.resolve("out/com/example/notes/Queries.java")), generate.output());
        assertTrue(Files.isRegularFile(project.resolve("out/com/example/notes/Note.java")), generate.output());
    }

    @Test
    void zipHoldsTheSameLayout() throws Exception {
        Path zip = archive("zip");
        try (var fs = java.nio.file.FileSystems.newFileSystem(zip)) {
            Path top = single(fs.getPath("/"));
            assertTrue(Files.isRegularFile(top.resolve("bin/sqlj")), "bin/sqlj missing in " + zip);
            assertTrue(Files.isRegularFile(top.resolve("lib/sqlj.jar")), "lib/sqlj.jar missing in " + zip);
            assertTrue(Files.isRegularFile(top.resolve("LICENSE")), "LICENSE missing in " + zip);
        }
    }

    private static Path archive(String extension) throws IOException {
        Path target = Sqlite.root().resolve("sqlj-cli/target");
        try (var files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches("sqlj-.+\\." + extension.replace(".", "\\.")))
                    .findFirst()
                    .orElseThrow(
                            () -> new AssertionError("no sqlj-*." + extension + " in " + target + ": run mvn package"));
        }
    }

    private static Path single(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            List<Path> all = entries.toList();
            assertEquals(1, all.size(), "expected one top folder in " + dir + ": " + all);
            return all.get(0);
        }
    }
}
