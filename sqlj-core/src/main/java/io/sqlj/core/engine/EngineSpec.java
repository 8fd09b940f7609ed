package io.sqlj.core.engine;

import io.sqlj.core.config.EngineDef;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to start one engine.
 *
 * @param argv the command: program then arguments; sqlj appends {@code info}, {@code parse} or
 *     {@code parse-batch}
 * @param env names of the variables passed through besides {@code PATH} and {@code SQLJ_VERSION}
 * @param bundled the argv comes ready from the launcher (not from sqlj.yaml), so its program is
 *     not looked up in the config's folder
 */
public record EngineSpec(String name, List<String> argv, List<String> env, Duration timeout, boolean bundled) {

    public EngineSpec {
        Objects.requireNonNull(name, "name");
        argv = List.copyOf(argv);
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("empty argv for engine " + name);
        }
        env = List.copyOf(env);
        Objects.requireNonNull(timeout, "timeout");
    }

    /** An engine declared under {@code engines:} in sqlj.yaml. */
    public static EngineSpec of(EngineDef def) {
        return new EngineSpec(def.name(), def.cmd(), def.env(), def.timeout(), false);
    }

    /** A bundled engine whose full argv the launcher provides. */
    public static EngineSpec bundled(String name, List<String> argv) {
        return new EngineSpec(name, argv, List.of(), EngineDef.DEFAULT_TIMEOUT, true);
    }
}
