package io.sqlj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.codegen.java.InMemoryCompiler;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacks of issue 12 that end in a run that succeeds (so they are not battery cases, which
 * must fail): each one tried through the real {@code sqlj} command, as a user would meet it.
 */
class AttackTest {

    /** The query file name of issue 12, item 1: it ends the {@code // source:} comment of each file. */
    static final String INJECTED_NAME =
            "x\\u000apackage com.example.db;class Pwned{static{pwned();}" + "static void pwned(){}}\\u002f\\u002a.sql";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int sqlj(String... args) {
        return SqljCommand.run(
                args, new PrintWriter(out, true), new PrintWriter(err, true), Map.of("PATH", System.getenv("PATH")));
    }

    private void project(String queryFile) throws IOException {
        Files.writeString(dir.resolve("sqlj.yaml"), """
        version: "1"
        sql:
          - engine: sqlite
            schema: schema.sql
            queries: queries
            codegen:
              - plugin: java
                out: gen
                options:
                  package: com.example.db
        """);
        Files.writeString(
                dir.resolve("schema.sql"), "CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n");
        Files.createDirectories(dir.resolve("queries"));
        Files.writeString(dir.resolve("queries").resolve(queryFile), """
        -- name: GetAuthor :one
        SELECT id, name FROM authors WHERE id = ?;
        """);
    }

    /** The generated Java sources (not sqlj's manifest beside them). */
    private Map<String, String> generated() throws IOException {
        Map<String, String> files = new TreeMap<>();
        Path gen = dir.resolve("gen");
        try (Stream<Path> walk = Files.walk(gen)) {
            for (Path p : (Iterable<Path>)
                    walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".java"))::iterator) {
                files.put(gen.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }

    @Test
    void aQueryFileNameCannotAddCode() throws Exception {
        project(INJECTED_NAME);
        assertEquals(0, sqlj("generate", "-f", dir.resolve("sqlj.yaml").toString()), err.toString());
        Map<String, String> files = generated();
        InMemoryCompiler.Result compiled = InMemoryCompiler.compile(files);
        assertTrue(compiled.succeeded(), () -> String.join("\n", compiled.diagnostics()) + "\n" + files);
        assertEquals(
                java.util.Set.of("com.example.db.Queries", "com.example.db.Author", "com.example.db.SqljSupport"),
                compiled.classes().keySet().stream()
                        .filter(name -> !name.contains("$")) // nested classes of these two
                        .collect(java.util.stream.Collectors.toSet()),
                files.toString());

        // what a sqlj without the fix wrote: the name raw in the comment; verify must reject it
        Path queries = dir.resolve("gen/com/example/db/Queries.java");
        String escaped = Files.readString(queries);
        String raw = escaped.replace("queries/x\\\\u000apackage", "queries/x\\u000apackage")
                .replace("\\\\u002f\\\\u002a.sql", "\\u002f\\u002a.sql");
        assertNotEquals(escaped, raw);
        Files.writeString(queries, raw);
        assertNotEquals(0, sqlj("verify", "-f", dir.resolve("sqlj.yaml").toString()), out.toString());
    }
}
