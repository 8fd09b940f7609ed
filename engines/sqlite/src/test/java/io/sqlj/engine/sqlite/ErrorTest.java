package io.sqlj.engine.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.engine.v1.ParseResponse;
import org.junit.jupiter.api.Test;

class ErrorTest extends EngineTestSupport {

    @Test
    void unknownColumnPointsAtIt() {
        ParseResponse r = parse("SELECT id,\n  nme\nFROM authors");
        assertEquals("2:3: error: no such column: nme [SQLITE_ERROR]", diags(r));
    }

    @Test
    void unknownQualifiedColumnPointsAtTheQualifier() {
        assertEquals(
                "1:21: error: no such column: a.nme [SQLITE_ERROR]",
                diags(parse("SELECT 'nme', name, a.nme FROM authors a")));
    }

    @Test
    void unknownTable() {
        assertEquals("2:6: error: no such table: authorz [SQLITE_ERROR]", diags(parse("SELECT 1\nFROM authorz")));
    }

    @Test
    void syntaxError() {
        assertEquals(
                "3:6: error: near \"id\": syntax error [SQLITE_ERROR]",
                diags(parse("SELECT *\nFROM authors\nWHRE id = 1")));
        assertEquals("1:31: error: incomplete input [SQLITE_ERROR]", diags(parse("SELECT name FROM authors WHERE")));
    }

    @Test
    void aSyntaxErrorOnARepeatedTokenPointsAtTheOneSqliteStoppedAt() {
        assertEquals(
                "3:13: error: near \",\": syntax error [SQLITE_ERROR]",
                diags(parse("SELECT id, name\nFROM authors\nWHERE id = 1, name = 'x'")));
        assertEquals(
                "1:27: error: near \"FROM\": syntax error [SQLITE_ERROR]",
                diags(parse("SELECT name FROM authors, FROM authors")));
    }

    @Test
    void errorsAfterMacrosPointAtTheUsersText() {
        assertEquals(
                "1:52: error: no such column: nme [SQLITE_ERROR]",
                diags(parse("SELECT id FROM authors WHERE id = sqlj.arg(id) AND nme = 1")));
    }

    @Test
    void aViewOverAMissingColumnFailsOnlyTheQueriesThatReadIt() {
        String schema = "CREATE TABLE t (a INTEGER);\nCREATE VIEW v AS SELECT handle FROM t;\n";
        ParseResponse fine = engine.parse(ParseRequest.newBuilder()
                .setSql("SELECT a FROM t")
                .setSchemaSql(schema)
                .build());
        assertEquals("", diags(fine));
        ParseResponse broken = engine.parse(ParseRequest.newBuilder()
                .setSql("SELECT *\nFROM v")
                .setSchemaSql(schema)
                .build());
        assertTrue(diags(broken).contains("no such column: handle"), diags(broken));
    }

    @Test
    void twoStatementsAreAnError() {
        assertEquals(
                "1:9: error: a query must be one statement; a second one starts after this ;",
                diags(parse("SELECT 1; SELECT 2")));
    }

    @Test
    void scannerProblems() {
        assertEquals("1:8: error: unterminated string", diags(parse("SELECT 'abc")));
    }

    @Test
    void schemaErrorIsPlacedInTheSchema() {
        ParseResponse r = engine.parse(ParseRequest.newBuilder()
                .setSql("SELECT id FROM t")
                .setSchemaSql("CREATE TABLE t (id INTEGER);\n\nCREATE TABLE u (x INTEGER,);\nCREATE TABLE v (y)")
                .build());
        assertEquals("3:27: error: near \")\": syntax error [SQLITE_ERROR]", diags(r));
        assertTrue(r.getDiagnostics(0).getInSchema(), "line and column are within the schema");
    }

    @Test
    void aSchemaSyntaxErrorOnARepeatedTokenPointsAtTheOneSqliteStoppedAt() {
        ParseResponse r = engine.parse(ParseRequest.newBuilder()
                .setSql("SELECT 1")
                .setSchemaSql(
                        "CREATE TABLE t (\n  id INTEGER PRIMARY KEY,\n  name TEXT NOT NULL,\n  note TEXT,,\n  x INTEGER\n);")
                .build());
        assertEquals("4:13: error: near \",\": syntax error [SQLITE_ERROR]", diags(r));
    }

    @Test
    void schemaWithTriggerLoads() {
        ParseResponse r = engine.parse(ParseRequest.newBuilder()
                .setSql("SELECT n FROM log")
                .setSchemaSql(
                        "CREATE TABLE t (id INTEGER); CREATE TABLE log (n INTEGER NOT NULL);\n"
                                + "CREATE TRIGGER tr AFTER INSERT ON t BEGIN INSERT INTO log VALUES (1); INSERT INTO log VALUES (2); END;")
                .build());
        assertEquals("", diags(r));
        assertEquals("n:INTEGER/BIGINT", columns(r));
    }

    @Test
    void missingDatabaseFileIsADiagnostic() {
        ParseResponse r = engine.parse(ParseRequest.newBuilder()
                .setSql("SELECT 1")
                .setConnectionParams(
                        io.sqlj.engine.v1.ConnectionParams.newBuilder().setDsn("/nonexistent/x.db"))
                .build());
        assertTrue(diags(r).startsWith("0:0: error: database: cannot open /nonexistent/x.db read-only"), diags(r));
    }

    @Test
    void theTablesSqliteKeepsItselfInASchemaDumpAreSkippedWithAWarning() {
        // sqlite3's .schema prints sqlite_sequence when a table has AUTOINCREMENT (jp-roisin/catch-and-go)
        String schema = """
                CREATE TABLE stops (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, code TEXT NOT NULL);
                CREATE TABLE sqlite_sequence(name,seq);
                CREATE TABLE IF NOT EXISTS "sqlite_stat1"(tbl,idx,stat);
                CREATE TABLE sqlite_other (x);
                """;
        ParseResponse r = engine.parse(ParseRequest.newBuilder()
                .setSql("SELECT s.code, q.seq FROM stops s JOIN sqlite_sequence q ON q.name = 'stops'")
                .setSchemaSql(schema)
                .build());
        String all = diags(r);
        assertTrue(
                all.contains("2:1: warning: skipped: sqlite_sequence is a table SQLite makes and keeps itself"), all);
        assertTrue(all.contains("3:1: warning: skipped: sqlite_stat1 is a table SQLite makes"), all);
        // any other name SQLite reserves is still the error SQLite gives
        assertTrue(all.contains(": error: object name reserved for internal use: sqlite_other"), all);
        assertEquals(2, r.getColumnsCount(), all);
    }
}
