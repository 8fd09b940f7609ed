package io.sqlj.codegen.java;

import static io.sqlj.codegen.java.Fixtures.query;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.core.Command;
import io.sqlj.core.ResolvedQuery;
import io.sqlj.engine.v1.Column;
import io.sqlj.engine.v1.Parameter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs generated code against an in-memory SQLite, with parameters as the SQLite engine reports them. */
class SqliteRuntimeTest {

    private Connection connection;
    private LoadedQueries q;

    @BeforeEach
    void setUp() throws Exception {
        connection = DriverManager.getConnection("jdbc:sqlite::memory:");
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                    + "bio TEXT, age INTEGER, rating REAL, active BOOLEAN, avatar BLOB, born DATE, "
                    + "seen TIMESTAMP, mood TEXT)");
        }
        q = LoadedQueries.generate(connection, queries());
    }

    @AfterEach
    void tearDown() throws SQLException {
        connection.close();
    }

    private static List<ResolvedQuery> queries() {
        List<ResolvedQuery> queries = new ArrayList<>();
        queries.add(query("CreateAuthor", Command.EXECLASTID, "INSERT INTO authors (name, bio, age) VALUES (?, ?, ?)")
                .param("name", "VARCHAR", false)
                .param("bio", "VARCHAR", true)
                .param("age", "BIGINT", true)
                .key("id", "BIGINT")
                .build());
        queries.add(query("GetAuthor", Command.ONE, "SELECT id, name, bio, age FROM authors WHERE id = ?")
                .comment("Fetches one author by id.")
                .column("id", "BIGINT", false)
                .column("name", "VARCHAR", false)
                .column("bio", "VARCHAR", true)
                .column("age", "BIGINT", true)
                .param("id", "BIGINT", false)
                .build());
        queries.add(query("GetAge", Command.ONE, "SELECT age FROM authors WHERE id = ?")
                .column("age", "BIGINT", true)
                .param("id", "BIGINT", false)
                .build());
        queries.add(query("AnyId", Command.ONE, "SELECT id FROM authors")
                .column("id", "BIGINT", false)
                .build());
        queries.add(query("ListNames", Command.MANY, "SELECT name FROM authors ORDER BY id")
                .column("name", "VARCHAR", false)
                .build());
        queries.add(query("DeleteAll", Command.EXEC, "DELETE FROM authors").build());
        queries.add(query("SetBioOlderThan", Command.EXECROWS, "UPDATE authors SET bio = ? WHERE age > ?")
                .param("bio", "VARCHAR", true)
                .param("age", "BIGINT", false)
                .build());
        queries.add(query("InsertAuthors", Command.BATCHEXEC, "INSERT INTO authors (name, age) VALUES (?, ?)")
                .param("name", "VARCHAR", false)
                .param("age", "BIGINT", true)
                .build());
        queries.add(query("CopyAuthors", Command.COPYFROM, "INSERT INTO authors (name) VALUES (?)")
                .param("name", "VARCHAR", false)
                .build());
        queries.add(query(
                        "NamesByIds",
                        Command.MANY,
                        "SELECT name FROM authors WHERE id IN (/*SLICE:ids*/?) AND name <> ? ORDER BY id")
                .column("name", "VARCHAR", false)
                .param(Parameter.newBuilder()
                        .setName("ids")
                        .setPosition(1)
                        .setDataType("INTEGER")
                        .setJdbcType("BIGINT")
                        .setIsSlice(true)
                        .build())
                .param("not_name", "VARCHAR", false)
                .build());
        queries.add(query(
                        "UpdateAuthor",
                        Command.EXECROWS,
                        "UPDATE authors SET name = ?, bio = ?, age = ?, rating = ?, active = ? WHERE id = ?")
                .param("name", "VARCHAR", false)
                .param("bio", "VARCHAR", true)
                .param("age", "BIGINT", true)
                .param("rating", "DOUBLE", true)
                .param("active", "BOOLEAN", true)
                .param("id", "BIGINT", false)
                .build());
        queries.add(query("CountMatching", Command.ONE, "SELECT count(*) FROM authors WHERE age = ? OR id = ?")
                .column("count(*)", "BIGINT", false)
                .param(Parameter.newBuilder()
                        .setName("value")
                        .setPosition(1)
                        .setDataType("INTEGER")
                        .setJdbcType("BIGINT")
                        .build())
                .param(Parameter.newBuilder()
                        .setName("value")
                        .setPosition(1)
                        .setDataType("INTEGER")
                        .setJdbcType("BIGINT")
                        .build())
                .build());
        queries.add(query(
                        "Odd",
                        Command.MANY,
                        "SELECT id AS class, name AS id, bio AS id, age AS \"\" FROM authors WHERE id = ? AND name = ?")
                .column("class", "BIGINT", false)
                .column("id", "VARCHAR", false)
                .column("id", "VARCHAR", true)
                .column("", "BIGINT", true)
                .param("class", "BIGINT", false)
                .param("", "VARCHAR", false)
                .build());
        queries.add(query(
                        "SetDetails",
                        Command.EXEC,
                        "UPDATE authors SET rating = ?, active = ?, avatar = ?, born = ?, seen = ?, mood = ? WHERE id = ?")
                .param("rating", "DOUBLE", false)
                .param("active", "BOOLEAN", false)
                .param("avatar", "VARBINARY", true)
                .param("born", "DATE", true)
                .param("seen", "TIMESTAMP", true)
                .param("mood", "mood", true)
                .param("id", "BIGINT", false)
                .build());
        queries.add(query(
                        "GetDetails",
                        Command.ONE,
                        "SELECT rating, active, avatar, born, seen, mood FROM authors WHERE id = ?")
                .column("rating", "DOUBLE", true)
                .column("active", "BOOLEAN", true)
                .column("avatar", "VARBINARY", true)
                .column("born", "DATE", true)
                .column("seen", "TIMESTAMP", true)
                .column(Column.newBuilder()
                        .setName("mood")
                        .setDataType("mood")
                        .setJdbcType("VARCHAR")
                        .setNullable(true)
                        .addEnumLabels("happy")
                        .addEnumLabels("so-so")
                        .build())
                .param("id", "BIGINT", false)
                .build());
        queries.add(query("AddAuthor", Command.EXECRESULT, "INSERT INTO authors (name) VALUES (?), (?)")
                .param("first", "VARCHAR", false)
                .param("second", "VARCHAR", false)
                .key("id", "BIGINT")
                .build());
        queries.add(query("RenameAll", Command.EXECRESULT, "UPDATE authors SET name = ? WHERE age IS NULL")
                .param("name", "VARCHAR", false)
                .build());
        queries.add(query("AgeOf", Command.BATCHONE, "SELECT age FROM authors WHERE name = ?")
                .column("age", "BIGINT", true)
                .param("name", "VARCHAR", false)
                .build());
        queries.add(query("AuthorsAged", Command.BATCHMANY, "SELECT id, name FROM authors WHERE age = ? ORDER BY id")
                .column("id", "BIGINT", false)
                .column("name", "VARCHAR", false)
                .param("age", "BIGINT", false)
                .build());
        return queries;
    }

    @Test
    void execResultReturnsTheCountAndTheLastGeneratedKey() throws Exception {
        create("Ann", null, 30L);
        assertEquals(
                "AddAuthorResult[rowsAffected=2, generatedKey=3]",
                q.call("addAuthor", "Bob", "Cy").toString());
        assertEquals("RenameAllResult[rowsAffected=2]", q.call("renameAll", "X").toString());
        assertEquals(1L, q.type("RenameAllResult").getRecordComponents().length, "no key: only the count");
    }

    @Test
    void batchOneAndBatchManyAnswerPerParameterSetInOrder() throws Exception {
        create("Ann", null, 30L);
        create("Bob", null, null);
        create("Cy", null, 30L);
        create("Cy", null, 41L);
        List<?> ages = (List<?>) q.call(
                "ageOf",
                List.of(
                        q.record("AgeOfParams", "Bob"),
                        q.record("AgeOfParams", "Ann"),
                        q.record("AgeOfParams", "Nobody")));
        assertEquals(
                List.of(Optional.empty(), Optional.of(30L), Optional.empty()),
                ages,
                "a NULL age and a missing author both read as empty, as :one does");
        SQLException twoRows =
                assertThrows(SQLException.class, () -> q.call("ageOf", List.of(q.record("AgeOfParams", "Cy"))));
        assertTrue(twoRows.getMessage().contains("AgeOf: expected at most one row"), twoRows.getMessage());
        List<?> aged = (List<?>) q.call(
                "authorsAged",
                List.of(
                        q.record("AuthorsAgedParams", 30L),
                        q.record("AuthorsAgedParams", 99L),
                        q.record("AuthorsAgedParams", 41L)));
        assertEquals(
                "[[AuthorsAgedRow[id=1, name=Ann], AuthorsAgedRow[id=3, name=Cy]], [],"
                        + " [AuthorsAgedRow[id=4, name=Cy]]]",
                aged.toString());
        assertEquals(List.of(), q.call("authorsAged", List.of()));
    }

    private long create(String name, String bio, Long age) throws Exception {
        return (long) q.call("createAuthor", name, bio, age);
    }

    @Test
    void execLastIdReturnsTheKeyAndOneReadsNullsAsNull() throws Exception {
        long ann = create("Ann", null, null);
        long bob = create("Bob", "writes", 42L);
        assertEquals(2, bob);
        assertEquals(
                "Optional[GetAuthorRow[id=1, name=Ann, bio=null, age=null]]",
                q.call("getAuthor", ann).toString());
        assertEquals(
                "Optional[GetAuthorRow[id=2, name=Bob, bio=writes, age=42]]",
                q.call("getAuthor", bob).toString());
        assertEquals(Optional.empty(), q.call("getAuthor", 99L));
    }

    @Test
    void oneWithASingleNullableColumnIsEmptyForNull() throws Exception {
        long ann = create("Ann", null, null);
        long bob = create("Bob", null, 42L);
        assertEquals(Optional.empty(), q.call("getAge", ann));
        assertEquals(Optional.of(42L), q.call("getAge", bob));
    }

    @Test
    void oneFailsOnASecondRow() throws Exception {
        assertEquals(Optional.empty(), q.call("anyId"));
        create("Ann", null, null);
        assertEquals(Optional.of(1L), q.call("anyId"));
        create("Bob", null, null);
        SQLException e = assertThrows(SQLException.class, () -> q.call("anyId"));
        assertEquals("AnyId: expected at most one row, got more", e.getMessage());
    }

    @Test
    void manyExecAndExecRows() throws Exception {
        assertEquals(List.of(), q.call("listNames"));
        create("Ann", null, 30L);
        create("Bob", null, 50L);
        create("Cy", null, null);
        assertEquals(List.of("Ann", "Bob", "Cy"), q.call("listNames"));
        assertEquals(1L, q.call("setBioOlderThan", "old", 40L));
        assertEquals(2L, q.call("setBioOlderThan", null, 10L));
        q.call("deleteAll");
        assertEquals(List.of(), q.call("listNames"));
    }

    @Test
    void batchAndCopyInsertEveryRowAcrossChunks() throws Exception {
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < 2_345; i++) {
            rows.add(q.record("InsertAuthorsParams", "a" + i, i % 2 == 0 ? null : (long) i));
        }
        long[] counts = (long[]) q.call("insertAuthors", rows);
        assertEquals(2_345, counts.length);
        assertEquals(1L, counts[2_344]);
        assertEquals(Optional.empty(), q.call("getAge", 1L));
        assertEquals(Optional.of(1L), q.call("getAge", 2L));
        long[] copied = (long[])
                q.call("copyAuthors", List.of(q.record("CopyAuthorsParams", "x"), q.record("CopyAuthorsParams", "y")));
        assertArrayEquals(new long[] {1, 1}, copied);
        assertEquals(2_347, ((List<?>) q.call("listNames")).size());
        assertArrayEquals(new long[0], (long[]) q.call("insertAuthors", List.of()));
    }

    @Test
    void slicesExpandPerCallAndAnEmptySliceMatchesNothing() throws Exception {
        for (String name : List.of("Ann", "Bob", "Cy", "Di")) {
            create(name, null, null);
        }
        assertEquals(List.of("Ann", "Cy", "Di"), q.call("namesByIds", List.of(1L, 3L, 4L), "x"));
        assertEquals(List.of("Cy"), q.call("namesByIds", List.of(3L, 4L), "Di"));
        assertEquals(List.of(), q.call("namesByIds", List.of(), "x"));
        assertEquals(List.of("Bob"), q.call("namesByIds", List.of(2L), "x"));
    }

    @Test
    void moreArgumentsThanTheLimitTakeAParamsRecord() throws Exception {
        long ann = create("Ann", null, null);
        assertEquals(List.of("name", "bio", "age", "rating", "active", "id"), q.components("UpdateAuthorParams"));
        Object params = q.record("UpdateAuthorParams", "Anne", "bio", 7L, 4.5, true, ann);
        assertEquals(1L, q.call("updateAuthor", params));
        assertEquals(
                "Optional[GetAuthorRow[id=1, name=Anne, bio=bio, age=7]]",
                q.call("getAuthor", ann).toString());
    }

    @Test
    void aRepeatedParameterIsOneArgumentBoundTwice() throws Exception {
        create("Ann", null, 2L);
        create("Bob", null, 9L);
        assertEquals(Optional.of(2L), q.call("countMatching", 2L));
        assertEquals(Optional.of(0L), q.call("countMatching", 5L));
    }

    @Test
    void keywordDuplicateAndEmptyColumnNames() throws Exception {
        create("Ann", "bio", 3L);
        assertEquals(List.of("class_", "id", "id2", "column4"), q.components("OddRow"));
        assertEquals(
                "[OddRow[class_=1, id=Ann, id2=bio, column4=3]]",
                q.call("odd", 1L, "Ann").toString());
    }

    @Test
    void detailTypesRoundTrip() throws Exception {
        long ann = create("Ann", null, null);
        Object mood = q.type("Mood").getMethod("fromLabel", String.class).invoke(null, "so-so");
        assertEquals("SO_SO", mood.toString());
        q.call(
                "setDetails",
                q.record(
                        "SetDetailsParams",
                        4.5,
                        true,
                        new byte[] {1, 2},
                        LocalDate.of(2024, 2, 29),
                        LocalDateTime.of(2024, 2, 29, 13, 45, 30),
                        mood,
                        ann));
        Object row = ((Optional<?>) q.call("getDetails", ann)).orElseThrow();
        assertTrue(row.toString().startsWith("GetDetailsRow[rating=4.5, active=true, avatar=[B@"), row::toString);
        assertEquals(
                List.of(4.5, true, LocalDate.of(2024, 2, 29), LocalDateTime.of(2024, 2, 29, 13, 45, 30), mood),
                List.of(
                        q.type("GetDetailsRow").getMethod("rating").invoke(row),
                        q.type("GetDetailsRow").getMethod("active").invoke(row),
                        q.type("GetDetailsRow").getMethod("born").invoke(row),
                        q.type("GetDetailsRow").getMethod("seen").invoke(row),
                        q.type("GetDetailsRow").getMethod("mood").invoke(row)));
        assertArrayEquals(new byte[] {1, 2}, (byte[])
                q.type("GetDetailsRow").getMethod("avatar").invoke(row));

        q.call("setDetails", q.record("SetDetailsParams", 0.0, false, null, null, null, null, ann));
        assertEquals(
                "Optional[GetDetailsRow[rating=0.0, active=false, avatar=null, born=null, " + "seen=null, mood=null]]",
                q.call("getDetails", ann).toString());
    }

    @Test
    void anUnknownEnumLabelIsAnSqlException() throws Exception {
        long ann = create("Ann", null, null);
        try (Statement statement = connection.createStatement()) {
            statement.execute("UPDATE authors SET mood = 'angry'");
        }
        SQLException e = assertThrows(SQLException.class, () -> q.call("getDetails", ann));
        assertEquals("unknown Mood label: angry", e.getMessage());
    }
}
