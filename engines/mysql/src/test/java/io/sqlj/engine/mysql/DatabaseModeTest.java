package io.sqlj.engine.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.engine.sdk.EngineHarness;
import io.sqlj.engine.v1.BatchParseRequest;
import io.sqlj.engine.v1.BatchParseResponse;
import io.sqlj.engine.v1.ConnectionParams;
import io.sqlj.engine.v1.ParseRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** database: { uri }: queries are described by a live server, read-only, and passwords stay secret. */
class DatabaseModeTest {
    static EmbeddedMariaDb live;

    @BeforeAll
    static void startALiveServer() throws Exception {
        live = EmbeddedMariaDb.start();
        try (Connection c = DriverManager.getConnection(live.jdbcUrl(""));
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE shop");
            s.execute("CREATE TABLE shop.items (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(20) NOT NULL,"
                    + " kind ENUM('a', 'b'))");
        }
    }

    @AfterAll
    static void stop() {
        live.close();
    }

    static BatchParseResponse describe(String uri, String... queries) {
        BatchParseRequest.Builder batch = BatchParseRequest.newBuilder()
                .setConnectionParams(ConnectionParams.newBuilder().setDsn(uri));
        for (String q : queries) {
            batch.addRequests(ParseRequest.newBuilder().setSql(q));
        }
        return new EngineHarness(new MysqlEngine()).parseBatch(batch.build());
    }

    @Test
    void queriesAreDescribedByTheLiveServerAndNeverRun() throws Exception {
        String uri = "jdbc:mysql://localhost/shop?localSocket=" + live.socket() + "&user=root";
        BatchParseResponse r = describe(
                uri,
                "INSERT INTO items (name, kind) VALUES (?, ?)",
                "SELECT id, name, kind FROM items WHERE name = ?",
                "DELETE FROM items");
        assertEquals(0, r.getResponses(0).getDiagnosticsCount(), r.toString());
        assertEquals("name", r.getResponses(0).getParameters(0).getName());
        assertEquals(
                java.util.List.of("a", "b"), r.getResponses(0).getParameters(1).getEnumLabelsList());
        assertEquals("id", r.getResponses(0).getGeneratedKey().getName());
        assertEquals("items_kind", r.getResponses(1).getColumns(2).getDataType());
        assertEquals(
                java.util.List.of("items"),
                r.getCatalog().getTablesList().stream().map(t -> t.getName()).toList());
        try (Connection c = DriverManager.getConnection(live.jdbcUrl("shop"));
                ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM items")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "prepared, not executed");
        }
    }

    @Test
    void aFailedConnectionIsADiagnosticWithoutThePassword() {
        BatchParseResponse r = describe("mysql://app:s3cr%40t@127.0.0.1:1/shop", "SELECT 1");
        String message = r.getResponses(0).getDiagnostics(0).getMessage();
        assertTrue(message.startsWith("database: cannot connect to mysql://app@127.0.0.1:1/shop: "), message);
        assertFalse(message.contains("s3cr"), message);
    }

    @Test
    void uriFormsBecomeMariaDbUrlsAndHideThePassword() {
        Dsn.Target t = Dsn.parse("mysql://app:p%3Ass@db.example:3307/shop?sslMode=trust");
        assertEquals("jdbc:mariadb://db.example:3307/shop?sslMode=trust", t.url());
        assertEquals("app", t.properties().getProperty("user"));
        assertEquals("p:ss", t.properties().getProperty("password"));
        assertEquals("mysql://app@db.example:3307/shop", t.display());
        Dsn.Target jdbc = Dsn.parse("jdbc:mysql://app:pw@db:3306/shop?password=pw2");
        assertEquals("jdbc:mariadb://db:3306/shop?password=pw2", jdbc.url());
        assertEquals("jdbc:mysql://app:***@db:3306/shop?password=***", jdbc.display());
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Dsn.parse("postgres://u:secret@h/db"));
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
    }
}
