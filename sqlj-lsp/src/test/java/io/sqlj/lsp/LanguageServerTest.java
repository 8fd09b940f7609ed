package io.sqlj.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.codegen.java.JavaGenerator;
import io.sqlj.core.OutputWriter;
import io.sqlj.core.Pipeline;
import io.sqlj.core.PipelineResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server against real SQLite engine sessions, through an LSP client over pipes. */
class LanguageServerTest {

    private static final String CONFIG = """
      version: "1"
      sql:
        - engine: sqlite
          schema: schema.sql
          queries: queries.sql
          codegen:
            - plugin: java
              out: src/main/java
              options:
                package: com.example.db
      """;

    private static final String SCHEMA = """
      CREATE TABLE authors (
        id   INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        bio  TEXT
      );
      """;

    private static final String QUERIES = """
      -- name: GetAuthor :one
      SELECT id, name, bio FROM authors WHERE id = ?;

      -- name: ListAuthors :many
      SELECT id, nme FROM authors ORDER BY name;
      """;

    @TempDir
    Path dir;

    private Path project(String queries) throws Exception {
        Files.writeString(dir.resolve("sqlj.yaml"), CONFIG);
        Files.writeString(dir.resolve("schema.sql"), SCHEMA);
        Files.writeString(dir.resolve("queries.sql"), queries);
        return dir.resolve("queries.sql");
    }

    @Test
    void diagnosticAppearsAtItsPlaceAndIsClearedWhenFixed() throws Exception {
        Path queries = project(QUERIES);
        try (LspHarness lsp = new LspHarness(dir)) {
            lsp.open(queries);
            Diagnostic d = lsp.client.await(queries, l -> !l.isEmpty()).get(0);
            assertEquals("no such column: nme", d.getMessage());
            assertEquals(4, d.getRange().getStart().getLine());
            assertEquals(11, d.getRange().getStart().getCharacter());
            assertEquals(14, d.getRange().getEnd().getCharacter());
            assertEquals("sqlj", d.getSource());

            lsp.change(queries, QUERIES.replace("nme", "name"));
            assertEquals(List.of(), lsp.client.await(queries, List::isEmpty));

            // A new error in an edit that was never saved: the buffer is checked, not the disk.
            lsp.change(queries, QUERIES.replace("nme", "name").replace("WHERE id", "WHERE idd"));
            Diagnostic again = lsp.client.await(queries, l -> !l.isEmpty()).get(0);
            assertEquals("no such column: idd", again.getMessage());
            assertEquals(1, again.getRange().getStart().getLine());
        }
    }

    @Test
    void schemaErrorsAreReportedOnTheSchemaFile() throws Exception {
        Path queries = project(QUERIES.replace("nme", "name"));
        Path schema = dir.resolve("schema.sql");
        try (LspHarness lsp = new LspHarness(dir)) {
            lsp.open(schema);
            lsp.change(schema, SCHEMA + "CREATE TABLE broken (id INTEGER PRIMARY KEY,, x TEXT);\n");
            Diagnostic d = lsp.client.await(schema, l -> !l.isEmpty()).get(0);
            assertEquals(5, d.getRange().getStart().getLine(), d.toString());
            lsp.change(schema, SCHEMA);
            lsp.client.await(schema, List::isEmpty);
            assertEquals(List.of(), lsp.client.await(queries, List::isEmpty));
        }
    }

    @Test
    void hoverShowsSqlTypeNullabilityJavaTypeAndTheMethod() throws Exception {
        Path queries = project(QUERIES.replace("nme", "name"));
        try (LspHarness lsp = new LspHarness(dir)) {
            lsp.open(queries);
            lsp.client.await(queries, List::isEmpty);
            String param = hover(lsp, queries, 1, 45);
            assertTrue(param.contains("parameter `id`"), param);
            assertTrue(param.contains("SQL type `INTEGER`, not null"), param);
            assertTrue(param.contains("Java `long id`"), param);
            String column = hover(lsp, queries, 1, 18);
            assertTrue(column.contains("result column `bio` of table `authors`"), column);
            assertTrue(column.contains("SQL type `TEXT`, nullable"), column);
            assertTrue(column.contains("Java `String bio`"), column);
            String method = hover(lsp, queries, 0, 5);
            assertTrue(method.contains("public Optional<Author> getAuthor(long id) throws SQLException"), method);
            assertTrue(method.contains("`Queries`"), method);
        }
    }

    @Test
    void definitionGoesToTheGeneratedMethodAndToCreateTable() throws Exception {
        Path queries = project(QUERIES.replace("nme", "name"));
        PipelineResult generated = new Pipeline(List.of(new JavaGenerator()), LspHarness.bundled(), System.getenv())
                .run(dir.resolve("sqlj.yaml"));
        assertFalse(generated.hasErrors(), generated.diagnostics().toString());
        OutputWriter.write(generated);
        Path java = dir.resolve("src/main/java/com/example/db/Queries.java");
        List<String> javaLines = Files.readAllLines(java);
        int methodLine = javaLines.indexOf(javaLines.stream()
                .filter(l -> l.contains(" getAuthor("))
                .findFirst()
                .orElseThrow());
        try (LspHarness lsp = new LspHarness(dir)) {
            lsp.open(queries);
            lsp.client.await(queries, List::isEmpty);
            List<? extends Location> method = definition(lsp, queries, 0, 12);
            assertEquals(1, method.size(), method.toString());
            assertEquals(java.toUri().toString(), method.get(0).getUri());
            assertEquals(methodLine, method.get(0).getRange().getStart().getLine());
            List<? extends Location> table = definition(lsp, queries, 4, 24);
            assertEquals(1, table.size(), table.toString());
            assertEquals(
                    dir.resolve("schema.sql").toUri().toString(), table.get(0).getUri());
            assertEquals(0, table.get(0).getRange().getStart().getLine());
            assertEquals(13, table.get(0).getRange().getStart().getCharacter());
        }
    }

    @Test
    void codeActionsCastAnUntypedParameterAndRenameToTheNearestColumn() throws Exception {
        Path queries = project(QUERIES + "\n-- name: Echo :one\nSELECT ? AS x;\n");
        try (LspHarness lsp = new LspHarness(dir)) {
            lsp.open(queries);
            List<Diagnostic> ds = lsp.client.await(queries, l -> l.size() >= 2);
            Diagnostic typo = ds.stream()
                    .filter(d -> d.getMessage().contains("nme"))
                    .findFirst()
                    .orElseThrow();
            CodeAction rename = actions(lsp, queries, typo).get(0);
            assertEquals("Rename nme to name", rename.getTitle());
            TextEdit edit = rename.getEdit()
                    .getChanges()
                    .get(queries.toUri().toString())
                    .get(0);
            assertEquals("name", edit.getNewText());
            assertEquals(typo.getRange(), edit.getRange());

            Diagnostic untyped = ds.stream()
                    .filter(d -> d.getMessage().contains("cannot infer the type of parameter"))
                    .findFirst()
                    .orElseThrow();
            List<CodeAction> casts = actions(lsp, queries, untyped);
            assertEquals("Write CAST(? AS TEXT)", casts.get(0).getTitle());
            TextEdit cast = casts.get(0)
                    .getEdit()
                    .getChanges()
                    .get(queries.toUri().toString())
                    .get(0);
            assertEquals("CAST(? AS TEXT)", cast.getNewText());
            assertEquals(7, cast.getRange().getStart().getLine());
            assertEquals(7, cast.getRange().getStart().getCharacter());
            assertEquals(8, cast.getRange().getEnd().getCharacter());

            // The fix applied: both errors are gone.
            lsp.change(
                    queries, QUERIES.replace("nme", "name") + "\n-- name: Echo :one\nSELECT CAST(? AS TEXT) AS x;\n");
            lsp.client.await(
                    queries,
                    l -> l.stream().noneMatch(d -> d.getSeverity() == org.eclipse.lsp4j.DiagnosticSeverity.Error));
        }
    }

    @Test
    void savingRegeneratesWhenTheSettingAsks() throws Exception {
        Path queries = project(QUERIES.replace("nme", "name"));
        Path java = dir.resolve("src/main/java/com/example/db/Queries.java");
        try (LspHarness lsp = new LspHarness(dir)) {
            lsp.open(queries);
            lsp.client.await(queries, List::isEmpty);
            lsp.server
                    .getTextDocumentService()
                    .didSave(new org.eclipse.lsp4j.DidSaveTextDocumentParams(
                            new TextDocumentIdentifier(queries.toUri().toString())));
            Thread.sleep(2000); // off by default: nothing may appear
            assertFalse(Files.exists(java));
            com.google.gson.JsonObject settings = new com.google.gson.JsonObject();
            settings.addProperty("generateOnSave", true);
            com.google.gson.JsonObject wrapper = new com.google.gson.JsonObject();
            wrapper.add("sqlj", settings);
            lsp.server
                    .getWorkspaceService()
                    .didChangeConfiguration(new org.eclipse.lsp4j.DidChangeConfigurationParams(wrapper));
            lsp.server
                    .getTextDocumentService()
                    .didSave(new org.eclipse.lsp4j.DidSaveTextDocumentParams(
                            new TextDocumentIdentifier(queries.toUri().toString())));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!Files.exists(java) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(Files.readString(java).contains("getAuthor("), "generated on save");
        }
    }

    @Test
    void codeActionAddsAnOverrideForATypeWithNoJavaType() throws Exception {
        Files.writeString(dir.resolve("sqlj.yaml"), CONFIG);
        Path schema = dir.resolve("schema.sql");
        Files.writeString(schema, "CREATE TABLE t (id INTEGER PRIMARY KEY, g GEOMETRY);\n");
        Path queries = dir.resolve("queries.sql");
        Files.writeString(queries, "-- name: G :one\nSELECT g FROM t WHERE id = ?;\n");
        try (LspHarness lsp = new LspHarness(dir)) {
            lsp.open(queries);
            // SQLite gives GEOMETRY NUMERIC affinity and no Java type: a warning at the column,
            // whose values are Objects until an override names a type; the action adds one.
            Diagnostic unknown = lsp
                    .client
                    .await(schema, l -> l.stream().anyMatch(d -> d.getMessage().contains("\"GEOMETRY\"")))
                    .stream()
                    .filter(d -> d.getMessage().contains("\"GEOMETRY\""))
                    .findFirst()
                    .orElseThrow();
            assertEquals(DiagnosticSeverity.Warning, unknown.getSeverity(), unknown.getMessage());
            CodeAction add = actions(lsp, schema, unknown).get(0);
            assertEquals("Add an override for geometry (java_type: String) to sqlj.yaml", add.getTitle());
            TextEdit edit = add.getEdit()
                    .getChanges()
                    .get(dir.resolve("sqlj.yaml").toUri().toString())
                    .get(0);
            String lines = String.join("\n", Files.readAllLines(dir.resolve("sqlj.yaml")));
            StringBuilder applied = new StringBuilder(lines + "\n");
            int offset = 0;
            for (int i = 0; i < edit.getRange().getStart().getLine(); i++) {
                offset = applied.indexOf("\n", offset) + 1;
            }
            applied.insert(offset, edit.getNewText());
            Files.writeString(dir.resolve("sqlj.yaml"), applied.toString());
            assertTrue(applied.toString().contains("db_type: \"geometry\""), applied.toString());
            lsp.client.forget(queries);
            lsp.server
                    .getWorkspaceService()
                    .didChangeWatchedFiles(
                            new org.eclipse.lsp4j.DidChangeWatchedFilesParams(List.of(new org.eclipse.lsp4j.FileEvent(
                                    dir.resolve("sqlj.yaml").toUri().toString(),
                                    org.eclipse.lsp4j.FileChangeType.Changed))));
            assertEquals(List.of(), lsp.client.await(queries, List::isEmpty), applied.toString());
        }
    }

    @Test
    void aCrashedEngineIsRestartedAndAnEngineThatFailsOrHangsIsReportedOnItsConfig() throws Exception {
        Path queries = project(QUERIES);
        // Engines that answer info as SQLite does but fail, or hang, when asked to serve.
        StringBuilder sqlite = new StringBuilder();
        LspHarness.bundled()
                .get("sqlite")
                .forEach(w -> sqlite.append(" '").append(w).append('\''));
        Path failing = nested("failing", "timeout: 60s", sqlite + " \"$@\"", "echo the engine gives up >&2; exit 3");
        Path hanging = nested("hanging", "timeout: 3s", sqlite + " \"$@\"", "exec sleep 600");
        try (LspHarness lsp = new LspHarness(dir)) {
            lsp.open(queries);
            lsp.client.await(queries, l -> l.size() == 1);
            Diagnostic fault = lsp.client.await(failing, l -> !l.isEmpty()).get(0);
            assertTrue(fault.getMessage().contains("engine \"failing\" failed with status 3"), fault.getMessage());
            assertTrue(fault.getMessage().contains("the engine gives up"), fault.getMessage());
            assertEquals(6, fault.getRange().getStart().getLine(), fault.toString());
            Diagnostic hang = lsp.client.await(hanging, l -> !l.isEmpty()).get(0);
            assertTrue(hang.getMessage().contains("engine \"hanging\" timed out after 3s"), hang.getMessage());
            assertEquals(
                    List.of(),
                    lsp.client.await(failing.resolveSibling("queries.sql"), List::isEmpty),
                    "the fault is reported once, on the config");

            List<ProcessHandle> engines = serving();
            assertEquals(1, engines.size(), engines.toString());
            ProcessHandle first = engines.get(0);
            first.destroyForcibly();
            first.onExit().get(10, TimeUnit.SECONDS);
            lsp.change(queries, QUERIES.replace("nme", "name"));
            assertEquals(List.of(), lsp.client.await(queries, List::isEmpty));
            List<ProcessHandle> restarted = serving();
            assertEquals(1, restarted.size(), restarted.toString());
            assertNotEquals(first.pid(), restarted.get(0).pid());

            assertEquals(0, lsp.stop());
            assertEquals(List.of(), serving(), "no engine outlives the server");
            assertEquals(
                    List.of(),
                    ProcessHandle.current()
                            .descendants()
                            .filter(p -> p.info()
                                    .commandLine()
                                    .map(c -> c.contains("sleep 600"))
                                    .orElse(false))
                            .filter(ProcessHandle::isAlive)
                            .toList());
        }
    }

    /** A nested project whose engine runs {@code serve} as {@code serve} says and anything else as {@code other}. */
    private Path nested(String name, String timeout, String other, String serve) throws Exception {
        Path nested = dir.resolve(name);
        Files.createDirectories(nested);
        Files.writeString(
                nested.resolve("engine.sh"), "if [ \"$1\" = serve ]; then " + serve + "; fi\nexec" + other + "\n");
        Files.writeString(nested.resolve("sqlj.yaml"), """
        version: "1"
        engines:
          - name: %s
            process: { cmd: "sh engine.sh" }
            %s
        sql:
          - engine: %s
            schema: schema.sql
            queries: queries.sql
            codegen:
              - plugin: java
                out: out
                options:
                  package: com.example.broken
        """.formatted(name, timeout, name));
        Files.writeString(nested.resolve("schema.sql"), SCHEMA);
        Files.writeString(nested.resolve("queries.sql"), "-- name: One :one\nSELECT 1 AS one;\n");
        return nested.resolve("sqlj.yaml");
    }

    /** The serving SQLite engines this JVM started (the Java process, not the setsid before it). */
    private static List<ProcessHandle> serving() {
        return ProcessHandle.current()
                .descendants()
                .filter(p -> p.info()
                        .commandLine()
                        .map(c -> c.contains("SqliteEngineMain serve") && !c.contains("setsid"))
                        .orElse(false))
                .filter(ProcessHandle::isAlive)
                .toList();
    }

    private static String hover(LspHarness lsp, Path file, int line, int character) throws Exception {
        Hover hover = lsp.server
                .getTextDocumentService()
                .hover(new HoverParams(
                        new TextDocumentIdentifier(file.toUri().toString()), new Position(line, character)))
                .get(30, TimeUnit.SECONDS);
        return hover == null
                ? "(no hover; server log: " + lsp.log.toString(java.nio.charset.StandardCharsets.UTF_8) + ")"
                : hover.getContents().getRight().getValue();
    }

    private static List<? extends Location> definition(LspHarness lsp, Path file, int line, int character)
            throws Exception {
        Either<List<? extends Location>, List<? extends org.eclipse.lsp4j.LocationLink>> answer = lsp.server
                .getTextDocumentService()
                .definition(new DefinitionParams(
                        new TextDocumentIdentifier(file.toUri().toString()), new Position(line, character)))
                .get(30, TimeUnit.SECONDS);
        return answer.getLeft();
    }

    private static List<CodeAction> actions(LspHarness lsp, Path file, Diagnostic d) throws Exception {
        return lsp
                .server
                .getTextDocumentService()
                .codeAction(new CodeActionParams(
                        new TextDocumentIdentifier(file.toUri().toString()),
                        d.getRange(),
                        new CodeActionContext(List.of(d))))
                .get(30, TimeUnit.SECONDS)
                .stream()
                .map(Either::getRight)
                .toList();
    }
}
