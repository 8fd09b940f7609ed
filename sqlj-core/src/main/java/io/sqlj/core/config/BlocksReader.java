package io.sqlj.core.config;

import io.sqlj.core.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads {@code sql:}, the blocks, and their {@code codegen:} entries. */
final class BlocksReader {

    static final List<String> BLOCK_KEYS =
            List.of("engine", "schema", "database", "queries", "engine_options", "placeholders", "codegen", "rules");
    static final List<String> DATABASE_KEYS = List.of("uri");
    static final List<String> CODEGEN_KEYS = List.of("plugin", "out", "options");

    private final Path dir;
    private final Values values;
    private final Reporter reporter;
    private final SourceFiles sources;
    private final Optional<Path> outOverride;

    BlocksReader(Path dir, Values values, Reporter reporter) {
        this(dir, values, reporter, Optional.empty());
    }

    /**
     * @param outOverride the folder that replaces every entry's {@code out} (the Maven plugin's
     *     outputDirectory, the command line's {@code --out}): with it, {@code out} may be left out
     */
    BlocksReader(Path dir, Values values, Reporter reporter, Optional<Path> outOverride) {
        this.outOverride = outOverride;
        this.dir = dir;
        this.values = values;
        this.reporter = reporter;
        this.sources = new SourceFiles(dir, values, reporter);
    }

    private Map<String, VetRule> rules = Map.of();
    private Set<String> brokenEngines = Set.of();
    private final Set<Integer> broken = new java.util.TreeSet<>();

    /** Engines declared with an error: a block that uses one is skipped without an error of its own. */
    BlocksReader withBrokenEngines(Set<String> names) {
        this.brokenEngines = Set.copyOf(names);
        return this;
    }

    /**
     * The indexes of the blocks {@link #read} returned whose own config has an error (in the block's
     * keys, engine, schema, database, queries, engine options or placeholders): such a block carries
     * only its query files, which the pipeline splits and checks. An error in a codegen entry leaves
     * that entry out; the block is still resolved, so its query and engine errors come in the run.
     */
    Set<Integer> broken() {
        return Set.copyOf(broken);
    }

    /** The config's {@code rules:}, which a block's {@code rules:} names. */
    BlocksReader withRules(Map<String, VetRule> definitions) {
        this.rules = definitions;
        return this;
    }

    List<SqlBlock> read(Node node, Set<String> engines) {
        List<Node> items = values.list(node, "sql").orElse(null);
        if (items == null) {
            return List.of();
        }
        if (items.isEmpty()) {
            reporter.error(node, "sql is an empty list; add at least one block");
        }
        List<SqlBlock> blocks = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            block(items.get(i), i, engines).ifPresent(blocks::add);
        }
        return blocks;
    }

    private Optional<SqlBlock> block(Node node, int index, Set<String> engines) {
        String path = "sql[" + index + "]";
        int errors = reporter.errorCount();
        Optional<YamlMap> map = YamlMap.of(node, path, BLOCK_KEYS, reporter);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        YamlMap m = map.get();
        Optional<Node> engineNode = m.require("engine");
        Optional<String> engine = engineNode.flatMap(e -> values.string(e, m.child("engine")));
        boolean brokenEngine = engine.isPresent() && brokenEngines.contains(engine.get());
        if (engine.isPresent() && !brokenEngine && !engines.contains(engine.get())) {
            reporter.error(
                    engineNode.get(),
                    "unknown engine \"" + engine.get() + "\" in " + path
                            + Suggestions.hint(
                                    engine.get(), engines.stream().sorted().toList()));
        }
        List<Path> schema = List.of();
        Optional<String> database = Optional.empty();
        if (m.has("schema") && m.has("database")) {
            reporter.error(
                    m.keyNode("database").get(), path + " has both \"schema\" and \"database\"; use one of them");
        } else if (m.has("database")) {
            database = database(m.get("database").get(), m.child("database"));
        } else if (m.has("schema")) {
            schema = sources.read(m.get("schema").get(), m.child("schema"), "schema");
        } else {
            reporter.error(m.node(), "missing required key \"schema\" (or \"database\") in " + path);
        }
        List<Path> queries = m.require("queries")
                .map(q -> sources.read(q, m.child("queries"), "queries"))
                .orElse(List.of());
        Map<String, String> engineOptions = m.get("engine_options")
                .map(o -> engineOptions(o, m.child("engine_options")))
                .orElse(Map.of());
        Map<String, String> placeholders = m.get("placeholders")
                .map(o -> engineOptions(o, m.child("placeholders")))
                .orElse(Map.of());
        boolean own = reporter.errorCount() > errors || brokenEngine || engine.isEmpty();
        List<CodegenDef> codegen =
                m.require("codegen").map(c -> codegen(c, m.child("codegen"))).orElse(List.of());
        List<VetRule> blockRules = RulesReader.block(m, values, reporter, rules);
        if (own) {
            broken.add(index);
            codegen = List.of();
            blockRules = List.of();
        }
        return Optional.of(new SqlBlock(
                index,
                engine.orElse(""),
                engineNode.map(reporter::at).orElseGet(() -> reporter.at(node)),
                schema,
                database,
                queries,
                engineOptions,
                codegen,
                reporter.at(node),
                placeholders,
                blockRules));
    }

    private Optional<String> database(Node node, String path) {
        return YamlMap.of(node, path, DATABASE_KEYS, reporter)
                .flatMap(m -> m.require("uri"))
                .flatMap(uri -> values.string(uri, path + ".uri"));
    }

    private Map<String, String> engineOptions(Node node, String path) {
        if (!(node instanceof MappingNode mapping)) {
            reporter.error(node, "expected a mapping for " + path + ", found " + Values.describe(node));
            return Map.of();
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (NodeTuple t : YamlMap.entries(mapping)) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                reporter.error(t.getKeyNode(), "keys must be plain words in " + path);
            } else if (!(t.getValueNode() instanceof ScalarNode value) || Values.isNull(value)) {
                reporter.error(
                        t.getValueNode(),
                        "expected a string, number or boolean for " + path + "." + key.getValue() + ", found "
                                + Values.describe(t.getValueNode()));
            } else if (options.containsKey(key.getValue())) {
                reporter.error(key, "duplicate key \"" + key.getValue() + "\" in " + path);
            } else {
                values.expand(value).ifPresent(v -> options.put(key.getValue(), v));
            }
        }
        return options;
    }

    private List<CodegenDef> codegen(Node node, String path) {
        List<Node> items = values.list(node, path).orElse(null);
        if (items == null) {
            return List.of();
        }
        if (items.isEmpty()) {
            reporter.error(node, path + " is an empty list; add at least one generator, such as: - plugin: java");
        }
        List<CodegenDef> defs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            int errors = reporter.errorCount();
            Optional<CodegenDef> def = codegenEntry(items.get(i), path + "[" + i + "]");
            if (reporter.errorCount() == errors) {
                def.ifPresent(defs::add); // an entry with an error is left out; the block still resolves
            }
        }
        return defs;
    }

    private Optional<CodegenDef> codegenEntry(Node node, String path) {
        Optional<YamlMap> map = YamlMap.of(node, path, CODEGEN_KEYS, reporter);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        YamlMap m = map.get();
        Optional<String> plugin = m.require("plugin").flatMap(p -> values.string(p, m.child("plugin")));
        Optional<Node> outNode = m.get("out");
        Optional<Path> out =
                outNode.flatMap(o -> values.string(o, m.child("out"))).flatMap(o -> out(outNode.get(), o));
        if (outNode.isEmpty()) {
            out = outOverride;
            if (out.isEmpty()) {
                reporter.error(
                        node,
                        "missing required key \"out\" in " + path + ": the folder 'sqlj generate' writes to,"
                                + " such as out: src/main/java (only a config that the Maven plugin alone reads may leave it out:"
                                + " the plugin writes into its outputDirectory, target/generated-sources/sqlj)");
            }
        }
        Map<String, Object> options = new LinkedHashMap<>();
        Map<String, Location> locations = new LinkedHashMap<>();
        m.get("options").ifPresent(o -> options(o, m.child("options"), options, locations));
        if (plugin.isEmpty() || out.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CodegenDef(plugin.get(), out.get(), options, locations, reporter.at(node)));
    }

    /** Resolves {@code out}, which must be a folder strictly inside the config's folder. */
    private Optional<Path> out(Node at, String text) {
        Path root = dir.toAbsolutePath().normalize();
        Path out = root.resolve(text).normalize();
        if (text.isBlank() || out.equals(root)) {
            reporter.error(
                    at,
                    "out \"" + text + "\" is the config's own folder; name a folder inside it, such as src/main/java");
            return Optional.empty();
        }
        if (!out.startsWith(root) || !real(out).startsWith(real(root))) {
            reporter.error(at, "out \"" + text + "\" is outside the config's folder; sqlj writes only below " + root);
            return Optional.empty();
        }
        for (Path p = out; p != null && !p.equals(root); p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                reporter.error(
                        at,
                        "out \"" + text + "\" cannot be a folder: "
                                + root.relativize(p).toString().replace('\\', '/')
                                + " is a file; move it away or change out");
                return Optional.empty();
            }
        }
        return Optional.of(out);
    }

    /**
     * The path with symbolic links resolved as far as it exists, so an out folder that leaves the
     * tree through a link is caught; the part that does not exist yet is kept as written.
     */
    private static Path real(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(path)).normalize();
        } catch (IOException e) {
            return path;
        }
    }

    private void options(Node node, String path, Map<String, Object> options, Map<String, Location> locations) {
        if (!(node instanceof MappingNode mapping)) {
            if (!Values.isNull(node)) {
                reporter.error(node, "expected a mapping for " + path + ", found " + Values.describe(node));
            }
            return;
        }
        for (NodeTuple t : YamlMap.entries(mapping)) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                reporter.error(t.getKeyNode(), "keys must be plain words in " + path);
            } else if (options.containsKey(key.getValue())) {
                reporter.error(key, "duplicate key \"" + key.getValue() + "\" in " + path);
            } else {
                values.toObject(t.getValueNode(), value -> options.put(key.getValue(), value));
                locations.put(key.getValue(), reporter.at(key));
            }
        }
    }
}
