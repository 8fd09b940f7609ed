package io.sqlj.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledEnginesTest {

    @TempDir
    Path dir;

    private Artifact artifact(String artifactId, String version) throws IOException {
        DefaultArtifact a = new DefaultArtifact(
                "io.sqlj", artifactId, version, "compile", "jar", null, new DefaultArtifactHandler("jar"));
        File file = Files.writeString(dir.resolve(artifactId + "-" + version + ".jar"), "jar of " + version)
                .toFile();
        a.setFile(file);
        return a;
    }

    @Test
    void theBundledEnginesRunOnThePluginClassPath() throws IOException {
        BundledEngines engines = BundledEngines.from(List.of(
                artifact("sqlj-core", "1"),
                artifact("sqlj-engine-sqlite", "1"),
                artifact("sqlj-engine-postgresql", "1"),
                artifact("sqlj-engine-mysql", "1")));
        assertEquals(
                List.of("mysql", "postgresql", "sqlite"),
                engines.commands().keySet().stream().sorted().toList());
        List<String> mysql = engines.commands().get("mysql");
        assertEquals("io.sqlj.engine.mysql.MysqlEngineMain", mysql.get(mysql.size() - 1));
        List<String> pg = engines.commands().get("postgresql");
        assertEquals("io.sqlj.engine.postgresql.PostgresEngineMain", pg.get(pg.size() - 1));
        assertTrue(pg.get(pg.size() - 2).contains("sqlj-engine-postgresql-1.jar"), pg.toString());
    }

    @Test
    void anotherPostgresqlEngineVersionChangesTheVersions() throws IOException {
        List<String> one = BundledEngines.from(List.of(artifact("sqlj-engine-postgresql", "1")))
                .versions();
        List<String> two = BundledEngines.from(List.of(artifact("sqlj-engine-postgresql", "2")))
                .versions();
        assertTrue(one.get(0).startsWith("io.sqlj:sqlj-engine-postgresql:jar:1 "), one.toString());
        assertNotEquals(one, two);
    }

    @Test
    void anEngineMissingFromThePluginIsNotOffered() throws IOException {
        assertEquals(
                List.of("sqlite"),
                List.copyOf(BundledEngines.from(List.of(artifact("sqlj-engine-sqlite", "1")))
                        .commands()
                        .keySet()));
    }
}
