package io.sqlj.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import testdata.sqlite_type_truth.Author;
import testdata.sqlite_type_truth.AuthorBooksRow;
import testdata.sqlite_type_truth.AuthorCountsRow;
import testdata.sqlite_type_truth.Event;
import testdata.sqlite_type_truth.InsertEventParams;
import testdata.sqlite_type_truth.Queries;

/**
 * Regressions of issue 11 on SQLite, each run through generated code on real values: declared
 * types the driver has no getter for travel as text, JSONB reads as JSON text, {@code $name}
 * binds, {@code sqlc.embed(alias)} uses the table's model, and NOT NULL columns are primitives.
 */
class SqliteTypeTruthTest {

    @Test
    void uuidAndTimeZoneColumnsTravelAsTheirText() throws SQLException {
        try (Connection db = Sqlite.withSchemaOf("sqlite_type_truth")) {
            Queries q = new Queries(db);
            String ref = UUID.randomUUID().toString();
            String at = "1899-12-31T23:59:59.123456789+05:30";
            long id = q.insertEvent(new InsertEventParams(ref, at, null, new BigDecimal("12.34"), "a"));
            Event row = q.getEvent(id).orElseThrow();
            assertEquals(new Event(id, ref, at, null, row.amount(), "a"), row);
            assertEquals(0, new BigDecimal("12.34").compareTo(row.amount()));
            assertEquals(UUID.fromString(ref), UUID.fromString(row.ref()));

            String zero = new UUID(0, 0).toString();
            long second = q.insertEvent(new InsertEventParams(zero, "2024-02-29 00:00:00-08:00", null, null, "a"));
            assertEquals(
                    new Event(second, zero, "2024-02-29 00:00:00-08:00", null, null, "a"),
                    q.getEvent(second).orElseThrow());
        }
    }

    @Test
    void jsonbColumnsReadAsJsonText() throws SQLException {
        try (Connection db = Sqlite.withSchemaOf("sqlite_type_truth")) {
            Queries q = new Queries(db);
            String json = "{\"a\":[1,2.5,\"é 😀 \\\"q\\\" \\\\\"],\"b\":null,\"c\":{}}";
            long id = q.insertEvent(new InsertEventParams(UUID.randomUUID().toString(), null, json, null, "j"));
            assertEquals(Optional.of(json), q.eventBody(id));
            assertEquals(json, q.getEvent(id).orElseThrow().body());
            assertEquals("blob", typeOf(db, id), "stored as SQLite's binary JSONB, as declared");
            long empty = q.insertEvent(new InsertEventParams(UUID.randomUUID().toString(), null, null, null, "j"));
            assertEquals(Optional.empty(), q.eventBody(empty));
        }
    }

    private static String typeOf(Connection db, long id) throws SQLException {
        try (var s = db.prepareStatement("SELECT typeof(body) FROM events WHERE id = ?")) {
            s.setLong(1, id);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    @Test
    void everyNamedParameterSpellingBinds() throws SQLException {
        try (Connection db = Sqlite.withSchemaOf("sqlite_type_truth")) {
            Queries q = new Queries(db);
            String a = UUID.randomUUID().toString();
            String b = UUID.randomUUID().toString();
            String c = UUID.randomUUID().toString();
            long first = q.insertEvent(new InsertEventParams(a, null, null, null, "x"));
            q.insertEvent(new InsertEventParams(b, null, null, null, "x"));
            q.insertEvent(new InsertEventParams(c, null, null, null, "x"));
            q.insertEvent(new InsertEventParams(UUID.randomUUID().toString(), null, null, null, "other"));
            assertEquals(List.of(c), q.eventRefs("x", b, first));
        }
    }

    @Test
    void embedOfAnAliasUsesTheTablesModelAndCountsAreNeverNull() throws SQLException {
        try (Connection db = Sqlite.withSchemaOf("sqlite_type_truth")) {
            Queries q = new Queries(db);
            long le = q.insertAuthor("Le Guin");
            long nobody = q.insertAuthor("Nobody");
            q.insertBook(le, "The Dispossessed");
            q.insertBook(le, "Lavinia");
            Author leGuin = new Author(le, "Le Guin");
            assertEquals(
                    List.of(new AuthorBooksRow(leGuin, "The Dispossessed"), new AuthorBooksRow(leGuin, "Lavinia")),
                    q.authorBooks());
            assertEquals(
                    List.of(
                            new AuthorCountsRow(le, "Le Guin", 2, 2, "The Dispossessed", String.valueOf(le)),
                            new AuthorCountsRow(nobody, "Nobody", 0, 0, "none", String.valueOf(nobody))),
                    q.authorCounts());
            assertEquals(List.of("Lavinia", "Le Guin", "Nobody", "The Dispossessed"), q.allNames());
        }
    }
}
