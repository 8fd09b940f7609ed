package io.sqlj.core.conformance;

import java.util.List;

/**
 * The schema and queries every engine is checked with: plain SQL that SQLite, PostgreSQL and
 * DuckDB all accept, using only {@code ?} and {@code @name} placeholders, which every engine
 * must support.
 */
final class StandardSuite {

    /** What one {@code ?} of the answer must be; an empty name means any name will do. */
    record ExpectedParameter(String name, TypeFamily type) {}

    /** One result column; {@code nullable}: the schema allows NULL, so the engine must say so. */
    record ExpectedColumn(String name, TypeFamily type, boolean nullable) {}

    record Query(
            String name,
            String command,
            String sql,
            List<ExpectedParameter> parameters,
            List<ExpectedColumn> columns) {}

    /** A query the engine must reject with a diagnostic. */
    record BadQuery(String description, String sql) {}

    static final String SCHEMA = """
      CREATE TABLE authors (
        id INTEGER NOT NULL PRIMARY KEY,
        name VARCHAR(100) NOT NULL,
        bio VARCHAR(1000)
      );
      CREATE TABLE books (
        id INTEGER NOT NULL PRIMARY KEY,
        author_id INTEGER NOT NULL REFERENCES authors (id),
        title VARCHAR(200) NOT NULL,
        published INTEGER
      );
      """;

    private static final ExpectedColumn ID = new ExpectedColumn("id", TypeFamily.INTEGER, false);
    private static final ExpectedColumn NAME = new ExpectedColumn("name", TypeFamily.TEXT, false);
    private static final ExpectedColumn BIO = new ExpectedColumn("bio", TypeFamily.TEXT, true);

    static final List<Query> QUERIES = List.of(
            new Query(
                    "ListAuthors",
                    "many",
                    "SELECT id, name, bio FROM authors ORDER BY name",
                    List.of(),
                    List.of(ID, NAME, BIO)),
            new Query(
                    "GetAuthor",
                    "one",
                    "SELECT id, name, bio\nFROM authors\nWHERE id = ?",
                    List.of(param("", TypeFamily.INTEGER)),
                    List.of(ID, NAME, BIO)),
            new Query(
                    "CreateAuthor",
                    "exec",
                    "INSERT INTO authors (id, name, bio) VALUES (@id, @name, @bio)",
                    List.of(
                            param("id", TypeFamily.INTEGER),
                            param("name", TypeFamily.TEXT),
                            param("bio", TypeFamily.TEXT)),
                    List.of()),
            new Query(
                    "UpdateBio",
                    "execrows",
                    "UPDATE authors SET bio = ? WHERE id = ?",
                    List.of(param("", TypeFamily.TEXT), param("", TypeFamily.INTEGER)),
                    List.of()),
            new Query(
                    "DeleteAuthor",
                    "exec",
                    "DELETE FROM authors WHERE id = @id",
                    List.of(param("id", TypeFamily.INTEGER)),
                    List.of()),
            new Query(
                    "BooksByAuthor",
                    "many",
                    "SELECT b.title, b.published\nFROM books b\nJOIN authors a ON a.id = b.author_id\nWHERE a.name = @name",
                    List.of(param("name", TypeFamily.TEXT)),
                    List.of(
                            new ExpectedColumn("title", TypeFamily.TEXT, false),
                            new ExpectedColumn("published", TypeFamily.INTEGER, true))),
            new Query(
                    "SearchAuthors",
                    "many",
                    "SELECT id, name FROM authors WHERE name = @text OR bio = @text",
                    List.of(param("text", TypeFamily.TEXT), param("text", TypeFamily.TEXT)),
                    List.of(ID, NAME)),
            new Query(
                    "CountBooks",
                    "one",
                    "SELECT count(*) AS total FROM books",
                    List.of(),
                    List.of(new ExpectedColumn("total", TypeFamily.ANY, false))));

    static final List<BadQuery> BAD_QUERIES = List.of(
            new BadQuery("a syntax error", "SELEC id FROM authors"),
            new BadQuery("an unknown column", "SELECT id,\n  nme\nFROM authors"));

    private StandardSuite() {}

    private static ExpectedParameter param(String name, TypeFamily type) {
        return new ExpectedParameter(name, type);
    }
}
