package com.example.bookstore;

import com.example.bookstore.db.AddBooksParams;
import com.example.bookstore.db.AuthorCatalogueRow;
import com.example.bookstore.db.AuthorsWithBooksRow;
import com.example.bookstore.db.Book;
import com.example.bookstore.db.CreateOrderRow;
import com.example.bookstore.db.ExportOrdersRow;
import com.example.bookstore.db.Order;
import com.example.bookstore.db.OrderLinesRow;
import com.example.bookstore.db.OrderStatus;
import com.example.bookstore.db.Queries;
import com.example.bookstore.db.SearchBooksSort;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Uses the code sqlj generated from queries.sql against a PostgreSQL database that has the
 * migrations applied ({@code goose -dir migrations postgres "$DATABASE_URL" up}).
 */
public final class App {

  private App() {}

  /** {@code args[0]}: a JDBC URL, such as {@code jdbc:postgresql://localhost/bookstore?user=me}. */
  public static void main(String[] args) throws SQLException {
    if (args.length != 1) {
      System.err.println("usage: App <jdbc:postgresql://host/db?user=...>");
      System.exit(2);
    }
    try (Connection connection = DriverManager.getConnection(args[0])) {
      run(connection, System.out);
    }
  }

  static void run(Connection connection, PrintStream out) throws SQLException {
    Queries q = new Queries(connection);
    UUID leGuin = q.createAuthor("Ursula K. Le Guin", "Wrote Earthsea.").orElseThrow();
    UUID borges = q.createAuthor("Jorge Luis Borges", null).orElseThrow();
    q.createAuthor("Nobody Yet", null);

    long[] loaded = q.addBooks(List.of(
        new AddBooksParams(leGuin, "A Wizard of Earthsea", new BigDecimal("9.99"),
            List.of("fantasy", "classic"), LocalDate.of(1968, 11, 1)),
        new AddBooksParams(leGuin, "The Dispossessed", new BigDecimal("12.50"), List.of("sf"),
            LocalDate.of(1974, 5, 1)),
        new AddBooksParams(borges, "Ficciones", new BigDecimal("11.00"),
            List.of("classic", "short stories"), null)));
    out.println("books loaded: " + loaded.length);

    List<Book> classics = q.booksByTag("classic");
    for (Book book : classics) {
      out.println("classic: " + book.title() + ", " + book.price() + ", " + book.tags() + ", "
          + (book.publishedOn() == null ? "unknown date" : book.publishedOn()));
    }
    for (AuthorsWithBooksRow row : q.authorsWithBooks()) {
      out.println(row.author().name() + ": "
          + (row.title() == null ? "-" : row.title() + " at " + row.price()));
    }
    // Only the filter given reaches the SQL; the ordering is one of the enum's, never caller text.
    for (Book book : q.searchBooks(null, new BigDecimal("12.00"), null, SearchBooksSort.PRICE_DESC)) {
      out.println("up to 12.00: " + book.title() + " at " + book.price());
    }
    for (AuthorCatalogueRow row : q.authorCatalogue()) {
      out.println(row.author().name() + " wrote " + row.books().size() + " of our books");
    }

    CreateOrderRow order = q.createOrder("Ada", "{\"gift\": true}").orElseThrow();
    out.println("new order: " + order.status());
    for (Book book : q.booksByIds(classics.stream().map(Book::id).toList())) {
      q.addLine(order.id(), book.id(), book.title().length() % 3 + 1);
    }
    for (OrderLinesRow line : q.orderLines(order.id())) {
      out.println("line: " + line.quantity() + " x " + line.book().title() + " = " + line.subtotal());
    }
    out.println("placed: " + q.placeOrder(order.id()) + ", again: " + q.placeOrder(order.id()));
    Order placed = q.getOrder(order.id()).orElseThrow();
    out.println("order: " + placed.status() + ", details " + placed.details() + ", placed "
        + (placed.placedAt() != null));
    q.setOrderStatus(OrderStatus.SHIPPED, order.id());

    q.createOrder("Bob", null);
    try (Stream<ExportOrdersRow> orders = q.exportOrders()) {
      orders.forEach(row -> out.println("export: " + row.customer() + " " + row.status() + " "
          + (row.total() == null ? "nothing" : row.total())));
    }
  }
}
