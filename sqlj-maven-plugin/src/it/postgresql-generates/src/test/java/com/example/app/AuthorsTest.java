package com.example.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.app.db.AuthorsWithBooksRow;
import com.example.app.db.Mood;
import com.example.app.db.Queries;
import io.sqlj.engine.postgresql.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuthorsTest {

  @Test
  void generatedQueriesRunAgainstPostgres() throws Exception {
    try (EmbeddedPostgres server = EmbeddedPostgres.start();
        Connection c = server.connect("postgres");
        Statement s = c.createStatement()) {
      for (String migration : List.of("V1__authors.sql", "V2__books.sql")) {
        s.execute(Files.readString(Path.of("db/migrations", migration)));
      }
      Queries q = new Queries(c);
      UUID ursula = UUID.fromString("00000000-0000-0000-0000-000000000001");
      UUID italo = UUID.fromString("00000000-0000-0000-0000-000000000002");
      OffsetDateTime joined = OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC);
      q.createAuthor(ursula, "Ursula K. Le Guin", Mood.CURIOUS, joined);
      q.createAuthor(italo, "Italo Calvino", Mood.CALM, joined);
      q.addBook(ursula, "The Dispossessed").orElseThrow();
      List<AuthorsWithBooksRow> rows = q.authorsWithBooks();
      assertEquals(List.of(
          new AuthorsWithBooksRow(italo, "Italo Calvino", Mood.CALM, joined, null),
          new AuthorsWithBooksRow(ursula, "Ursula K. Le Guin", Mood.CURIOUS, joined, "The Dispossessed")),
          rows.stream().map(r -> new AuthorsWithBooksRow(r.id(), r.name(), r.mood(),
              r.joined().withOffsetSameInstant(ZoneOffset.UTC), r.title())).toList());
    }
  }
}
