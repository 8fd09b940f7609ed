package io.sqlj.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import testdata.dynamic_pg.Queries;

/**
 * sqlj.optional, sqlj.sort and sqlj.embed_list (testdata/dynamic_pg) run against PostgreSQL:
 * every combination of the filters, every ordering, groups with and without children, and the
 * query plans that are the point of sqlj.optional.
 */
class DynamicPostgresTest extends DynamicContract {
    private static Connection db;

    @BeforeAll
    static void load() throws Exception {
        db = Postgres.withSchemaOf("dynamic_pg");
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
        return "testdata.dynamic_pg";
    }

    /**
     * PostgreSQL plans a query with parameters once and reuses a generic plan (after five runs of
     * a prepared statement, or always with plan_cache_mode = force_generic_plan): that plan cannot
     * know whether {@code $1 IS NULL}, so the {@code IS NULL OR} form scans the whole table, while
     * the SQL sqlj.optional sends with the filter given searches the index.
     */
    @Test
    void withOneFilterGivenTheGenericPlanUsesItsIndex() throws Exception {
        try (Connection big = Postgres.withSchemaOf("dynamic_pg");
                Statement s = big.createStatement()) {
            s.execute("INSERT INTO authors SELECT g, 'a' || g FROM generate_series(1, 1000) g");
            s.execute(
                    "INSERT INTO books SELECT g, 1 + g % 1000, 't' || g, g % 50, '2024' FROM generate_series(1, 20000) g");
            s.execute("ANALYZE");
            s.execute("SET plan_cache_mode = force_generic_plan");
            SqlRecorder recorder = new SqlRecorder(big);
            Queries q = new Queries(recorder.connection);
            q.twoFilters(7L, null);
            String optional = plan(s, "optional", recorder.last());
            q.nullOrFilter(7L);
            String nullOr = plan(s, "null_or", recorder.last());
            assertTrue(optional.contains("books_author"), optional);
            assertTrue(nullOr.contains("Seq Scan on books") && !nullOr.contains("books_author"), nullOr);
        }
    }

    private static String plan(Statement s, String name, String sql) throws SQLException {
        StringBuilder numbered = new StringBuilder();
        int n = 0;
        for (char c : sql.toCharArray()) {
            numbered.append(c == '?' ? "$" + ++n : String.valueOf(c));
        }
        s.execute("PREPARE " + name + " AS " + numbered);
        StringBuilder plan = new StringBuilder();
        String args = String.join(", ", java.util.Collections.nCopies(n, "7"));
        try (ResultSet rs = s.executeQuery("EXPLAIN EXECUTE " + name + (n == 0 ? "" : "(" + args + ")"))) {
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }
}
