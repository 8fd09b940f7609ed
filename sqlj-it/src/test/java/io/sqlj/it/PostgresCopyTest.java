package io.sqlj.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import testdata.shop.CreateCustomersParams;
import testdata.shop.Customer;
import testdata.shop.CustomersQueriesImpl;
import testdata.shop.OrdersQueriesImpl;
import testdata.shop.types.Email;

/**
 * The shop case's generated code (made by the SQLite engine) against the embedded PostgreSQL
 * with the same tables: :copyfrom takes the COPY path through pgjdbc's CopyManager, found by reflection.
 */
class PostgresCopyTest {

    @Test
    void copyFromUsesCopyOnPostgresql() throws Exception {
        try (Connection db = Postgres.emptyDatabase("copy")) {
            Sqlite.exec(
                    db,
                    "CREATE TABLE customers (id BIGSERIAL PRIMARY KEY, email VARCHAR(320) NOT NULL UNIQUE,"
                            + " full_name TEXT NOT NULL, nickname TEXT)",
                    "CREATE TABLE orders (id BIGSERIAL PRIMARY KEY, customer_id BIGINT REFERENCES customers (id),"
                            + " total_cents BIGINT NOT NULL, note TEXT)",
                    // INSERT is refused, COPY is not: the rows can only arrive through COPY.
                    "CREATE FUNCTION no_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                            + " IF current_query() NOT LIKE 'COPY%' THEN RAISE EXCEPTION 'not COPY'; END IF;"
                            + " RETURN NEW; END $$",
                    "CREATE TRIGGER only_copy BEFORE INSERT ON customers FOR EACH ROW EXECUTE FUNCTION no_insert()");
            var customers = new CustomersQueriesImpl(db);
            assertArrayEquals(
                    new long[] {1, 1, 1},
                    customers.createCustomers(List.of(
                            new CreateCustomersParams(new Email("a@x.org"), "Ann \"the\", First", null),
                            new CreateCustomersParams(new Email("b@x.org"), "", "bee"),
                            new CreateCustomersParams(new Email("c@x.org"), "Line\nbreak", "\\N"))));
            assertEquals(
                    Optional.of(new Customer(1, new Email("a@x.org"), "Ann \"the\", First", null)),
                    customers.getCustomer(1));
            assertEquals("", customers.getCustomer(2).orElseThrow().name(), "empty text is not NULL");
            assertEquals("\\N", customers.getCustomer(3).orElseThrow().nickname());
            assertEquals("Line\nbreak", customers.getCustomer(3).orElseThrow().name());
            assertEquals(3, customers.listCustomersByIds(List.of(1L, 2L, 3L)).size());
            assertNull(customers.getCustomer(1).orElseThrow().nickname());
            try (var stream = new OrdersQueriesImpl(db).exportOrders()) {
                assertEquals(0, stream.count());
            }
        }
    }
}
