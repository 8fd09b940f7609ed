package io.sqlj.core.engine;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The engines that ship inside sqlj, and how one is started: as a child JVM of the Java that runs
 * sqlj, on a class path that holds the engine (the CLI's own, or the Maven plugin's artifacts), so
 * {@code engine: sqlite} needs nothing installed. The one list: the CLI, the Maven plugin and the
 * config loader all read it. To bundle another engine: one entry here and a dependency in the
 * POMs of {@code sqlj-cli} and {@code sqlj-maven-plugin}.
 */
public final class BundledEngines {

    /**
     * One bundled engine.
     *
     * @param name its name in sqlj.yaml's {@code engine:}
     * @param groupId the Maven group of the artifact that holds it
     * @param artifactId that artifact
     * @param mainClass what the JVM runs
     */
    public record Engine(String name, String groupId, String artifactId, String mainClass) {}

    /** Every bundled engine, in the order they are listed to users. */
    public static final List<Engine> ALL = List.of(
            new Engine("sqlite", "io.sqlj", "sqlj-engine-sqlite", "io.sqlj.engine.sqlite.SqliteEngineMain"),
            new Engine(
                    "postgresql", "io.sqlj", "sqlj-engine-postgresql", "io.sqlj.engine.postgresql.PostgresEngineMain"),
            new Engine("mysql", "io.sqlj", "sqlj-engine-mysql", "io.sqlj.engine.mysql.MysqlEngineMain"));

    /** Start-up flags: engines are short-lived, so a fast start beats peak throughput. */
    private static final List<String> JVM_FLAGS =
            List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto");

    /**
     * The SQLite engine's inlining limit for C1: callees of up to 15 bytes instead of 35, so its
     * compiler thread, a third of the engine's CPU for a batch, does less (docs/performance.md §1at).
     */
    static final String SQLITE_INLINE_SIZE = "-XX:C1MaxInlineSize=15";

    /** The system property that tells a bundled engine sqlj's cache folder. */
    static final String CACHE_PROPERTY = "sqlj.cache";

    private BundledEngines() {}

    /** The names usable in {@code sql[].engine} without an {@code engines:} entry. */
    public static Set<String> names() {
        return ALL.stream().map(Engine::name).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Engine name → the full command line that starts it on {@code classPath} (the runner adds the
     * verb), for the {@code engines} given.
     */
    public static Map<String, List<String>> commands(List<Engine> engines, List<String> classPath) {
        Map<String, List<String>> commands = new LinkedHashMap<>();
        for (Engine engine : engines) {
            commands.put(engine.name(), command(engine, classPath));
        }
        return commands;
    }

    /**
     * {@link #commands(List, List)} for every engine, on the class path of this JVM with each entry
     * made absolute: an engine runs in its block's folder, where {@code java -jar build/sqlj.jar}'s
     * relative path finds nothing.
     */
    public static Map<String, List<String>> onThisClassPath() {
        return commands(ALL, absolute(System.getProperty("java.class.path", "")));
    }

    /**
     * sqlj's cache folder ({@code $XDG_CACHE_HOME/sqlj} or {@code ~/.cache/sqlj}), which a bundled
     * engine's process gets as the system property {@code sqlj.cache}: for an engine run in this JVM
     * ({@link InProcessEngines}), given to it instead.
     */
    public static Optional<Path> cacheFolder() {
        return SharedArchive.cacheRoot();
    }

    /** The entries of a class path, each absolute (an empty one is the current folder, as for Java). */
    static List<String> absolute(String classPath) {
        List<String> entries = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator, -1)) {
            try {
                entries.add(Path.of(entry).toAbsolutePath().toString());
            } catch (InvalidPathException e) {
                entries.add(entry); // not a path this platform knows: left to the JVM to judge
            }
        }
        return List.copyOf(entries);
    }

    private static List<String> command(Engine engine, List<String> classPath) {
        List<String> argv = new ArrayList<>();
        argv.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        argv.addAll(JVM_FLAGS);
        if (engine.name().equals("sqlite")) {
            // the engine's answer is spent in code that runs for the first time; on 2 cores busy
            // with sqlj as well, less compiling pays more than compiling earlier: the threshold a
            // third of the default (§1am) cost more compiler CPU than it saved, and C1 inlining less
            // saves ~20% of the process's CPU for a 1,000-query batch (docs/performance.md §1at)
            argv.add(SQLITE_INLINE_SIZE);
        }
        argv.addAll(SharedArchive.flags(engine.name(), engine.mainClass(), classPath));
        // where an engine may keep what it would otherwise redo on every start (the SQLite engine:
        // sqlite-jdbc's native library, docs/performance.md)
        SharedArchive.cacheRoot().ifPresent(dir -> argv.add("-D" + CACHE_PROPERTY + "=" + dir));
        argv.add("-cp");
        argv.add(String.join(File.pathSeparator, classPath));
        argv.add(engine.mainClass());
        return List.copyOf(argv);
    }
}
