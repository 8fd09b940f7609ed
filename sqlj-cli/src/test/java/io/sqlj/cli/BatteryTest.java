package io.sqlj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.protobuf.TextFormat;
import io.sqlj.core.SqljVersion;
import io.sqlj.engine.v1.ParseResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The battery: every folder under {@code src/test/resources/battery/} (but {@code _project} and
 * {@code _engines}) is a way to break a project. The small project in {@code _project} is
 * generated once; each case copies it with its generated output, lays its own files over it,
 * runs {@code sqlj} and checks the exit code, the exact messages in {@code expected.txt} (first
 * line {@code exit N}), and that every file of the project is byte for byte what it was.
 *
 * <p>In a case folder: {@code args} holds the command line (default {@code generate -f
 * $CONFIG}); {@code response.txtpb} is turned into {@code response.bin} for the {@code
 * respond.sh} engine; {@code @OUTSIDE@} in a file stands for a folder outside the project. In
 * the expected messages, {@code $DIR}, {@code $OUTSIDE} and {@code $VERSION} stand for the
 * project's folder, that outside folder and sqlj's version. Rewrite every {@code expected.txt}
 * with {@code mvn -pl sqlj-cli test -Dtest=BatteryTest -Dsqlj.updateGoldens=true}.
 */
class BatteryTest {

    static final Path BATTERY = Path.of("src/test/resources/battery");
    static final String PATH = "/usr/bin:/bin";
    static final boolean UPDATE = Boolean.getBoolean("sqlj.updateGoldens");

    /** What sqlj runs in: a fixed PATH, one variable the configs may list, and secrets they do not. */
    static final Map<String, String> ENV = Map.of(
            "PATH",
            PATH,
            "ALLOWED",
            "yes-this-one",
            "AWS_SECRET_ACCESS_KEY",
            "wJalrXUtnFEMI",
            "DATABASE_URL",
            "postgres://app:hunter2@db.internal/shop");

    @TempDir
    static Path work;

    static Path template;

    @BeforeAll
    static void generateTheProjectOnce() throws IOException {
        template = work.resolve("template");
        copyTree(BATTERY.resolve("_project"), template, "");
        copyTree(BATTERY.resolve("_engines"), template.resolve("engines"), "");
        Run first =
                sqlj(template, "generate", "-f", template.resolve("sqlj.yaml").toString());
        assertEquals(0, first.exit(), first.err());
        assertTrue(Files.exists(template.resolve("gen/com/example/db/Queries.java")), "the project generates");
        assertTrue(Files.exists(template.resolve("gen/com/example/db/Handwritten.java")), "a person's file stays");
    }

    @TestFactory
    Stream<DynamicTest> battery() throws IOException {
        List<Path> cases;
        try (Stream<Path> list = Files.list(BATTERY)) {
            cases = list.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith("_"))
                    .sorted()
                    .toList();
        }
        assertTrue(cases.size() >= 25, "the battery has its cases: " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> runCase(c)));
    }

    private static void runCase(Path caseDir) throws Exception {
        String name = caseDir.getFileName().toString();
        Path project = work.resolve("cases").resolve(name);
        Path outside = Files.createDirectories(work.resolve("outside").resolve(name));
        copyTree(template, project, "");
        copyTree(caseDir, project, outside.toString());
        Files.deleteIfExists(project.resolve("expected.txt"));
        Files.deleteIfExists(project.resolve("args"));
        Path textResponse = project.resolve("response.txtpb");
        if (Files.exists(textResponse)) {
            ParseResponse.Builder response = ParseResponse.newBuilder();
            TextFormat.merge(Files.readString(textResponse), response);
            Files.write(project.resolve("response.bin"), response.build().toByteArray());
        }
        Map<String, String> before = checksums(project);

        String[] args = args(caseDir, project);
        Run run = sqlj(project, args);
        String actual = ("exit " + run.exit() + "\n"
                        + (run.out().isEmpty() ? "" : "--- stdout\n" + run.out() + "--- stderr\n") + run.err())
                .replace(project.toString(), "$DIR")
                .replace(outside.toString(), "$OUTSIDE")
                .replace(SqljVersion.get(), "$VERSION");

        Path expectedFile = caseDir.resolve("expected.txt");
        if (UPDATE) {
            Files.writeString(expectedFile, actual);
        }
        String expected = Files.exists(expectedFile) ? Files.readString(expectedFile) : "(no expected.txt)";
        assertEquals(
                expected,
                actual,
                () -> "case " + name + " ended differently; if the new output is right,"
                        + " rewrite with: mvn -pl sqlj-cli test -Dtest=BatteryTest -Dsqlj.updateGoldens=true");
        assertTrue(run.exit() != 0, "a broken project must fail");
        assertEquals("", run.out(), "a failed run prints no summary");
        assertEquals(before, checksums(project), "case " + name + " changed the project");
        assertTrue(!actual.contains("Exception:") && !actual.contains("\tat "), "no stack trace: " + actual);
        for (String secret : new String[] {"hunter2", "wJalrXUtnFEMI"}) {
            assertTrue(!actual.contains(secret), "a secret leaked: " + actual);
        }
        noProcessSurvives(outside.resolve("pids"));
    }

    private static String[] args(Path caseDir, Path project) throws IOException {
        Path argsFile = caseDir.resolve("args");
        String line = Files.exists(argsFile) ? Files.readString(argsFile).strip() : "generate -f $CONFIG";
        return line.replace("$CONFIG", project.resolve("sqlj.yaml").toString()).split(" ");
    }

    /** The hanging engine records its pid and its child's; neither may outlive the run. */
    private static void noProcessSurvives(Path pids) throws IOException, InterruptedException {
        if (!Files.exists(pids)) {
            return;
        }
        for (String pid : Files.readAllLines(pids)) {
            long id = Long.parseLong(pid.strip());
            long deadline = System.nanoTime() + 5_000_000_000L; // a killed process takes a moment to go
            while (running(id) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            if (running(id)) {
                ProcessHandle.of(id).ifPresent(ProcessHandle::destroyForcibly);
                fail("engine process " + id + " outlived its timeout");
            }
        }
    }

    /** Alive and not a zombie waiting for a parent to reap it (the kill did its work then). */
    private static boolean running(long pid) {
        Optional<ProcessHandle> p = ProcessHandle.of(pid);
        if (p.isEmpty() || !p.get().isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return !stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException e) {
            return false;
        }
    }

    record Run(int exit, String out, String err) {}

    static Run sqlj(Path project, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = SqljCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true), ENV);
        return new Run(exit, out.toString(), err.toString());
    }

    /** SHA-256 of every file under the project, and every folder, by relative path. */
    static Map<String, String> checksums(Path root) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String rel = root.relativize(p).toString();
                sums.put(rel, Files.isDirectory(p) ? "dir" : sha256(Files.readAllBytes(p)));
            }
        }
        return sums;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies a tree; {@code .sh} files become executable; {@code @OUTSIDE@} in text is replaced. */
    static void copyTree(Path from, Path to, String outside) throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(all::add);
        }
        for (Path p : all) {
            Path target = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) {
                Files.createDirectories(target);
                continue;
            }
            byte[] bytes = Files.readAllBytes(p);
            String name = p.getFileName().toString();
            if (!outside.isEmpty() && (name.endsWith(".yaml") || name.endsWith(".sh"))) {
                bytes = new String(bytes, StandardCharsets.UTF_8)
                        .replace("@OUTSIDE@", outside)
                        .getBytes(StandardCharsets.UTF_8);
            }
            Files.write(target, bytes);
            if (name.endsWith(".sh")) {
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    static {
        if (!Files.isDirectory(BATTERY)) {
            throw new UncheckedIOException(
                    new IOException("run from the sqlj-cli folder: " + BATTERY.toAbsolutePath()));
        }
    }
}
