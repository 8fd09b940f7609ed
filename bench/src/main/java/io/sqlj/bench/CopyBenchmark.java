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

/** The 1,000-row insert on PostgreSQL: generated {@code :copyfrom} (COPY) against batches. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CopyBenchmark {

  @Param({"generated_copyfrom", "generated", "jdbc"})
  public String api;

  private Database database;
  private Api calls;

  @Setup(Level.Trial)
  public void open() throws Exception {
    database = Database.open("postgresql");
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
  public Object batchInsert1000() throws Exception {
    return calls.insertAll();
  }
}
