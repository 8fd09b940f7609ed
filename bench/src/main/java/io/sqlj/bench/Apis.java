package io.sqlj.bench;

import io.sqlj.bench.gen.postgresql.CopyEventsParams;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/** The variants: sqlj's generated code, hand-written JDBC, JDBI and jOOQ's plain-SQL API. */
final class Apis {

  private Apis() {}

  static Api of(String name, Database db) {
    return switch (name) {
      case "generated" -> db.postgres ? generatedPostgres(db) : generatedSqlite(db);
      case "jdbc" -> jdbc(db);
      case "jdbi" -> jdbi(db);
      case "jooq" -> jooq(db);
      case "generated_copyfrom" -> copyFrom(db);
      default -> throw new IllegalArgumentException("unknown api: " + name);
    };
  }

  private static Api generatedSqlite(Database db) {
    var q = new io.sqlj.bench.gen.sqlite.Queries(db.connection);
    var rows = Workload.as(e -> new io.sqlj.bench.gen.sqlite.InsertEventsParams(e.userId(), e.kind(), e.amount()));
    return new Api() {
      @Override public Object get(long id) throws SQLException { return q.getUser(id); }
      @Override public Object list(long after) throws SQLException { return q.listUsers(after); }
      @Override public Object list1000(long after) throws SQLException { return q.listUsers1000(after); }
      @Override public long iter1000(long after) throws SQLException {
        try (var users = q.streamUsers(after)) {
          return users.mapToLong(u -> u.score()).sum();
        }
      }
      @Override public void insert(long u, String k, long a) throws SQLException { q.insertEvent(u, k, a); }
      @Override public Object insertAll() throws SQLException { return q.insertEvents(rows); }
    };
  }

  private static Api generatedPostgres(Database db) {
    var q = new io.sqlj.bench.gen.postgresql.Queries(db.connection);
    var rows = Workload.as(e -> new io.sqlj.bench.gen.postgresql.InsertEventsParams(e.userId(), e.kind(), e.amount()));
    return new Api() {
      @Override public Object get(long id) throws SQLException { return q.getUser(id); }
      @Override public Object list(long after) throws SQLException { return q.listUsers(after); }
      @Override public Object list1000(long after) throws SQLException { return q.listUsers1000(after); }
      @Override public long iter1000(long after) throws SQLException {
        try (var users = q.streamUsers(after)) {
          return users.mapToLong(u -> u.score()).sum();
        }
      }
      @Override public void insert(long u, String k, long a) throws SQLException { q.insertEvent(u, k, a); }
      @Override public Object insertAll() throws SQLException { return q.insertEvents(rows); }
    };
  }

  /** Generated {@code :copyfrom} (PostgreSQL COPY); the other operations as {@code generated}. */
  private static Api copyFrom(Database db) {
    Api generated = generatedPostgres(db);
    var q = new io.sqlj.bench.gen.postgresql.Queries(db.connection);
    List<CopyEventsParams> rows = Workload.as(e -> new CopyEventsParams(e.userId(), e.kind(), e.amount()));
    return new Api() {
      @Override public Object get(long id) throws SQLException { return generated.get(id); }
      @Override public Object list(long after) throws SQLException { return generated.list(after); }
      @Override public Object list1000(long after) throws SQLException { return generated.list1000(after); }
      @Override public long iter1000(long after) throws SQLException { return generated.iter1000(after); }
      @Override public void insert(long u, String k, long a) throws SQLException { generated.insert(u, k, a); }
      @Override public Object insertAll() throws SQLException { return q.copyEvents(rows); }
    };
  }

  private static Api jdbc(Database db) {
    HandJdbc h = new HandJdbc(db.connection);
    return new Api() {
      @Override public Object get(long id) throws SQLException { return h.get(id); }
      @Override public Object list(long after) throws SQLException { return h.list(after); }
      @Override public Object list1000(long after) throws SQLException { return h.list1000(after); }
      @Override public long iter1000(long after) throws SQLException { return h.iter1000(after); }
      @Override public void insert(long u, String k, long a) throws SQLException { h.insert(u, k, a); }
      @Override public Object insertAll() throws SQLException { return h.insertAll(Workload.EVENTS); }
    };
  }

  /** JDBI at its fastest: one open handle, positional binds, a lambda row mapper (no reflection). */
  private static Api jdbi(Database db) {
    Handle handle = Jdbi.open(db.connection);
    org.jdbi.v3.core.mapper.RowMapper<User> user =
        (rs, ctx) -> new User(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4));
    return new Api() {
      @Override public Object get(long id) {
        return handle.createQuery(HandJdbc.GET).bind(0, id).map(user).findOne().orElse(null);
      }
      @Override public Object list(long after) {
        return handle.createQuery(HandJdbc.LIST).bind(0, after).map(user).list();
      }
      @Override public Object list1000(long after) {
        return handle.createQuery(HandJdbc.LIST_1000).bind(0, after).map(user).list();
      }
      @Override public long iter1000(long after) {
        try (var users = handle.createQuery(HandJdbc.LIST_1000).bind(0, after).map(user).stream()) {
          return users.mapToLong(User::score).sum();
        }
      }
      @Override public void insert(long u, String k, long a) {
        handle.createUpdate(HandJdbc.INSERT).bind(0, u).bind(1, k).bind(2, a).execute();
      }
      @Override public Object insertAll() {
        PreparedBatch batch = handle.prepareBatch(HandJdbc.INSERT);
        for (Event e : Workload.EVENTS) {
          batch.bind(0, e.userId()).bind(1, e.kind()).bind(2, e.amount()).add();
        }
        return batch.execute();
      }
    };
  }

  /** jOOQ's plain-SQL API, execute logging off (its fastest configuration). */
  private static Api jooq(Database db) {
    DSLContext ctx = DSL.using(db.connection, db.postgres ? SQLDialect.POSTGRES : SQLDialect.SQLITE,
        new Settings().withExecuteLogging(false));
    org.jooq.RecordMapper<Record, User> user = r -> new User(r.get(0, Long.class), r.get(1, String.class),
        r.get(2, String.class), r.get(3, Long.class));
    return new Api() {
      @Override public Object get(long id) { return ctx.resultQuery(HandJdbc.GET, id).fetchOne(user); }
      @Override public Object list(long after) { return ctx.resultQuery(HandJdbc.LIST, after).fetch(user); }
      @Override public Object list1000(long after) { return ctx.resultQuery(HandJdbc.LIST_1000, after).fetch(user); }
      @Override public long iter1000(long after) {
        try (var users = ctx.resultQuery(HandJdbc.LIST_1000, after).fetchStream()) {
          return users.mapToLong(r -> r.get(3, Long.class)).sum();
        }
      }
      @Override public void insert(long u, String k, long a) { ctx.execute(HandJdbc.INSERT, u, k, a); }
      @Override public Object insertAll() {
        BatchBindStep batch = ctx.batch(HandJdbc.INSERT);
        for (Event e : Workload.EVENTS) {
          batch = batch.bind(e.userId(), e.kind(), e.amount());
        }
        return batch.execute();
      }
    };
  }
}
