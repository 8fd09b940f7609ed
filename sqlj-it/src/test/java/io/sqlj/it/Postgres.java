package io.sqlj.it;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway PostgreSQL server from the binaries on PATH ({@code initdb}, {@code pg_ctl}).
 * PostgreSQL refuses to run as root, so under root it runs as {@code nobody} via {@code runuser}.
 * Absent binaries make {@link #start()} return empty, and the tests that need it are skipped.
 */
final class Postgres implements AutoCloseable {

  private final Path dir;
  private final int port;

  private Postgres(Path dir, int port) {
    this.dir = dir;
    this.port = port;
  }

  static Optional<Postgres> start() throws IOException, InterruptedException {
    Optional<Path> initdb = onPath("initdb");
    if (initdb.isEmpty() || onPath("pg_ctl").isEmpty()) {
      return Optional.empty();
    }
    Path dir = Files.createTempDirectory("sqlj-pg", PosixFilePermissions.asFileAttribute(
        PosixFilePermissions.fromString("rwxrwxrwx")));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Postgres server = new Postgres(dir, port);
    server.run("initdb", "-D", dir.resolve("data").toString(), "-U", "postgres", "--auth=trust",
        "-E", "UTF8", "--no-sync");
    server.run("pg_ctl", "-D", dir.resolve("data").toString(), "-w", "-l",
        dir.resolve("log").toString(), "-o", "-p " + port + " -k " + dir + " -h 127.0.0.1", "start");
    return Optional.of(server);
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
  }

  @Override
  public void close() throws IOException {
    try {
      run("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "immediate", "stop");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while stopping PostgreSQL", e);
    }
  }

  private void run(String... command) throws IOException, InterruptedException {
    List<String> argv = new ArrayList<>();
    if ("root".equals(System.getProperty("user.name"))) {
      argv.addAll(List.of("runuser", "-u", "nobody", "--"));
    }
    argv.addAll(List.of(command));
    Process process = new ProcessBuilder(argv).redirectErrorStream(true)
        .redirectOutput(dir.resolve("command.log").toFile()).start();
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IOException(String.join(" ", argv) + " failed: "
          + Files.readString(dir.resolve("command.log")));
    }
  }

  private static Optional<Path> onPath(String program) {
    for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(folder, program);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
