package io.sqlj.core.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code engines:}. */
final class EnginesReader {

    static final List<String> ENGINE_KEYS = List.of("name", "process", "env", "timeout");
    static final List<String> PROCESS_KEYS = List.of("cmd");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Values values;
    private final Reporter reporter;
    private final Set<String> broken = new HashSet<>();

    EnginesReader(Values values, Reporter reporter) {
        this.values = values;
        this.reporter = reporter;
    }

    List<EngineDef> read(Node node, Set<String> bundled) {
        List<EngineDef> engines = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<Node> items = values.list(node, "engines").orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            Optional<EngineDef> engine = engine(items.get(i), "engines[" + i + "]");
            if (engine.isEmpty()) {
                continue;
            }
            if (!names.add(engine.get().name())) {
                reporter.error(
                        engine.get().location(), "engine \"" + engine.get().name() + "\" is declared twice");
                broken.add(engine.get().name());
            } else {
                engines.add(engine.get());
            }
        }
        engines.removeIf(e -> broken.contains(e.name()));
        return engines;
    }

    /**
     * The names of the engines {@link #read} found declared with an error (or twice): not in its
     * list, and the blocks that use them are skipped without an "unknown engine" error of their own.
     */
    Set<String> broken() {
        return Set.copyOf(broken);
    }

    private Optional<EngineDef> engine(Node node, String path) {
        int errors = reporter.errorCount();
        Optional<YamlMap> map = YamlMap.of(node, path, ENGINE_KEYS, reporter);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        YamlMap m = map.get();
        Optional<String> name = m.require("name").flatMap(n -> values.string(n, m.child("name")));
        name.filter(String::isBlank).ifPresent(n -> reporter.error(m.get("name").get(), "engine name is empty"));
        Optional<List<String>> cmd = m.require("process").flatMap(p -> process(p, m.child("process")));
        List<String> env = m.get("env").map(e -> env(e, m.child("env"))).orElse(List.of());
        Duration timeout =
                m.get("timeout").flatMap(t -> timeout(t, m.child("timeout"))).orElse(EngineDef.DEFAULT_TIMEOUT);
        if (reporter.errorCount() > errors) {
            name.filter(n -> !n.isBlank()).ifPresent(broken::add);
        }
        if (name.isEmpty() || name.get().isBlank() || cmd.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EngineDef(name.get(), cmd.get(), env, timeout, reporter.at(node)));
    }

    private Optional<List<String>> process(Node node, String path) {
        Optional<YamlMap> map = YamlMap.of(node, path, PROCESS_KEYS, reporter);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        Optional<Node> cmdNode = map.get().require("cmd");
        Optional<String> line = cmdNode.flatMap(c -> values.string(c, path + ".cmd"));
        if (line.isEmpty()) {
            return Optional.empty();
        }
        try {
            List<String> argv = ShellWords.split(line.get());
            if (argv.isEmpty()) {
                reporter.error(cmdNode.get(), path + ".cmd is empty; name the engine's executable");
                return Optional.empty();
            }
            return Optional.of(argv);
        } catch (IllegalArgumentException e) {
            reporter.error(cmdNode.get(), String.valueOf(e.getMessage()));
            return Optional.empty();
        }
    }

    private List<String> env(Node node, String path) {
        List<String> names = new ArrayList<>();
        List<Node> items = values.list(node, path).orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            values.string(item, path + "[" + i + "]").ifPresent(name -> {
                if (ENV_NAME.matcher(name).matches()) {
                    names.add(name);
                } else {
                    reporter.error(item, "not a valid environment variable name: \"" + name + "\"");
                }
            });
        }
        return names;
    }

    private Optional<Duration> timeout(Node node, String path) {
        Optional<String> text = values.string(node, path);
        Optional<Duration> duration = text.flatMap(Durations::parse);
        if (text.isPresent() && duration.isEmpty()) {
            reporter.error(
                    node,
                    "invalid timeout \"" + text.get()
                            + "\": write a positive number with a unit, such as \"30s\", \"2m\" or \"500ms\"");
        }
        return duration;
    }
}
