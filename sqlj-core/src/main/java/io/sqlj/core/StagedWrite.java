package io.sqlj.core;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The write phase of {@link OutputWriter}, all or nothing, and recoverable after a crash.
 *
 * <p>A run makes a staging folder {@code .sqlj-staging-<pid>-*} in the config's folder, writes an
 * {@code owner} file (its process id and start time, against reused ids), then every new file, then a {@code
 * journal} that lists each step it is about to take. Each step moves the file it replaces or
 * removes into the staging folder (the backup) and the new one into place. When all steps are
 * done it writes {@code committed} and deletes the folder. When a step fails, the journal is
 * played backwards at once; when the process dies (kill -9, power loss), the next run plays it
 * backwards before it plans anything ({@link #recover}). A backup is there exactly when its step
 * moved the old file away, and a staged file is gone exactly when its step moved it into place,
 * so the journal alone says what to undo. A staging folder without a journal never touched the
 * out folders and is deleted; so is one with {@code committed}.
 */
final class StagedWrite {

    /** The file operations the write makes; a seam so tests can make any of them fail or crash. */
    interface Disk {
        void write(Path file, byte[] bytes) throws IOException;

        void move(Path from, Path to) throws IOException;
    }

    /** The real disk: atomic moves where the file system can, replacing the target. */
    static final Disk FILES = new Disk() {
        @Override
        public void write(Path file, byte[] bytes) throws IOException {
            Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }

        @Override
        public void move(Path from, Path to) throws IOException {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    };

    static final String PREFIX = ".sqlj-staging-";
    static final String OWNER = "owner";
    private static final String JOURNAL = "journal";
    private static final String COMMITTED = "committed";
    private static final String JOURNAL_HEADER = "sqlj-journal 1";

    /** Staging folders this process is using right now. */
    private static final Set<Path> ACTIVE = ConcurrentHashMap.newKeySet();

    /** A failed write; every file was put back unless {@link #restored} says otherwise. */
    static final class Failed extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient @Nullable Path path;
        private final boolean restored;

        Failed(@Nullable Path path, Exception cause, boolean restored) {
            super(String.valueOf(cause), cause);
            this.path = path;
            this.restored = restored;
        }

        /** The file being written or removed when it failed; null while staging. */
        @Nullable
        Path path() {
            return path;
        }

        boolean restored() {
            return restored;
        }
    }

    /** One journal line: a file written (with the backup of the one it replaced) or removed. */
    private record Step(
            boolean removal,
            @Nullable String staged,
            @Nullable String backup,
            Path target) {}

    private StagedWrite() {}

    /**
     * Writes {@code toWrite} (contents from {@code files}) and removes {@code toRemove}. Throws,
     * having put every file back where it can, when a step fails.
     */
    static void run(Path configDir, Map<Path, String> files, List<Path> toWrite, List<Path> toRemove, Disk disk)
            throws IOException {
        run(configDir, files, toWrite, toRemove, disk, null);
    }

    /**
     * {@link #run(Path, Map, List, List, Disk)} in the staging folder {@code early} made and already
     * holds some of the files in (with its owner file), when it is not null.
     */
    static void run(
            Path configDir,
            Map<Path, String> files,
            List<Path> toWrite,
            List<Path> toRemove,
            Disk disk,
            EarlyStaging.@Nullable Staged early)
            throws IOException {
        Path staging = early != null ? early.folder() : open(configDir);
        Path current = null;
        try {
            List<Step> steps = stage(configDir, staging, files, toWrite, toRemove, disk, early);
            try {
                Set<Path> folders = new java.util.HashSet<>(); // made (or found) already: once per folder
                for (Step step : steps) {
                    if (!step.removal() && folders.add(step.target().getParent())) {
                        Files.createDirectories(step.target().getParent());
                    }
                    current = step.target();
                    if (step.backup() != null) {
                        disk.move(step.target(), staging.resolve(step.backup()));
                    }
                    if (!step.removal()) {
                        disk.move(staging.resolve(step.staged()), step.target());
                    }
                }
                disk.write(staging.resolve(COMMITTED), new byte[0]);
            } catch (IOException | RuntimeException e) {
                boolean restored = rollBack(configDir, staging);
                if (restored) {
                    deleteTree(staging);
                }
                throw new Failed(current, e, restored);
            }
            deleteTree(staging);
        } finally {
            release(staging);
        }
    }

    /** Makes a staging folder in {@code configDir}, marked as this process's own. */
    static Path open(Path configDir) throws IOException {
        Files.createDirectories(configDir);
        // The name carries the process id, so a folder is never without an owner, even before the owner file.
        Path staging = Files.createTempDirectory(
                configDir, PREFIX + ProcessHandle.current().pid() + "-");
        ACTIVE.add(staging);
        return staging;
    }

    /** This process no longer uses {@code staging} (it is gone, or left for the next run to roll back). */
    static void release(Path staging) {
        ACTIVE.remove(staging);
    }

    /** Writes the owner, every new file and the journal; on failure deletes the folder and throws. */
    private static List<Step> stage(
            Path configDir,
            Path staging,
            Map<Path, String> files,
            List<Path> toWrite,
            List<Path> toRemove,
            Disk disk,
            EarlyStaging.@Nullable Staged early)
            throws Failed {
        try {
            if (early == null) {
                disk.write(staging.resolve(OWNER), owner().getBytes(StandardCharsets.UTF_8));
            }
            List<Step> steps = new ArrayList<>();
            int counter = 0;
            for (Path target : toWrite) {
                String contents = files.get(target);
                if (contents == null) {
                    throw new IllegalArgumentException("no contents for " + target);
                }
                String staged = early == null ? null : early.staged(target, contents);
                if (staged == null) {
                    staged = Integer.toString(counter++);
                    disk.write(staging.resolve(staged), contents.getBytes(StandardCharsets.UTF_8));
                }
                String backup = Files.exists(target, LinkOption.NOFOLLOW_LINKS) ? Integer.toString(counter++) : null;
                steps.add(new Step(false, staged, backup, target));
            }
            for (Path stale : toRemove) {
                steps.add(new Step(true, null, Integer.toString(counter++), stale));
            }
            Path draft = staging.resolve(JOURNAL + ".tmp");
            disk.write(draft, journal(configDir, steps).getBytes(StandardCharsets.UTF_8));
            disk.move(draft, staging.resolve(JOURNAL));
            return steps;
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw new Failed(null, e, true);
        }
    }

    private static String journal(Path configDir, List<Step> steps) {
        StringBuilder text = new StringBuilder(JOURNAL_HEADER).append('\n');
        for (Path dir : missingFolders(steps)) {
            text.append("dir\t").append(encode(configDir, dir)).append('\n');
        }
        for (Step step : steps) {
            String target = encode(configDir, step.target());
            if (step.removal()) {
                text.append("remove\t")
                        .append(step.backup())
                        .append('\t')
                        .append(target)
                        .append('\n');
            } else {
                text.append("write\t")
                        .append(step.staged())
                        .append('\t')
                        .append(step.backup() == null ? "-" : step.backup())
                        .append('\t')
                        .append(target)
                        .append('\n');
            }
        }
        return text.toString();
    }

    /** The folders the steps will create, parents first: rolling back removes them again. */
    private static List<Path> missingFolders(List<Step> steps) {
        Set<Path> missing = new LinkedHashSet<>();
        Set<Path> asked = new java.util.HashSet<>(); // each folder is looked at once, not once per file
        for (Step step : steps) {
            List<Path> chain = new ArrayList<>();
            for (Path dir = step.target().getParent();
                    dir != null && asked.add(dir) && !Files.exists(dir, LinkOption.NOFOLLOW_LINKS);
                    dir = dir.getParent()) {
                chain.add(0, dir);
            }
            missing.addAll(chain);
        }
        return List.copyOf(missing);
    }

    /**
     * Finishes what interrupted runs left in {@code configDir}: plays back every journal whose
     * process is gone and deletes its staging folder. Folders a live process owns are left alone.
     *
     * @return one message per run rolled back, or that could not be
     */
    static List<Diagnostic> recover(Path configDir) {
        List<Diagnostic> found = new ArrayList<>();
        for (Path staging : leftovers(configDir)) {
            if (Files.exists(staging.resolve(COMMITTED)) || !Files.exists(staging.resolve(JOURNAL))) {
                deleteTree(staging); // finished, or stopped before it touched the out folders
            } else if (rollBack(configDir, staging)) {
                deleteTree(staging);
                found.add(new Diagnostic(
                        Diagnostic.Severity.WARNING,
                        staging.getFileName().toString(),
                        0,
                        0,
                        "an interrupted sqlj run was" + " rolled back: its files were put back as they were before it",
                        ""));
            } else {
                found.add(Diagnostic.error(
                        staging.getFileName().toString(),
                        0,
                        0,
                        "an interrupted sqlj run could not be"
                                + " rolled back; the files it replaced are in this folder, listed in its journal"));
            }
        }
        return found;
    }

    /** Staging folders of runs that died part way through their moves (for {@code verify}). */
    static List<Path> interrupted(Path configDir) {
        return leftovers(configDir).stream()
                .filter(s -> Files.exists(s.resolve(JOURNAL)) && !Files.exists(s.resolve(COMMITTED)))
                .toList();
    }

    /** Staging folders in {@code configDir} whose run is over. */
    private static List<Path> leftovers(Path configDir) {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(configDir)) {
            return found;
        }
        try (Stream<Path> list = Files.list(configDir)) {
            list.filter(p -> p.getFileName().toString().startsWith(PREFIX))
                    .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !alive(p))
                    .sorted()
                    .forEach(found::add);
        } catch (IOException | RuntimeException e) {
            // An unreadable config folder fails later, with the file that cannot be read.
        }
        return found;
    }

    static String owner() {
        ProcessHandle self = ProcessHandle.current();
        return self.pid() + " "
                + self.info().startInstant().map(Instant::toString).orElse("-") + "\n";
    }

    /** Whether the run that made {@code staging} may still be using it. */
    private static boolean alive(Path staging) {
        try {
            Path owner = staging.resolve(OWNER);
            String[] fields = Files.exists(owner)
                    ? Files.readString(owner, StandardCharsets.UTF_8).strip().split(" ")
                    : new String[] {
                        staging.getFileName()
                                .toString()
                                .substring(PREFIX.length())
                                .split("-")[0]
                    };
            long pid = Long.parseLong(fields[0]);
            if (pid == ProcessHandle.current().pid()) {
                return ACTIVE.contains(staging);
            }
            Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            String started = process.flatMap(p -> p.info().startInstant())
                    .map(Instant::toString)
                    .orElse("-");
            return process.isPresent() && (fields.length < 2 || fields[1].equals(started));
        } catch (IOException | RuntimeException e) {
            return false; // not named or owned as sqlj names its folders: no live run of this sqlj uses it
        }
    }

    /** Undoes the steps of {@code staging}'s journal that were done, last first; returns whether all could be. */
    private static boolean rollBack(Path configDir, Path staging) {
        List<String> lines;
        try {
            lines = Files.readAllLines(staging.resolve(JOURNAL), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return false;
        }
        if (lines.isEmpty() || !lines.get(0).equals(JOURNAL_HEADER)) {
            return false;
        }
        boolean ok = true;
        List<Path> folders = new ArrayList<>();
        for (int i = lines.size() - 1; i >= 1; i--) {
            String[] f = lines.get(i).split("\t", -1);
            try {
                switch (f[0]) {
                    case "dir" -> folders.add(decode(configDir, f[1]));
                    case "remove" -> putBack(staging.resolve(f[1]), decode(configDir, f[2]));
                    case "write" -> {
                        Path target = decode(configDir, f[3]);
                        if (!f[2].equals("-") && Files.exists(staging.resolve(f[2]), LinkOption.NOFOLLOW_LINKS)) {
                            putBack(staging.resolve(f[2]), target);
                        } else if (f[2].equals("-")
                                && !Files.exists(staging.resolve(f[1]), LinkOption.NOFOLLOW_LINKS)) {
                            Files.deleteIfExists(target); // the new file had moved into place
                        }
                    }
                    default -> ok = false;
                }
            } catch (IOException | RuntimeException e) {
                ok = false;
            }
        }
        for (Path dir : folders) { // deepest first: the journal lists parents first
            try {
                Files.deleteIfExists(dir);
            } catch (IOException e) {
                // Not empty: something else was put there since; it stays.
            }
        }
        return ok;
    }

    private static void putBack(Path backup, Path target) throws IOException {
        if (Files.exists(backup, LinkOption.NOFOLLOW_LINKS)) {
            FILES.move(backup, target);
        }
    }

    private static String encode(Path configDir, Path path) {
        String rel =
                configDir.toAbsolutePath().relativize(path.toAbsolutePath()).toString();
        return URLEncoder.encode(rel.replace(path.getFileSystem().getSeparator(), "/"), StandardCharsets.UTF_8);
    }

    private static Path decode(Path configDir, String text) {
        return configDir
                .toAbsolutePath()
                .resolve(URLDecoder.decode(text, StandardCharsets.UTF_8))
                .normalize();
    }

    static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // Best effort: the next run deletes a leftover staging folder whose owner is gone.
                }
            });
        } catch (IOException | RuntimeException e) {
            // Same as above.
        }
    }
}
