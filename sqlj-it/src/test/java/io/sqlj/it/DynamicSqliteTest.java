package io.sqlj.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import testdata.dynamic_sqlite.Queries;

/**
 * sqlj.optional, sqlj.sort and sqlj.embed_list (testdata/dynamic_sqlite) run against SQLite:
 * every combination of the filters, every ordering, groups with and without children, and the
 * query plans that are the point of sqlj.optional.
 */
class DynamicSqliteTest extends DynamicContract {
    private static Connection db;

    @BeforeAll
    static void load() throws Exception {
        db = Sqlite.withSchemaOf("dynamic_sqlite");
        seed(db);
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    @Override
    Connection db() {
        return db;
    }

    @Override
    String generatedPackage() {
        return "testdata.dynamic_sqlite";
    }

    @Test
    void withOneFilterGivenThePlanUsesItsIndex() throws SQLException {
        try (Connection big = Sqlite.withSchemaOf("dynamic_sqlite")) {
            SqlRecorder recorder = new SqlRecorder(big);
            Queries q = new Queries(recorder.connection);
            q.twoFilters(7L, null);
            String optional = plan(big, recorder.last());
            q.nullOrFilter(7L);
            String nullOr = plan(big, recorder.last());
            assertTrue(optional.contains("SEARCH books USING") && optional.contains("INDEX books_author"), optional);
            assertTrue(nullOr.contains("SCAN books") && !nullOr.contains("books_author"), nullOr);
        }
    }

    private static String plan(Connection db, String sql) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (var ps = db.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
            for (int i = 1; i <= ps.getParameterMetaData().getParameterCount(); i++) {
                ps.setLong(i, 7);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString("detail")).append('\n');
                }
            }
        }
        return plan.toString();
    }
}
