package io.sqlj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sqlj engine check}: the bundled engine and the documented Python one pass; a broken one fails. */
class EngineCheckTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int sqlj(String... args) {
        return SqljCommand.run(
                args, new PrintWriter(out, true), new PrintWriter(err, true), Map.of("PATH", System.getenv("PATH")));
    }

    @Test
    void theBundledSqliteEnginePasses() {
        assertEquals(0, sqlj("engine", "check", "--bundled", "sqlite"), out + "\n" + err);
        String report = out.toString();
        assertTrue(report.contains("PASS info is well-formed: name \"sqlite\""), report);
        assertTrue(report.contains("PASS batch answers equal one-by-one answers"), report);
        assertTrue(report.contains("17 passed, 0 failed, 0 skipped"), report);
    }

    @Test
    void theBundledPostgresqlEnginePasses() {
        // Slow by nature (each single-shot parse starts its own embedded server), but issue 7 asks
        // every bundled engine to pass the kit in CI.
        assertEquals(0, sqlj("engine", "check", "--bundled", "postgresql"), out + "\n" + err);
        String report = out.toString();
        assertTrue(report.contains("PASS info is well-formed: name \"postgresql\""), report);
        assertTrue(report.contains("17 passed, 0 failed, 0 skipped"), report);
    }

    @Test
    void theBundledMysqlEnginePasses() {
        // Each single-shot parse starts its own private MariaDB (about 0.3 s each).
        assertEquals(0, sqlj("engine", "check", "--bundled", "mysql"), out + "\n" + err);
        String report = out.toString();
        assertTrue(report.contains("PASS info is well-formed: name \"mysql\""), report);
        assertTrue(report.contains("17 passed, 0 failed, 0 skipped"), report);
    }

    @Test
    void thePythonEngineOfTheAuthorGuidePasses() {
        assumeTrue(PythonEngine.available(), "python3 is not on PATH: the documented Python engine is not checked");
        assertEquals(
                0,
                sqlj("engine", "check", "--", "python3", PythonEngine.script().toString()),
                out + "\n" + err);
        String report = out.toString();
        assertTrue(report.contains("SKIP info is well-formed: not answered"), report);
        assertTrue(
                report.contains("PASS bad SQL (an unknown column) gives a diagnostic inside the query: 2:3"), report);
        assertTrue(report.contains("0 failed"), report);
        assertTrue(report.contains("PASS the starter project generates the expected Java types"), report);
    }

    @Test
    void anEngineWhoseTypesGenerateTheWrongJavaFailsTheStarterCheck() throws IOException {
        assumeTrue(PythonEngine.available(), "python3 is not on PATH");
        // Well-formed answers, the right data_type for the protocol checks, but every parameter
        // claims java_class java.lang.Object: the generated methods would take Object.
        String script = Files.readString(PythonEngine.script());
        String typed = "put(2, position) + put(3, data_type))";
        assertTrue(script.contains(typed));
        Path engine = dir.resolve("object-engine.py");
        Files.writeString(
                engine, script.replace(typed, "put(2, position) + put(3, data_type) + put(12, \"java.lang.Object\"))"));
        assertEquals(1, sqlj("engine", "check", "--", "python3", engine.toString()), out + "\n" + err);
        String report = out.toString();
        assertTrue(report.contains("PASS parse GetAuthor"), report);
        assertTrue(report.contains("FAIL the starter project generates the expected Java types: "), report);
        assertTrue(report.contains("getAuthor(Object p1): expected (an integer)"), report);
        assertTrue(
                report.contains(
                        "createAuthor(Object id, Object name, Object bio): expected (an integer, String, String)"),
                report);
        assertTrue(report.contains("1 failed"), report);
    }

    @Test
    void anEngineThatAnswersNothingFails() throws IOException {
        Path engine = dir.resolve("silent-engine");
        Files.writeString(
                engine, "#!/bin/sh\n# Reads the request, answers an empty message, always exits 0.\ncat > /dev/null\n");
        Files.setPosixFilePermissions(engine, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertEquals(1, sqlj("engine", "check", "--", engine.toString()));
        String report = out.toString();
        assertTrue(report.contains("FAIL parse GetAuthor: no sql in the answer"), report);
        assertTrue(
                report.contains("FAIL bad SQL (a syntax error) gives a diagnostic inside the query: expected an error "
                        + "diagnostic with a line and column inside the query, got none"),
                report);
        assertTrue(report.contains("FAIL a malformed request exits non-zero: expected a non-zero exit"), report);
        assertTrue(report.contains("FAIL info is well-formed: no name; protocol_version is 0"), report);
        assertFalse(report.contains("0 failed"), report);
    }

    @Test
    void aMissingEngineIsOneClearFailure() {
        assertEquals(1, sqlj("engine", "check", "--", "./no-such-engine"));
        assertTrue(
                out.toString().contains("FAIL the engine starts: command \"./no-such-engine\" not found"),
                out.toString());
    }

    @Test
    void aCommandIsRequired() {
        assertEquals(2, sqlj("engine", "check"));
        assertTrue(err.toString().contains("an engine command is required"), err.toString());
        assertEquals(2, sqlj("engine", "check", "--bundled", "oracle"));
        assertTrue(err.toString().contains("no bundled engine \"oracle\""), err.toString());
    }

    @Test
    void printsTheSchemaForLiveDatabases() {
        assertEquals(0, sqlj("engine", "check", "--print-schema"));
        assertTrue(out.toString().startsWith("CREATE TABLE authors ("), out.toString());
    }
}
