package io.sqlj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.core.SqljVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * {@code sqlj init --engine E [--maven]}: the starter of each engine works, and its last line is
 * a command that works as printed. The {@code --maven} starter of SQLite is, file for file, the
 * Maven plugin's invoker IT {@code init-maven-starter}, which builds it with {@code mvn compile}.
 */
class InitTest {

    private static final Path IT = Path.of(System.getProperty("sqlj.testdata", "../testdata"))
            .getParent()
            .resolve("sqlj-maven-plugin/src/it/init-maven-starter");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int sqlj(List<String> args) {
        out.getBuffer().setLength(0);
        return SqljCommand.run(
                args.toArray(String[]::new),
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                Map.of("PATH", System.getenv("PATH")));
    }

    private List<String> nextCommand() {
        List<String> lines = out.toString().lines().toList();
        String last = lines.get(lines.size() - 1);
        assertTrue(last.startsWith("next: "), out.toString());
        return Arrays.asList(last.substring("next: ".length()).split(" "));
    }

    @ParameterizedTest
    @EnumSource(InitCommand.Engine.class)
    void theNextLineWorksAsPrinted(InitCommand.Engine engine) throws IOException {
        Path project = dir.resolve("my project " + engine);
        assertEquals(0, sqlj(List.of("init", "--engine", engine.name(), "-d", project.toString())), err.toString());
        for (String file : List.of("sqlj.yaml", "sqlj.schema.json", "schema.sql", "queries.sql")) {
            assertTrue(Files.isRegularFile(project.resolve(file)), file);
        }
        // The path has a space: the printed command quotes it, as a shell reads it.
        String printed = out.toString().lines().reduce((a, b) -> b).orElseThrow();
        assertEquals("next: sqlj generate -f '" + project.resolve("sqlj.yaml") + "'", printed);
        assertEquals(
                0, sqlj(List.of("generate", "-f", project.resolve("sqlj.yaml").toString())), err.toString() + out);
        String queries = Files.readString(project.resolve("src/main/java/com/example/db/Queries.java"));
        assertTrue(queries.contains("createAuthor("), queries);
        assertTrue(queries.contains("listAuthors("), queries);
    }

    @ParameterizedTest
    @EnumSource(InitCommand.Engine.class)
    void mavenStarterHasThePluginAndTheDriver(InitCommand.Engine engine) throws Exception {
        assertEquals(
                0, sqlj(List.of("init", "--maven", "--engine", engine.name(), "-d", dir.toString())), err.toString());
        assertEquals(List.of("mvn", "-f", dir.resolve("pom.xml").toString(), "compile"), nextCommand());
        Document pom = DocumentBuilderFactory.newDefaultInstance()
                .newDocumentBuilder()
                .parse(dir.resolve("pom.xml").toFile());
        Element plugin = (Element) pom.getElementsByTagName("plugin").item(1);
        assertEquals("sqlj-maven-plugin", text(plugin, "artifactId"));
        assertEquals(SqljVersion.get(), text(plugin, "version"));
        assertEquals("generate", text(plugin, "goal"));
        Element dependency = (Element) pom.getElementsByTagName("dependency").item(0);
        assertEquals(
                switch (engine) {
                    case sqlite -> "sqlite-jdbc";
                    case postgresql -> "postgresql";
                    case mysql -> "mariadb-java-client";
                },
                text(dependency, "artifactId"));
        assertTrue(text(dependency, "version").matches("\\d+(\\.\\d+)+"), text(dependency, "version"));
        // The config has no out: `sqlj generate` says why and what to do; the plugin needs none.
        assertEquals(1, sqlj(List.of("generate", "-f", dir.resolve("sqlj.yaml").toString())));
        assertTrue(err.toString().contains("missing required key \"out\""), err.toString());
        // verify says what it compares for a plugin project, and why there is nothing to compare.
        err.getBuffer().setLength(0);
        assertEquals(1, sqlj(List.of("verify", "-f", dir.resolve("sqlj.yaml").toString())));
        assertTrue(err.toString().startsWith("note: pom.xml runs the sqlj Maven plugin"), err.toString());
        assertTrue(err.toString().contains("missing required key \"out\""), err.toString());
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent();
    }

    @Test
    void sqliteMavenStarterIsTheInvokerItTheBuildRuns() throws IOException {
        Map<String, String> files = InitCommand.files(InitCommand.Engine.sqlite, "com.example.db", true);
        for (Map.Entry<String, String> file : files.entrySet()) {
            String expected = file.getValue()
                    .replace("<version>" + SqljVersion.get() + "</version>", "<version>@project.version@</version>");
            if (Boolean.getBoolean("sqlj.updateGoldens")) {
                Files.writeString(IT.resolve(file.getKey()), expected);
            }
            assertEquals(expected, Files.readString(IT.resolve(file.getKey())), file.getKey());
        }
    }
}
