package io.sqlj.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The list of files one config generated into one out folder, kept in that folder as {@code
 * .sqlj-manifest-<id>}: the id is a hash of the config's path seen from the out folder, so two
 * configs writing into the same folder keep two manifests, and a config removes only files its
 * own manifest lists (docs/security.md). The first line names the config for people; the rest
 * are paths relative to the out folder, {@code /}-separated, sorted.
 *
 * @param config the config's path relative to the out folder, {@code /}-separated
 * @param files the generated files, relative to the out folder
 */
record Manifest(String config, List<String> files) {

    static final String PREFIX = ".sqlj-manifest-";
    private static final String FIRST = "# sqlj: files generated into this folder by ";
    private static final String REST = "; sqlj removes only files listed here. Do not edit.";

    Manifest {
        files = List.copyOf(files);
    }

    /** The manifest of {@code configFile} in {@code out}: its file, and the config as it names it. */
    static Path path(Path out, Path configFile) {
        return out.resolve(PREFIX + id(configName(out, configFile)));
    }

    static String configName(Path out, Path configFile) {
        Path from = out.toAbsolutePath().normalize();
        Path to = configFile.toAbsolutePath().normalize();
        return from.relativize(to).toString().replace(from.getFileSystem().getSeparator(), "/");
    }

    private static String id(String configName) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(configName.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String render() {
        StringBuilder text =
                new StringBuilder(FIRST).append(config).append(REST).append('\n');
        files.forEach(f -> text.append(f).append('\n'));
        return text.toString();
    }

    /** Reads a manifest; empty when there is none or it is not one (then it owns nothing). */
    static Optional<Manifest> read(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).startsWith(FIRST) || !lines.get(0).endsWith(REST)) {
            return Optional.empty();
        }
        String config = lines.get(0).substring(FIRST.length(), lines.get(0).length() - REST.length());
        return Optional.of(new Manifest(
                config,
                lines.subList(1, lines.size()).stream()
                        .filter(l -> !l.isBlank())
                        .toList()));
    }

    /** Every manifest in {@code out} but {@code own}. */
    static List<Path> others(Path out, Path own) throws IOException {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            return found;
        }
        try (Stream<Path> list = Files.list(out)) {
            list.filter(p -> p.getFileName().toString().startsWith(PREFIX) && !p.equals(own))
                    .sorted()
                    .forEach(found::add);
        }
        return found;
    }

    /**
     * A listed file as a path inside {@code out}; empty for an entry that would leave it (a
     * manifest is data on disk, and may have been edited).
     */
    static Optional<Path> resolve(Path out, String entry) {
        if (entry.isBlank() || entry.startsWith("/") || entry.contains("\\") || entry.contains(":")) {
            return Optional.empty();
        }
        Path p = out.resolve(entry).normalize();
        return p.startsWith(out) && !p.equals(out) ? Optional.of(p) : Optional.empty();
    }
}
