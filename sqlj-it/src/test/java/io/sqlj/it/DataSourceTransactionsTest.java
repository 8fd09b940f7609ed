package io.sqlj.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import testdata.shop.AddOrdersParams;
import testdata.shop.CreateCustomersParams;
import testdata.shop.Customer;
import testdata.shop.CustomersQueriesImpl;
import testdata.shop.OrdersQueriesImpl;
import testdata.shop.Purchase;
import testdata.shop.types.Email;
import testdata.shop.types.Money;

/**
 * {@code Queries(DataSource)} and {@code inTransaction} of the shop case (class_per_file,
 * emit_interface, jspecify; :copyfrom, :batchexec, :iter) against real SQLite and PostgreSQL:
 * each call takes a connection and returns it (a stream when closed), a transaction commits what
 * its body did or rolls all of it back.
 */
class DataSourceTransactionsTest {

    @Test
    void sqlite(@TempDir Path dir) throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("shop.db");
        try (Connection setup = DriverManager.getConnection(url)) {
            Sqlite.exec(
                    setup,
                    Files.readString(Sqlite.root().resolve("testdata/shop/schema.sql"))
                            .split(";\\s*\n"));
        }
        exercise(new CountingDataSource(() -> DriverManager.getConnection(url)));
    }

    @Test
    void postgresql() throws Exception {
        String db;
        try (Connection setup = Postgres.emptyDatabase("datasource")) {
            db = setup.getCatalog();
            Sqlite.exec(
                    setup,
                    "CREATE TABLE customers (id BIGSERIAL PRIMARY KEY, email VARCHAR(320) NOT NULL UNIQUE,"
                            + " full_name TEXT NOT NULL, nickname TEXT)",
                    "CREATE TABLE orders (id BIGSERIAL PRIMARY KEY, customer_id BIGINT REFERENCES customers (id),"
                            + " total_cents BIGINT NOT NULL, note TEXT)");
        }
        var server = Postgres.server();
        exercise(new CountingDataSource(() -> server.connect(db)));
    }

    private static void exercise(CountingDataSource ds) throws Exception {
        var customers = new CustomersQueriesImpl(ds);
        assertArrayEquals(
                new long[] {1, 1},
                customers.createCustomers(List.of(
                        new CreateCustomersParams(new Email("a@x.org"), "Ann", null),
                        new CreateCustomersParams(new Email("b@x.org"), "Bob", "bee"))));
        assertEquals("Ann", customers.getCustomer(1).orElseThrow().name());
        assertEquals(2, customers.listCustomersByIds(List.of(1L, 2L)).size());
        assertEquals(0, ds.open(), "every call closed the connection it took");
        assertEquals(3, ds.taken(), "one connection per call");

        var orders = new OrdersQueriesImpl(ds);
        orders.addOrders(
                List.of(new AddOrdersParams(1L, new Money(10), null), new AddOrdersParams(null, new Money(20), "x")));
        try (Stream<Purchase> stream = orders.exportOrders()) {
            assertEquals(1, ds.open(), "the stream holds its connection while open");
            assertEquals(2, stream.count());
        }
        assertEquals(0, ds.open(), "closing the stream closed the connection");
        List<Purchase> each = new ArrayList<>();
        orders.exportOrders(each::add);
        assertEquals(2, each.size());
        assertEquals(0, ds.open());

        // commit keeps: both inserts are there afterwards, seen through another connection
        Optional<Customer> carl = CustomersQueriesImpl.inTransaction(ds, q -> {
            q.createCustomers(List.of(new CreateCustomersParams(new Email("c@x.org"), "Carl", null)));
            return q.findByEmail(new Email("c@x.org"))
                    .map(r -> new Customer(r.id(), new Email("c@x.org"), r.name(), null));
        });
        assertEquals("Carl", carl.orElseThrow().name());
        assertEquals(Optional.of(carl.get()), customers.getCustomer(carl.get().id()));
        assertEquals(0, ds.open(), "inTransaction closed its connection");

        // a RuntimeException rolls back what the body did, and is rethrown as it is
        IllegalStateException boom = new IllegalStateException("boom");
        assertSame(
                boom,
                assertThrows(
                        IllegalStateException.class,
                        () -> CustomersQueriesImpl.inTransaction(ds, q -> {
                            q.createCustomers(List.of(new CreateCustomersParams(new Email("d@x.org"), "Dora", null)));
                            assertTrue(
                                    q.findByEmail(new Email("d@x.org")).isPresent(), "visible inside the transaction");
                            throw boom;
                        })));
        assertEquals(Optional.empty(), customers.findByEmail(new Email("d@x.org")), "rolled back");

        // an SQLException (a duplicate email) rolls back the insert before it too
        assertThrows(
                SQLException.class,
                () -> CustomersQueriesImpl.inTransaction(ds, q -> {
                    q.createCustomers(List.of(new CreateCustomersParams(new Email("e@x.org"), "Eve", null)));
                    return q.createCustomers(
                            List.of(new CreateCustomersParams(new Email("a@x.org"), "Ann again", null)));
                }));
        assertEquals(Optional.empty(), customers.findByEmail(new Email("e@x.org")), "rolled back");
        assertEquals(0, ds.open(), "a failed transaction closed its connection");

        // a failing call (a stream on a table that is gone) closes what it opened
        try (Connection c = ds.getConnection();
                var s = c.createStatement()) {
            s.execute("DROP TABLE orders");
        }
        assertThrows(SQLException.class, orders::exportOrders);
        assertThrows(
                SQLException.class, () -> orders.addOrders(List.of(new AddOrdersParams(null, new Money(1), null))));
        assertEquals(0, ds.open(), "failed calls closed their connections");
    }
}
