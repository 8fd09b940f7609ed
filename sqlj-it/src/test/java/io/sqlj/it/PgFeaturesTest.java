package io.sqlj.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import testdata.pg_features.AddOrdersParams;
import testdata.pg_features.CreateCustomersParams;
import testdata.pg_features.Customer;
import testdata.pg_features.CustomerTotalsRow;
import testdata.pg_features.FindByEmailRow;
import testdata.pg_features.Order;
import testdata.pg_features.OrderStatus;
import testdata.pg_features.OrdersWithCustomerRow;
import testdata.pg_features.Queries;
import testdata.pg_features.types.Email;
import testdata.pg_features.types.Money;

/**
 * Issue 4's features generated through {@code engine: postgresql} and run against the embedded
 * server: COPY (with an array column), batches, both slice forms (one of enums), embeds on both
 * sides of a left join, converters (by table.column, for parameters too), an enum and table models.
 */
class PgFeaturesTest {

    private static String text(Connection db, String sql) throws java.sql.SQLException {
        try (java.sql.Statement st = db.createStatement();
                java.sql.ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void everyFeatureAgainstPostgresql() throws Exception {
        try (Connection db = Postgres.withSchemaOf("pg_features")) {
            Sqlite.exec(
                    db,
                    // INSERT is refused, COPY is not: the customers can only arrive through COPY.
                    "CREATE FUNCTION no_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                            + " IF current_query() NOT LIKE 'COPY%' THEN RAISE EXCEPTION 'not COPY'; END IF;"
                            + " RETURN NEW; END $$",
                    "CREATE TRIGGER only_copy BEFORE INSERT ON customers FOR EACH ROW EXECUTE FUNCTION no_insert()");
            Queries q = new Queries(db);
            assertArrayEquals(
                    new long[] {1, 1, 1},
                    q.createCustomers(List.of(
                            new CreateCustomersParams(
                                    new Email("Ann@X.org"),
                                    "Ann \"the\", First",
                                    List.of("vip", "a,b", "q\"uote", "back\\slash")),
                            new CreateCustomersParams(new Email("bob@x.org"), "Bob", List.of()),
                            new CreateCustomersParams(new Email("cy@x.org"), "Line\nbreak", List.of("NULL", "")))));
            assertEquals(
                    "ann@x.org",
                    text(db, "SELECT email FROM customers WHERE id = 1"),
                    "COPY wrote EmailConverter.toDb's lower-case address");

            Customer ann = q.getCustomer(1).orElseThrow();
            assertEquals(new Email("ann@x.org"), ann.email(), "read through the converter");
            assertEquals("Ann \"the\", First", ann.name());
            assertEquals(List.of("vip", "a,b", "q\"uote", "back\\slash"), ann.tags());
            assertEquals(List.of(), q.getCustomer(2).orElseThrow().tags());
            assertEquals(List.of("NULL", ""), q.getCustomer(3).orElseThrow().tags(), "quoted: text, not NULL");
            assertEquals(Optional.empty(), q.getCustomer(99));

            assertArrayEquals(
                    new long[] {1, 1, 1, 1},
                    q.addOrders(List.of(
                            new AddOrdersParams(1L, new Money(1500), OrderStatus.PAID, "first"),
                            new AddOrdersParams(1L, new Money(250), OrderStatus.PENDING, null),
                            new AddOrdersParams(null, new Money(99), OrderStatus.CANCELLED, "no customer"),
                            new AddOrdersParams(2L, new Money(4000), OrderStatus.SHIPPED, null))));
            assertEquals("250", text(db, "SELECT total_cents FROM orders WHERE id = 2"), "MoneyConverter.toDb");

            assertEquals(
                    List.of(1L, 3L),
                    q.customersByIds(List.of(3L, 1L, 42L)).stream()
                            .map(Customer::id)
                            .toList());
            assertEquals(List.of(), q.customersByIds(List.of()), "= ANY of an empty array: no rows");
            assertEquals(
                    List.of(1L, 4L),
                    q.ordersByStatuses(List.of(OrderStatus.PAID, OrderStatus.SHIPPED)).stream()
                            .map(Order::id)
                            .toList());
            assertEquals(List.of(), q.ordersByStatuses(List.of()), "IN () of nothing: no rows");

            List<OrdersWithCustomerRow> rows = q.ordersWithCustomer();
            assertEquals(4, rows.size());
            assertEquals(
                    new Order(1, 1L, new Money(1500), OrderStatus.PAID, "first"),
                    rows.get(0).order());
            assertEquals(ann, rows.get(0).customer());
            assertNull(rows.get(1).order().note());
            assertEquals(
                    new Order(3, null, new Money(99), OrderStatus.CANCELLED, "no customer"),
                    rows.get(2).order());
            assertNull(rows.get(2).customer(), "the outer side of the left join");

            List<CustomerTotalsRow> totals = q.customerTotals();
            assertEquals(
                    List.of(
                            new CustomerTotalsRow(ann, new BigDecimal("1750")),
                            new CustomerTotalsRow(q.getCustomer(2).orElseThrow(), new BigDecimal("4000"))),
                    totals);

            assertEquals(1, q.setStatus(OrderStatus.SHIPPED, 2));
            assertEquals(0, q.setStatus(OrderStatus.SHIPPED, 99));
            assertEquals(
                    List.of(1L, 2L, 4L),
                    q.ordersByStatuses(List.of(OrderStatus.SHIPPED, OrderStatus.PAID)).stream()
                            .map(Order::id)
                            .toList());
            // Only the converter's lower-casing makes "BOB@X.ORG" match the stored address.
            assertEquals(Optional.of(new FindByEmailRow(2, "Bob")), q.findByEmail(new Email("BOB@X.ORG")));
            assertEquals(
                    List.of(1L, 2L),
                    q.customerIdsByEmails(
                            List.of(new Email("Bob@x.org"), new Email("ANN@x.org"), new Email("nobody@x.org"))));
            assertEquals(List.of(), q.customerIdsByEmails(List.of()));
        }
    }
}
