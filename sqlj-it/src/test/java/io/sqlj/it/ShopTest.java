package io.sqlj.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import testdata.shop.AddOrdersParams;
import testdata.shop.CreateCustomersParams;
import testdata.shop.Customer;
import testdata.shop.CustomersQueries;
import testdata.shop.CustomersQueriesImpl;
import testdata.shop.FindByEmailRow;
import testdata.shop.ListCustomerOrdersRow;
import testdata.shop.ListOrdersWithCustomerRow;
import testdata.shop.OrdersQueries;
import testdata.shop.OrdersQueriesImpl;
import testdata.shop.Purchase;
import testdata.shop.types.Email;
import testdata.shop.types.Money;

/**
 * The shop case on SQLite: models, embeds (inner and outer side of a join), slices, a custom
 * type through a converter (by db_type and by table.column), renames, :copyfrom and :batchexec
 * (the batched path: SQLite is not PostgreSQL), :iter as a Stream and as a callback.
 */
class ShopTest {

    private Connection db;
    private CustomersQueries customers;
    private OrdersQueries orders;

    @BeforeEach
    void open() throws SQLException {
        db = Sqlite.withSchemaOf("shop");
        customers = new CustomersQueriesImpl(db);
        orders = new OrdersQueriesImpl(db);
        assertArrayEquals(
                new long[] {1, 1},
                customers.createCustomers(List.of(
                        new CreateCustomersParams(new Email("Ada@Example.com"), "Ada", null),
                        new CreateCustomersParams(new Email("bob@example.com"), "Bob \"B\", Jr.", "bobby"))));
        orders.addOrders(List.of(
                new AddOrdersParams(1L, new Money(1250), "first"),
                new AddOrdersParams(null, new Money(99), null),
                new AddOrdersParams(2L, new Money(5000), null)));
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void tableModelsAndCustomTypes() throws SQLException {
        Customer ada = new Customer(1, new Email("ada@example.com"), "Ada", null);
        assertEquals(Optional.of(ada), customers.getCustomer(1));
        assertEquals(
                Optional.of(new FindByEmailRow(2, "Bob \"B\", Jr.")),
                customers.findByEmail(new Email("BOB@example.com")),
                "bound through EmailConverter.toDb");
        try (var st = db.createStatement();
                var rs = st.executeQuery(
                        "SELECT email, total_cents FROM customers JOIN orders ON customer_id = customers.id"
                                + " WHERE customers.id = 1")) {
            rs.next();
            assertEquals("ada@example.com", rs.getString(1), "inserted through EmailConverter.toDb");
            assertEquals(1250, rs.getLong(2), "inserted through MoneyConverter.toDb");
        }
        assertEquals(List.of(ada), customers.listCustomersByIds(List.of(1L, 42L)));
        assertEquals(List.of(), customers.listCustomersByIds(List.of()), "an empty slice matches nothing");
    }

    @Test
    void embedsAreNullOnTheOuterSideOfALeftJoin() throws SQLException {
        List<ListOrdersWithCustomerRow> rows = orders.listOrdersWithCustomer();
        assertEquals(3, rows.size());
        assertEquals(new Purchase(1, 1L, new Money(1250), "first"), rows.get(0).purchase());
        assertEquals("Ada", rows.get(0).customer().name());
        assertEquals(new Purchase(2, null, new Money(99), null), rows.get(1).purchase());
        assertNull(rows.get(1).customer(), "an order without a customer has no embedded customer");
        List<ListCustomerOrdersRow> inner = orders.listCustomerOrders();
        assertEquals(
                List.of(new Money(1250), new Money(5000)),
                inner.stream().map(ListCustomerOrdersRow::totalCents).toList());
    }

    @Test
    void iterStreamsManyRowsWithoutHoldingThem() throws SQLException {
        List<AddOrdersParams> many = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            many.add(new AddOrdersParams(1L, new Money(i), null));
        }
        orders.addOrders(many);
        AtomicLong sum = new AtomicLong();
        AtomicLong count = new AtomicLong();
        orders.exportOrders(order -> {
            count.incrementAndGet();
            sum.addAndGet(order.totalCents().cents());
        });
        assertEquals(100_003, count.get());
        long expected = 1250 + 99 + 5000 + (long) 99_999 * 100_000 / 2;
        assertEquals(expected, sum.get());
        try (Stream<Purchase> stream = orders.exportOrders()) {
            assertEquals(expected, stream.mapToLong(p -> p.totalCents().cents()).sum());
        }
        try (Stream<Purchase> stream = orders.exportOrders()) {
            assertEquals(List.of(1L, 2L), stream.limit(2).map(Purchase::id).toList());
        }
        assertTrue(db.isValid(1));
    }
}
