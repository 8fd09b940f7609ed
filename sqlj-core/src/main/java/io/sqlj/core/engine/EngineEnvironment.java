package io.sqlj.core.engine;

import io.sqlj.core.SqljVersion;
import io.sqlj.core.Timings;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment an engine process gets, the same wherever it is started (a run, {@code sqlj
 * engine check}): {@code PATH}, {@code SQLJ_VERSION}, for a bundled engine {@code XDG_CACHE_HOME},
 * the timing switch when timings are on, the debug switch when sqlj's environment sets it, and
 * the variables the engine's {@code env:} names that sqlj's environment has; nothing else.
 */
public final class EngineEnvironment {

    /** The variable that moves the bundled engines' cache. */
    static final String CACHE_HOME = "XDG_CACHE_HOME";

    /**
     * The variable by which {@code sqlj engine check} lends the bundled PostgreSQL engine one
     * server for all its calls (a run folder of the engine's {@code EmbeddedPostgres}); each
     * session still gets a database of its own.
     */
    public static final String POSTGRES_SERVER = "SQLJ_POSTGRES_SERVER";

    /**
     * The switch that makes an engine built on the engine SDK print a crash's stack trace; its
     * one-line crash message names it, so sqlj passes it on when set (a bundled engine has no
     * {@code env:} to list it in).
     */
    static final String DEBUG = "SQLJ_ENGINE_DEBUG";

    private EngineEnvironment() {}

    /**
     * @param env sqlj's own environment
     * @param timings whether engines are asked to report their phases ({@link Timings#ENV})
     */
    static Map<String, String> of(EngineSpec engine, Map<String, String> env, boolean timings) {
        Map<String, String> environment = new LinkedHashMap<>();
        if (env.containsKey("PATH")) {
            environment.put("PATH", env.get("PATH"));
        }
        environment.put("SQLJ_VERSION", SqljVersion.get());
        // The bundled engines keep the database binaries they extract (or download) under
        // $XDG_CACHE_HOME/sqlj, else ~/.cache/sqlj (docs/postgresql.md).
        if (engine.bundled() && env.containsKey(CACHE_HOME)) {
            environment.put(CACHE_HOME, env.get(CACHE_HOME));
        }
        if (engine.bundled() && env.containsKey(POSTGRES_SERVER)) {
            environment.put(POSTGRES_SERVER, env.get(POSTGRES_SERVER));
        }
        if (timings) {
            environment.put(Timings.ENV, "1");
        }
        if ("1".equals(env.get(DEBUG))) {
            environment.put(DEBUG, "1");
        }
        for (String name : engine.env()) {
            if (env.containsKey(name)) {
                environment.put(name, env.get(name));
            }
        }
        return Map.copyOf(environment);
    }
}
