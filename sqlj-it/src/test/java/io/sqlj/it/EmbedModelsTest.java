package io.sqlj.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import testdata.embed_models.AddOrdersParams;
import testdata.embed_models.CreateCustomersParams;
import testdata.embed_models.Customer;
import testdata.embed_models.Order;
import testdata.embed_models.Queries;

/** The embed_models case (default options) on SQLite. */
class EmbedModelsTest {

    @Test
    void modelsEmbedsBatchesAndStreams() throws SQLException {
        try (Connection db = Sqlite.withSchemaOf("embed_models")) {
            Queries q = new Queries(db);
            q.createCustomers(List.of(new CreateCustomersParams("a@x", "Ann", "annie")));
            q.addOrders(List.of(new AddOrdersParams(1L, 10, null), new AddOrdersParams(null, 20, "walk-in")));
            assertEquals(Optional.of(new Customer(1, "a@x", "Ann", "annie")), q.getCustomer(1));
            var rows = q.listOrdersWithCustomer();
            assertEquals(new Order(1, 1L, 10, null), rows.get(0).order());
            assertEquals(new Customer(1, "a@x", "Ann", "annie"), rows.get(0).customer());
            assertNull(rows.get(1).customer());
            assertEquals(1, q.listCustomerOrders().size());
            try (Stream<Long> totals = q.exportTotals(1L)) {
                assertEquals(List.of(10L), totals.toList());
            }
            try (Stream<Order> all = q.exportOrders()) {
                assertEquals(2, all.count());
            }
            q.addOrders(List.of(new AddOrdersParams(1L, 30, "again")));
            // one table embedded twice under two aliases: order and order2
            var pairs = q.orderPairs();
            assertEquals(1, pairs.size());
            assertEquals(new Order(1, 1L, 10, null), pairs.get(0).order());
            assertEquals(new Order(3, 1L, 30, "again"), pairs.get(0).order2());
        }
        Connection closed = Sqlite.withSchemaOf("embed_models");
        closed.close();
        assertThrows(
                SQLException.class,
                () -> new Queries(closed).exportOrders(),
                "a closed connection fails at the call, not while streaming");
    }
}
