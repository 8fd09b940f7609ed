package io.sqlj.engine.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.engine.v1.BatchParseRequest;
import io.sqlj.engine.v1.BatchParseResponse;
import io.sqlj.engine.v1.ConnectionParams;
import io.sqlj.engine.v1.EngineInfo;
import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.engine.v1.ParseResponse;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProtocolTest extends EngineTestSupport {
    private static final List<String> QUERIES = List.of(
            "SELECT id, name FROM authors WHERE id = ?",
            "SELECT a.name, b.title FROM authors a LEFT JOIN books b ON b.author_id = a.id",
            "INSERT INTO books (author_id, title, added_at) VALUES (?, ?, ?) RETURNING id",
            "UPDATE books SET price = ? WHERE id = @id",
            "SELECT nme FROM authors",
            "SELECT count(*) FROM books WHERE author_id IN (sqlj.slice(ids))");

    @Test
    void info() {
        EngineInfo info = engine.info();
        assertEquals("sqlite", info.getName());
        assertEquals(1, info.getProtocolVersion());
        assertEquals(List.of("batch", "optional", "sort", "embed_list", "serve"), info.getFeaturesList());
        assertTrue(info.getVersion().matches("\\d+\\.\\d+\\.\\d+\\S* \\(SQLite 3\\.\\d+.*\\)"), info.getVersion());
        assertTrue(info.getVersion().startsWith(io.sqlj.engine.sdk.EngineVersion.get() + " "), info.getVersion());
    }

    @Test
    void batchAnswersEqualOneByOneAnswers() {
        BatchParseRequest.Builder batch = BatchParseRequest.newBuilder().setSchemaSql(SCHEMA);
        List<ParseResponse> single = new ArrayList<>();
        for (String sql : QUERIES) {
            batch.addRequests(ParseRequest.newBuilder().setSql(sql));
            single.add(parse(sql));
        }
        BatchParseResponse response = engine.parseBatch(batch.build());
        // The catalog travels once on the batch, and on every single response.
        assertEquals(single.get(0).getCatalog(), response.getCatalog());
        assertEquals(
                List.of("authors", "books"),
                response.getCatalog().getTablesList().stream()
                        .map(io.sqlj.engine.v1.Table::getName)
                        .toList());
        assertEquals(
                single.stream().map(r -> r.toBuilder().clearCatalog().build()).toList(), response.getResponsesList());
    }

    @Test
    void thousandQueriesInOneBatchAreAllAnswered() {
        BatchParseRequest.Builder batch = BatchParseRequest.newBuilder().setSchemaSql(SCHEMA);
        for (int i = 0; i < 1000; i++) {
            batch.addRequests(ParseRequest.newBuilder().setSql(QUERIES.get(i % QUERIES.size()) + " -- " + i));
        }
        // How long it takes is bench/'s business (docs/performance.md), not a unit test's.
        BatchParseResponse response = engine.parseBatch(batch.build());
        assertEquals(1000, response.getResponsesCount());
        for (int i = 0; i < 1000; i++) {
            assertEquals(
                    response.getResponses(i % QUERIES.size()).getDiagnosticsCount(),
                    response.getResponses(i).getDiagnosticsCount(),
                    "query " + i + " is answered as its twin");
        }
    }

    @Test
    void databaseFileIsReadOnly(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("app.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)");
        }
        byte[] before = Files.readAllBytes(db);
        ParseRequest.Builder request = ParseRequest.newBuilder()
                .setConnectionParams(ConnectionParams.newBuilder().setDsn("jdbc:sqlite:" + db));
        ParseResponse r =
                engine.parse(request.setSql("SELECT v FROM t WHERE id = ?").build());
        assertEquals("", diags(r));
        assertEquals("v:TEXT/VARCHAR", columns(r));
        ParseResponse ddl = engine.parse(request.setSql("DROP TABLE t").build());
        assertEquals("", diags(ddl)); // preparing never runs the statement
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(db)));
    }

    @Test
    void runsAsAChildProcess() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "io.sqlj.engine.sqlite.SqliteEngineMain",
                        "parse")
                .redirectError(ProcessBuilder.Redirect.PIPE)
                .start();
        try (var in = p.getOutputStream()) {
            ParseRequest.newBuilder()
                    .setSql("SELECT name FROM authors WHERE id = ?")
                    .setSchemaSql(SCHEMA)
                    .build()
                    .writeTo(in);
        }
        byte[] out;
        try (InputStream stdout = p.getInputStream()) {
            out = stdout.readAllBytes();
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String err = new String(p.getErrorStream().readAllBytes());
        assertEquals(0, p.exitValue(), err);
        ParseResponse r = ParseResponse.parseFrom(out);
        assertEquals("name:TEXT/VARCHAR", columns(r));
        assertEquals("id#1:BIGINT", params(r));
        assertTrue(new File(java).exists());
    }

    @Test
    void workedExampleOfDocsProtocolMd() {
        String schema = "CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"
                + "CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL, title TEXT NOT NULL);";
        String sql = "SELECT a.id, a.name, b.title\nFROM authors a LEFT JOIN books b ON b.author_id = a.id\n"
                + "WHERE a.name = @name AND b.id IN (sqlj.slice(ids))\nLIMIT ?";
        ParseResponse r = engine.parse(
                ParseRequest.newBuilder().setSql(sql).setSchemaSql(schema).build());
        assertEquals("", diags(r));
        assertEquals(
                "SELECT a.id, a.name, b.title\nFROM authors a LEFT JOIN books b ON b.author_id = a.id\n"
                        + "WHERE a.name = ? AND b.id IN (/*SLICE:ids*/?)\nLIMIT ?",
                r.getSql());
        assertEquals("name#1:VARCHAR ids#2:BIGINT[] limit#3:BIGINT", params(r));
        assertEquals("id:INTEGER/BIGINT name:TEXT/VARCHAR title:TEXT/VARCHAR?", columns(r));
        ParseResponse bad = engine.parse(ParseRequest.newBuilder()
                .setSql(sql.replace("a.name,", "a.nme,"))
                .setSchemaSql(schema)
                .build());
        assertEquals("1:14: error: no such column: a.nme [SQLITE_ERROR]", diags(bad));
    }

    @Test
    void brokenRequestExitsOne() {
        var result = engine.run(new byte[] {0x0a, 0x7f}, "parse");
        assertEquals(1, result.exitCode());
        assertTrue(result.stderr().startsWith("sqlite engine: cannot decode the parse request"), result.stderr());
    }
}
