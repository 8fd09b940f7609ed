package io.sqlj.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sqlj init}: starts a project with a config, a schema and a query file. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a starter sqlj.yaml, schema.sql and queries.sql for the SQLite engine.",
      "Existing files are never overwritten."
    })
final class InitCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-d", "--dir"},
      paramLabel = "DIR",
      description = "The folder to start the project in (default: the current folder).",
      defaultValue = ".")
  Path dir;

  @Option(
      names = "--package",
      paramLabel = "PACKAGE",
      description = "The Java package of the generated code (default: ${DEFAULT-VALUE}).",
      defaultValue = "com.example.db")
  String javaPackage;

  @Override
  public Integer call() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "sqlj.yaml",
        """
        version: "1"
        sql:
          - engine: sqlite
            schema: schema.sql
            queries: queries.sql
            codegen:
              - plugin: java
                out: src/main/java
                options:
                  package: %s
        """
            .formatted(javaPackage));
    files.put(
        "schema.sql",
        """
        CREATE TABLE authors (
          id   INTEGER PRIMARY KEY,
          name TEXT NOT NULL,
          bio  TEXT
        );
        """);
    files.put(
        "queries.sql",
        """
        -- name: GetAuthor :one
        SELECT id, name, bio FROM authors WHERE id = ?;

        -- name: ListAuthors :many
        SELECT id, name, bio FROM authors ORDER BY name;

        -- name: CreateAuthor :execlastid
        INSERT INTO authors (name, bio) VALUES (?, ?);
        """);
    for (String name : files.keySet()) {
      if (Files.exists(dir.resolve(name))) {
        spec.commandLine().getErr().println(name + ": error: already exists; sqlj init changes nothing");
        return SqljCommand.INPUT_ERRORS;
      }
    }
    Files.createDirectories(dir);
    for (Map.Entry<String, String> file : files.entrySet()) {
      try {
        Files.writeString(
            dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      } catch (FileAlreadyExistsException e) {
        spec.commandLine().getErr().println(file.getKey() + ": error: already exists");
        return SqljCommand.INPUT_ERRORS;
      }
      spec.commandLine().getOut().println("wrote " + dir.resolve(file.getKey()).normalize());
    }
    spec.commandLine().getOut().println("next: sqlj generate -f " + dir.resolve("sqlj.yaml").normalize());
    return SqljCommand.OK;
  }
}
