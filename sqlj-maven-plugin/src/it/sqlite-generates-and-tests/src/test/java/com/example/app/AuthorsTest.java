package com.example.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.app.db.Author;
import com.example.app.db.Queries;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorsTest {

  @Test
  void generatedQueriesRunAgainstSqlite() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL, bio TEXT)");
      Queries q = new Queries(c);
      long ursula = q.createAuthor("Ursula K. Le Guin", "Earthsea");
      long italo = q.createAuthor("Italo Calvino", null);
      assertEquals(new Author(ursula, "Ursula K. Le Guin", "Earthsea"), q.getAuthor(ursula).orElseThrow());
      assertEquals(List.of(new Author(italo, "Italo Calvino", null),
          new Author(ursula, "Ursula K. Le Guin", "Earthsea")), q.listAuthors());
      assertEquals(1L, q.deleteAuthor(italo));
      assertTrue(q.getAuthor(italo).isEmpty());
    }
  }
}
