package io.sqlj.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The write phase of {@link OutputWriter}, all or nothing. Every new file is first written to a
 * staging folder; then each file it replaces or removes is moved into the staging folder too,
 * and the new one moved into place. When any step fails, the steps done so far are undone in
 * reverse order, so the out folders hold exactly what they held before the run.
 */
final class StagedWrite {

  /** Moves one file; a seam so tests can make the move phase fail part way. */
  @FunctionalInterface
  interface Mover {
    void move(Path from, Path to) throws IOException;
  }

  /** The normal move: atomic where the file system can, replacing the target. */
  static final Mover FILES = (from, to) -> {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  };

  /** One step done: a file moved into place (with its backup, if it replaced one) or a file removed. */
  private record Step(Path target, Path backup, List<Path> createdDirs, boolean removal) {}

  /** A failed write; every file was put back unless {@link #restored} says otherwise. */
  static final class Failed extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path path;
    private final boolean restored;

    Failed(Path path, Exception cause, boolean restored) {
      super(String.valueOf(cause), cause);
      this.path = path;
      this.restored = restored;
    }

    /** The file being written or removed when it failed; null while staging. */
    Path path() {
      return path;
    }

    boolean restored() {
      return restored;
    }
  }

  private final Path staging;
  private final Mover mover;
  private final List<Step> done = new ArrayList<>();
  private int counter;
  private Path current;

  private StagedWrite(Path staging, Mover mover) {
    this.staging = staging;
    this.mover = mover;
  }

  /**
   * Writes {@code toWrite} (contents from {@code files}) and removes {@code toRemove}. Throws,
   * having put every file back where it can, when a step fails.
   */
  static void run(Path configDir, Map<Path, String> files, List<Path> toWrite, List<Path> toRemove, Mover mover)
      throws IOException {
    Files.createDirectories(configDir);
    Path staging = Files.createTempDirectory(configDir, ".sqlj-staging-");
    StagedWrite write = new StagedWrite(staging, mover);
    boolean clean = true;
    try {
      List<Path> staged = new ArrayList<>();
      for (Path target : toWrite) {
        staged.add(Files.writeString(write.next(), files.get(target), StandardCharsets.UTF_8));
      }
      try {
        for (int i = 0; i < toWrite.size(); i++) {
          write.place(staged.get(i), toWrite.get(i));
        }
        for (Path stale : toRemove) {
          write.remove(stale);
        }
      } catch (IOException | RuntimeException e) {
        clean = write.undo();
        throw new Failed(write.current, e, clean);
      }
    } finally {
      if (clean) {
        deleteTree(staging);
      }
    }
  }

  private Path next() {
    return staging.resolve(Integer.toString(counter++));
  }

  private void place(Path staged, Path target) throws IOException {
    current = target;
    List<Path> created = createParents(target);
    Path backup = null;
    if (Files.exists(target)) {
      backup = next();
      mover.move(target, backup);
    }
    done.add(new Step(target, backup, created, false));
    mover.move(staged, target);
  }

  private void remove(Path stale) throws IOException {
    current = stale;
    Path backup = next();
    mover.move(stale, backup);
    done.add(new Step(stale, backup, List.of(), true));
  }

  /** Puts every file back; returns whether all of them could be. */
  private boolean undo() {
    boolean ok = true;
    for (int i = done.size() - 1; i >= 0; i--) {
      Step step = done.get(i);
      try {
        if (step.backup() != null) {
          FILES.move(step.backup(), step.target());
        } else {
          Files.deleteIfExists(step.target());
        }
        for (Path dir : step.createdDirs()) {
          Files.deleteIfExists(dir);
        }
      } catch (IOException | RuntimeException e) {
        ok = false;
      }
    }
    return ok;
  }

  /** Creates the target's missing parent folders; returns them, deepest first. */
  private static List<Path> createParents(Path target) throws IOException {
    List<Path> missing = new ArrayList<>();
    for (Path dir = target.getParent(); dir != null && !Files.exists(dir); dir = dir.getParent()) {
      missing.add(dir);
    }
    Files.createDirectories(target.getParent());
    return missing;
  }

  static void deleteTree(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // Best effort: a leftover staging folder is harmless and named .sqlj-staging-*.
        }
      });
    } catch (IOException | RuntimeException e) {
      // Same as above.
    }
  }
}
