package io.sqlj.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Compares a pipeline result with the disk and decides what {@code generate} writes and removes;
 * {@code verify} reports the same plan. The rules (docs/security.md): sqlj writes only regular
 * files, never through a symbolic link inside an out folder; it overwrites only files that start
 * with {@link OutputWriter#HEADER} and that no other config's manifest lists; it removes only
 * files its own config's manifest lists.
 */
final class WritePlanner {

    /** The longest file name most file systems take (ext4, APFS, NTFS: 255 bytes or units). */
    static final int NAME_LIMIT = 255;

    private static final byte[] HEADER_BYTES = OutputWriter.HEADER.getBytes(StandardCharsets.UTF_8);

    private final PipelineResult result;
    private final List<Path> toWrite = new ArrayList<>();
    private final List<Path> unchanged = new ArrayList<>();
    private final Set<Path> created = new java.util.HashSet<>();
    private final Set<Path> toRemove = new TreeSet<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<Path, String> manifests = new TreeMap<>();
    /** File → "the config that lists it (in its manifest)", for files other configs generated. */
    private final Map<Path, String> othersFiles = new HashMap<>();
    /** (out, folder) → {@link #folderProblem}, computed once per folder. */
    private final Map<List<Path>, Optional<String>> folderProblems = new HashMap<>();
    /** Out folders, and folders below them, found missing while planning. */
    private final Set<Path> missing = new java.util.HashSet<>();

    /**
     * Whether this plan is for a run that writes: it then reports an interrupted run's journal (which
     * {@code generate} rolls back before it plans) and the names {@link #nameProblems} checks too.
     */
    private final boolean forWriting;

    private WritePlanner(PipelineResult result, boolean forWriting) {
        this.result = result;
        this.forWriting = forWriting;
    }

    static WritePlan plan(PipelineResult result) {
        return new WritePlanner(result, true).plan();
    }

    /**
     * The problems of the generated file names alone, which no disk state changes: a name longer
     * than file systems take, two paths that differ only in case. Every command reports them with
     * the run's other errors ({@link Pipeline}), {@code compile} too.
     */
    static List<Diagnostic> nameProblems(PipelineResult result) {
        WritePlanner planner = new WritePlanner(result, true);
        planner.checkCase();
        for (Path file : result.files().keySet()) {
            planner.outOf(file)
                    .flatMap(out -> planner.tooLong(out, file))
                    .ifPresent(problem -> planner.diagnostics.add(planner.error(file, problem)));
        }
        return planner.diagnostics;
    }

    /**
     * What the write step would refuse in {@code result}'s files (a file of the user's or a folder in
     * the way, a symbolic link, another config's file, out a file), for a run that already has
     * errors and so will not write: reported with those errors, so that fixing them does not reveal
     * these in a second round. Without {@link #nameProblems} and an interrupted run's journal.
     */
    static List<Diagnostic> diskProblems(PipelineResult result) {
        return new WritePlanner(result, false).plan().diagnostics();
    }

    private WritePlan plan() {
        for (Path staging : forWriting ? StagedWrite.interrupted(result.configDir()) : List.<Path>of()) {
            diagnostics.add(error(
                    staging,
                    "an interrupted sqlj run left its journal here; the out folders may hold"
                            + " old and new files mixed: run sqlj generate, which rolls it back first"));
        }
        List<Path> outs = new ArrayList<>();
        for (Path out : new TreeSet<>(result.outDirs())) {
            if (Files.exists(out) && !Files.isDirectory(out)) {
                diagnostics.add(error(out, "out is a file, not a folder; move it away or change out"));
            } else {
                outs.add(out);
                readOthers(out);
                if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                    missing.add(out);
                }
            }
        }
        if (forWriting) {
            checkCase();
        }
        for (Map.Entry<Path, String> file : result.files().entrySet()) {
            Optional<Path> out = outOf(file.getKey());
            if (out.isPresent() && outs.contains(out.get())) {
                planFile(out.get(), file.getKey(), file.getValue());
            }
        }
        for (Path out : outs) {
            planOut(out);
        }
        return new WritePlan(toWrite, unchanged, List.copyOf(toRemove), diagnostics, manifests, created);
    }

    private void planFile(Path out, Path path, String contents) {
        // One lstat tells whether the file is there, and what it is; none in a folder that is not
        // there (a first generate: each lstat of a missing file costs an exception in Java 17).
        Path parent = path.getParent();
        @Nullable BasicFileAttributes attributes = parent != null && missing(out, parent) ? null : attributes(path);
        Optional<String> problem = pathProblem(out, path, attributes);
        String owner = othersFiles.get(path);
        try {
            if (problem.isPresent()) {
                diagnostics.add(error(path, problem.get()));
            } else if (owner != null) {
                diagnostics.add(error(
                        path,
                        "this file belongs to " + owner + "; two configs cannot generate one file:"
                                + " give them different packages or out folders"));
            } else if (attributes == null) {
                toWrite.add(path);
                created.add(path);
            } else if (attributes.isDirectory()) {
                diagnostics.add(error(path, "a folder is in the way of a generated file"));
            } else if (!attributes.isRegularFile()) {
                diagnostics.add(error(
                        path,
                        "a special file (a FIFO, socket or device) is in the way of a generated file;"
                                + " sqlj reads and writes only regular files: move it away"));
            } else if (same(path, attributes.size(), contents)) {
                unchanged.add(path);
            } else if (!generated(path)) {
                diagnostics.add(error(
                        path,
                        "refusing to overwrite a file that sqlj did not generate" + " (its first line is not \""
                                + OutputWriter.HEADER + "\"); move it away or change out"));
            } else {
                toWrite.add(path);
            }
        } catch (IOException e) {
            diagnostics.add(error(path, "cannot read: " + e));
        }
    }

    /** Whether the file of {@code size} bytes holds {@code contents}; read only when the sizes match. */
    private static boolean same(Path path, long size, String contents) throws IOException {
        byte[] bytes = contents.getBytes(StandardCharsets.UTF_8);
        return size == bytes.length && Arrays.equals(Files.readAllBytes(path), bytes);
    }

    /** Whether {@code folder}, out or a folder below it, was found missing ({@link #folderProblem} looks once). */
    private boolean missing(Path out, Path folder) {
        if (!folder.equals(out)) {
            if (!folder.startsWith(out)) {
                return false;
            }
            folderProblem(out, folder);
        }
        return missing.contains(folder);
    }

    /** The file's own attributes (a link's, not its target's); null when it is not there or cannot be read. */
    private static @Nullable BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Why sqlj may not write {@code path}: a name too long for file systems, a symbolic link on
     * the way (it could lead out of {@code out}), or a file where a folder must be.
     */
    private Optional<String> pathProblem(Path out, Path path) {
        return pathProblem(out, path, attributes(path));
    }

    private Optional<String> pathProblem(Path out, Path path, @Nullable BasicFileAttributes attributes) {
        Path parent = path.getParent();
        if (parent != null && !parent.equals(out) && parent.startsWith(out)) {
            Optional<String> problem = folderProblem(out, parent);
            if (problem.isPresent()) {
                return problem;
            }
        }
        Path name = path.getFileName();
        if (forWriting && name != null && tooLong(name.toString()).isPresent()) {
            return tooLong(name.toString());
        }
        if (attributes != null && attributes.isSymbolicLink()) {
            return Optional.of(symbolicLink(path));
        }
        return Optional.empty();
    }

    /**
     * {@link #pathProblem} of a folder below {@code out} that must be a folder; asked once per
     * folder and plan, since every file of the folder asks (the disk does not change while planning).
     */
    private Optional<String> folderProblem(Path out, Path folder) {
        Optional<String> known = folderProblems.get(List.of(out, folder));
        if (known != null) {
            return known;
        }
        Optional<String> problem = Optional.empty();
        Path parent = folder.getParent();
        if (parent != null && !parent.equals(out) && parent.startsWith(out)) {
            problem = folderProblem(out, parent);
        }
        Path name = folder.getFileName();
        if (problem.isEmpty() && forWriting && name != null) {
            problem = tooLong(name.toString());
        }
        if (problem.isEmpty()) {
            @Nullable BasicFileAttributes attributes = attributes(folder);
            if (attributes == null) {
                missing.add(folder);
            } else if (attributes.isSymbolicLink()) {
                problem = Optional.of(symbolicLink(folder));
            } else if (!attributes.isDirectory()) {
                problem = Optional.of("a file is in the way of the folder " + display(folder) + "; move it away");
            }
        }
        folderProblems.put(List.of(out, folder), problem);
        return problem;
    }

    private String symbolicLink(Path at) {
        return display(at) + " is a symbolic link; sqlj does not write through links inside out"
                + " (they may lead out of it): replace it with a folder, or change out";
    }

    /** Why a name of {@code path} below {@code out} is too long for file systems, if one is. */
    private Optional<String> tooLong(Path out, Path path) {
        Path rel = out.relativize(path);
        for (int i = 0; i < rel.getNameCount(); i++) {
            Optional<String> problem = tooLong(rel.getName(i).toString());
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> tooLong(String name) {
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes <= NAME_LIMIT) {
            return Optional.empty();
        }
        return Optional.of(
                "the file name " + abbreviate(name) + " is " + bytes + " bytes long; file systems take at most "
                        + NAME_LIMIT + ": shorten the table, type or query name it comes from");
    }

    /** Two generated paths that differ only in case are one file on macOS and Windows: an error everywhere. */
    private void checkCase() {
        Map<String, Path> seen = new HashMap<>();
        for (Path path : result.files().keySet()) {
            Path other = seen.putIfAbsent(path.toString().toLowerCase(Locale.ROOT), path);
            if (other != null) {
                diagnostics.add(
                        error(
                                path,
                                "differs from " + display(other) + " only in case; on a case-insensitive file"
                                        + " system (macOS, Windows) they are one file: rename the query or type one of them comes from"));
            }
        }
    }

    /** Files other configs' manifests in {@code out} list. */
    private void readOthers(Path out) {
        Path own = Manifest.path(out, result.configFile());
        try {
            for (Path path : Manifest.others(out, own)) {
                Optional<Manifest> manifest = Manifest.read(path);
                if (manifest.isEmpty()) {
                    continue;
                }
                String owner = manifest.get().config() + " (listed in " + display(path) + ")";
                for (String entry : manifest.get().files()) {
                    Manifest.resolve(out, entry).ifPresent(p -> othersFiles.putIfAbsent(p, owner));
                }
            }
        } catch (IOException e) {
            diagnostics.add(error(out, "cannot list the out folder: " + e));
        }
    }

    /** What to remove from {@code out}, and its manifest when it changes. */
    private void planOut(Path out) {
        Path manifestPath = Manifest.path(out, result.configFile());
        List<String> generated = new ArrayList<>();
        for (Path file : result.files().keySet()) {
            if (outOf(file).equals(Optional.of(out))) {
                generated.add(out.relativize(file)
                        .toString()
                        .replace(out.getFileSystem().getSeparator(), "/"));
            }
        }
        try {
            Optional<Manifest> previous = Manifest.read(manifestPath);
            if (previous.isPresent()) {
                for (String entry : previous.get().files()) {
                    Manifest.resolve(out, entry).ifPresent(this::removeIfStale);
                }
            } else {
                legacyStale(out);
            }
            String text = new Manifest(Manifest.configName(out, result.configFile()), generated).render();
            boolean same = previous.isPresent()
                    && Files.readString(manifestPath, StandardCharsets.UTF_8).equals(text);
            if (!same && (previous.isPresent() || !generated.isEmpty())) {
                Optional<String> problem = pathProblem(out, manifestPath);
                if (problem.isPresent()) {
                    diagnostics.add(error(manifestPath, problem.get()));
                } else if (Files.exists(manifestPath, LinkOption.NOFOLLOW_LINKS)
                        && !Files.isRegularFile(manifestPath, LinkOption.NOFOLLOW_LINKS)) {
                    diagnostics.add(error(manifestPath, "sqlj's manifest is not a regular file; move it away"));
                } else {
                    manifests.put(manifestPath, text);
                    if (previous.isEmpty() && !Files.exists(manifestPath, LinkOption.NOFOLLOW_LINKS)) {
                        created.add(manifestPath);
                    }
                }
            }
        } catch (IOException e) {
            diagnostics.add(error(manifestPath, "cannot read sqlj's manifest: " + e));
        }
    }

    private void removeIfStale(Path path) {
        if (result.files().containsKey(path) || othersFiles.containsKey(path)) {
            return;
        }
        Optional<Path> out = outOf(path);
        try {
            if (out.isPresent()
                    && pathProblem(out.get(), path).isEmpty()
                    && Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
                    && generated(path)) {
                toRemove.add(path);
            }
        } catch (IOException e) {
            diagnostics.add(error(path, "cannot read: " + e));
        }
    }

    /**
     * An out folder without this config's manifest was written by a sqlj before manifests (or
     * never): the stale files are then the generated files in the folders this run writes to that
     * no other config's manifest lists.
     */
    private void legacyStale(Path out) throws IOException {
        Set<Path> folders = new TreeSet<>();
        result.files().keySet().stream()
                .filter(f -> outOf(f).equals(Optional.of(out)))
                .forEach(f -> folders.add(f.getParent()));
        for (Path folder : folders) {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (Stream<Path> list = Files.list(folder)) {
                for (Path p : list.sorted().toList()) {
                    removeIfStale(p);
                }
            }
        }
    }

    /** The deepest out folder holding {@code path}. */
    private Optional<Path> outOf(Path path) {
        return result.outDirs().stream()
                .filter(out -> path.startsWith(out) && !path.equals(out))
                .max((a, b) -> Integer.compare(a.getNameCount(), b.getNameCount()));
    }

    /** Whether the file starts with the header, read without loading all of it. */
    static boolean generated(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return Arrays.equals(in.readNBytes(HEADER_BYTES.length), HEADER_BYTES);
        }
    }

    private static String abbreviate(String name) {
        return "\"" + (name.length() > 40 ? name.substring(0, 30) + "..." + name.substring(name.length() - 8) : name)
                + "\"";
    }

    private String display(Path path) {
        Path base = result.configDir().toAbsolutePath().normalize();
        Path abs = path.toAbsolutePath().normalize();
        return abs.startsWith(base)
                ? base.relativize(abs).toString().replace(abs.getFileSystem().getSeparator(), "/")
                : abs.toString();
    }

    private Diagnostic error(Path path, String message) {
        return Diagnostic.error(display(path), 0, 0, message);
    }
}
