package io.sqlj.core.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs one engine process: writes its stdin, reads stdout and stderr on their own threads so no
 * pipe can fill up and block it, and kills it and its descendants when it takes too long.
 */
final class ProcessCall {

  enum Kind { EXITED, TIMED_OUT, TOO_MUCH_OUTPUT, NOT_STARTED }

  /** How a process ended. */
  record Outcome(Kind kind, int exitCode, byte[] stdout, String stderr, String startError) {}

  /** How much stderr is kept; enough for the tail a diagnostic shows. */
  private static final int STDERR_LIMIT = 64 * 1024;

  /**
   * The most stdout an answer may have. A batch response for thousands of queries is a few
   * megabytes; an engine printing more is broken, and is stopped before it fills the heap.
   */
  static final long STDOUT_LIMIT = 64L * 1024 * 1024;

  private ProcessCall() {}

  static Outcome run(List<String> argv, byte[] stdin, Map<String, String> environment, Path dir, Duration timeout) {
    ProcessBuilder builder = new ProcessBuilder(argv).directory(dir.toFile());
    builder.environment().clear();
    builder.environment().putAll(environment);
    Process process;
    try {
      process = builder.start();
    } catch (IOException | RuntimeException e) {
      return new Outcome(Kind.NOT_STARTED, -1, new byte[0], "", String.valueOf(e.getMessage()));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<Thread> threads = new ArrayList<>();
    AtomicBoolean overflow = new AtomicBoolean();
    threads.add(daemon(() -> {
      if (!bounded(process.getInputStream(), out, STDOUT_LIMIT)) {
        overflow.set(true);
        kill(process);
      }
    }, "sqlj-engine-stdout"));
    threads.add(daemon(() -> copy(process.getErrorStream(), err, STDERR_LIMIT), "sqlj-engine-stderr"));
    threads.add(daemon(() -> feed(process.getOutputStream(), stdin), "sqlj-engine-stdin"));
    boolean finished;
    try {
      finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      finished = false;
    }
    if (!finished) {
      kill(process);
    }
    for (Thread t : threads) {
      join(t);
    }
    String stderr = new String(err.toByteArray(), StandardCharsets.UTF_8);
    if (overflow.get()) {
      return new Outcome(Kind.TOO_MUCH_OUTPUT, -1, new byte[0], stderr, "");
    }
    if (!finished) {
      return new Outcome(Kind.TIMED_OUT, -1, out.toByteArray(), stderr, "");
    }
    return new Outcome(Kind.EXITED, process.exitValue(), out.toByteArray(), stderr, "");
  }

  /** Kills the process and every process it started, children first seen before any dies. */
  static void kill(Process process) {
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroyForcibly();
    descendants.forEach(ProcessHandle::destroyForcibly);
    // A child may have forked between the listing and the kill; its parent is gone now.
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Thread daemon(Runnable body, String name) {
    Thread t = new Thread(body, name);
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** Waits a bounded time: a grandchild that escaped the kill may keep a pipe open. */
  private static void join(Thread t) {
    try {
      t.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void feed(OutputStream stdin, byte[] bytes) {
    try (stdin) {
      stdin.write(bytes);
    } catch (IOException e) {
      // The engine exited or closed stdin without reading it all; its exit status tells why.
    }
  }

  /** Copies up to {@code limit} bytes; returns false, having stopped reading, when there were more. */
  private static boolean bounded(InputStream in, ByteArrayOutputStream sink, long limit) {
    byte[] buffer = new byte[8192];
    try (in) {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        if (sink.size() + (long) n > limit) {
          return false;
        }
        sink.write(buffer, 0, n);
      }
    } catch (IOException e) {
      // The stream closed under us when the process was killed; what was read is kept.
    }
    return true;
  }

  private static void copy(InputStream in, ByteArrayOutputStream sink, long limit) {
    byte[] buffer = new byte[8192];
    try (in) {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        synchronized (sink) {
          if (sink.size() >= limit) {
            sink.reset();
          }
          sink.write(buffer, 0, n);
        }
      }
    } catch (IOException e) {
      // The stream closed under us when the process was killed; what was read is kept.
    }
  }
}
