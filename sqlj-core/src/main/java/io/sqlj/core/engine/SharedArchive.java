package io.sqlj.core.engine;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Class-data sharing for the bundled engines' JVMs (docs/performance.md §1f): the classes an
 * engine loads to resolve a batch (protobuf, sqlite-jdbc, the engine) are archived once per
 * engine, jar and Java in sqlj's cache folder, and every later engine JVM maps them instead of
 * loading and verifying them again (Java 17's dynamic archives: {@code -XX:ArchiveClassesAtExit},
 * {@code -XX:SharedArchiveFile}).
 *
 * <p>An engine's command always names its archive; a JVM that finds no archive there, or one that
 * another Java or another jar made, runs as before without a word ({@code -Xshare:auto}, CDS
 * logging off). The first {@code parse-batch} without an archive writes one to a temporary name
 * and, when it exits with success, moves it into place; archives of the same engine for another
 * jar or Java are deleted then when older than 7 days. {@code SQLJ_CDS=0} turns it off.
 */
final class SharedArchive {

    static final String USE = "-XX:SharedArchiveFile=";
    private static final String DUMP = "-XX:ArchiveClassesAtExit=";
    private static final String SUFFIX = ".jsa";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** The flags that silence CDS's own messages, which the JVM prints on stdout, an engine's answer. */
    static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private SharedArchive() {}

    /**
     * The archive flags of an engine started with {@code mainClass} on {@code classPath}, or none
     * when switched off or without a cache folder.
     */
    static List<String> flags(String engineName, String mainClass, List<String> classPath) {
        if ("0".equals(System.getenv("SQLJ_CDS"))) {
            return List.of();
        }
        for (String entry : classPath) {
            for (String part : entry.split(java.io.File.pathSeparator, -1)) {
                if (Files.isDirectory(Path.of(part))) {
                    return List.of(); // Java 17 refuses to archive with a folder of classes on the path (tests)
                }
            }
        }
        return cacheDir()
                .map(dir -> {
                    List<String> flags = new ArrayList<>(QUIET);
                    flags.add(USE + dir.resolve(name(engineName, mainClass, classPath)));
                    return List.copyOf(flags);
                })
                .orElse(List.of());
    }

    /**
     * File name: the engine, and a hash of what an archive must match: the Java (its home and VM
     * build) and each class path entry with its size and time (the JVM checks them too, and
     * ignores an archive that does not match).
     */
    static String name(String engineName, String mainClass, List<String> classPath) {
        StringBuilder key = new StringBuilder()
                .append(System.getProperty("java.home"))
                .append('\n')
                .append(System.getProperty("java.vm.version"))
                .append('\n')
                .append(mainClass);
        for (String entry : classPath) {
            for (String part : entry.split(java.io.File.pathSeparator, -1)) {
                Path p = Path.of(part);
                key.append('\n').append(part);
                try {
                    key.append(' ')
                            .append(Files.size(p))
                            .append(' ')
                            .append(Files.getLastModifiedTime(p).toMillis());
                } catch (IOException | RuntimeException e) {
                    key.append(" ?");
                }
            }
        }
        return prefix(engineName) + Integer.toHexString(key.toString().hashCode()) + SUFFIX;
    }

    private static String prefix(String engineName) {
        return "engine-" + engineName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "-";
    }

    /** {@code $XDG_CACHE_HOME/sqlj/cds} or {@code ~/.cache/sqlj/cds}. */
    private static Optional<Path> cacheDir() {
        return cacheRoot().map(root -> root.resolve("cds"));
    }

    /** sqlj's cache folder: {@code $XDG_CACHE_HOME/sqlj} or {@code ~/.cache/sqlj}. */
    static Optional<Path> cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        String home = System.getProperty("user.home");
        if (xdg != null && !xdg.isBlank()) {
            return Optional.of(Path.of(xdg, "sqlj"));
        }
        return home == null || home.isBlank() ? Optional.empty() : Optional.of(Path.of(home, ".cache", "sqlj"));
    }

    /**
     * Runs {@code call} on {@code argv}; when argv names an archive that is not there yet, the
     * process writes it (to a name of its own, so engines running side by side do not mix their
     * files) and it is moved into place when the process succeeded.
     */
    static ProcessCall.Outcome run(List<String> argv, Function<List<String>, ProcessCall.Outcome> call) {
        Plan plan = plan(argv);
        return plan.after(call.apply(plan.argv()));
    }

    /**
     * How to run {@code argv}: as it is, or writing the archive it names to a temporary name; for a
     * caller that starts the process before its input is ready, and calls {@link Plan#after} with
     * its outcome.
     */
    static Plan plan(List<String> argv) {
        int at = -1;
        for (int i = 0; i < argv.size(); i++) {
            if (argv.get(i).startsWith(USE)) {
                at = i;
            }
        }
        if (at < 0) {
            return new Plan(argv, null, null);
        }
        Path archive = Path.of(argv.get(at).substring(USE.length()));
        if (Files.exists(archive) || !writable(archive)) {
            return new Plan(argv, null, null);
        }
        Path temp = archive.resolveSibling(
                archive.getFileName() + ".tmp-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet());
        List<String> dumping = new ArrayList<>(argv);
        dumping.set(at, DUMP + temp);
        return new Plan(List.copyOf(dumping), archive, temp);
    }

    /**
     * The command line to run, and where the archive it writes goes when it succeeds.
     *
     * @param archive the archive's place, or null when this run writes none
     * @param temp where the process writes it, or null
     */
    record Plan(
            List<String> argv,
            @Nullable Path archive,
            @Nullable Path temp) {

        /** Moves a written archive into place when the process succeeded; returns {@code outcome}. */
        ProcessCall.Outcome after(ProcessCall.Outcome outcome) {
            Path archive = this.archive;
            Path temp = this.temp;
            if (archive == null || temp == null) {
                return outcome;
            }
            try {
                if (outcome.kind() == ProcessCall.Kind.EXITED && outcome.exitCode() == 0 && Files.size(temp) > 0) {
                    move(temp, archive);
                    deleteOlder(archive);
                }
            } catch (IOException | RuntimeException e) {
                // no archive this time: the next run tries again
            } finally {
                forget();
            }
            return outcome;
        }

        /** Deletes the temporary archive of a process that was never run to its end. */
        void forget() {
            Path temp = this.temp;
            if (temp == null) {
                return;
            }
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // a stray temporary archive in the cache; harmless
            }
        }
    }

    private static boolean writable(Path archive) {
        try {
            Path dir = archive.getParent();
            if (dir == null) {
                return false;
            }
            Files.createDirectories(dir);
            return Files.isWritable(dir);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Deletes the archives of the same engine for another jar or Java made more than 7 days ago
     * (several sqlj versions may be in use side by side, each with its archive).
     */
    private static void deleteOlder(Path archive) throws IOException {
        String name = archive.getFileName().toString();
        String prefix = name.substring(0, name.lastIndexOf('-') + 1);
        Path dir = archive.getParent();
        if (dir == null) {
            return;
        }
        long weekAgo = System.currentTimeMillis() - 7L * 24 * 3600 * 1000;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, prefix + "*" + SUFFIX)) {
            for (Path other : files) {
                if (!other.getFileName().toString().equals(name)
                        && Files.getLastModifiedTime(other).toMillis() < weekAgo) {
                    Files.deleteIfExists(other);
                }
            }
        }
    }
}
