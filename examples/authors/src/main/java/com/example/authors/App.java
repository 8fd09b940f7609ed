package com.example.authors;

import com.example.authors.db.Author;
import com.example.authors.db.ListBooksWithAuthorsRow;
import com.example.authors.db.Queries;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Uses the code sqlj generated from queries.sql against an in-memory SQLite database. */
public final class App {

  private App() {}

  public static void main(String[] args) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:")) {
      run(connection, System.out);
    }
  }

  static void run(Connection connection, PrintStream out) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL, bio TEXT)");
      statement.execute(
          "CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL REFERENCES authors (id),"
              + " title TEXT NOT NULL, published INTEGER)");
    }
    Queries queries = new Queries(connection);

    long leGuin = queries.createAuthor("Ursula K. Le Guin", "Wrote Earthsea.");
    long borges = queries.createAuthor("Jorge Luis Borges", null);
    queries.createAuthor("Nobody Yet", null);
    queries.addBook(leGuin, "A Wizard of Earthsea", 1968L);
    queries.addBook(leGuin, "The Dispossessed", 1974L);
    queries.addBook(borges, "Ficciones", null);

    Author author = queries.getAuthor(leGuin).orElseThrow();
    out.println("author: " + author.name() + " (" + author.bio() + ")");
    out.println("books by Le Guin: " + queries.countBooksByAuthor(leGuin).orElse(0L));
    queries.updateAuthorBio(null, leGuin);
    out.println("bio after clearing: " + queries.getAuthor(leGuin).orElseThrow().bio());

    List<ListBooksWithAuthorsRow> shelf = queries.listBooksWithAuthors();
    for (ListBooksWithAuthorsRow row : shelf) {
      out.println(row.author() + ": " + (row.title() == null ? "-" : row.title())
          + (row.published() == null ? "" : " (" + row.published() + ")"));
    }
    out.println("by ids: " + queries.listAuthorsByIds(List.of(borges, leGuin)).size());
  }
}
