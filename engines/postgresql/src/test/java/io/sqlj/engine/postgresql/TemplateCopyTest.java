package io.sqlj.engine.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A server start whose copy of the template data folder is stopped by a signal (Ctrl-C reaches the
 * whole process group, {@code cp} included) ends at once and leaves no run folder: it does not copy
 * again in Java while the JVM's exit waits for it, which left a half-copied folder in {@code
 * /dev/shm} when that wait ran out.
 */
class TemplateCopyTest {
    @Test
    void aCopyStoppedBySignalEndsTheStartAndLeavesNoRunFolder() throws Exception {
        // the binaries and the template first, so that the next start's only child process is cp
        EmbeddedPostgres.start(PgBinaries.BUNDLED_VERSION).close();
        Set<Path> before = runFolders();
        AtomicBoolean stopped = new AtomicBoolean();
        Thread killer = new Thread(() -> {
            long end = System.nanoTime() + 60_000_000_000L;
            while (System.nanoTime() < end && !stopped.get()) {
                Optional<ProcessHandle> cp = ProcessHandle.current()
                        .descendants()
                        .filter(p -> p.info().command().orElse("").endsWith("/cp"))
                        .findFirst();
                if (cp.isPresent()) {
                    stopped.set(cp.get().destroy()); // SIGTERM
                    return;
                }
                Thread.onSpinWait();
            }
        });
        killer.setDaemon(true);
        killer.start();
        IOException e;
        try {
            e = assertThrows(IOException.class, () -> {
                EmbeddedPostgres s = EmbeddedPostgres.start(PgBinaries.BUNDLED_VERSION, () -> true);
                s.close();
            });
        } catch (AssertionError notThrown) {
            killer.join();
            // cp finished before the killer saw it: nothing was tested
            Assumptions.assumeTrue(stopped.get(), "cp ended before it could be stopped");
            throw notThrown;
        }
        killer.join();
        assertTrue(stopped.get());
        assertTrue(e.getMessage().contains("stopped by signal 15"), e.getMessage());
        assertEquals(before, runFolders(), "no run folder is left");
    }

    private static Set<Path> runFolders() throws IOException {
        try (Stream<Path> s = Files.list(EmbeddedPostgres.runParent())) {
            return s.filter(p -> p.getFileName().toString().startsWith("sqlj-postgres-"))
                    .collect(Collectors.toSet());
        }
    }
}
