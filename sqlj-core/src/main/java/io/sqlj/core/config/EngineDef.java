package io.sqlj.core.config;

import io.sqlj.core.Location;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * An external engine declared under {@code engines:}.
 *
 * @param cmd the {@code process.cmd} split like a shell would: program then arguments
 * @param env names of environment variables passed through to the engine
 * @param timeout how long one engine call may take before it is killed
 */
public record EngineDef(String name, List<String> cmd, List<String> env, Duration timeout, Location location) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    public EngineDef {
        Objects.requireNonNull(name, "name");
        cmd = List.copyOf(cmd);
        env = List.copyOf(env);
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(location, "location");
    }
}
