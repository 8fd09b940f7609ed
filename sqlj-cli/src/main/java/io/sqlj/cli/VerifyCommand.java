package io.sqlj.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import io.sqlj.core.OutputWriter;
import io.sqlj.core.PipelineResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
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

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin ConfigFileOption config;

  private final Map<String, String> env;

  VerifyCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    PipelineResult result = Generation.pipeline(env).run(config.file, config.destination());
    Generation.print(result.diagnostics(), spec.commandLine().getErr());
    if (result.hasErrors()) {
      return SqljCommand.INPUT_ERRORS;
    }
    PrintWriter out = spec.commandLine().getOut();
    int differences = 0;
    for (Path path : allPaths(result)) {
      String expected = result.files().get(path);
      String actual = read(path);
      if (expected == null && (actual == null || !actual.startsWith(OutputWriter.HEADER))) {
        continue;
      }
      if (expected != null && expected.equals(actual)) {
        continue;
      }
      differences++;
      printDiff(out, relative(result, path), actual, expected);
    }
    if (differences > 0) {
      spec.commandLine()
          .getErr()
          .println(
              differences
                  + " generated file(s) differ from what 'sqlj generate' would write; run it and commit the result");
      return SqljCommand.DIFFERENT;
    }
    return SqljCommand.OK;
  }

  /** Every file this run would write, plus every file already in an output folder. */
  private static TreeSet<Path> allPaths(PipelineResult result) {
    TreeSet<Path> paths = new TreeSet<>(result.files().keySet());
    for (Path outDir : result.outDirs()) {
      if (!Files.isDirectory(outDir)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(outDir)) {
        walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).forEach(paths::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return paths;
  }

  private static String read(Path path) {
    try {
      // Lenient: a file that is not UTF-8 differs from what sqlj writes; the diff shows it.
      return Files.isRegularFile(path) ? new String(Files.readAllBytes(path), StandardCharsets.UTF_8) : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String relative(PipelineResult result, Path path) {
    return result.configDir().toAbsolutePath().relativize(path.toAbsolutePath()).toString().replace('\\', '/');
  }

  private static void printDiff(PrintWriter out, String name, String actual, String expected) {
    List<String> before = lines(actual);
    List<String> after = lines(expected);
    List<String> diff =
        UnifiedDiffUtils.generateUnifiedDiff(
            actual == null ? "/dev/null" : "a/" + name,
            expected == null ? "/dev/null" : "b/" + name,
            before,
            DiffUtils.diff(before, after),
            3);
    diff.forEach(out::println);
  }

  private static List<String> lines(String text) {
    return text == null ? new ArrayList<>() : new ArrayList<>(text.lines().toList());
  }
}
