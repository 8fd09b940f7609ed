package io.sqlj.engine.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, item 2: the embedded server used in schema mode cannot be reached by another local
 * user: no TCP, a Unix socket in a folder only its owner enters, and peer authentication that
 * admits only the OS user running sqlj, as the superuser.
 */
class EmbeddedPostgresAccessTest {

    static EmbeddedPostgres server;

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String one(String sql) throws SQLException {
        try (Connection c = server.connect("postgres");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void listensOnNoTcpAddressAndTrustsNobody() throws Exception {
        assertEquals("", one("SHOW listen_addresses"));
        assertEquals("local/peer", one("SELECT string_agg(type || '/' || auth_method, ',') FROM pg_hba_file_rules"));
    }

    @Test
    void theSocketFolderIsPrivate() throws Exception {
        Path folder = server.socketFile().getParent();
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        assertTrue(Files.exists(server.socketFile()), server.socketFile().toString());
    }

    @Test
    void anotherDatabaseUserIsRefused() throws Exception {
        try (Connection c = server.connect("postgres");
                Statement s = c.createStatement()) {
            s.execute("CREATE ROLE intruder LOGIN SUPERUSER");
        }
        Properties props = new Properties();
        props.setProperty("user", "intruder");
        SQLException e = assertThrows(
                SQLException.class,
                () -> DriverManager.getConnection(server.jdbcUrl("postgres"), props)
                        .close());
        assertEquals("28000", e.getSQLState(), e.getMessage()); // invalid_authorization_specification
    }

    /**
     * As root the server runs as {@code nobody}, which can enter the socket folder: a process of
     * {@code nobody} that speaks the protocol still gets no session (the peer map admits root only).
     */
    @Test
    void anotherOsUserIsRefused() throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "needs root to act as another user");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "needs python3");
        String probe = """
        import socket, struct, sys
        s = socket.socket(socket.AF_UNIX)
        try:
            s.connect(sys.argv[1])
        except OSError as e:
            print("refused:", e); sys.exit(0)
        body = struct.pack("!i", 196608) + b"user\\0postgres\\0database\\0postgres\\0\\0"
        s.sendall(struct.pack("!i", len(body) + 4) + body)
        reply = s.recv(4096)
        print("reply:", reply[:1].decode(), reply[5:].decode("latin-1").replace("\\0", " "))
        """;
        Process p = new ProcessBuilder(
                        "setpriv",
                        "--reuid=nobody",
                        "--regid=65534",
                        "--clear-groups",
                        "--",
                        "/usr/bin/python3",
                        "-c",
                        probe,
                        server.socketFile().toString())
                .redirectErrorStream(true)
                .start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(out.startsWith("reply: E") && out.contains("Peer authentication failed"), out);
    }
}
