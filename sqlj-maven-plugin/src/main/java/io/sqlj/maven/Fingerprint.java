package io.sqlj.maven;

import io.sqlj.core.SqljVersion;
import io.sqlj.core.config.CodegenDef;
import io.sqlj.core.config.Config;
import io.sqlj.core.config.EngineDef;
import io.sqlj.core.config.SqlBlock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the last successful run saw, as two SHA-256 hashes in one small file: one over every
 * input (the config, each schema and query file by path and bytes, the resolved settings, the
 * environment variables engines receive, the plugin's and engines' artifacts, the output
 * folder) and one over the files then in the output folder. When both match, generating again
 * would write the same files, so the goal can skip the engines entirely.
 */
final class Fingerprint {

    private final Path file;
    private final List<String> versions;
    private final Map<String, String> env;

    /**
     * @param file where the fingerprint is kept, under {@code target/}
     * @param versions the plugin's artifacts, as {@link BundledEngines#versions()}
     * @param env the environment the pipeline runs with
     */
    Fingerprint(Path file, List<String> versions, Map<String, String> env) {
        this.file = file;
        this.versions = List.copyOf(versions);
        this.env = Map.copyOf(env);
    }

    /**
     * The hash of every input of {@code config}, or empty when the inputs cannot be known without
     * running: a block that reads its schema from a live {@code database:} always generates.
     */
    Optional<String> inputs(Config config) {
        if (config.sql().stream().anyMatch(b -> b.database().isPresent())) {
            return Optional.empty();
        }
        Digest d = new Digest();
        d.text("sqlj-fingerprint 1").text(SqljVersion.get()).text(System.getProperty("java.version"));
        versions.forEach(d::text);
        d.file(config.file());
        for (EngineDef engine : config.engines()) {
            d.text(engine.name())
                    .text(String.join("\u0000", engine.cmd()))
                    .text(engine.timeout().toString());
            engine.env().forEach(name -> d.text(name).text(env.getOrDefault(name, "\u0000unset")));
        }
        for (SqlBlock block : config.sql()) {
            d.text("block " + block.index()).text(block.engine());
            block.schema().forEach(d::file);
            block.queries().forEach(d::file);
            d.text(new TreeMap<>(block.engineOptions()).toString());
            for (CodegenDef def : block.codegen()) {
                d.text(def.plugin())
                        .text(def.out().toString())
                        .text(def.options().toString());
            }
        }
        return Optional.of(d.hex());
    }

    /** Whether the last successful run had these inputs and left {@code out} as it is now. */
    boolean upToDate(String inputs, Path out) {
        try {
            return Files.isRegularFile(file) && Files.readString(file).equals(contents(inputs, out));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** Records a successful run; returns the problem when the file cannot be written. */
    Optional<String> remember(String inputs, Path out) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, contents(inputs, out));
            return Optional.empty();
        } catch (IOException | UncheckedIOException e) {
            return Optional.of("cannot write " + file + " (the next build will generate again): " + e);
        }
    }

    /** Drops the record before a run, so a failed run is never taken for a finished one. */
    void forget() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A fingerprint that stays behind no longer matches the outputs, which is checked too.
        }
    }

    private static String contents(String inputs, Path out) throws IOException {
        return "inputs " + inputs + "\noutputs " + outputs(out) + "\n";
    }

    /** Every regular file under {@code out}, by relative path and bytes. */
    private static String outputs(Path out) throws IOException {
        Digest d = new Digest();
        if (Files.isDirectory(out)) {
            try (Stream<Path> walk = Files.walk(out)) {
                for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                    d.text(out.relativize(p).toString()).bytes(Files.readAllBytes(p));
                }
            }
        }
        return d.hex();
    }

    /** SHA-256 over length-prefixed parts, so that no two different part lists hash alike. */
    private static final class Digest {
        private final MessageDigest sha;

        Digest() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
            }
        }

        Digest text(String s) {
            return bytes(s.getBytes(StandardCharsets.UTF_8));
        }

        Digest bytes(byte[] b) {
            sha.update(Long.toString(b.length).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) ':');
            sha.update(b);
            return this;
        }

        Digest file(Path p) {
            text(p.toString());
            try {
                return bytes(Files.readAllBytes(p));
            } catch (IOException e) {
                return text("\u0000unreadable " + e);
            }
        }

        String hex() {
            return HexFormat.of().formatHex(sha.digest());
        }
    }
}
