package io.sqlj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuerySplitterTest {

    private static List<String> errors(String text) {
        return QuerySplitter.split("q.sql", text).diagnostics().stream()
                .map(Diagnostic::format)
                .toList();
    }

    @Test
    void splitsQueriesWithCommentsAndLines() {
        SplitResult result = QuerySplitter.split("queries/a.sql", """
        -- Authors queries.

        -- name: GetAuthor :one
        -- Fetches one author by id.
        --   indented stays indented
        SELECT id, name
        FROM authors WHERE id = ?;


        -- name: ListAuthors :many
        SELECT * FROM authors;
        /* name: DeleteAuthor :exec */
        DELETE FROM authors WHERE id = ?;
        """);
        assertEquals(List.of(), result.diagnostics());
        List<QueryDecl> q = result.queries();
        assertEquals(3, q.size());
        assertEquals(
                new QueryDecl(
                        "GetAuthor",
                        Command.ONE,
                        "SELECT id, name\nFROM authors WHERE id = ?;",
                        List.of("Fetches one author by id.", "  indented stays indented"),
                        "queries/a.sql",
                        3,
                        6),
                q.get(0));
        assertEquals(
                new QueryDecl(
                        "ListAuthors", Command.MANY, "SELECT * FROM authors;", List.of(), "queries/a.sql", 10, 11),
                q.get(1));
        assertEquals(
                new QueryDecl(
                        "DeleteAuthor",
                        Command.EXEC,
                        "DELETE FROM authors WHERE id = ?;",
                        List.of(),
                        "queries/a.sql",
                        12,
                        13),
                q.get(2));
        assertEquals(new Location("queries/a.sql", 7, 27), q.get(0).locate(2, 27));
    }

    @Test
    void aSchemaFileThatAlsoHoldsQueriesKeepsOnlyItsDdlOnTheSameLines() {
        String file = "CREATE TABLE a (id int);\n-- name: A :one\nSELECT sqlc.embed(a)\nFROM a;\n"
                + "CREATE TABLE b (s text DEFAULT ';');\n/* name: B :many */\nSELECT ';' FROM b";
        String schema = QuerySplitter.withoutQueries(file, io.sqlj.sql.SqlSyntax.POSTGRESQL);
        assertEquals(file.length(), schema.length());
        assertEquals(
                List.of("CREATE TABLE a (id int);", "", "", "", "CREATE TABLE b (s text DEFAULT ';');", "", ""),
                schema.lines().map(String::strip).toList());
        String ddl = "CREATE TABLE a (id int);\n";
        assertEquals(ddl, QuerySplitter.withoutQueries(ddl, io.sqlj.sql.SqlSyntax.POSTGRESQL));
    }

    @Test
    void acceptsMysqlHashNameLines() {
        SplitResult result = QuerySplitter.split("q.sql", "# name: A :one\nSELECT 1;\n#name: B :many\nSELECT 2;\n");
        assertEquals(List.of(), result.diagnostics());
        assertEquals(
                List.of("A", "B"),
                result.queries().stream().map(QueryDecl::name).toList());
        assertEquals("SELECT 2;", result.queries().get(1).text());
    }

    @Test
    void handlesCrlf() {
        SplitResult result = QuerySplitter.split(
                "q.sql",
                "-- name: A :execrows\r\n-- Doc.\r\nUPDATE t\r\nSET x = 1;\r\n\r\n-- name: B :execlastid\r\nINSERT 1;\r\n");
        assertEquals(List.of(), result.diagnostics());
        assertEquals("UPDATE t\nSET x = 1;", result.queries().get(0).text());
        assertEquals(List.of("Doc."), result.queries().get(0).comments());
        assertEquals(3, result.queries().get(0).textLine());
        assertEquals(Command.EXECLASTID, result.queries().get(1).command());
        assertEquals(7, result.queries().get(1).textLine());
    }

    @Test
    void sqlBeforeTheFirstNameLineIsSkippedAsSqlcSkipsIt() {
        String text = "-- header\n/* block\n comment */\n  SELECT 1;\n-- name: A :one\nSELECT 2;";
        assertEquals(
                List.of("q.sql:4:3: warning: statement has no name line; it is skipped, as sqlc skips it (start it"
                        + " with a line like \"-- name: GetAuthor :one\" to generate it)"),
                errors(text));
        assertEquals(
                List.of("SELECT 2;"),
                QuerySplitter.split("q.sql", text).queries().stream()
                        .map(QueryDecl::text)
                        .toList());
        // a file of such statements only: the one warning, not a second one for the file
        assertEquals(
                List.of("q.sql:1:1: warning: statement has no name line; it is skipped, as sqlc skips it (start it"
                        + " with a line like \"-- name: GetAuthor :one\" to generate it)"),
                errors("SELECT 1;\n"));
    }

    @Test
    void anEmptyStatementRightAfterTheNameLineIsNoneAndTheQueryFollowsIt() {
        // census3: "-- name: ANDOperator :many" then ";WITH holders_a AS (...)"; sqlc generates the
        // WITH query under that name. Before, the ';' was the (empty) query and the WITH skipped.
        SplitResult result = QuerySplitter.split(
                "q.sql",
                "-- name: A :many\n;WITH a AS (SELECT 1 AS n)\nSELECT n FROM a;\n-- name: B :one\n;\n\nSELECT 2;");
        assertEquals(List.of(), result.diagnostics());
        assertEquals(
                " WITH a AS (SELECT 1 AS n)\nSELECT n FROM a;",
                result.queries().get(0).text());
        assertEquals(2, result.queries().get(0).textLine(), "the WITH's line");
        assertEquals("SELECT 2;", result.queries().get(1).text());
        assertEquals(7, result.queries().get(1).textLine(), "the lines left blank are dropped");
        // only ';' after a name line: no SQL, as before
        assertEquals(List.of("q.sql:1:1: error: query \"A\" has no SQL"), errors("-- name: A :one\n;\n"));
    }

    @Test
    void anEmptyStatementAfterAQueryIsNoSecondStatement() {
        SplitResult result =
                QuerySplitter.split("q.sql", "-- name: A :one\nSELECT ';' FROM t;;\n;\n-- name: B :one\nSELECT 2;");
        assertEquals(List.of(), result.diagnostics());
        assertEquals("SELECT ';' FROM t;", result.queries().get(0).text());
        // a comment after ";;" stays, the extra ';' goes: before, the query kept ";; -- end" whole
        result = QuerySplitter.split("q.sql", "-- name: A :one\nSELECT 1;; -- end\n");
        assertEquals(List.of(), result.diagnostics());
        assertEquals("SELECT 1; -- end", result.queries().get(0).text());
    }

    @Test
    void statementsEndWhereTheEnginesDialectSays() {
        String text = "-- name: A :one\nSELECT 'it\\'s; fine' FROM t; # done;\n-- name: B :one\nSELECT 2;";
        SplitResult mysql = QuerySplitter.split("q.sql", text, io.sqlj.sql.SqlSyntax.MYSQL);
        assertEquals(List.of(), mysql.diagnostics());
        assertEquals(
                "SELECT 'it\\'s; fine' FROM t; # done;",
                mysql.queries().get(0).text().replace(";;", ";"));
        // read as PostgreSQL the string ends at \' and "s; fine' ..." is a second statement
        assertEquals(
                1,
                QuerySplitter.split("q.sql", text, io.sqlj.sql.SqlSyntax.POSTGRESQL)
                        .diagnostics()
                        .size());
    }

    @Test
    void schemaStatementsWithoutANameLineAreSkippedWithANote() {
        SplitResult result = QuerySplitter.split(
                "q.sql",
                "CREATE TABLE t (a INT);\n-- name: A :one\nSELECT a"
                        + " FROM t;\n  CREATE INDEX i ON t (a);\n-- name: B :exec\nDELETE FROM t;\nDELETE FROM u;");
        assertEquals(
                List.of(
                        "q.sql:1:1: note: schema statements without a name line are not queries; skipped here"
                                + " and in the rest of this file, as sqlc does",
                        "q.sql:7:1: warning: query \"B\" is followed by a statement without a name line; it is not"
                                + " part of the query and is skipped, as sqlc skips it (give it its own name line,"
                                + " such as \"-- name: Other :exec\", to run it)"),
                result.diagnostics().stream().map(Diagnostic::format).toList());
        assertEquals("SELECT a FROM t;", result.queries().get(0).text());
        assertEquals("DELETE FROM t;", result.queries().get(1).text(), "the unnamed statement is not part of B");
        assertEquals(
                List.of(),
                QuerySplitter.split("s.sql", "CREATE TABLE t (a INT);\n").diagnostics().stream()
                        .filter(Diagnostic::isError)
                        .toList(),
                "a file of schema statements only is no error");
    }

    @Test
    void unknownCommandListsTheValidOnes() {
        assertEquals(
                List.of("q.sql:1:14: error: unknown command \":oen\"; expected one of :one, :many, :exec,"
                        + " :execrows, :execlastid, :execresult, :batchexec, :batchone, :batchmany, :copyfrom, :iter"),
                errors("-- name: Get :oen\nSELECT 1;"));
        assertEquals(
                List.of("q.sql:1:14: error: unknown command \"one\"; expected one of :one, :many, :exec,"
                        + " :execrows, :execlastid, :execresult, :batchexec, :batchone, :batchmany, :copyfrom, :iter"),
                errors("-- name: Get one\nSELECT 1;"));
    }

    @Test
    void invalidName() {
        assertEquals(
                List.of("q.sql:2:10: error: invalid query name \"get-author\": a name starts with a letter or _"
                        + " and has only letters, digits and _"),
                errors("\n-- name: get-author :one\nSELECT 1;"));
    }

    @Test
    void nameLineWithoutCommandOrWithExtraWords() {
        assertEquals(
                List.of("q.sql:1:1: error: name line needs a name and a command, as in"
                        + " \"-- name: GetAuthor :one\""),
                errors("-- name: Get\nSELECT 1;"));
        assertEquals(
                List.of("q.sql:1:19: error: unexpected \"extra\" after the command on the name line"),
                errors("-- name: Get :one extra\nSELECT 1;"));
    }

    @Test
    void emptyBody() {
        // Before another name line it is only a comment there, as sqlc reads it (Go.Vue's query.sql).
        assertEquals(
                List.of("q.sql:1:1: warning: query \"A\" has no SQL before the next name line; skipped, as"
                        + " sqlc reads it as a comment"),
                errors("-- name: A :one\n-- only a comment\n\n-- name: B :one\nSELECT 1;"));
        assertEquals(
                List.of("B"),
                QuerySplitter.split("q.sql", "-- name: A :one\n\n-- name: B :one\nSELECT 1;").queries().stream()
                        .map(QueryDecl::name)
                        .toList());
        assertEquals(
                List.of("q.sql:3:1: error: query \"B\" has no SQL"),
                errors("-- name: A :one\nSELECT 1;\n-- name: B :one\n-- nothing\n"));
    }

    @Test
    void anEmptyFileIsAWarningAsSqlcReadsItAsAFileWithoutQueries() {
        assertEquals(
                List.of("q.sql:1:1: warning: no queries in file; a query starts with a line like"
                        + " \"-- name: GetAuthor :one\""),
                errors("\n-- just a comment\n"));
        assertEquals(
                List.of("q.sql:1:1: warning: no queries in file; a query starts with a line like"
                        + " \"-- name: GetAuthor :one\""),
                errors(""));
    }
}
