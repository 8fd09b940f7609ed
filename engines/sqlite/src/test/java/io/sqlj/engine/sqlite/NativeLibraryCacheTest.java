package io.sqlj.engine.sqlite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.engine.v1.BatchParseRequest;
import io.sqlj.engine.v1.BatchParseResponse;
import io.sqlj.engine.v1.ParseRequest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/** sqlite-jdbc's native library kept in sqlj's cache instead of extracted on every start. */
class NativeLibraryCacheTest {

    @TempDir
    Path cache;

    @Test
    void extractsOnceThenReusesTheCopy() throws Exception {
        NativeLibraryCache.Prepared first = NativeLibraryCache.prepare(cache).orElseThrow();
        assertEquals(NativeLibraryCache.Outcome.EXTRACTED, first.outcome());
        assertTrue(
                first.library().startsWith(cache.resolve("native")),
                first.library().toString());
        assertArrayEquals(jarCopy(), Files.readAllBytes(first.library()));
        try (Stream<Path> files = Files.list(first.library().getParent())) {
            assertEquals(List.of(first.library()), files.toList()); // no temporary file left behind
        }
        long written = Files.getLastModifiedTime(first.library()).toMillis();

        NativeLibraryCache.Prepared second = NativeLibraryCache.prepare(cache).orElseThrow();
        assertEquals(NativeLibraryCache.Outcome.CACHED, second.outcome());
        assertEquals(first.library(), second.library());
        assertEquals(written, Files.getLastModifiedTime(second.library()).toMillis());
    }

    @Test
    void anEmptyCopyIsExtractedAgain() throws Exception {
        Path library = NativeLibraryCache.prepare(cache).orElseThrow().library();
        Files.write(library, new byte[0]);
        NativeLibraryCache.Prepared again = NativeLibraryCache.prepare(cache).orElseThrow();
        assertEquals(NativeLibraryCache.Outcome.EXTRACTED, again.outcome());
        assertArrayEquals(jarCopy(), Files.readAllBytes(library));
    }

    /** The engine as sqlj starts it: the second engine loads the copy the first one left. */
    @Test
    void anEngineGivenTheCacheLoadsTheCachedLibrary() throws Exception {
        String first = runEngine();
        Path library = NativeLibraryCache.prepare(cache).orElseThrow().library();
        // no sqlite-<version>-<uuid>-libsqlitejdbc.so of sqlite-jdbc's own extraction
        assertEquals(List.of("Loaded library " + library), sqliteLoads(first), first);
        String second = runEngine();
        assertEquals(List.of("Loaded library " + library), sqliteLoads(second), second);
    }

    /** The JVM's "Loaded library <path>" lines for sqlite-jdbc's library ({@code -Xlog:library}). */
    private static List<String> sqliteLoads(String stderr) {
        return stderr.lines()
                .filter(line -> line.contains("Loaded library ") && line.contains("sqlitejdbc"))
                .map(line -> line.substring(line.indexOf("Loaded library "), line.lastIndexOf(',')))
                .toList();
    }

    /** Runs the engine on a one-query batch with {@code -Dsqlj.cache}; returns its stderr. */
    private String runEngine() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(
                        java,
                        "-Xlog:library=info:stderr",
                        "-D" + NativeLibraryCache.CACHE_PROPERTY + "=" + cache,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "io.sqlj.engine.sqlite.SqliteEngineMain",
                        "parse-batch")
                .start();
        try (var in = p.getOutputStream()) {
            BatchParseRequest.newBuilder()
                    .setSchemaSql("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL);")
                    .addRequests(ParseRequest.newBuilder().setSql("SELECT name FROM t WHERE id = ?"))
                    .build()
                    .writeTo(in);
        }
        byte[] out;
        try (InputStream stdout = p.getInputStream()) {
            out = stdout.readAllBytes();
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), err);
        BatchParseResponse r = BatchParseResponse.parseFrom(out);
        assertEquals("name", r.getResponses(0).getColumns(0).getName(), err);
        return err;
    }

    private static byte[] jarCopy() throws Exception {
        String name = LibraryLoaderUtil.getNativeLibName();
        try (InputStream in =
                SQLiteJDBCLoader.class.getResourceAsStream(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name)) {
            return in.readAllBytes();
        }
    }
}
