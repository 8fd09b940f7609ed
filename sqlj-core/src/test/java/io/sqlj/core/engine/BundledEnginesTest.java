package io.sqlj.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a bundled engine is started: its class path must hold wherever the engine runs. */
class BundledEnginesTest {

    @TempDir
    Path dir;

    @Test
    void classPathEntriesAreMadeAbsolute() {
        String classPath = String.join(File.pathSeparator, "build/sqlj.jar", "", "/opt/sqlj/lib/sqlj.jar");
        assertEquals(
                List.of(
                        Path.of("build/sqlj.jar").toAbsolutePath().toString(),
                        Path.of("").toAbsolutePath().toString(),
                        "/opt/sqlj/lib/sqlj.jar"),
                BundledEngines.absolute(classPath));
    }

    /** Only the SQLite engine inlines less: the other engines' start is unchanged (not measured to pay). */
    @Test
    void theSqliteEngineAloneGetsASmallerInliningLimit() {
        var commands = BundledEngines.commands(BundledEngines.ALL, List.of("/opt/sqlj/lib/sqlj.jar"));
        List<String> sqlite = commands.get("sqlite");
        assertTrue(
                sqlite.indexOf(BundledEngines.SQLITE_INLINE_SIZE) > 0
                        && sqlite.indexOf(BundledEngines.SQLITE_INLINE_SIZE) < sqlite.indexOf("-cp"),
                sqlite.toString());
        for (String other : List.of("postgresql", "mysql")) {
            assertTrue(
                    !commands.get(other).contains(BundledEngines.SQLITE_INLINE_SIZE),
                    commands.get(other).toString());
        }
    }

    /**
     * {@code java -jar build/sqlj.jar generate}: a JVM on a relative class path starts each engine
     * on absolute paths, since the engine runs in the block's folder (it failed with "Could not
     * find or load main class").
     */
    @Test
    void aJvmOnARelativeClassPathStartsEnginesOnAbsolutePaths() throws Exception {
        Path classes = codeSource(BundledEngines.class);
        Path testClasses = codeSource(PrintSqliteCommand.class);
        Path work = Files.createDirectories(dir.resolve("work"));
        String relative = String.join(
                File.pathSeparator,
                work.relativize(classes).toString(),
                work.relativize(testClasses).toString());
        assertTrue(!Path.of(relative.split(File.pathSeparator)[0]).isAbsolute(), relative);

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto",
                "-cp",
                relative,
                PrintSqliteCommand.class.getName()));
        Process process = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), printed);
        assertEquals(0, process.exitValue(), printed);

        List<String> engine = printed.lines().toList();
        List<Path> engineClassPath = new ArrayList<>();
        for (String entry : engine.get(engine.indexOf("-cp") + 1).split(File.pathSeparator)) {
            assertTrue(Path.of(entry).isAbsolute(), printed);
            engineClassPath.add(Path.of(entry).toRealPath());
        }
        assertEquals(List.of(classes, testClasses), engineClassPath, printed);
    }

    private static Path codeSource(Class<?> type) throws URISyntaxException, IOException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toRealPath();
    }
}
