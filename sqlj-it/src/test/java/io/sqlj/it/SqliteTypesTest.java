package io.sqlj.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import testdata.keyword_columns.Keyword;
import testdata.sqlite_types.Everything;
import testdata.sqlite_types.InsertEverythingParams;
import testdata.sqlite_types.Queries;

/** Every SQLite type sqlj maps, written and read back through generated code. */
class SqliteTypesTest {

    @Test
    void everyTypeRoundTrips() throws SQLException {
        try (Connection db = Sqlite.withSchemaOf("sqlite_types")) {
            Queries q = new Queries(db);
            byte[] blob = {0, 1, 2, (byte) 0xff};
            LocalDate day = LocalDate.of(2024, 2, 29);
            LocalDateTime moment = LocalDateTime.of(2024, 2, 29, 13, 45, 30);
            long id = q.insertEverything(new InsertEverythingParams(
                    Long.MAX_VALUE, 2.5, "text", blob, new BigDecimal("12.34"), true, day, moment, null, null));
            Everything row = q.getEverything(id).orElseThrow();
            assertEquals(Long.MAX_VALUE, row.i());
            assertEquals(2.5, row.r());
            assertEquals("text", row.t());
            assertArrayEquals(blob, row.b());
            assertEquals(0, new BigDecimal("12.34").compareTo(row.n()));
            assertEquals(true, row.flag());
            assertEquals(day, row.d());
            assertEquals(moment, row.ts());
            assertEquals(null, row.maybeI());
            assertEquals(null, row.maybeT());

            long second = q.insertEverything(
                    new InsertEverythingParams(0, 0, "", new byte[0], BigDecimal.ZERO, false, day, moment, -1L, "x"));
            Everything other = q.getEverything(second).orElseThrow();
            assertEquals(Long.valueOf(-1), other.maybeI());
            assertEquals("x", other.maybeT());
            assertEquals(false, other.flag());
            assertEquals(Optional.empty(), q.getEverything(999));
        }
    }

    @Test
    void keywordColumnsBecomeUsableNames() throws SQLException {
        try (Connection db = Sqlite.withSchemaOf("keyword_columns")) {
            var q = new testdata.keyword_columns.Queries(db);
            q.insertKeyword("c", null, 1, "o");
            q.insertKeyword("d", 5L, 0, null);
            assertEquals(
                    List.of(new Keyword(1, "c", null, 1, "o"), new Keyword(2, "d", 5L, 0, null)), q.listKeywords());
        }
    }
}
