package io.sqlj.cli;

import io.sqlj.codegen.java.JavaGenerator;
import io.sqlj.core.Diagnostic;
import io.sqlj.core.Pipeline;
import io.sqlj.core.PipelineResult;
import io.sqlj.core.conformance.CheckResult;
import io.sqlj.core.conformance.ConformanceCheck;
import io.sqlj.core.engine.EngineSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kit's last check: the suite's schema and queries as a project, generated through the
 * engine, must give the Java types a user expects (integers as {@code long}/{@code int}, text as
 * {@code String}, a nullable column boxed). The protocol checks judge {@code data_type} and
 * {@code jdbc_type}; this one judges what codegen makes of the whole answer, {@code java_class}
 * included, so an engine whose answers read as, say, {@code byte[]} or {@code Object} fails.
 */
final class StarterTypesCheck {

    static final String NAME = "the starter project generates the expected Java types";

    private static final String INTEGER = "(?:long|int|short|Long|Integer|Short)";
    private static final String BOXED_INTEGER = "(?:Long|Integer|Short)";

    /** Method name → the regex its parameter list must match. */
    private static final Map<String, String> METHODS = Map.of(
            "getAuthor", INTEGER + " \\w+",
            "createAuthor", INTEGER + " \\w+, String \\w+, String \\w+",
            "updateBio", "String \\w+, " + INTEGER + " \\w+",
            "deleteAuthor", INTEGER + " \\w+",
            "booksByAuthor", "String \\w+",
            "searchAuthors", "String \\w+");

    /** Record component name → the regex of its type. */
    private static final Map<String, String> COMPONENTS =
            Map.of("id", INTEGER, "name", "String", "bio", "String", "title", "String", "published", BOXED_INTEGER);

    private StarterTypesCheck() {}

    /**
     * @param engine the engine under test: bundled, or a command whose relative paths are taken
     *     from {@code cwd}
     * @param dsn the live database the suite runs against, if any
     */
    static CheckResult run(EngineSpec engine, Path cwd, Map<String, String> env, Optional<String> dsn) {
        Path dir;
        try {
            dir = Files.createTempDirectory("sqlj-engine-check-");
        } catch (IOException e) {
            return ConformanceCheck.result(false, NAME, "cannot create a temporary folder: " + e.getMessage());
        }
        try {
            Files.writeString(dir.resolve("schema.sql"), ConformanceCheck.SCHEMA_SQL);
            Files.writeString(dir.resolve("queries.sql"), ConformanceCheck.queriesFile());
            Files.writeString(dir.resolve("sqlj.yaml"), config(engine, cwd, dsn));
            Pipeline pipeline = engine.bundled()
                    ? Generation.pipeline(env)
                    : new Pipeline(List.of(new JavaGenerator()), Map.of(), env);
            PipelineResult result = pipeline.run(dir.resolve("sqlj.yaml"));
            List<String> errors = result.diagnostics().stream()
                    .filter(Diagnostic::isError)
                    .map(Diagnostic::format)
                    .toList();
            if (!errors.isEmpty()) {
                return ConformanceCheck.result(false, NAME, "generating it failed:\n" + String.join("\n", errors));
            }
            String code = String.join("\n", result.files().values());
            List<String> problems = problems(code);
            return ConformanceCheck.result(
                    problems.isEmpty(),
                    NAME,
                    problems.isEmpty()
                            ? result.files().size() + " files, " + METHODS.size() + " methods and their rows checked"
                            : String.join("\n", problems));
        } catch (IOException e) {
            return ConformanceCheck.result(false, NAME, "cannot write the project: " + e.getMessage());
        } finally {
            delete(dir);
        }
    }

    /** What in the generated code has another type than expected. */
    static List<String> problems(String code) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> m : new java.util.TreeMap<>(METHODS).entrySet()) {
            Matcher found = Pattern.compile("public [\\w<>\\[\\], ]+ " + m.getKey() + "\\(([^)]*)\\)")
                    .matcher(code);
            if (!found.find()) {
                problems.add("no method " + m.getKey() + "(...) was generated");
            } else if (!found.group(1).matches(m.getValue())) {
                problems.add(m.getKey() + "(" + found.group(1) + "): expected ("
                        + m.getValue().replace(" \\w+", "").replace(INTEGER, "an integer") + ")");
            }
        }
        Matcher records = Pattern.compile("record \\w+\\(([^)]*)\\)").matcher(code);
        int components = 0;
        while (records.find()) {
            for (String component : records.group(1).split(",\\s*")) {
                String[] typeAndName = component.strip().split("\\s+");
                if (typeAndName.length < 2) {
                    continue;
                }
                String name = typeAndName[typeAndName.length - 1];
                String type = typeAndName[typeAndName.length - 2];
                String expected = COMPONENTS.get(name);
                if (expected != null) {
                    components++;
                    if (!type.matches(expected)) {
                        String what = expected.equals(INTEGER)
                                ? "an integer"
                                : expected.equals(BOXED_INTEGER)
                                        ? "a boxed integer (the column is nullable)"
                                        : expected;
                        problems.add("column " + name + " is " + type + ": expected " + what);
                    }
                }
            }
        }
        if (components == 0) {
            problems.add("no row record with the columns id, name, bio, title or published was generated");
        }
        return problems;
    }

    private static String config(EngineSpec engine, Path cwd, Optional<String> dsn) {
        StringBuilder yaml = new StringBuilder("version: \"1\"\n");
        String name = engine.bundled() ? engine.name() : "under-test";
        if (!engine.bundled()) {
            List<String> argv = new ArrayList<>();
            for (int i = 0; i < engine.argv().size(); i++) {
                String arg = engine.argv().get(i);
                // The project lives in a temporary folder: paths relative to where the kit ran are made absolute.
                boolean path = i == 0 ? arg.contains("/") : Files.exists(cwd.resolve(arg));
                argv.add(
                        path && !Path.of(arg).isAbsolute()
                                ? cwd.resolve(arg).normalize().toString()
                                : arg);
            }
            yaml.append("engines:\n  - name: under-test\n    process: { cmd: ")
                    .append(quote(String.join(
                            " ", argv.stream().map(StarterTypesCheck::shellWord).toList())))
                    .append(" }\n");
            if (!engine.env().isEmpty()) {
                yaml.append("    env: [")
                        .append(String.join(", ", engine.env()))
                        .append("]\n");
            }
        }
        yaml.append("sql:\n  - engine: ").append(name).append('\n');
        if (dsn.isPresent()) {
            yaml.append("    database: { uri: ").append(quote(dsn.get())).append(" }\n");
        } else {
            yaml.append("    schema: schema.sql\n");
        }
        yaml.append("""
            queries: queries.sql
            codegen:
              - plugin: java
                out: out
                options: { package: check.db }
        """);
        return yaml.toString();
    }

    private static String shellWord(String word) {
        return word.matches("[A-Za-z0-9_./:@%+=,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    /** A YAML double-quoted string. */
    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void delete(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
