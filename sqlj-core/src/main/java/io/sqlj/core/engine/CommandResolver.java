package io.sqlj.core.engine;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finds an engine's program: a path with a {@code /} is relative to the config's folder; a bare
 * name is looked up in the config's folder, then {@code PATH}, then the folder in the system
 * property {@code sqlj.home}.
 */
final class CommandResolver {

    /** The program found, or where it was looked for. */
    record Resolution(Optional<Path> program, String searched) {}

    private static final boolean WINDOWS =
            System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

    private CommandResolver() {}

    static Resolution resolve(String program, boolean bundled, Path configDir, @Nullable String pathVariable) {
        if (program.contains("/") || program.contains(File.separator)) {
            Path p = configDir.resolve(program).normalize();
            return new Resolution(executable(p), p.toString());
        }
        List<Path> dirs = new ArrayList<>();
        List<String> described = new ArrayList<>();
        if (!bundled) {
            dirs.add(configDir);
            described.add("the config's folder (" + configDir + ")");
        }
        String path = pathVariable == null ? "" : pathVariable;
        for (String entry : path.split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                toPath(entry).ifPresent(dirs::add);
            }
        }
        described.add("PATH (" + (path.isEmpty() ? "empty" : path) + ")");
        String home = System.getProperty("sqlj.home");
        if (home != null && !home.isBlank()) {
            toPath(home).ifPresent(dirs::add);
            described.add("sqlj.home (" + home + ")");
        }
        for (Path dir : dirs) {
            for (String name : candidates(program)) {
                Optional<Path> found = executable(dir.resolve(name));
                if (found.isPresent()) {
                    return new Resolution(found, "");
                }
            }
        }
        return new Resolution(Optional.empty(), String.join(", ", described));
    }

    private static List<String> candidates(String program) {
        return WINDOWS ? List.of(program, program + ".exe", program + ".cmd", program + ".bat") : List.of(program);
    }

    private static Optional<Path> executable(Path p) {
        return Files.isRegularFile(p) && Files.isExecutable(p) ? Optional.of(p.toAbsolutePath()) : Optional.empty();
    }

    private static Optional<Path> toPath(String text) {
        try {
            return Optional.of(Path.of(text));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
