package io.sqlj.it;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Programs outside Java that some tests need (node, python3): found on PATH, or the test stops. */
final class Tools {

    record Result(int exit, String output) {}

    private Tools() {}

    /**
     * Stops the test when {@code program} is not on PATH: a skip on a developer's machine, a
     * failure in CI ({@code CI=true}), where .ci/run installs it.
     */
    static void require(String program, String why) {
        if (onPath(program)) {
            return;
        }
        String message = program + " is not on PATH: " + why + " (.ci/run installs it)";
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        assumeTrue(false, message);
    }

    static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** Runs a command in {@code dir}, stdout and stderr together. */
    static Result run(Path dir, long timeoutSeconds, List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not finish in " + timeoutSeconds + "s: " + output);
        }
        return new Result(process.exitValue(), output);
    }

    /** Runs the {@code ./sqlj} launcher of this checkout. */
    static Result sqlj(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Sqlite.root().resolve("sqlj").toString());
        command.addAll(List.of(args));
        return run(Sqlite.root(), 300, command);
    }
}
