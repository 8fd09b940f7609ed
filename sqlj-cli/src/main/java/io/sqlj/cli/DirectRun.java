package io.sqlj.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code sqlj generate} run without picocli's model of the command (docs/performance.md §1av).
 * Building that model reads the command's annotations by reflection and registers picocli's type
 * converters: ~65 ms of the main thread's CPU before the config is read, on the critical path of
 * every run. Only the plainest command lines are taken here: {@code generate}, then each of
 * {@code -f}/{@code --file}, {@code --out} and {@code --package} at most once, its value the next
 * word or after {@code =} of the long name, and {@code -q}/{@code --quiet} at most once. Anything
 * else (help, a word that starts with {@code -} or {@code @} where a value goes, a repeated,
 * clustered or unknown option, an empty value, a path Java refuses, a package name that is not one)
 * is left to picocli, which gives its own message and exit code. {@code DirectRunTest} checks that
 * picocli makes the same command of every command line taken here.
 */
final class DirectRun {

    private DirectRun() {}

    /** A {@code generate} command line as picocli would set the command's fields. */
    record Generate(Path file, @Nullable Path out, @Nullable String packageName, boolean quiet) {}

    /** Runs {@code args} when they are a plain {@code generate}; empty when picocli should. */
    static Optional<Integer> run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        Generate parsed = generate(args);
        if (parsed == null) {
            return Optional.empty();
        }
        GenerateCommand command = GenerateCommand.of(
                env, ConfigFileOption.of(parsed.file(), parsed.out(), parsed.packageName()), parsed.quiet());
        try {
            return Optional.of(command.run(out, err));
        } catch (Exception e) {
            // as picocli's execution handler (SqljCommand#runParsed) answers a command that threw
            return Optional.of(SqljCommand.internalError(err, e));
        }
    }

    /** {@code args} as {@code generate}'s fields, or null when they are not a plain command line. */
    static @Nullable Generate generate(String[] args) {
        if (args.length == 0 || !args[0].equals("generate")) {
            return null;
        }
        String file = null;
        String out = null;
        String packageName = null;
        boolean quiet = false;
        for (int i = 1; i < args.length; i++) {
            String word = args[i];
            if (word.equals("-q") || word.equals("--quiet")) {
                if (quiet) {
                    return null;
                }
                quiet = true;
                continue;
            }
            String name = word;
            String value = null;
            int eq = word.indexOf('=');
            if (word.startsWith("--") && eq > 0) {
                name = word.substring(0, eq);
                value = word.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            }
            if (value == null || value.isEmpty() || value.startsWith("-") || value.startsWith("@")) {
                return null;
            }
            switch (name) {
                case "-f", "--file" -> {
                    if (file != null) {
                        return null;
                    }
                    file = value;
                }
                case "--out" -> {
                    if (out != null) {
                        return null;
                    }
                    out = value;
                }
                case "--package" -> {
                    if (packageName != null || !ConfigFileOption.isPackageName(value)) {
                        return null;
                    }
                    packageName = value;
                }
                default -> {
                    return null;
                }
            }
        }
        try {
            return new Generate(
                    Path.of(file != null ? file : ConfigFileOption.DEFAULT_FILE),
                    out != null ? Path.of(out) : null,
                    packageName,
                    quiet);
        } catch (InvalidPathException e) {
            return null; // picocli says which option's value it could not convert
        }
    }
}
