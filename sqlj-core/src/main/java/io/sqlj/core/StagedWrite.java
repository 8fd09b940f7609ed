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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
 *
 * <p>Each new file is staged at its path below its out folder, in a folder of the staging folder
 * for that out folder ({@link #tree}). A folder of out that is missing (out itself on a first
 * generate) is then moved into place with one rename, all its files with it, instead of file by
 * file (docs/performance.md §1x): the journal still lists every file, whose staged copy is gone
 * once the folder moved, so rolling back removes exactly those files and the folders the run made,
 * and nothing another process put there meanwhile. Where the rename cannot be made (the staging
 * folder is on another file system than out), the files are moved one by one. A folder or file the
 * plan found missing that is there by the time it is moved fails the write with {@link
 * Failed#appeared}, having changed nothing, so that it is planned again.
 */
final class StagedWrite {

    /** The file operations the write makes; a seam so tests can make any of them fail or crash. */
    interface Disk {
        void write(Path file, byte[] bytes) throws IOException;

        void move(Path from, Path to) throws IOException;

        /**
         * Moves the folder {@code from} to {@code to}, which is not there, in one step; throws {@link
         * AtomicMoveNotSupportedException} when that cannot be done (another file system), and then
         * the write moves its files one by one.
         */
        default void moveFolder(Path from, Path to) throws IOException {
            move(from, to);
        }
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

        @Override
        public void moveFolder(Path from, Path to) throws IOException {
            // One rename(2); never a copy: across file systems the files are moved one by one.
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
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

        /** The file or folder being written or removed when it failed; null while staging. */
        @Nullable
        Path path() {
            return path;
        }

        boolean restored() {
            return restored;
        }

        /**
         * Whether it failed because a file or folder the plan found missing appeared before it was
         * written (another process writing into out): the write can be planned again.
         */
        boolean appeared() {
            return getCause() instanceof Appeared;
        }
    }

    /** A path the plan found missing is there now: the disk changed since the plan. */
    static final class Appeared extends IOException {
        private static final long serialVersionUID = 1L;

        Appeared(Path path) {
            super(path + " appeared while sqlj was writing");
        }
    }

    /** One journal line: a file written (with the backup of the one it replaced) or removed. */
    private record Step(
            boolean removal,
            @Nullable String staged,
            @Nullable String backup,
            Path target) {}

    /** The staged steps, and the folders that were missing when they were staged, parents first. */
    private record Staging(List<Step> steps, Set<Path> missing) {}

    private StagedWrite() {}

    /**
     * Writes {@code toWrite} (contents from {@code files}) and removes {@code toRemove}. Throws,
     * having put every file back where it can, when a step fails.
     *
     * @param outDirs the out folders: each file is staged at its path below its out folder, in the
     *     folder {@link #tree} names for it, so a folder missing in out is moved in with one rename
     * @param created the files of {@code toWrite} the plan found missing: when one of them, or its
     *     folder, is there by the time it is moved, the write is undone and fails with {@link
     *     Failed#appeared}
     * @param early the staging folder {@link EarlyStaging} made and already holds some of the files
     *     in (with its owner file); null to make one
     */
    static void run(
            Path configDir,
            Map<Path, String> files,
            List<Path> toWrite,
            List<Path> toRemove,
            Set<Path> outDirs,
            Set<Path> created,
            Disk disk,
            EarlyStaging.@Nullable Staged early,
            Timings timings)
            throws IOException {
        Path staging = early != null ? early.folder() : open(configDir);
        Path current = null;
        try {
            long start = System.nanoTime();
            Staging staged = stage(configDir, staging, files, toWrite, toRemove, outDirs, created, disk, early);
            long moving = System.nanoTime();
            timings.add("write: stage and journal", moving - start);
            try {
                Set<Path> folders = new HashSet<>(); // made (or found) already: once per folder
                // the steps themselves, not equal ones: no record hashCode (linked by invokedynamic
                // on its first call) or path hash per file
                Set<Step> moved = Collections.newSetFromMap(new IdentityHashMap<>());
                // Each folder missing in out, with every file below it, in one rename (docs/performance.md §1x).
                for (Map.Entry<Path, List<Step>> unit : units(staged, outDirs).entrySet()) {
                    Path folder = unit.getKey();
                    current = folder;
                    if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                        throw new Appeared(folder);
                    }
                    if (folders.add(folder.getParent())) {
                        Files.createDirectories(folder.getParent());
                    }
                    Step first = unit.getValue().get(0);
                    String dir = stagedFolder(first, folder);
                    try {
                        disk.moveFolder(staging.resolve(dir), folder);
                        moved.addAll(unit.getValue());
                        folders.add(folder);
                    } catch (AtomicMoveNotSupportedException e) {
                        // Another file system than the staging folder's: its files one by one, below.
                    }
                }
                for (Step step : staged.steps()) {
                    if (moved.contains(step)) {
                        continue;
                    }
                    if (!step.removal() && folders.add(step.target().getParent())) {
                        Files.createDirectories(step.target().getParent());
                    }
                    current = step.target();
                    if (step.backup() != null) {
                        disk.move(step.target(), staging.resolve(step.backup()));
                    } else if (!step.removal()
                            && created.contains(step.target())
                            && Files.exists(step.target(), LinkOption.NOFOLLOW_LINKS)) {
                        throw new Appeared(step.target());
                    }
                    if (!step.removal()) {
                        disk.move(staging.resolve(staged(step)), step.target());
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
            long cleaning = System.nanoTime();
            timings.add("write: moves", cleaning - moving);
            deleteTree(staging);
            timings.add("write: delete the staging folder", System.nanoTime() - cleaning);
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

    /**
     * The folder of a staging folder that holds the files staged for {@code out}, each at its path
     * below out: {@code t-} and a hash of out's path, so that two out folders never share one.
     */
    static String tree(Path out) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(out.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return "t-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Where {@code target} is staged, relative to the staging folder and {@code /}-separated: its
     * path below the deepest out folder holding it, in that folder's {@link #tree}; null when no out
     * folder holds it.
     */
    static @Nullable String stagedName(Set<Path> outDirs, Path target) {
        Path out = outOf(outDirs, target);
        if (out == null) {
            return null;
        }
        Map<Path, String> trees = TREES.get();
        String tree = trees.computeIfAbsent(out, StagedWrite::tree);
        return tree + "/"
                + out.relativize(target)
                        .toString()
                        .replace(target.getFileSystem().getSeparator(), "/");
    }

    /** A cache of {@link #tree} per thread (the writer thread and the write step each ask for every file). */
    private static final ThreadLocal<Map<Path, String>> TREES = ThreadLocal.withInitial(java.util.HashMap::new);

    /** The deepest out folder holding {@code path}, as the plan finds it. */
    static @Nullable Path outOf(Set<Path> outDirs, Path path) {
        Path found = null;
        for (Path out : outDirs) {
            if (path.startsWith(out)
                    && !path.equals(out)
                    && (found == null || out.getNameCount() > found.getNameCount())) {
                found = out;
            }
        }
        return found;
    }

    /** Writes the owner, every new file and the journal; on failure deletes the folder and throws. */
    private static Staging stage(
            Path configDir,
            Path staging,
            Map<Path, String> files,
            List<Path> toWrite,
            List<Path> toRemove,
            Set<Path> outDirs,
            Set<Path> created,
            Disk disk,
            EarlyStaging.@Nullable Staged early)
            throws Failed {
        try {
            if (early == null) {
                disk.write(staging.resolve(OWNER), owner().getBytes(StandardCharsets.UTF_8));
            }
            // The files staged early that this write does not use (not the result's contents, or a path
            // not written) go first: a staged tree must hold exactly the files that are written.
            Map<Path, String> used = new java.util.HashMap<>();
            if (early != null) {
                for (Path target : toWrite) {
                    String contents = files.get(target);
                    String name = contents == null ? null : early.staged(target, contents);
                    if (name != null) {
                        used.put(target, name);
                    }
                }
                Set<String> keep = new HashSet<>(used.values());
                for (String name : early.names()) {
                    if (!keep.contains(name)) {
                        Files.deleteIfExists(staging.resolve(name));
                    }
                }
            }
            Set<Path> missing = missingFolders(toWrite);
            List<Step> steps = new ArrayList<>();
            Set<Path> made = new HashSet<>(); // folders of the staging folder made already
            int counter = 0;
            for (Path target : toWrite) {
                String contents = files.get(target);
                if (contents == null) {
                    throw new IllegalArgumentException("no contents for " + target);
                }
                String want = stagedName(outDirs, target);
                if (want == null) {
                    want = Integer.toString(counter++);
                }
                Path wanted = staging.resolve(want);
                String name = used.get(target);
                if (name == null || !name.equals(want)) {
                    if (made.add(wanted.getParent())) {
                        Files.createDirectories(wanted.getParent());
                    }
                    if (name == null) {
                        disk.write(wanted, contents.getBytes(StandardCharsets.UTF_8));
                    } else {
                        Files.move(staging.resolve(name), wanted); // staged elsewhere: into its tree
                    }
                }
                // In a folder that is missing, the file cannot be there: no need to look.
                boolean there =
                        !missing.contains(target.getParent()) && Files.exists(target, LinkOption.NOFOLLOW_LINKS);
                if (there && created.contains(target)) {
                    throw new Appeared(target); // it would be replaced without the checks of the plan
                }
                String backup = there ? Integer.toString(counter++) : null;
                steps.add(new Step(false, want, backup, target));
            }
            for (Path stale : toRemove) {
                steps.add(new Step(true, null, Integer.toString(counter++), stale));
            }
            Path draft = staging.resolve(JOURNAL + ".tmp");
            disk.write(draft, journal(configDir, missing, steps).getBytes(StandardCharsets.UTF_8));
            disk.move(draft, staging.resolve(JOURNAL));
            return new Staging(steps, missing);
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw new Failed(null, e, true);
        }
    }

    /**
     * The steps each folder missing in an out folder takes in one rename, by folder, parents
     * first: the highest missing folder (out itself when it is missing) of every new file.
     */
    private static Map<Path, List<Step>> units(Staging staged, Set<Path> outDirs) {
        Map<Path, List<Step>> units =
                new TreeMap<>(Comparator.comparingInt(Path::getNameCount).thenComparing(Comparator.naturalOrder()));
        for (Step step : staged.steps()) {
            if (step.removal() || step.backup() != null) {
                continue;
            }
            Path out = outOf(outDirs, step.target());
            Path highest = null;
            for (Path dir = step.target().getParent();
                    out != null
                            && dir != null
                            && dir.startsWith(out)
                            && staged.missing().contains(dir);
                    dir = dir.getParent()) {
                highest = dir;
            }
            if (highest != null && stagedFolder(step, highest) != null) {
                units.computeIfAbsent(highest, f -> new ArrayList<>()).add(step);
            }
        }
        return units;
    }

    /** The folder of the staging folder that holds {@code step}'s file as {@code folder} holds its target. */
    private static @Nullable String stagedFolder(Step step, Path folder) {
        String staged = Objects.requireNonNull(step.staged(), "a write");
        int below = step.target().getNameCount() - folder.getNameCount(); // names of the target below folder
        int end = staged.length();
        for (int i = 0; i < below; i++) {
            end = staged.lastIndexOf('/', end - 1);
            if (end <= 0) {
                return null; // staged without its folders (no out folder): moved on its own
            }
        }
        return staged.substring(0, end);
    }

    private static String staged(Step step) {
        return Objects.requireNonNull(step.staged(), "a write");
    }

    private static String journal(Path configDir, Set<Path> missing, List<Step> steps) {
        StringBuilder text = new StringBuilder(JOURNAL_HEADER).append('\n');
        for (Path dir : missing) {
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
                        .append(URLEncoder.encode(staged(step), StandardCharsets.UTF_8))
                        .append('\t')
                        .append(step.backup() == null ? "-" : step.backup())
                        .append('\t')
                        .append(target)
                        .append('\n');
            }
        }
        return text.toString();
    }

    /** The folders the files' moves will create, parents first: rolling back removes them again. */
    private static Set<Path> missingFolders(List<Path> targets) {
        Set<Path> missing = new LinkedHashSet<>();
        Set<Path> asked = new HashSet<>(); // each folder is looked at once, not once per file
        for (Path target : targets) {
            List<Path> chain = new ArrayList<>();
            for (Path dir = target.getParent();
                    dir != null && asked.add(dir) && !Files.exists(dir, LinkOption.NOFOLLOW_LINKS);
                    dir = dir.getParent()) {
                chain.add(0, dir);
            }
            missing.addAll(chain);
        }
        return missing;
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
                                && !Files.exists(
                                        staging.resolve(URLDecoder.decode(f[1], StandardCharsets.UTF_8)),
                                        LinkOption.NOFOLLOW_LINKS)) {
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
