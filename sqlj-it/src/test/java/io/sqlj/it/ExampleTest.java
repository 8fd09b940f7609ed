package io.sqlj.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** README's first command, for real: the launcher, the shaded jar and the engine in a child JVM. */
class ExampleTest {

    @TempDir
    Path tmp;

    @Test
    void theExampleRunsAgainstSqlite() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
                PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            Method run = Class.forName("com.example.authors.App")
                    .getDeclaredMethod("run", Connection.class, PrintStream.class);
            run.setAccessible(true);
            run.invoke(null, connection, out);
        }
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(
                String.join(
                        "\n",
                        "author: Ursula K. Le Guin (Wrote Earthsea.)",
                        "books by Le Guin: 2",
                        "bio after clearing: null",
                        "Jorge Luis Borges: Ficciones",
                        "Nobody Yet: -",
                        "Ursula K. Le Guin: A Wizard of Earthsea (1968)",
                        "Ursula K. Le Guin: The Dispossessed (1974)",
                        "by ids: 2",
                        ""),
                printed);
    }

    @Test
    void sqljGenerateWritesExactlyTheCommittedExampleCode() throws Exception {
        Path example = Sqlite.root().resolve("examples/authors");
        Path copy = tmp.resolve("authors");
        for (String file : List.of("sqlj.yaml", "schema.sql", "queries.sql")) {
            Files.createDirectories(copy);
            Files.copy(example.resolve(file), copy.resolve(file));
        }
        Result result = sqlj("generate", "-f", copy.resolve("sqlj.yaml").toString());
        assertEquals(0, result.exit(), result.output());
        Path generated = Path.of("src/main/java/com/example/authors/db");
        List<Path> expectedFiles = list(example.resolve(generated));
        assertEquals(expectedFiles.size(), list(copy.resolve(generated)).size());
        for (Path file : expectedFiles) {
            assertEquals(
                    Files.readString(example.resolve(generated).resolve(file)),
                    Files.readString(copy.resolve(generated).resolve(file)),
                    file + " differs: run ./sqlj generate -f examples/authors/sqlj.yaml");
        }
        Result verify = sqlj("verify", "-f", copy.resolve("sqlj.yaml").toString());
        assertEquals(0, verify.exit(), verify.output());
    }

    @Test
    void aBadQueryFailsWithItsPlaceAndWritesNothing() throws Exception {
        Path project = tmp.resolve("bad");
        Files.createDirectories(project);
        Path example = Sqlite.root().resolve("examples/authors");
        Files.copy(example.resolve("sqlj.yaml"), project.resolve("sqlj.yaml"));
        Files.copy(example.resolve("schema.sql"), project.resolve("schema.sql"));
        Files.writeString(project.resolve("queries.sql"), "-- name: GetAuthor :one\nSELECT id, nme FROM authors;\n");
        Result result = sqlj("generate", "-f", project.resolve("sqlj.yaml").toString());
        assertEquals(1, result.exit(), result.output());
        assertTrue(result.output().contains("queries.sql:2:12: error: no such column: nme"), result.output());
        assertTrue(!Files.exists(project.resolve("src")), "nothing is written");
    }

    record Result(int exit, String output) {}

    private static Result sqlj(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Sqlite.root().resolve("sqlj").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("sqlj did not finish: " + output);
        }
        return new Result(process.exitValue(), output);
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(dir::relativize).sorted().toList();
        }
    }
}
