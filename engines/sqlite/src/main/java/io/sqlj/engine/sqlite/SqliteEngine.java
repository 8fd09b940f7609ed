package io.sqlj.engine.sqlite;

import io.sqlj.engine.sdk.Diagnostics;
import io.sqlj.engine.sdk.Engine;
import io.sqlj.engine.sdk.EngineMain;
import io.sqlj.engine.sdk.EngineVersion;
import io.sqlj.engine.sdk.SchemaSource;
import io.sqlj.engine.v1.Diagnostic;
import io.sqlj.engine.v1.EngineInfo;
import io.sqlj.engine.v1.ProtocolVersion;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.SQLiteLimits;
import org.sqlite.SQLiteOpenMode;

/**
 * The SQLite engine: loads the schema into an in-memory database (or opens a database file
 * read-only) and resolves each query by having SQLite prepare it.
 */
public final class SqliteEngine implements Engine {

    /** Where a relative database path is found: the process's working folder, or the one given. */
    private final @Nullable Path workingDirectory;

    /** sqlj's cache folder, when given; else the system property {@code sqlj.cache} names it. */
    private final @Nullable String cache;

    /** The engine of a process of its own: sqlj sets its working folder and {@code -Dsqlj.cache}. */
    public SqliteEngine() {
        this.workingDirectory = null;
        this.cache = null;
    }

    /**
     * The engine run inside another program's JVM (sqlj's, docs/decisions.md), which cannot give it
     * a working folder or a system property of its own.
     *
     * @param workingDirectory the folder a relative {@code database:} path is relative to: the one a
     *     process of its own would run in (sqlj's config folder)
     * @param cache sqlj's cache folder, where sqlite-jdbc's native library is kept ({@link
     *     NativeLibraryCache}); null for none
     */
    public SqliteEngine(Path workingDirectory, @Nullable Path cache) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.cache = cache == null ? null : cache.toString();
    }

    /**
     * The empty in-memory database {@link #prepare} opens while the request is read; taken by the
     * first {@link #open}.
     */
    private @Nullable FutureTask<Connection> prepared;

    /** The session {@link #schemaArrived} opened for schema text, taken by {@link #open} when the text is the same. */
    private @Nullable Preloaded preloaded;

    private record Preloaded(String text, SqliteSession session) {}

    @Override
    public EngineInfo info() {
        return EngineInfo.newBuilder()
                .setName("sqlite")
                .setVersion(EngineVersion.get() + " (SQLite " + sqliteVersion() + ")")
                .setProtocolVersion(ProtocolVersion.PROTOCOL_VERSION_1_VALUE)
                .addFeatures(EngineMain.FEATURE_BATCH)
                .addAllFeatures(io.sqlj.engine.sdk.Macros.FEATURES)
                .build();
    }

    /**
     * Loads sqlite-jdbc (its native library, the driver, its date formats) and opens the empty
     * database the schema will be loaded into, on a thread of its own, while the request is still
     * being read (docs/performance.md §1p). A failure here is not reported: {@link #open} then opens
     * the database itself and reports what goes wrong the usual way.
     */
    @Override
    public synchronized void prepare() {
        if (prepared != null) {
            return;
        }
        FutureTask<Connection> task = new FutureTask<>(() -> {
            installLibrary();
            return memoryDatabase();
        });
        Thread thread = new Thread(task, "sqlite-engine-prepare");
        thread.setDaemon(true);
        thread.start();
        prepared = task;
    }

    /** The database {@link #prepare} opened, or null when it was not asked or failed. */
    private @Nullable Connection takePrepared() {
        FutureTask<Connection> task;
        synchronized (this) {
            task = prepared;
            prepared = null;
        }
        if (task == null) {
            return null;
        }
        try {
            return task.get();
        } catch (ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** An empty in-memory database that can neither attach nor write files. */
    static Connection memoryDatabase() throws SQLException {
        Connection conn = new SQLiteConfig().createConnection("jdbc:sqlite::memory:");
        noFiles(conn);
        return conn;
    }

    /**
     * Loads schema text as soon as it has arrived, while sqlj still splits the query files
     * (docs/performance.md §1ap): the session's work is the same as {@link #open}'s, only done before
     * the first request. A failure is not reported here: {@link #open} then loads the schema again
     * and reports what goes wrong the usual way.
     */
    @Override
    public void schemaArrived(SchemaSource schema) {
        if (!(schema instanceof SchemaSource.Sql sql)) {
            return;
        }
        Preloaded old = takePreloaded();
        if (old != null) {
            closeQuietly(old.session());
        }
        try {
            SqliteSession session = openSql(sql.text());
            synchronized (this) {
                preloaded = new Preloaded(sql.text(), session);
            }
        } catch (SQLException | RuntimeException e) {
            // open() loads it again and reports the failure
        }
    }

    private synchronized @Nullable Preloaded takePreloaded() {
        Preloaded p = preloaded;
        preloaded = null;
        return p;
    }

    private static void closeQuietly(SqliteSession session) {
        try {
            session.close();
        } catch (SQLException | RuntimeException e) {
            // an in-memory database that was never used
        }
    }

    @Override
    public Session open(SchemaSource schema) throws SQLException {
        Preloaded loaded = takePreloaded();
        if (loaded != null) {
            if (schema instanceof SchemaSource.Sql sql && sql.text().equals(loaded.text())) {
                return loaded.session();
            }
            closeQuietly(loaded.session()); // the schema was sent again, otherwise: loaded anew
        }
        if (schema instanceof SchemaSource.Database db) {
            Connection early = takePrepared();
            installLibrary();
            if (early != null) {
                early.close();
            }
            String path = databasePath(db.params().getDsn(), workingDirectory);
            Connection conn;
            try {
                conn = readOnly().createConnection("jdbc:sqlite:" + path);
            } catch (SQLException e) {
                return new SqliteSession(
                        null,
                        List.of(Diagnostics.unplaced(
                                Diagnostic.Severity.ERROR,
                                "database: cannot open " + path + " read-only: " + SqliteErrors.message(e),
                                "SQLITE_CANTOPEN")),
                        null);
            }
            noFiles(conn);
            return new SqliteSession(conn, List.of(), null);
        }
        return openSql(schema instanceof SchemaSource.Sql sql ? sql.text() : null);
    }

    /** A session on the prepared (else a new) in-memory database with {@code text} loaded. */
    private SqliteSession openSql(@Nullable String text) throws SQLException {
        // split while the prepare() thread may still be opening the database (docs/performance.md §1ak)
        List<SchemaLoader.SchemaStatement> statements = text != null ? SchemaLoader.split(text) : List.of();
        Connection early = takePrepared();
        installLibrary();
        Connection conn = early != null ? early : memoryDatabase();
        try {
            List<Diagnostic> errors = text != null ? SchemaLoader.load(conn, text, statements) : List.of();
            return new SqliteSession(conn, errors, text);
        } catch (SQLException | RuntimeException e) {
            try {
                conn.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    private void installLibrary() {
        if (cache != null) {
            NativeLibraryCache.install(cache);
        } else {
            NativeLibraryCache.install();
        }
    }

    /**
     * No database may be attached: {@code ATTACH 'x.db'} and {@code VACUUM INTO 'x.db'} in a schema
     * or query would create or open files on the user's machine. SQLite refuses both at a limit of
     * 0 attached databases; {@link SchemaLoader} says why. Extensions stay off (the driver's default).
     */
    private static void noFiles(Connection conn) throws SQLException {
        conn.unwrap(SQLiteConnection.class).setLimit(SQLiteLimits.SQLITE_LIMIT_ATTACHED, 0);
    }

    /** SQLITE_OPEN_READONLY without CREATE: a missing file is an error, nothing can be written. */
    private static SQLiteConfig readOnly() {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        return config;
    }

    /**
     * The file a DSN names: {@code jdbc:sqlite:x.db}, {@code sqlite:x.db}, {@code sqlite://x.db},
     * {@code file:x.db} or a bare path; relative paths are relative to the working directory,
     * which sqlj sets to the config's folder.
     */
    static String databasePath(String dsn) {
        return databasePath(dsn, null);
    }

    /** As {@link #databasePath(String)}, a relative path relative to {@code dir} when there is one. */
    static String databasePath(String dsn, @Nullable Path dir) {
        String path = dsn.trim();
        for (String prefix : new String[] {"jdbc:sqlite:", "sqlite://", "sqlite:", "file:"}) {
            if (path.startsWith(prefix)) {
                path = path.substring(prefix.length());
            }
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        Path file = Path.of(path);
        return (dir == null ? file.toAbsolutePath() : dir.resolve(file))
                .normalize()
                .toString();
    }

    /** The version of the SQLite library the engine runs, which decides what SQL it accepts. */
    private static String sqliteVersion() {
        try {
            String v = SQLiteJDBCLoader.getVersion();
            return v == null || v.isBlank() ? "unknown" : v;
        } catch (RuntimeException e) {
            return "unknown";
        }
    }
}
