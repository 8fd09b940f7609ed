package com.example.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.app.db.AuthorsMood;
import com.example.app.db.AuthorsWithBooksRow;
import com.example.app.db.Queries;
import io.sqlj.engine.mysql.EmbeddedMariaDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorsTest {

  @Test
  void generatedQueriesRunAgainstMariaDb() throws Exception {
    try (EmbeddedMariaDb server = EmbeddedMariaDb.start()) {
      try (Connection admin = DriverManager.getConnection(server.jdbcUrl(""));
          Statement s = admin.createStatement()) {
        s.execute("CREATE DATABASE app");
      }
      try (Connection c = DriverManager.getConnection(server.jdbcUrl("app"));
          Statement s = c.createStatement()) {
        for (String migration : List.of("V1__authors.sql", "V2__books.sql")) {
          s.execute(Files.readString(Path.of("db/migrations", migration)));
        }
        Queries q = new Queries(c);
        long ursula = q.createAuthor("Ursula K. Le Guin", AuthorsMood.CURIOUS);
        long italo = q.createAuthor("Italo Calvino", AuthorsMood.CALM);
        assertEquals(1, q.addBook((int) ursula, "The Dispossessed"));
        assertEquals(List.of(
            new AuthorsWithBooksRow((int) italo, "Italo Calvino", AuthorsMood.CALM, true, null),
            new AuthorsWithBooksRow((int) ursula, "Ursula K. Le Guin", AuthorsMood.CURIOUS, true, "The Dispossessed")),
            q.authorsWithBooks());
      }
    }
  }
}
