package io.sqlj.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The minimal engine of docs/engine-authors.md, in Python with protobuf written by hand, runs
 * under {@code sqlj generate} as an engine declared in sqlj.yaml.
 */
class PythonEngineTest {

    @TempDir
    Path dir;

    @Test
    void generatesThroughTheMinimalPythonEngine() throws Exception {
        Tools.require("python3", "the documented minimal engine is a Python script");
        Path engine = Sqlite.root().resolve("engines/python-minimal/sqlj-engine-minimal.py");
        Files.writeString(dir.resolve("sqlj.yaml"), """
        version: "1"
        engines:
          - name: minimal
            process: { cmd: "python3 %s" }
        sql:
          - engine: minimal
            schema: schema.sql
            queries: queries.sql
            codegen:
              - plugin: java
                out: src/main/java
                options:
                  package: com.example.minimal
        """.formatted(engine));
        Files.writeString(
                dir.resolve("schema.sql"),
                "CREATE TABLE authors (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(100) NOT NULL, bio TEXT);\n");
        Files.writeString(dir.resolve("queries.sql"), """
        -- name: GetAuthor :one
        SELECT id, name, bio FROM authors WHERE id = ?;

        -- name: CreateAuthor :exec
        INSERT INTO authors (id, name, bio) VALUES (@id, @name, @bio);

        -- name: Broken :many
        SELECT nme FROM authors;
        """);
        Tools.Result broken =
                Tools.sqlj("generate", "-f", dir.resolve("sqlj.yaml").toString());
        assertEquals(1, broken.exit(), broken.output());
        assertTrue(broken.output().contains("queries.sql:8:8: error: no such column: nme"), broken.output());

        Files.writeString(
                dir.resolve("queries.sql"),
                Files.readString(dir.resolve("queries.sql"))
                        .replace("SELECT nme FROM authors", "SELECT name FROM authors"));
        Tools.Result ok = Tools.sqlj("generate", "-f", dir.resolve("sqlj.yaml").toString());
        assertEquals(0, ok.exit(), ok.output());
        String queries = Files.readString(dir.resolve("src/main/java/com/example/minimal/Queries.java"));
        assertTrue(queries.contains("public Optional<GetAuthorRow> getAuthor(int p1)"), queries);
        assertTrue(queries.contains("public void createAuthor(int id, String name, String bio)"), queries);
        assertTrue(queries.contains("public List<String> broken()"), queries);
        String row = Files.readString(dir.resolve("src/main/java/com/example/minimal/GetAuthorRow.java"));
        assertTrue(row.contains("record GetAuthorRow(int id, String name, String bio)"), row);
    }
}
