package io.sqlj.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import io.sqlj.core.OutputWriter;
import io.sqlj.core.PipelineResult;
import io.sqlj.core.WritePlan;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code sqlj verify} (alias {@code diff}): exits 3 and prints a unified diff when the files on
 * disk are not what {@code generate} would write. Writes nothing.
 */
@Command(
        name = "verify",
        aliases = "diff",
        mixinStandardHelpOptions = true,
        description = {
            "Checks that the generated files on disk are what 'sqlj generate' would write.",
            "Prints a unified diff and exits 3 when they are not; writes nothing."
        })
final class VerifyCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ConfigFileOption config;

    private final Map<String, String> env;

    VerifyCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        pluginNote(config.file).ifPresent(spec.commandLine().getErr()::println);
        PipelineResult result = Generation.runAndPrint(
                Generation.pipeline(env).withWriteChecks(),
                config,
                false,
                spec.commandLine().getErr(),
                env);
        if (result.hasErrors()) {
            return SqljCommand.INPUT_ERRORS;
        }
        // The plan generate would carry out: the same files written, the same removed.
        WritePlan plan = OutputWriter.plan(result);
        Generation.print(plan.diagnostics(), spec.commandLine().getErr());
        if (plan.hasErrors()) {
            return SqljCommand.INPUT_ERRORS;
        }
        PrintWriter out = spec.commandLine().getOut();
        Map<Path, String> expected = new TreeMap<>();
        plan.toWrite().forEach(path -> expected.put(path, result.files().get(path)));
        expected.putAll(plan.manifests());
        plan.toRemove().forEach(path -> expected.put(path, null));
        for (Map.Entry<Path, String> file : expected.entrySet()) {
            printDiff(out, relative(result, file.getKey()), read(file.getKey()), file.getValue());
        }
        if (!expected.isEmpty()) {
            spec.commandLine()
                    .getErr()
                    .println(
                            expected.size()
                                    + " generated file(s) differ from what 'sqlj generate' would write; run it and commit the result");
            return SqljCommand.DIFFERENT;
        }
        return SqljCommand.OK;
    }

    /**
     * For a config beside a pom.xml that runs the sqlj Maven plugin: what verify compares, since
     * the plugin's code is generated at build time and never committed.
     */
    static java.util.Optional<String> pluginNote(Path configFile) {
        Path pom = configFile.toAbsolutePath().normalize().resolveSibling("pom.xml");
        try {
            if (Files.isRegularFile(pom)
                    && Files.readString(pom, StandardCharsets.UTF_8).contains("sqlj-maven-plugin")) {
                return java.util.Optional.of(
                        "note: pom.xml runs the sqlj Maven plugin, which generates into its outputDirectory"
                                + " (target/generated-sources/sqlj) at every build; there is nothing committed there to compare, and"
                                + " `mvn compile` is that check. sqlj verify compares only the config's out folders.");
            }
        } catch (IOException | RuntimeException e) {
            // no note
        }
        return java.util.Optional.empty();
    }

    private static @Nullable String read(Path path) {
        try {
            // Lenient: a file that is not UTF-8 differs from what sqlj writes; the diff shows it.
            return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
                    ? new String(Files.readAllBytes(path), StandardCharsets.UTF_8)
                    : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(PipelineResult result, Path path) {
        return result.configDir()
                .toAbsolutePath()
                .relativize(path.toAbsolutePath())
                .toString()
                .replace('\\', '/');
    }

    private static void printDiff(PrintWriter out, String name, @Nullable String actual, @Nullable String expected) {
        List<String> before = lines(actual);
        List<String> after = lines(expected);
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(
                actual == null ? "/dev/null" : "a/" + name,
                expected == null ? "/dev/null" : "b/" + name,
                before,
                DiffUtils.diff(before, after),
                3);
        diff.forEach(out::println);
    }

    private static List<String> lines(@Nullable String text) {
        return text == null ? new ArrayList<>() : new ArrayList<>(text.lines().toList());
    }
}
