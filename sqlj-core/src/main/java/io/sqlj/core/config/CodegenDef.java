package io.sqlj.core.config;

import io.sqlj.core.Location;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of a block's {@code codegen:}.
 *
 * @param plugin the generator's name, such as {@code java}
 * @param out the output folder, absolute
 * @param options the plugin's {@code options:} as parsed YAML (String, Number, Boolean, List,
 *     Map), in the order written
 * @param optionLocations where each top-level option key is written
 */
public record CodegenDef(
        String plugin,
        Path out,
        Map<String, Object> options,
        Map<String, Location> optionLocations,
        Location location) {

    public CodegenDef {
        Objects.requireNonNull(plugin, "plugin");
        Objects.requireNonNull(out, "out");
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        optionLocations = Map.copyOf(optionLocations);
        Objects.requireNonNull(location, "location");
    }

    /** This entry writing into {@code newOut} (absolute) instead of its own {@code out}. */
    public CodegenDef withOut(Path newOut) {
        return new CodegenDef(plugin, newOut, options, optionLocations, location);
    }

    /** Where option {@code key} is written, or the codegen entry itself when it is not. */
    public Location locationOf(String key) {
        return optionLocations.getOrDefault(key, location);
    }
}
