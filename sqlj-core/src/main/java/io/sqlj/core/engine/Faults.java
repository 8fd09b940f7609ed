package io.sqlj.core.engine;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Words for the ways an engine process can fail, told apart as protoc does. */
final class Faults {

    static final int STDERR_TAIL_LINES = 20;

    private static final boolean WINDOWS =
            System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

    private Faults() {}

    /** The message for a call that did not exit 0, or empty when it did. */
    static Optional<String> describe(EngineSpec engine, ProcessCall.Outcome outcome, String during) {
        String who = "engine \"" + engine.name() + "\" ";
        String message;
        switch (outcome.kind()) {
            case NOT_STARTED -> message = who + "could not be started " + during + ": " + outcome.startError();
            case TOO_MUCH_OUTPUT ->
                message = who + "printed more than " + ProcessCall.STDOUT_LIMIT / (1024 * 1024) + " MB on stdout "
                        + during + ", so sqlj stopped it; a response is far smaller, so the engine is broken";
            case TIMED_OUT ->
                message = who + "timed out after " + format(engine.timeout()) + " " + during
                        + (engine.bundled() ? "" : "; raise its timeout under engines: if it needs longer");
            default -> {
                int status = outcome.exitCode();
                if (status == 0) {
                    return Optional.empty();
                }
                message = !WINDOWS && status > 128
                        ? who + "was killed by signal " + (status - 128) + " " + during
                        : who + "failed with status " + status + " " + during;
            }
        }
        return Optional.of(message + tail(outcome.stderr()));
    }

    /** The last lines of stderr, indented under the message. */
    static String tail(String stderr) {
        if (stderr.isBlank()) {
            return "";
        }
        List<String> lines = Arrays.asList(stderr.strip().split("\r?\n"));
        List<String> last = lines.subList(Math.max(0, lines.size() - STDERR_TAIL_LINES), lines.size());
        StringBuilder out = new StringBuilder("; its stderr ends with:");
        last.forEach(line -> out.append("\n    ").append(line));
        return out.toString();
    }

    static String format(Duration d) {
        long ms = d.toMillis();
        if (ms % 60_000 == 0) {
            return ms / 60_000 + "m";
        }
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }
}
