package io.sqlj.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The baseline: what a careful programmer writes by hand with plain JDBC. */
final class HandJdbc {

  static final String GET = "SELECT id, name, email, score FROM users WHERE id = ?";
  static final String LIST = "SELECT id, name, email, score FROM users WHERE id > ? ORDER BY id LIMIT 100";
  static final String LIST_1000 = "SELECT id, name, email, score FROM users WHERE id > ? ORDER BY id LIMIT 1000";
  static final String INSERT = "INSERT INTO events (user_id, kind, amount) VALUES (?, ?, ?)";

  private final Connection connection;

  HandJdbc(Connection connection) {
    this.connection = connection;
  }

  User get(long id) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(GET)) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? new User(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)) : null;
      }
    }
  }

  List<User> list(long after) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(LIST)) {
      ps.setLong(1, after);
      try (ResultSet rs = ps.executeQuery()) {
        List<User> users = new ArrayList<>(100);
        while (rs.next()) {
          users.add(new User(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
        }
        return users;
      }
    }
  }

  /** The row count is not known up front, so the list grows as a careful programmer's would. */
  List<User> list1000(long after) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(LIST_1000)) {
      ps.setLong(1, after);
      try (ResultSet rs = ps.executeQuery()) {
        List<User> users = new ArrayList<>();
        while (rs.next()) {
          users.add(new User(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
        }
        return users;
      }
    }
  }

  /** Each row read and dropped; the fetch size lets PostgreSQL stream instead of buffering all. */
  long iter1000(long after) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(LIST_1000)) {
      ps.setFetchSize(1000);
      ps.setLong(1, after);
      try (ResultSet rs = ps.executeQuery()) {
        long sum = 0;
        while (rs.next()) {
          User u = new User(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4));
          sum += u.score();
        }
        return sum;
      }
    }
  }

  void insert(long userId, String kind, long amount) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
      ps.setLong(1, userId);
      ps.setString(2, kind);
      ps.setLong(3, amount);
      ps.executeUpdate();
    }
  }

  int[] insertAll(List<Event> events) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
      for (Event e : events) {
        ps.setLong(1, e.userId());
        ps.setString(2, e.kind());
        ps.setLong(3, e.amount());
        ps.addBatch();
      }
      return ps.executeBatch();
    }
  }
}
