package io.sqlj.engine.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * sqlite-jdbc's native library, kept in sqlj's cache folder (docs/performance.md, session 24).
 *
 * <p>On every start sqlite-jdbc finds which of its libraries fits the machine (on Linux it runs
 * {@code uname -o} for that, a process of its own), writes the 1 MB library to {@code
 * java.io.tmpdir} under a random name, reads it back twice to compare it with the jar's copy, and
 * deletes it at exit. Given {@code org.sqlite.lib.path} and {@code org.sqlite.lib.name} it loads
 * that file instead and does none of this. sqlj passes its cache folder to the bundled engines as
 * the system property {@code sqlj.cache}; the first engine extracts the library there, in a folder
 * named after what it must match (sqlite-jdbc's version, the jar's path, size and time, the
 * operating system and architecture), writing to a temporary name and moving it into place, and
 * every later engine points sqlite-jdbc at it. Without the property (an engine started by hand, or
 * by tests), or when anything goes wrong, sqlite-jdbc loads the library its own way.
 */
final class NativeLibraryCache {

    /** The system property that names sqlj's cache folder. */
    static final String CACHE_PROPERTY = "sqlj.cache";

    private static final String LIB_PATH = "org.sqlite.lib.path";
    private static final String LIB_NAME = "org.sqlite.lib.name";

    /** How the library was found this time, for tests and timings. */
    enum Outcome {
        /** Not used: no cache folder, or the library is chosen by the user's own properties. */
        OFF,
        /** The cached copy was there. */
        CACHED,
        /** Extracted to the cache now. */
        EXTRACTED,
        /** The cache could not be used; sqlite-jdbc extracts to the temporary folder as before. */
        FAILED
    }

    private static volatile @Nullable Outcome done;

    private NativeLibraryCache() {}

    /** Points sqlite-jdbc at the cached library, once per JVM, before its first connection. */
    static Outcome install() {
        return install(System.getProperty(CACHE_PROPERTY));
    }

    /**
     * As {@link #install()} with {@code cache} as the cache folder, for an engine inside another
     * program's JVM; the first call of the JVM decides, as sqlite-jdbc loads its library once.
     */
    static synchronized Outcome install(@Nullable String cache) {
        Outcome outcome = done;
        if (outcome == null) {
            outcome = installNow(cache);
            done = outcome;
        }
        return outcome;
    }

    private static Outcome installNow(@Nullable String cache) {
        if (cache == null
                || cache.isBlank()
                || System.getProperty(LIB_PATH) != null
                || System.getProperty(LIB_NAME) != null) {
            return Outcome.OFF;
        }
        try {
            Optional<Prepared> prepared = prepare(Path.of(cache));
            if (prepared.isEmpty()) {
                return Outcome.FAILED;
            }
            Path library = prepared.get().library();
            System.setProperty(
                    LIB_PATH,
                    java.util.Objects.requireNonNull(library.getParent(), "a cached library has a folder")
                            .toString());
            System.setProperty(LIB_NAME, String.valueOf(library.getFileName()));
            return prepared.get().outcome();
        } catch (IOException | RuntimeException | URISyntaxException e) {
            return Outcome.FAILED;
        }
    }

    /** The library in the cache, and whether it was there already. */
    record Prepared(Path library, Outcome outcome) {}

    /**
     * The cached library under {@code cache}, extracted now when it is not there yet; empty when
     * sqlite-jdbc's classes do not come from a jar.
     */
    static Optional<Prepared> prepare(Path cache) throws IOException, URISyntaxException {
        Optional<Path> jar = driverJar();
        if (jar.isEmpty()) {
            return Optional.empty();
        }
        Path dir = cache.resolve("native").resolve(folderName(jar.get()));
        String name = LibraryLoaderUtil.getNativeLibName();
        Path library = dir.resolve(name);
        if (Files.isRegularFile(library) && Files.size(library) > 0) {
            return Optional.of(new Prepared(library, Outcome.CACHED));
        }
        extract(dir, name);
        return Optional.of(new Prepared(library, Outcome.EXTRACTED));
    }

    /** The jar sqlite-jdbc's classes come from; empty when they do not come from a jar file. */
    private static Optional<Path> driverJar() throws URISyntaxException {
        CodeSource source = SQLiteJDBCLoader.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        Path jar = Path.of(source.getLocation().toURI());
        return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
    }

    /**
     * {@code sqlite-jdbc-<version>-<hash>}: the hash covers what the copy must match; a new jar or
     * another machine type gets a folder of its own.
     */
    static String folderName(Path jar) throws IOException {
        String key = String.join(
                "\n",
                jar.toAbsolutePath().toString(),
                Long.toString(Files.size(jar)),
                Long.toString(Files.getLastModifiedTime(jar).toMillis()),
                System.getProperty("os.name", ""),
                System.getProperty("os.arch", ""),
                SQLiteJDBCLoader.getVersion());
        String version = SQLiteJDBCLoader.getVersion().replaceAll("[^A-Za-z0-9.]", "_");
        return "sqlite-jdbc-" + version + "-"
                + Integer.toHexString(key.hashCode()).toLowerCase(Locale.ROOT);
    }

    /**
     * Copies the library sqlite-jdbc would pick for this machine from its jar into {@code dir},
     * through a temporary name, so a concurrent engine never sees half a file.
     */
    private static void extract(Path dir, String name) throws IOException {
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, name, ".tmp");
        try {
            try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("no " + resource + " in sqlite-jdbc");
                }
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            if (!temp.toFile().setExecutable(true)) {
                throw new IOException("cannot make " + temp + " executable");
            }
            try {
                Files.move(temp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
