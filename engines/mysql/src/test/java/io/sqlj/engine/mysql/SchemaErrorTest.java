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
    void mysql8CollationsLoadAsCollationsTheServerHas() {
        // unkey (drizzle-kit): COLLATE utf8mb4_0900_as_cs on columns; MySQL 8 dumps: COLLATE= on
        // every table and SET collation_connection in an executable comment. MariaDB 10.11 refused
        // each (error 1273); a collation changes no type, so they load as collations it has.
        BatchParseResponse r = new EngineHarness(new MysqlEngine())
                .parseBatch(BatchParseRequest.newBuilder()
                        .setSchemaSql("""
                        /*!50001 SET collation_connection = utf8mb4_0900_ai_ci */;
                        CREATE TABLE `keys` (
                          `id` varchar(48) COLLATE utf8mb4_0900_as_cs NOT NULL,
                          `name` varchar(256) CHARACTER SET utf8mb4 COLLATE 'utf8mb4_0900_bin',
                          PRIMARY KEY (`id`)
                        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
                        CREATE TABLE t2 (n INTEGR) COLLATE utf8mb4_de_pb_0900_ai_ci;
                        """)
                        .addRequests(ParseRequest.newBuilder()
                                .setSql("SELECT id, name FROM `keys` WHERE name COLLATE utf8mb4_0900_ai_ci = ?"))
                        .build());
        var response = r.getResponses(0);
        Diagnostic d = response.getDiagnostics(0);
        assertEquals("Unknown data type: 'INTEGR'", d.getMessage(), response.toString());
        assertEquals(7, d.getLine(), "the error after the collations is still at its place");
        assertEquals(20, d.getColumn());
        assertEquals(1, response.getDiagnosticsCount(), response.toString());

        BatchParseResponse ok = new EngineHarness(new MysqlEngine())
                .parseBatch(BatchParseRequest.newBuilder()
                        .setSchemaSql("""
                        CREATE TABLE `keys` (
                          `id` varchar(48) COLLATE utf8mb4_0900_as_cs NOT NULL,
                          `name` varchar(256) COLLATE 'utf8mb4_0900_bin',
                          PRIMARY KEY (`id`)
                        ) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
                        """)
                        .addRequests(ParseRequest.newBuilder()
                                .setSql("SELECT id, name FROM `keys` WHERE name COLLATE utf8mb4_0900_ai_ci = ?"))
                        .build());
        var query = ok.getResponses(0);
        assertEquals(0, query.getDiagnosticsCount(), query.toString());
        assertEquals(2, query.getColumnsCount(), query.toString());
        assertEquals("VARCHAR", query.getColumns(0).getJdbcType(), query.toString());
        assertEquals(false, query.getColumns(0).getNullable());
        assertEquals(true, query.getColumns(1).getNullable());
        assertEquals(1, query.getParametersCount(), query.toString());
        assertTrue(query.getSql().contains("utf8mb4_0900_ai_ci"), "the generated code keeps the user's text");
    }

    @Test
    void ngramParsersAndCastsToJsonAreReadAsMariaDbHasThem() {
        // blog4: FULLTEXT ... /*!50100 WITH PARSER ngram */ (error 1128 "Function 'ngram' is not
        // defined" at 1:1); unkey: CAST(sqlc.arg('meta') AS JSON) (a syntax error)
        BatchParseResponse r = new EngineHarness(new MysqlEngine())
                .parseBatch(BatchParseRequest.newBuilder()
                        .setSchemaSql("""
                        CREATE TABLE entry (
                          path varchar(255) NOT NULL PRIMARY KEY,
                          title varchar(300) NOT NULL,
                          body text NOT NULL,
                          meta json,
                          FULLTEXT KEY idx_bigram (title, body) /*!50100 WITH PARSER ngram */
                        ) ENGINE = InnoDB;
                        CREATE FULLTEXT INDEX idx_title ON entry (title) WITH PARSER mecab;
                        """)
                        .addRequests(ParseRequest.newBuilder()
                                .setSql("UPDATE entry SET meta = CAST(? AS JSON) WHERE path = ?"))
                        .addRequests(ParseRequest.newBuilder()
                                .setSql("SELECT path, CAST(meta AS json) AS m FROM entry"
                                        + " WHERE MATCH (title, body) AGAINST (? IN BOOLEAN MODE)"))
                        .build());
        var update = r.getResponses(0);
        assertEquals(0, update.getDiagnosticsCount(), update.toString());
        assertEquals(2, update.getParametersCount(), update.toString());
        assertEquals("json", update.getParameters(0).getDataType(), update.toString());
        assertTrue(update.getSql().contains("CAST(? AS JSON)"), "the generated code keeps the user's text");
        var select = r.getResponses(1);
        assertEquals(0, select.getDiagnosticsCount(), select.toString());
        assertEquals(2, select.getColumnsCount(), select.toString());
    }

    @Test
    void aDerivedTableThatReadsTheOuterQueryIsNamedAsMissing() {
        // unkey: FROM (SELECT ... FROM ratelimits rl WHERE k.id = rl.key_id) inside a select-list
        // subquery of a query on keys k; MySQL 8.0.14+ allows it, MariaDB says "Unknown column"
        BatchParseResponse r = new EngineHarness(new MysqlEngine())
                .parseBatch(BatchParseRequest.newBuilder()
                        .setSchemaSql("""
                        CREATE TABLE `keys` (id varchar(48) PRIMARY KEY, name text);
                        CREATE TABLE ratelimits (id varchar(48) PRIMARY KEY, key_id varchar(48), name text);
                        """)
                        .addRequests(ParseRequest.newBuilder().setSql("""
                                SELECT k.id,
                                  (SELECT JSON_ARRAYAGG(name) FROM (
                                     SELECT rl.name FROM ratelimits rl WHERE k.id = rl.key_id
                                   ) AS limits) AS names
                                FROM `keys` k WHERE k.id = ?"""))
                        .build());
        Diagnostic d = r.getResponses(0).getDiagnostics(0);
        assertTrue(
                d.getMessage()
                        .contains("lacks: a derived table (FROM (SELECT ...)) that reads k.id of the query around it"),
                d.getMessage());
        assertEquals(3, d.getLine());
        assertEquals(46, d.getColumn());
    }
}
