package io.sqlj.core.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code schema:} and {@code queries:}: a file, a folder (its {@code *.sql} files sorted by
 * name; a schema folder's in migration order, see {@link SchemaFolder}) or a list of them,
 * relative to the config's folder.
 */
final class SourceFiles {

    private final Path dir;
    private final Values values;
    private final Reporter reporter;

    SourceFiles(Path dir, Values values, Reporter reporter) {
        this.dir = dir;
        this.values = values;
        this.reporter = reporter;
    }

    /**
     * @param kind {@code schema} or {@code queries}, as the messages name it
     */
    List<Path> read(Node node, String path, String kind) {
        List<Node> items;
        if (node instanceof SequenceNode seq) {
            items = seq.getValue();
            if (items.isEmpty()) {
                reporter.error(node, path + " is an empty list; name at least one file or folder");
            }
        } else if (node instanceof org.yaml.snakeyaml.nodes.ScalarNode && !Values.isNull(node)) {
            items = List.of(node);
        } else {
            reporter.error(node, "expected a list or a string for " + path + ", found " + Values.describe(node));
            return List.of();
        }
        Set<Path> files = new LinkedHashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = node instanceof SequenceNode ? path + "[" + i + "]" : path;
            Node item = items.get(i);
            values.string(item, itemPath).ifPresent(name -> files.addAll(expand(item, name, kind)));
        }
        return new ArrayList<>(files);
    }

    private List<Path> expand(Node at, String name, String kind) {
        String noun = kind.equals("schema") ? "schema" : "query";
        Path target = dir.resolve(name).normalize();
        if (!Files.exists(target) && isGlob(name)) {
            return glob(at, name, kind);
        }
        if (Files.isRegularFile(target)) {
            return List.of(target);
        }
        if (!Files.isDirectory(target)) {
            reporter.error(at, noun + " file \"" + name + "\" not found");
            return List.of();
        }
        Optional<List<Path>> sql = sqlFilesIn(target);
        if (sql.isEmpty()) {
            reporter.error(at, "cannot list " + noun + " folder \"" + name + "\"");
            return List.of();
        }
        if (sql.get().isEmpty()) {
            reporter.error(at, noun + " folder \"" + name + "\" has no .sql files");
            return List.of();
        }
        if (!kind.equals("schema")) {
            return sql.get();
        }
        List<Path> applied = SchemaFolder.applied(sql.get());
        if (applied.isEmpty()) {
            reporter.error(
                    at,
                    "schema folder \"" + name + "\" has only down or undo scripts (such as "
                            + sql.get().get(0).getFileName() + "); sqlj applies up migrations only");
        }
        return applied;
    }

    private static boolean isGlob(String name) {
        return name.contains("*") || name.contains("?") || name.contains("[");
    }

    /**
     * A pattern such as {@code sql/*_schema.sql} (sqlc's {@code filepath.Glob}): the files it
     * matches, sorted by path; each matched folder stands for its files as a named folder does.
     */
    private List<Path> glob(Node at, String pattern, String kind) {
        // Matched against paths relative to the config's folder, which never start with ./ (sqlc's
        // Go cleans "./migrations/*.up.sql" the same way)
        String unixPattern = withoutDotSegments(pattern.replace('\\', '/'));
        int firstWild = indexOfWild(unixPattern);
        int slash = unixPattern.lastIndexOf('/', firstWild);
        Path base =
                dir.resolve(slash < 0 ? "." : unixPattern.substring(0, slash)).normalize();
        java.nio.file.PathMatcher matcher = dir.getFileSystem().getPathMatcher("glob:" + unixPattern);
        List<Path> matched = new ArrayList<>();
        int depth = (int) unixPattern
                        .substring(slash + 1)
                        .chars()
                        .filter(c -> c == '/')
                        .count()
                + 1;
        try (Stream<Path> walk = Files.walk(base, depth)) {
            walk.filter(p -> matcher.matches(dir.relativize(p.normalize())))
                    .sorted(Comparator.comparing(p -> dir.relativize(p).toString()))
                    .forEach(matched::add);
        } catch (IOException e) {
            // the pattern's folder does not exist: no match, reported below
        }
        if (matched.isEmpty()) {
            reporter.error(
                    at,
                    "no file matches " + (kind.equals("schema") ? "schema" : "query") + " pattern \"" + pattern + "\"");
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        List<Path> plain = new ArrayList<>();
        for (Path p : matched) {
            if (Files.isDirectory(p)) {
                files.addAll(expand(at, dir.relativize(p).toString(), kind));
            } else if (p.getFileName().toString().endsWith(".sql")) {
                plain.add(p);
            }
        }
        // Matched schema files are read as a folder's are (sqlc too leaves out down migrations).
        files.addAll(kind.equals("schema") ? SchemaFolder.applied(plain) : plain);
        return files;
    }

    /** {@code ./a/./b/*.sql} as {@code a/b/*.sql}; {@code ..} segments stay, as relativized paths keep them. */
    private static String withoutDotSegments(String pattern) {
        String p = pattern;
        while (p.startsWith("./")) {
            p = p.substring(2).replaceFirst("^/+", "");
        }
        while (p.contains("/./")) {
            p = p.replace("/./", "/");
        }
        return p.replaceAll("/{2,}", "/");
    }

    private static int indexOfWild(String pattern) {
        int i = 0;
        while (i < pattern.length() && "*?[{".indexOf(pattern.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    private static Optional<List<Path>> sqlFilesIn(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return Optional.of(
                    children.filter(p -> p.getFileName().toString().endsWith(".sql") && Files.isRegularFile(p))
                            .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                            .toList());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
