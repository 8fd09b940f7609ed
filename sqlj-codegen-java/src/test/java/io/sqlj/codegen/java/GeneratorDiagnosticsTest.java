package io.sqlj.codegen.java;

import static io.sqlj.codegen.java.Fixtures.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.core.Command;
import io.sqlj.core.Diagnostic;
import io.sqlj.core.codegen.CodegenResult;
import io.sqlj.engine.v1.Column;
import io.sqlj.engine.v1.Parameter;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratorDiagnosticsTest {

    private static List<String> diagnostics(CodegenResult result) {
        return result.diagnostics().stream().map(Diagnostic::format).toList();
    }

    @Test
    void unknownTypesAreReportedAtTheQueryAndNothingIsWritten() {
        CodegenResult result =
                Fixtures.generate(query("GetArea", Command.ONE, "SELECT area FROM parcels WHERE shape = ?")
                        .line(12)
                        .column(Column.newBuilder()
                                .setName("area")
                                .setDataType("geometry")
                                .setJdbcType("OTHER")
                                .build())
                        .param(Parameter.newBuilder()
                                .setName("shape")
                                .setPosition(1)
                                .setDataType("polygon")
                                .build())
                        .build());
        assertEquals(
                List.of(
                        "queries/authors.sql:12:1: error: unknown type \"geometry\" for column \"area\" of query "
                                + "GetArea; add an override under options.overrides: {db_type: \"geometry\", java_type: <a Java type>},"
                                + " with a converter unless the driver reads and binds that class itself",
                        "queries/authors.sql:12:1: error: unknown type \"polygon\" for parameter \"shape\" of query "
                                + "GetArea; add an override under options.overrides: {db_type: \"polygon\", java_type: <a Java type>},"
                                + " with a converter unless the driver reads and binds that class itself"),
                diagnostics(result));
        // The files of the rest still come, for the write step's checks in the same run; a run with
        // an error writes nothing (EveryErrorAtOnceTest).
        assertTrue(
                result.files().keySet().stream().noneMatch(f -> f.endsWith("GetAreaRow.java")),
                result.files().keySet()::toString);
    }

    @Test
    void execLastIdNeedsTheTablesKeyColumnOnPostgresql() {
        assertEquals(
                List.of("queries/authors.sql:1:1: error: query AddTag is :execlastid, but table tags"
                        + " has no single key column (a one-column primary key, or its only identity, serial or"
                        + " auto-increment column); use :exec or :execrows, or RETURNING with :one"),
                diagnostics(Fixtures.generateFor(
                        "postgresql",
                        query("AddTag", Command.EXECLASTID, "INSERT INTO tags (a, b) VALUES (?, ?)")
                                .param("a", "BIGINT", false)
                                .param("b", "BIGINT", false)
                                .build())));
    }

    @Test
    void execLastIdWithoutAKeyColumnIsTheDriversLastInsertIdOnMysqlAndSqlite() {
        // sqlc's LastInsertId(): SQLite's rowid of the row inserted, MySQL's id of the statement
        CodegenResult sqlite = Fixtures.generateFor(
                "sqlite",
                query("AddTag", Command.EXECLASTID, "INSERT INTO tags (a, b) VALUES (?, ?)")
                        .param("a", "BIGINT", false)
                        .param("b", "BIGINT", false)
                        .build(),
                query("Touch", Command.EXECLASTID, "UPDATE tags SET b = 1")
                        .line(5)
                        .build());
        assertEquals(
                List.of("queries/authors.sql:5:1: warning: query Touch is :execlastid, but the statement inserts no"
                        + " row, so sqlite-jdbc reports no rowid and it returns 0 (sqlc's LastInsertId() returns the"
                        + " rowid of the connection's previous INSERT): use :exec or :execrows if no id is needed"),
                diagnostics(sqlite));
        String code = sqlite.files().get("com/example/db/Queries.java");
        assertTrue(code.contains("public long addTag(long a, long b)"), code);
        assertTrue(code.contains("Statement.RETURN_GENERATED_KEYS"), code);
        assertTrue(code.contains("return _keys.next() ? _keys.getLong(1) : 0L;"), code);

        CodegenResult mysql = Fixtures.generateFor(
                "mysql",
                query("CreateIncident", Command.EXECLASTID, "insert into INCIDENT (event, number) values (?, ?)")
                        .param("event", "INTEGER", false)
                        .param("number", "INTEGER", false)
                        .build(),
                query("NextId", Command.EXECLASTID, "UPDATE seq SET id = LAST_INSERT_ID(id + 1)")
                        .line(5)
                        .build());
        assertEquals(
                List.of("queries/authors.sql:1:1: warning: query CreateIncident is :execlastid, but table INCIDENT has"
                        + " no AUTO_INCREMENT column, so MySQL's last insert id is 0 after it (unless the statement"
                        + " calls LAST_INSERT_ID(expr)); it returns that long, as sqlc's LastInsertId() does: use :exec"
                        + " or :execrows if no id is needed"),
                diagnostics(mysql));
    }

    @Test
    void oneAndManyNeedColumns() {
        assertEquals(
                List.of("queries/authors.sql:1:1: error: query Touch is :one but returns no "
                        + "columns; use :exec, :execrows or :execlastid, or add RETURNING"),
                diagnostics(Fixtures.generate(
                        query("Touch", Command.ONE, "UPDATE t SET a = 1").build())));
    }

    @Test
    void queriesThatMakeTheSameMethodClash() {
        assertEquals(
                List.of("queries/authors.sql:1:1: error: query get_author would generate method "
                        + "getAuthor(), which another query already generates; rename one of them"),
                diagnostics(Fixtures.generate(
                        query("GetAuthor", Command.EXEC, "DELETE FROM t").build(),
                        query("get_author", Command.EXEC, "DELETE FROM t").build())));
    }

    @Test
    void generatedTypesMayNotClash() {
        CodegenResult result = Fixtures.generate(
                query("Get", Command.MANY, "SELECT a, b FROM t")
                        .column("a", "BIGINT", false)
                        .column("b", "BIGINT", false)
                        .build(),
                query("GetRows", Command.MANY, "SELECT mood FROM t")
                        .column(Column.newBuilder()
                                .setName("mood")
                                .setDataType("get_row")
                                .addEnumLabels("x")
                                .build())
                        .build());
        assertEquals(
                List.of("sqlj.yaml:8:7: error: generated type GetRow for enum type \"get_row\" "
                        + "clashes with the row of query Get; rename one of them"),
                diagnostics(result));
    }

    @Test
    void typesMayShareNamesWithTypesTheGeneratedCodeUsesWhichAreThenQualified() {
        // Enum types "string" and "connection" become String and Connection, next to java.lang.String
        // and java.sql.Connection in every file; the query class List is next to java.util.List.
        CodegenResult result = Fixtures.generate(query("ListThem", Command.MANY, "SELECT a, b FROM t WHERE c = ?")
                .column(Column.newBuilder()
                        .setName("a")
                        .setDataType("string")
                        .addEnumLabels("x")
                        .build())
                .column(Column.newBuilder()
                        .setName("b")
                        .setDataType("text")
                        .setJdbcType("VARCHAR")
                        .build())
                .param(Parameter.newBuilder()
                        .setName("c")
                        .setPosition(1)
                        .setDataType("connection")
                        .addEnumLabels("y")
                        .build())
                .build());
        assertEquals(List.of(), diagnostics(result));
        String queries = result.files().get("com/example/db/Queries.java");
        assertTrue(queries.contains("java.sql.Connection connection"), queries);
        assertTrue(queries.contains("java.lang.String"), queries);
        InMemoryCompiler.Result compiled = InMemoryCompiler.compile(result.files());
        assertEquals(List.of(), compiled.diagnostics());
    }

    @Test
    void slicesAreNotAllowedInBatches() {
        assertEquals(
                List.of("queries/authors.sql:1:1: error: query Del is :batchexec and cannot take " + "slice \"ids\""),
                diagnostics(
                        Fixtures.generate(query("Del", Command.BATCHEXEC, "DELETE FROM t WHERE id IN (/*SLICE:ids*/?)")
                                .param(Parameter.newBuilder()
                                        .setName("ids")
                                        .setPosition(1)
                                        .setJdbcType("BIGINT")
                                        .setIsSlice(true)
                                        .build())
                                .build())));
    }

    // A placeholder count that differs from the engine's parameters is core's error
    // (ResponseCheck, EngineRunnerTest): such an answer never reaches the generator, which used to
    // count again with a scan of its own that disagreed with core's.
}
