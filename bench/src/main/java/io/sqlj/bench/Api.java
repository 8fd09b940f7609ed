package io.sqlj.bench;

import java.sql.SQLException;

/**
 * The four operations measured, each way of calling the database behind the same door: one
 * interface call, monomorphic in every JMH fork, so the door costs every variant the same.
 */
interface Api {
  /** Point select by primary key. */
  Object get(long id) throws SQLException;

  /** 100 rows after {@code after}, in key order. */
  Object list(long after) throws SQLException;

  /** One row, one auto-committed statement. */
  void insert(long userId, String kind, long amount) throws SQLException;

  /** 1,000 rows after {@code after}, in key order, as a list (the row count is not known up front). */
  Object list1000(long after) throws SQLException;

  /** The same 1,000 rows streamed one by one and folded into a sum, none kept. */
  long iter1000(long after) throws SQLException;

  /** The 1,000 rows of {@link Workload#EVENTS}, as one JDBC batch. */
  Object insertAll() throws SQLException;
}
