package io.sqlj.engine.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.engine.v1.ParseResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, item 2: a schema (or query) cannot make the SQLite engine create or open files. */
class NoFilesTest extends EngineTestSupport {

    @TempDir
    Path dir;

    @Test
    void attachAndVacuumIntoCreateNoFile() throws Exception {
        String schema = "CREATE TABLE t (a INTEGER);\n"
                + "ATTACH DATABASE '" + dir.resolve("attached.db") + "' AS x;\n"
                + "ATTACH DATABASE 'file:" + dir.resolve("uri.db") + "?vfs=unix' AS y;\n"
                + "VACUUM INTO '" + dir.resolve("copy.db") + "';\n";
        ParseResponse r = engine.parse(ParseRequest.newBuilder()
                .setSql("SELECT a FROM t")
                .setSchemaSql(schema)
                .build());
        assertEquals(3, r.getDiagnosticsCount(), diags(r));
        assertTrue(r.getDiagnostics(0).getMessage().startsWith("ATTACH and VACUUM INTO are refused"), diags(r));
        ParseResponse query = engine.parse(ParseRequest.newBuilder()
                .setSql("ATTACH DATABASE '" + dir.resolve("q.db") + "' AS z")
                .setSchemaSql("CREATE TABLE t (a INTEGER);")
                .build());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), diags(query));
        }
    }
}
