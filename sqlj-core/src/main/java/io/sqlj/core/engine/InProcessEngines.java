package io.sqlj.core.engine;

import io.sqlj.engine.sdk.Engine;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The bundled engines that run on a thread of sqlj's JVM instead of a JVM of their own
 * (docs/decisions.md, "Bundled engines in sqlj's JVM"; docs/performance.md §1as): the command line
 * runs the SQLite engine so, which saves a second JVM's start, class loading and JIT. The engine
 * still gets the request's bytes on its stdin and answers with the response's bytes on its stdout,
 * through the engine SDK's own code ({@code EngineMain.runEmbedded}), and sqlj reads them as it reads
 * a process's ({@link EngineThread}): the same contract as an external engine's, the same messages.
 * Engines of sqlj.yaml, {@code sqlj engine check}, the language server and the Maven plugin start
 * processes; {@code SQLJ_ENGINE_PROCESS=1} makes the command line start them too.
 */
public final class InProcessEngines {

    /** The variable that makes every bundled engine a process of its own again: {@code SQLJ_ENGINE_PROCESS=1}. */
    public static final String PROCESS_ENV = "SQLJ_ENGINE_PROCESS";

    /** No engine in sqlj's JVM: every engine is a process. */
    public static final InProcessEngines NONE = new InProcessEngines(Map.of());

    private final Map<String, Function<Path, Engine>> engines;

    private InProcessEngines(Map<String, Function<Path, Engine>> engines) {
        this.engines = Map.copyOf(engines);
    }

    /**
     * @param engines bundled engine name → a new engine whose working folder (where it finds a
     *     relative path) is the given one, as a process started in that folder would have
     * @param env sqlj's environment: with {@code SQLJ_ENGINE_PROCESS=1}, {@link #NONE}
     */
    public static InProcessEngines of(Map<String, Function<Path, Engine>> engines, Map<String, String> env) {
        return "1".equals(env.get(PROCESS_ENV)) ? NONE : new InProcessEngines(engines);
    }

    /** How to make {@code engine} in this JVM: only a bundled engine this set names. */
    Optional<Function<Path, Engine>> factory(EngineSpec engine) {
        return engine.bundled() ? Optional.ofNullable(engines.get(engine.name())) : Optional.empty();
    }
}
