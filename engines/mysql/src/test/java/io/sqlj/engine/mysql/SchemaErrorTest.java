package io.sqlj.engine.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.engine.sdk.EngineHarness;
import io.sqlj.engine.v1.BatchParseRequest;
import io.sqlj.engine.v1.BatchParseResponse;
import io.sqlj.engine.v1.Diagnostic;
import io.sqlj.engine.v1.ParseRequest;
import org.junit.jupiter.api.Test;

/** A schema the server rejects: the first error, at its line in the schema, on every response. */
class SchemaErrorTest {

    static Diagnostic schemaError(String schema) {
        BatchParseResponse r = new EngineHarness(new MysqlEngine())
                .parseBatch(BatchParseRequest.newBuilder()
                        .setSchemaSql(schema)
                        .addRequests(ParseRequest.newBuilder().setSql("SELECT 1"))
                        .build());
        Diagnostic d = r.getResponses(0).getDiagnostics(0);
        assertTrue(d.getInSchema(), d.toString());
        return d;
    }

    @Test
    void aSchemaErrorIsPlacedAtItsLineWithTheServersMessageAndCodes() {
        Diagnostic d = schemaError("""
        CREATE TABLE a (id INT PRIMARY KEY);
        CREATE TABLE b (
          id INT PRIMARY KEY,
          a_id INT REFERENCES nope (id),
          n INTEGR
        );
        """);
        assertEquals("Unknown data type: 'INTEGR'", d.getMessage());
        assertTrue(d.getCode().matches("error \\d+, SQLSTATE \\w{5}"), d.getCode());
        assertEquals(5, d.getLine());
        assertEquals(5, d.getColumn());
    }

    @Test
    void aForeignKeyToATableMadeLaterLoadsAfterTheRestWithAWarning() {
        // files read in name order: posts.sql before users.sql; the ALTER waits for its CREATE
        BatchParseResponse r = new EngineHarness(new MysqlEngine())
                .parseBatch(BatchParseRequest.newBuilder()
                        .setSchemaSql("""
                        CREATE TABLE posts (id INT PRIMARY KEY, user_id INT NOT NULL,
                          FOREIGN KEY (user_id) REFERENCES users (id));
                        ALTER TABLE posts ADD COLUMN title VARCHAR(100) NOT NULL;
                        CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(100) NOT NULL);
                        """)
                        .addRequests(ParseRequest.newBuilder()
                                .setSql("SELECT p.title, u.name FROM posts p JOIN users u ON u.id = p.user_id"))
                        .build());
        var response = r.getResponses(0);
        assertEquals(1, response.getDiagnosticsCount(), response.toString());
        Diagnostic d = response.getDiagnostics(0);
        assertEquals(Diagnostic.Severity.WARNING, d.getSeverity());
        assertTrue(d.getInSchema());
        assertEquals(1, d.getLine());
        assertTrue(d.getMessage().startsWith("loaded after the statements that follow it"), d.getMessage());
        assertEquals(2, response.getColumnsCount(), response.toString());
    }

    @Test
    void aForeignKeyToATableNothingMakesIsStillTheError() {
        Diagnostic d = schemaError("""
        CREATE TABLE a (id INT PRIMARY KEY, n_id INT, FOREIGN KEY (n_id) REFERENCES nope (id));
        CREATE TABLE b (id INT PRIMARY KEY);
        """);
        assertEquals(Diagnostic.Severity.ERROR, d.getSeverity());
        assertEquals(1, d.getLine());
        assertTrue(d.getMessage().contains("Foreign key constraint is incorrectly formed"), d.getMessage());
    }

    @Test
    void mysql8CollationsAreNamedAsMissing() {
        Diagnostic d = schemaError("CREATE TABLE t (\n  s VARCHAR(10)\n) COLLATE utf8mb4_0900_ai_ci;");
        assertTrue(d.getMessage().contains("lacks: MySQL 8's utf8mb4_0900_* collations"), d.getMessage());
        assertEquals(3, d.getLine());
    }
}
