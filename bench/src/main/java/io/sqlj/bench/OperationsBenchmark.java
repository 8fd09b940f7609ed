package io.sqlj.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Point select, a 100-row list, a 1,000-row list and stream, an insert and a 1,000-row batch insert, through each {@link Apis
 * variant} against each database. Run it with the commands in docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OperationsBenchmark {

  @Param({"sqlite", "postgresql"})
  public String db;

  @Param({"generated", "jdbc", "jdbi", "jooq"})
  public String api;

  private Database database;
  private Api calls;
  private long next;

  @Setup(Level.Trial)
  public void open() throws Exception {
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
    database = Database.open(db);
    calls = Apis.of(api, database);
  }

  @Setup(Level.Iteration)
  public void clear() throws Exception {
    database.clearEvents();
  }

  @TearDown(Level.Trial)
  public void close() throws Exception {
    database.close();
  }

  @Benchmark
  public Object pointSelect() throws Exception {
    return calls.get(next++ % Database.USERS + 1);
  }

  @Benchmark
  public Object list100() throws Exception {
    return calls.list(next++ % (Database.USERS - 100));
  }

  @Benchmark
  public Object list1000() throws Exception {
    return calls.list1000(next++ % (Database.USERS - 1000));
  }

  @Benchmark
  public long iter1000() throws Exception {
    return calls.iter1000(next++ % (Database.USERS - 1000));
  }

  @Benchmark
  public void insert() throws Exception {
    long n = next++;
    calls.insert(n % Database.USERS + 1, "click", n);
  }

  @Benchmark
  public Object batchInsert1000() throws Exception {
    return calls.insertAll();
  }
}
