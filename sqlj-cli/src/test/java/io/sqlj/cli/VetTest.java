package io.sqlj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sqlj vet}: sqlc's rules (CEL over config and query) on a sqlc config, as sqlc vet runs them. */
class VetTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int sqlj(String... args) {
        return SqljCommand.run(
                args, new PrintWriter(out, true), new PrintWriter(err, true), Map.of("PATH", System.getenv("PATH")));
    }

    private List<String> errorLines() {
        return err.toString().lines().filter(l -> l.contains(": error: ")).toList();
    }

    @BeforeEach
    void files() throws IOException {
        Files.writeString(
                dir.resolve("schema.sql"),
                "CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL, bio TEXT);\n");
        Files.writeString(dir.resolve("query.sql"), """
        -- name: GetAuthor :one
        SELECT * FROM authors WHERE id = ? LIMIT 1;

        -- name: DeleteAuthor :exec
        DELETE FROM authors WHERE id = ?;

        -- name: DeleteAll :exec
        -- @sqlc-vet-disable no-delete
        DELETE FROM authors;

        /* name: Search :many */
        /* @sqlc-vet-disable */
        SELECT * FROM authors WHERE name = @name OR bio = @name OR id = @id;

        -- name: Two :many
        SELECT * FROM authors WHERE name = @name OR id = @id;
        """);
    }

    private void config(String blockRules, String rules) throws IOException {
        Files.writeString(dir.resolve("sqlc.yaml"), """
        version: "2"
        sql:
          - schema: "schema.sql"
            queries: "query.sql"
            engine: "sqlite"
            gen:
              go:
                package: "authors"
                out: "db"
            rules: %s
        rules:
        %s
        """.formatted(blockRules, rules.indent(2)));
    }

    private static final String RULES = """
      - name: no-pg
        message: "invalid engine: postgresql"
        rule: |
          config.engine == "postgresql"
      - name: no-delete
        message: "don't use delete statements"
        rule: |
          query.sql.lowerAscii().contains("delete ")
      - name: only-one-param
        message: "too many parameters"
        rule: "query.params.size() > 1"
      - name: no-exec
        message: "don't use exec"
        rule: query.cmd == "exec" && config.queries.exists(q, q == "query.sql")
      """;

    @Test
    void reportsEveryViolationAtItsQueryAndExitsOne() throws IOException {
        config("[sqlc/db-prepare, no-pg, no-delete, only-one-param]", RULES);
        assertEquals(1, sqlj("vet", "-f", dir.resolve("sqlc.yaml").toString()), err.toString());
        assertEquals(
                List.of(
                        "query.sql:4:1: error: rule no-delete: don't use delete statements",
                        "query.sql:15:1: error: rule only-one-param: too many parameters"),
                errorLines(),
                err.toString());
        assertTrue(err.toString().endsWith("2 errors\n"), err.toString());
        assertFalse(err.toString().contains("note: sqlc vet rules"), err.toString());
        assertFalse(Files.exists(dir.resolve("db")) || Files.exists(dir.resolve(".sqlj-vet")), "vet writes nothing");
    }

    @Test
    void commandsAndConfigAreVariables() throws IOException {
        config("[no-exec]", RULES);
        assertEquals(1, sqlj("vet", "-f", dir.resolve("sqlc.yaml").toString()));
        assertEquals(
                List.of(
                        "query.sql:4:1: error: rule no-exec: don't use exec",
                        "query.sql:7:1: error: rule no-exec: don't use exec"),
                errorLines(),
                err.toString());
    }

    @Test
    void aCleanProjectPasses() throws IOException {
        config("[no-pg, sqlc/db-prepare]", RULES);
        assertEquals(0, sqlj("vet", "-f", dir.resolve("sqlc.yaml").toString()), err.toString());
    }

    @Test
    void anUndefinedRuleAndAnInvalidExpressionAreErrorsWithTheirPlace() throws IOException {
        config("[missing, broken]", """
        - name: broken
          message: "x"
          rule: "query.sql.contains("
        """);
        assertEquals(1, sqlj("vet", "-f", dir.resolve("sqlc.yaml").toString()));
        List<String> errors = errorLines();
        assertEquals(2, errors.size(), err.toString());
        assertEquals(
                "sqlc.yaml:10:13: error: sql[0] lists rule \"missing\", which the config's rules do not define",
                errors.get(0));
        assertTrue(
                errors.get(1).startsWith("sqlc.yaml:14:11: error: rule broken is not a valid CEL expression: "),
                err.toString());
    }

    @Test
    void generateOnlyNotesTheRules() throws IOException {
        config("[missing]", RULES);
        assertEquals(
                0,
                sqlj(
                        "generate",
                        "-f",
                        dir.resolve("sqlc.yaml").toString(),
                        "--out",
                        dir.resolve("out").toString(),
                        "--package",
                        "com.example.db"),
                err.toString());
        assertTrue(
                err.toString().contains("note: sqlc vet rules are run by sqlj vet, not by sqlj generate"),
                err.toString());
    }

    @Test
    void aSqljYamlHasRulesOfTheSameShape() throws IOException {
        Files.writeString(dir.resolve("sqlj.yaml"), """
        version: "1"
        rules:
          - name: no-delete
            message: "don't use delete statements"
            rule: query.sql.lowerAscii().contains("delete ")
        sql:
          - engine: sqlite
            schema: schema.sql
            queries: query.sql
            rules: [no-delete, sqlc/db-prepare]
            codegen:
              - plugin: java
                out: out
                options: { package: com.example.db }
        """);
        assertEquals(1, sqlj("vet", "-f", dir.resolve("sqlj.yaml").toString()), err.toString());
        assertEquals(
                List.of("query.sql:4:1: error: rule no-delete: don't use delete statements"),
                errorLines(),
                err.toString());
        err.getBuffer().setLength(0);
        assertEquals(0, sqlj("generate", "-f", dir.resolve("sqlj.yaml").toString()), err.toString());
        assertTrue(Files.exists(dir.resolve("out/com/example/db/Queries.java")), "generate ignores the rules");
    }

    /** sqlc's own example rule, on the plan PostgreSQL gives for each query (EXPLAIN ... FORMAT JSON). */
    @Test
    void aNoSequentialScanRuleFiresOnPostgresql() throws IOException {
        Files.writeString(dir.resolve("pg.sql"), """
        CREATE TABLE authors (id bigserial PRIMARY KEY, name text NOT NULL, bio text);
        """);
        Files.writeString(dir.resolve("pgquery.sql"), """
        -- name: GetAuthor :one
        SELECT * FROM authors WHERE id = $1;

        -- name: ByBio :many
        SELECT * FROM authors WHERE bio = @bio;

        -- name: ByName :many
        -- @sqlc-vet-disable postgresql-no-seq-scan
        SELECT * FROM authors WHERE name = @name;

        -- name: Rename :exec
        UPDATE authors SET name = $2 WHERE id = $1;
        """);
        Files.writeString(dir.resolve("sqlc.yaml"), """
        version: "2"
        sql:
          - schema: "pg.sql"
            queries: "pgquery.sql"
            engine: "postgresql"
            gen:
              go:
                package: "authors"
                out: "db"
            rules: [postgresql-no-seq-scan, has-a-plan, scans-authors]
        rules:
          - name: postgresql-no-seq-scan
            message: "Query plan results in a sequential scan"
            rule: "postgresql.explain.plan.node_type == 'Seq Scan'"
          - name: has-a-plan
            message: "no plan"
            rule: "!has(postgresql.explain) || postgresql.explain.plan.total_cost <= 0.0"
          - name: scans-authors
            message: "does not read authors"
            rule: >-
              !(postgresql.explain.plan.relation_name == 'authors'
                || postgresql.explain.plan.plans.exists(p, p.relation_name == 'authors'))
        """);
        assertEquals(1, sqlj("vet", "-f", dir.resolve("sqlc.yaml").toString()), err.toString());
        assertEquals(
                List.of("pgquery.sql:4:1: error: rule postgresql-no-seq-scan: Query plan results in a sequential scan"),
                errorLines(),
                err.toString());
    }

    /**
     * sqlc's MySQL example rules on the plan of the private MariaDB ({@code EXPLAIN FORMAT=JSON}):
     * the cost rule reads {@code query_block.cost_info.query_cost} (MariaDB's optimizer cost of a
     * SELECT), the scan rule a table's {@code access_type}, which MariaDB nests in a
     * {@code nested_loop} of one table.
     */
    @Test
    void mysqlExplainRulesFireOnTheirQueries() throws IOException {
        Files.writeString(dir.resolve("my.sql"), """
        CREATE TABLE authors (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, name VARCHAR(100) NOT NULL, bio TEXT);
        CREATE TABLE books (id BIGINT NOT NULL PRIMARY KEY, author_id BIGINT NOT NULL, title TEXT NOT NULL);
        """);
        Files.writeString(dir.resolve("myquery.sql"), """
        -- name: GetAuthor :one
        SELECT * FROM authors WHERE id = ?;

        -- name: ByName :many
        SELECT * FROM authors WHERE name = ?;

        -- name: WithBooks :many
        SELECT a.name, b.title FROM authors a JOIN books b ON b.author_id = a.id;

        -- name: Rename :exec
        UPDATE authors SET name = ? WHERE id = ?;
        """);
        Files.writeString(dir.resolve("sqlc.yaml"), """
        version: "2"
        sql:
          - schema: "my.sql"
            queries: "myquery.sql"
            engine: "mysql"
            gen:
              go:
                package: "authors"
                out: "db"
            rules: [mysql-query-too-costly, mysql-no-full-scan, explained]
        rules:
          - name: mysql-query-too-costly
            message: "Query cost estimate is too high"
            rule: "has(mysql.explain.query_block.cost_info) && double(mysql.explain.query_block.cost_info.query_cost) > 2.0"
          - name: mysql-no-full-scan
            message: "full table scan"
            rule: "mysql.explain.query_block.table.access_type == 'ALL'"
          - name: explained
            message: "no plan"
            rule: "!has(mysql.explain) || mysql.explain.query_block.select_id != 1"
        """);
        assertEquals(1, sqlj("vet", "-f", dir.resolve("sqlc.yaml").toString()), err.toString());
        assertEquals(
                List.of(
                        "myquery.sql:4:1: error: rule mysql-no-full-scan: full table scan",
                        "myquery.sql:7:1: error: rule mysql-query-too-costly: Query cost estimate is too high"),
                errorLines(),
                err.toString());
    }
}
