package io.sqlj.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * For {@code generate}: the staging folder of {@link StagedWrite}, filled while codegen still
 * renders. Creating a file is the costly part of the write step (on ext4, ~0.5 ms of kernel time
 * each; docs/performance.md §1n), so each generated file is written into the run's private staging
 * folder by a writer thread as soon as its generator hands it over ({@link
 * io.sqlj.core.codegen.FileSink}), and the write step later moves the staged files instead of
 * writing them. Nothing else changes: the write step plans, checks and journals exactly as without
 * it, and uses a staged file only when it holds exactly the contents the run's result has for its
 * path; every other file it writes itself.
 *
 * <p>Creating is what costs, not filling: while the engine resolves, the writer makes empty files
 * in the staging folder ({@link #reserve}), which the files are later written into.
 *
 * <p>Only files whose path is free on disk are staged early (an existing file may be unchanged, and
 * then staging it would be wasted). The staging folder is created on the first such file, with its
 * {@code owner} file first, as {@link StagedWrite} makes it; {@link #close} deletes it unless the
 * write step took it over ({@link OutputWriter#write(PipelineResult, EarlyStaging)}): a run with
 * errors, or one that writes nothing, leaves nothing behind. A process killed while staging leaves
 * a folder without a journal, which the next run deletes. {@code compile}, {@code verify} and
 * {@code diff} never get one, so they never create a staging folder or a file.
 */
public final class EarlyStaging implements AutoCloseable {

    /** A staged file: the contents it holds, and its name in the staging folder once written. */
    private static final class Entry {
        final String contents;
        volatile @Nullable String name;
        /** Two files were offered for one path (an error of the run): neither is used. */
        volatile boolean twice;

        Entry(String contents) {
            this.contents = contents;
        }
    }

    private final Timings timings;
    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong busyNanos = new AtomicLong();
    private volatile @Nullable Path configDir;
    /** The run's out folders: each file is staged at its path below its own ({@link StagedWrite#stagedName}). */
    private volatile Set<Path> outDirs = Set.of();

    private volatile boolean stopped;
    /** Written by the writer thread only (and read after it ended). */
    private @Nullable Path folder;

    private int counter;
    /** Folders of out found missing (writer thread only): the files in them need no look. */
    private final Map<Path, Boolean> missingFolders = new java.util.HashMap<>();

    /**
     * Whether {@code folder} was not there when the writer first looked (writer thread only). A
     * folder that appears later may hold a file at a path staged here: the write step's plan
     * decides, as it does for every staged file.
     */
    private boolean missing(@Nullable Path folder) {
        return folder != null
                && missingFolders.computeIfAbsent(folder, f -> !Files.exists(f, LinkOption.NOFOLLOW_LINKS));
    }

    /** The folders of the staging folder made already (writer thread only). */
    private final Set<Path> folders = new java.util.HashSet<>();
    /** Empty files made ahead in the staging folder, each filled by the next file staged (writer thread only). */
    private final java.util.ArrayDeque<String> placeholders = new java.util.ArrayDeque<>();
    /** Set by the first file offered: placeholders made from then on would only compete with it. */
    private volatile boolean offered;

    private @Nullable ExecutorService writer;
    private boolean handedOver;

    private EarlyStaging(Timings timings) {
        this.timings = timings;
    }

    /** Where the run's time goes ({@code SQLJ_TIMINGS}): the write step adds its phases too. */
    Timings timings() {
        return timings;
    }

    /** Creates nothing yet: the pipeline starts it once it knows the config's folder. */
    public static EarlyStaging create(Timings timings) {
        return new EarlyStaging(Objects.requireNonNull(timings, "timings"));
    }

    /** Stages the files offered from now on, for {@code outDirs}, in a staging folder in {@code configDir}. */
    synchronized void start(Path configDir, Set<Path> outDirs) {
        if (this.configDir == null && !stopped) {
            this.configDir = configDir;
            this.outDirs = Set.copyOf(outDirs);
            writer = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "sqlj-staging");
                t.setDaemon(true);
                return t;
            });
        }
    }

    /** Takes a generated file (absolute path, inside its out folder) from any thread; returns at once. */
    void offer(Path target, String contents) {
        offered = true;
        ExecutorService w;
        synchronized (this) {
            w = writer;
        }
        if (w == null || stopped) {
            return; // not started, finished or failed: the write step writes every file itself
        }
        Entry entry = new Entry(contents);
        Entry earlier = entries.putIfAbsent(target, entry);
        if (earlier != null) {
            earlier.twice = true; // two blocks generate it: an error of the run
            return;
        }
        try {
            w.execute(() -> stage(target, entry));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // finished or closed meanwhile: the write step writes this file itself
        }
    }

    /**
     * While the engine resolves (the sqlj process mostly waits then), makes up to {@code count}
     * empty files in the staging folder, which the files codegen hands over later are written into:
     * creating a file costs far more than filling one. Only for an out folder this config has not
     * written yet ({@code manifest} missing), where every file is new; it stops at the first file
     * offered, and the ones not used are deleted with the staging folder.
     */
    void reserve(Path manifest, int count) {
        ExecutorService w;
        synchronized (this) {
            w = writer;
        }
        if (w == null || stopped || offered || count <= 0) {
            return;
        }
        try {
            w.execute(() -> {
                if (!Files.exists(manifest, LinkOption.NOFOLLOW_LINKS)) {
                    reserveSome(w, count);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // finished or closed meanwhile
        }
    }

    /** A few placeholders at a time, so that files offered meanwhile are not held up. */
    private void reserveSome(ExecutorService w, int count) {
        long start = System.nanoTime();
        int left = count;
        try {
            for (int i = 0; i < 16 && left > 0 && !stopped && !offered; i++, left--) {
                Path staging = folder();
                String name = "e" + counter++;
                StagedWrite.FILES.write(staging.resolve(name), new byte[0]);
                placeholders.add(name);
            }
        } catch (IOException | RuntimeException e) {
            stopped = true;
            return;
        } finally {
            busyNanos.addAndGet(System.nanoTime() - start);
        }
        int rest = left;
        if (rest > 0 && !stopped && !offered) {
            try {
                w.execute(() -> reserveSome(w, rest));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // finished or closed meanwhile
            }
        }
    }

    /** The staging folder, made with its owner file on first use (writer thread only). */
    private Path folder() throws IOException {
        Path staging = folder;
        if (staging != null) {
            return staging;
        }
        Path dir = Objects.requireNonNull(configDir, "started");
        staging = StagedWrite.open(dir);
        try {
            StagedWrite.FILES.write(
                    staging.resolve(StagedWrite.OWNER), StagedWrite.owner().getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            StagedWrite.deleteTree(staging);
            StagedWrite.release(staging);
            throw e;
        }
        folder = staging;
        return staging;
    }

    /**
     * On the writer thread: writes the file at its path in its out folder's tree of the staging
     * folder ({@link StagedWrite#stagedName}), into an empty file made ahead and renamed there when
     * there is one.
     */
    private void stage(Path target, Entry entry) {
        Path dir = configDir;
        if (stopped || dir == null) {
            return;
        }
        long start = System.nanoTime();
        Path written = null;
        try {
            if (!missing(target.getParent()) && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                return; // may be unchanged: the plan decides, and the write step stages it if not
            }
            String want = StagedWrite.stagedName(outDirs, target);
            if (want == null) {
                return; // in no out folder: the run has an error
            }
            Path staging = folder();
            Path path = staging.resolve(want);
            if (folders.add(path.getParent())) {
                Files.createDirectories(path.getParent());
            }
            byte[] bytes = entry.contents.getBytes(StandardCharsets.UTF_8);
            String empty = placeholders.poll();
            if (empty == null) {
                written = path;
                StagedWrite.FILES.write(path, bytes);
            } else {
                written = staging.resolve(empty);
                Files.write(written, bytes, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                Files.move(written, path, java.nio.file.StandardCopyOption.ATOMIC_MOVE); // one rename(2)
                written = path;
            }
            entry.name = want;
        } catch (IOException | RuntimeException e) {
            stopped = true; // a full disk, an unwritable folder: the write step writes (and reports) as without it
            if (written != null && entry.name == null && !(e instanceof java.nio.file.FileAlreadyExistsException)) {
                try {
                    Files.deleteIfExists(written); // no half-written file in a tree: the write step writes it
                } catch (IOException again) {
                    // The write step then fails to stage it there, having changed nothing.
                }
            }
        } finally {
            busyNanos.addAndGet(System.nanoTime() - start);
        }
    }

    /**
     * What the writer staged, once it has written every file offered so far, for the write step
     * of a run of {@code configDir}, which then owns the folder (and deletes it, or keeps it with
     * its journal to be rolled back); empty when nothing usable was staged.
     */
    java.util.Optional<Staged> takeOver(Path configDir) {
        drain();
        Path staging = folder;
        if (staging == null || !configDir.equals(this.configDir)) {
            return java.util.Optional.empty();
        }
        synchronized (this) {
            handedOver = true;
        }
        return java.util.Optional.of(new Staged(staging, entries));
    }

    /** The staging folder taken over by the write step, and the file staged for each path. */
    static final class Staged {
        private final Path folder;
        private final Map<Path, Entry> entries;

        private Staged(Path folder, Map<Path, Entry> entries) {
            this.folder = folder;
            this.entries = entries;
        }

        Path folder() {
            return folder;
        }

        /**
         * The name (relative to the folder, {@code /}-separated) of the staged file holding exactly
         * {@code contents} for {@code target}, if one does.
         */
        @Nullable
        String staged(Path target, String contents) {
            Entry entry = entries.get(target);
            return entry != null && entry.name != null && !entry.twice && contents.equals(entry.contents)
                    ? entry.name
                    : null;
        }

        /** The names of every file staged, used or not. */
        List<String> names() {
            List<String> names = new ArrayList<>();
            for (Entry entry : entries.values()) {
                String name = entry.name;
                if (name != null) {
                    names.add(name);
                }
            }
            return names;
        }
    }

    /** Waits until the writer has written what was offered, and stops taking files. */
    private void drain() {
        ExecutorService w;
        synchronized (this) {
            w = writer;
            writer = null;
        }
        if (w == null) {
            return;
        }
        long start = System.nanoTime();
        w.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (w.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
                stopped = true; // the rest is skipped; what was staged is still usable
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        timings.addFigure("staging ahead: writer thread busy", busyNanos.get());
        timings.add("staging ahead: waiting for the writer", System.nanoTime() - start);
    }

    /** Stops staging, and deletes the staging folder unless the write step took it over. */
    @Override
    public void close() {
        stopped = true;
        drain();
        boolean keep;
        synchronized (this) {
            keep = handedOver;
        }
        Path staging = folder;
        if (staging != null && !keep) {
            StagedWrite.deleteTree(staging);
            StagedWrite.release(staging);
        }
    }
}
