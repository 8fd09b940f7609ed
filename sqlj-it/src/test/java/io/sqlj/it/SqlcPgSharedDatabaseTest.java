package io.sqlj.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import testdata.sqlc_pg_shared_database.BalancesRow;
import testdata.sqlc_pg_shared_database.BillingCustomer;
import testdata.sqlc_pg_shared_database.CustomerByEmailRow;
import testdata.sqlc_pg_shared_database.Queries;

/**
 * The sqlc_pg_shared_database case: a pg_dump of one service's schema that the private server
 * loads only with what the database it came from has (citext and pgcrypto, which the dump never
 * creates; {@code public.users}, another service's table its foreign keys name; PostgreSQL 18's
 * {@code uuidv7()}). Here that database is made as the services' own would be, and the generated
 * code runs on it: the defaults, the foreign key and citext's comparison all act.
 */
class SqlcPgSharedDatabaseTest {

    @Test
    void generatedCodeRunsOnTheDatabaseTheDumpCameFrom() throws Exception {
        try (Connection db = Postgres.emptyDatabase("sqlc_pg_shared_database")) {
            try (Statement s = db.createStatement()) {
                // what the other services and the platform made in the shared database
                s.execute("CREATE EXTENSION citext");
                s.execute("CREATE EXTENSION pgcrypto");
                s.execute("CREATE TABLE public.users (email citext PRIMARY KEY)");
                s.execute("INSERT INTO public.users VALUES ('Ann@Example.com'), ('bob@example.com')");
                int version;
                try (ResultSet rs = s.executeQuery("SELECT current_setting('server_version_num')::int")) {
                    rs.next();
                    version = rs.getInt(1);
                }
                if (version < 180000) {
                    // PostgreSQL 18's uuidv7(), which the dump's defaults call (a version 7 UUID: time first)
                    s.execute(
                            "CREATE FUNCTION pg_catalog.uuidv7() RETURNS uuid LANGUAGE sql AS $$"
                                    + " SELECT (lpad(to_hex((extract(epoch FROM clock_timestamp()) * 1000)::bigint), 12, '0')"
                                    + " || '7' || substr(md5(random()::text), 1, 3) || '8' || substr(md5(random()::text), 1, 15))::uuid $$");
                }
                s.execute(Files.readString(Sqlite.root().resolve("testdata/sqlc_pg_shared_database/schema.sql")));
                s.execute("SET search_path = \"$user\", public");
            }
            Queries q = new Queries(db);
            BillingCustomer ann =
                    q.createCustomer("ann@example.com", new BigDecimal("50.00")).orElseThrow();
            assertEquals(7, ann.id().version(), "the default called uuidv7()");
            assertEquals(16, ann.token().length, "the default called pgcrypto's gen_random_bytes(16)");
            assertEquals("ann@example.com", ann.email());
            BillingCustomer bob =
                    q.createCustomer("bob@example.com", BigDecimal.ZERO).orElseThrow();

            // citext: the foreign key to users took ann@ for Ann@, and the lookup ignores case
            assertEquals(
                    new CustomerByEmailRow(ann.id(), "ann@example.com", new BigDecimal("50.00")),
                    q.customerByEmail("ANN@EXAMPLE.COM").orElseThrow());
            assertTrue(q.customerByEmail("carol@example.com").isEmpty());
            SQLException unknown =
                    assertThrows(SQLException.class, () -> q.createCustomer("carol@example.com", BigDecimal.ONE));
            assertEquals("23503", unknown.getSQLState(), "the foreign key to public.users holds here");

            long first = q.charge(ann.id(), new BigDecimal("20.25"), "Bob@example.com")
                    .orElseThrow();
            long second = q.charge(ann.id(), new BigDecimal("4.75"), null).orElseThrow();
            assertEquals(first + 1, second);
            SQLException stranger =
                    assertThrows(SQLException.class, () -> q.charge(ann.id(), BigDecimal.ONE, "carol@example.com"));
            assertEquals("23503", stranger.getSQLState(), "the foreign key the dump adds at its end holds too");
            assertEquals(
                    List.of(
                            new BalancesRow("ann@example.com", new BigDecimal("25.00")),
                            new BalancesRow("bob@example.com", new BigDecimal("0.00"))),
                    q.balances());
            assertTrue(bob.id().compareTo(ann.id()) != 0);
            assertEquals(UUID.class, bob.id().getClass());
        }
    }
}
