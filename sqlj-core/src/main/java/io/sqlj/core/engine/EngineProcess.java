package io.sqlj.core.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One engine as a tool outside the pipeline sees it, such as the conformance kit: finds its
 * program as {@link EngineRunner} does, starts it with the same environment rules, and reports
 * every call's raw outcome plus the message the runner would show for a fault.
 */
public final class EngineProcess {

    /**
     * How one call ended.
     *
     * @param exited the process ran and exited by itself (not a timeout, not a failure to start)
     * @param exitCode its status; -1 unless {@code exited}
     * @param fault the runner's description when the call did not exit 0 ("failed with status 1;
     *     its stderr ends with: ..."), empty when it did
     */
    public record Reply(boolean exited, int exitCode, byte[] stdout, String stderr, Optional<String> fault) {
        public boolean ok() {
            return exited && exitCode == 0;
        }
    }

    private final EngineSpec spec;
    private final Path dir;
    private final Map<String, String> environment;
    private final CommandResolver.Resolution found;

    /**
     * @param dir the engine's working directory, and where a relative program is found
     * @param env the caller's environment: {@code PATH} and the variables {@code spec.env()} names
     *     are passed on, with {@code SQLJ_VERSION}; nothing else
     */
    public EngineProcess(EngineSpec spec, Path dir, Map<String, String> env) {
        this.spec = spec;
        this.dir = dir.toAbsolutePath().normalize();
        this.found = CommandResolver.resolve(spec.argv().get(0), spec.bundled(), this.dir, env.get("PATH"));
        this.environment = EngineEnvironment.of(spec, env, false);
    }

    public EngineSpec spec() {
        return spec;
    }

    /** Why the program cannot be run ("command ... not found; looked in ..."), or empty. */
    public Optional<String> problem() {
        if (found.program().isPresent()) {
            return Optional.empty();
        }
        return Optional.of(
                "command \"" + spec.argv().get(0) + "\" not found or not executable; looked in " + found.searched());
    }

    /** Runs {@code <cmd> verbs...} with {@code stdin} as its whole input. */
    public Reply call(byte[] stdin, String... verbs) {
        List<String> argv = new ArrayList<>(spec.argv());
        argv.set(0, found.program().map(Path::toString).orElse(argv.get(0)));
        argv.addAll(List.of(verbs));
        ProcessCall.Outcome outcome = ProcessCall.run(argv, stdin, environment, dir, spec.timeout());
        Optional<String> fault = Faults.describe(spec, outcome, "on \"" + String.join(" ", verbs) + "\"");
        return new Reply(
                outcome.kind() == ProcessCall.Kind.EXITED,
                outcome.exitCode(),
                outcome.stdout(),
                outcome.stderr(),
                fault);
    }
}
