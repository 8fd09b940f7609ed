package io.sqlj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code sqlj generate} without picocli's model: the same command, or picocli's own answer. */
class DirectRunTest {

    private static final Map<String, String> ENV = Map.of("PATH", System.getenv("PATH"));

    @TempDir
    Path dir;

    /** What picocli makes of {@code args}: generate's fields, or null when it refuses them. */
    private static DirectRun.Generate picocli(String... args) {
        CommandLine commandLine = SqljCommand.commandLine(args, ENV);
        CommandLine.ParseResult parsed;
        try {
            parsed = commandLine.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            return null;
        }
        if (!parsed.hasSubcommand()
                || parsed.subcommand().isUsageHelpRequested()
                || parsed.subcommand().isVersionHelpRequested()) {
            return null;
        }
        GenerateCommand command =
                (GenerateCommand) parsed.subcommand().commandSpec().userObject();
        return new DirectRun.Generate(
                command.config.file, command.config.out, command.config.packageName, command.quiet);
    }

    @Test
    void everyCommandLineItTakesIsTheCommandPicocliMakes() {
        List<String[]> taken = List.of(
                new String[] {"generate"},
                new String[] {"generate", "-f", "sqlc.yaml"},
                new String[] {"generate", "--file", "dir/sqlj.yaml", "-q"},
                new String[] {"generate", "--file=a b/sqlc.json", "--quiet"},
                new String[] {"generate", "-f", "sqlc.yaml", "--out", "src/main/java", "--package", "com.example.db"},
                new String[] {"generate", "--package=db", "--out=gen", "-f", "x.yml"},
                new String[] {"generate", "-q", "--out", "../out dir", "--package", "a.b_c.$d"},
                new String[] {"generate", "-f", "=x.yaml"},
                new String[] {"generate", "-f", "päth/ü.yaml"});
        for (String[] args : taken) {
            DirectRun.Generate direct = DirectRun.generate(args);
            assertNotNull(direct, String.join(" ", args));
            assertEquals(picocli(args), direct, String.join(" ", args));
        }
    }

    @Test
    void everyOtherCommandLineIsLeftToPicocli() {
        List<String[]> left = List.of(
                new String[] {},
                new String[] {"verify"},
                new String[] {"generate", "--help"},
                new String[] {"generate", "-h"},
                new String[] {"generate", "--version"},
                new String[] {"generate", "-f"},
                new String[] {"generate", "-f", ""},
                new String[] {"generate", "--file="},
                new String[] {"generate", "-f=sqlc.yaml"},
                new String[] {"generate", "-fsqlc.yaml"},
                new String[] {"generate", "-f", "a.yaml", "-f", "b.yaml"},
                new String[] {"generate", "--out", "a", "--out=b"},
                new String[] {"generate", "-q", "--quiet"},
                new String[] {"generate", "-qf", "x.yaml"},
                new String[] {"generate", "--quiet=true"},
                new String[] {"generate", "--out", "-q"},
                new String[] {"generate", "--out", "--package"},
                new String[] {"generate", "-f", "-weird.yaml"},
                new String[] {"generate", "@args.txt"},
                new String[] {"generate", "-f", "@sqlc.yaml"},
                new String[] {"generate", "--package", "1db"},
                new String[] {"generate", "--package", "com..db"},
                new String[] {"generate", "--package", "com.example-db"},
                new String[] {"generate", "--", "-f"},
                new String[] {"generate", "sqlj.yaml"},
                new String[] {"generate", "--files", "x"},
                new String[] {"generate", "-f", "nul\0.yaml"},
                new String[] {"Generate", "-f", "x.yaml"});
        for (String[] args : left) {
            assertNull(DirectRun.generate(args), String.join(" ", args));
        }
    }

    @Test
    void randomCommandLinesItTakesArePicoclisCommandsToo() {
        // a vocabulary of generate's options, their values, and the words that break them
        List<String> words = List.of(
                "-f",
                "--file",
                "--out",
                "--package",
                "-q",
                "--quiet",
                "--file=a.yaml",
                "--out=o",
                "--package=p.q",
                "-f=x",
                "-qf",
                "a.yaml",
                "sqlc.yaml",
                "o",
                "com.example",
                "1x",
                "-",
                "--",
                "@x",
                "",
                "--help",
                "-h",
                "-V",
                "x y",
                "=",
                "--quiet=false",
                "p..q");
        Random random = new Random(20261202);
        int taken = 0;
        for (int round = 0; round < 5_000; round++) {
            List<String> args = new ArrayList<>(List.of("generate"));
            int n = random.nextInt(7);
            for (int i = 0; i < n; i++) {
                args.add(words.get(random.nextInt(words.size())));
            }
            String[] argv = args.toArray(String[]::new);
            DirectRun.Generate direct = DirectRun.generate(argv);
            if (direct != null) {
                taken++;
                assertEquals(picocli(argv), direct, String.join(" ", argv));
            }
        }
        assertTrue(taken > 150, "only " + taken + " of 5,000 command lines were taken: the test proves little");
    }

    @Test
    void aRunWithoutPicocliPrintsWritesAndExitsAsARunThroughIt() throws IOException {
        for (boolean broken : new boolean[] {false, true}) {
            Path direct = project(dir.resolve("direct-" + broken), broken);
            Path parsed = project(dir.resolve("parsed-" + broken), broken);
            for (List<String> extra : List.of(List.<String>of(), List.of("-q"))) {
                StringWriter out1 = new StringWriter();
                StringWriter err1 = new StringWriter();
                StringWriter out2 = new StringWriter();
                StringWriter err2 = new StringWriter();
                String[] args1 = Stream.concat(
                                Stream.of(
                                        "generate",
                                        "-f",
                                        direct.resolve("sqlj.yaml").toString()),
                                extra.stream())
                        .toArray(String[]::new);
                String[] args2 = Stream.concat(
                                Stream.of(
                                        "generate",
                                        "-f",
                                        parsed.resolve("sqlj.yaml").toString()),
                                extra.stream())
                        .toArray(String[]::new);
                // the same command lines, and the direct one is taken without picocli
                assertNotNull(DirectRun.generate(args1));
                int code1 = SqljCommand.run(args1, new PrintWriter(out1, true), new PrintWriter(err1, true), ENV);
                int code2 = SqljCommand.runParsed(args2, new PrintWriter(out2, true), new PrintWriter(err2, true), ENV);
                assertEquals(code2, code1);
                assertEquals(broken ? SqljCommand.INPUT_ERRORS : SqljCommand.OK, code1);
                assertEquals(out2.toString(), out1.toString());
                assertEquals(err2.toString(), err1.toString());
                assertEquals(tree(parsed), tree(direct));
            }
        }
    }

    /** A SQLite project whose code goes to out/ in package db; one bad query when {@code broken}. */
    private static Path project(Path root, boolean broken) throws IOException {
        Files.createDirectories(root);
        Files.writeString(
                root.resolve("schema.sql"),
                "CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL, bio TEXT);\n");
        Files.writeString(
                root.resolve("query.sql"),
                "-- name: GetAuthor :one\nSELECT * FROM authors WHERE id = ?;\n\n-- name: ListAuthors :many\n"
                        + (broken ? "SELECT nme FROM authors;\n" : "SELECT * FROM authors ORDER BY name;\n"));
        Files.writeString(root.resolve("sqlj.yaml"), """
                version: "1"
                sql:
                  - engine: sqlite
                    schema: schema.sql
                    queries: query.sql
                    codegen:
                      - plugin: java
                        out: out
                        options:
                          package: db
                """);
        return root;
    }

    /** Every file under {@code root}'s out/ by its relative path, with its text. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        Path out = root.resolve("out");
        if (!Files.exists(out)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(out.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }
}
