package io.sqlj.bench;

import io.sqlj.engine.postgresql.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One benchmark database: an in-memory SQLite or the embedded PostgreSQL 17, with the schema of
 * {@code bench/project} and {@value #USERS} users. Every benchmark uses one connection in
 * auto-commit mode, as a service handling one request per transaction would.
 */
final class Database implements AutoCloseable {

  static final int USERS = 10_000;

  private final EmbeddedPostgres server;
  final Connection connection;
  final boolean postgres;

  private Database(EmbeddedPostgres server, Connection connection) {
    this.server = server;
    this.connection = connection;
    this.postgres = server != null;
  }

  static Database open(String kind) throws IOException, SQLException {
    Database db = switch (kind) {
      case "sqlite" -> new Database(null, DriverManager.getConnection("jdbc:sqlite::memory:"));
      case "postgresql" -> postgres();
      default -> throw new IllegalArgumentException("unknown database: " + kind);
    };
    db.load();
    return db;
  }

  private static Database postgres() throws IOException, SQLException {
    EmbeddedPostgres server = EmbeddedPostgres.start();
    return new Database(server, server.connect("postgres"));
  }

  private void load() throws SQLException {
    String key = postgres ? "BIGSERIAL PRIMARY KEY" : "INTEGER PRIMARY KEY";
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE users (id " + key + ", name TEXT NOT NULL, email TEXT, score BIGINT NOT NULL)");
      s.execute("CREATE TABLE events (id " + key + ", user_id BIGINT NOT NULL, kind TEXT NOT NULL,"
          + " amount BIGINT NOT NULL)");
    }
    connection.setAutoCommit(false);
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO users (name, email, score) VALUES (?, ?, ?)")) {
      for (int i = 1; i <= USERS; i++) {
        ps.setString(1, "user " + i);
        ps.setString(2, i % 3 == 0 ? null : "user" + i + "@example.com");
        ps.setLong(3, i * 7L);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    connection.commit();
    connection.setAutoCommit(true);
  }

  /** Empties the table the inserts fill, so every measurement iteration starts alike. */
  void clearEvents() throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(postgres ? "TRUNCATE events" : "DELETE FROM events");
    }
  }

  @Override
  public void close() throws SQLException {
    try {
      connection.close();
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }
}
