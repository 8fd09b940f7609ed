package io.sqlj.core.config;

import io.sqlj.core.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a sqlc config ({@code sqlc.yaml}, {@code sqlc.yml}, {@code sqlc.json}; versions 1 and 2)
 * as it is, into the same blocks a sqlj.yaml gives: each sqlc block ({@code packages[]} in
 * version 1, {@code sql[]} in version 2) becomes one block with one {@code java} codegen entry
 * that writes under {@code --out}, in {@code --package} (several blocks: a sub-package each,
 * named after the block's name or Go package). sqlc's Go options keep their names; {@link
 * SqlcOptions} sorts out which mean something for Java. The mapping is docs/sqlc.md.
 */
final class SqlcConfigReader {

    private static final List<String> V1_TOP =
            List.of("version", "project", "cloud", "packages", "overrides", "rename", "rules", "plugins", "options");
    private static final List<String> V2_TOP =
            List.of("version", "project", "cloud", "sql", "overrides", "plugins", "rules", "options", "servers");
    /** Keys of a block that are not Go options (version 1 mixes both in one mapping). */
    private static final List<String> BLOCK_KEYS = List.of(
            "name",
            "engine",
            "schema",
            "queries",
            "database",
            "analyzer",
            "strict_function_checks",
            "strict_order_by",
            "rules",
            "codegen",
            "gen");

    private static final List<String> V1_BLOCK_KEYS = List.of(
            "name",
            "engine",
            "path",
            "schema",
            "queries",
            "database",
            "analyzer",
            "strict_function_checks",
            "strict_order_by",
            "rules");
    private static final List<String> SQLC_ENGINES = List.of("postgresql", "mysql", "sqlite");
    private static final List<String> GEN_KEYS = List.of("go", "kotlin", "python", "json");
    private static final List<String> DATABASE_KEYS = List.of("uri", "managed");
    private static final List<String> OVERRIDES_V2_KEYS = List.of("go", "kotlin", "python");
    private static final List<String> GO_GLOBAL_KEYS = List.of("overrides", "rename");

    private final Path dir;
    private final Values values;
    private final Reporter reporter;
    private final SourceFiles sources;
    private final Destination destination;
    private final Set<String> noted = new HashSet<>();
    private final Set<Integer> broken = new java.util.TreeSet<>();

    /**
     * The indexes of the blocks {@link #read} returned whose own config has an error: such a block
     * carries only its query files, which the pipeline splits and checks. An error in a block's
     * {@code gen:} (Go options) does not break it: it is still resolved.
     */
    Set<Integer> broken() {
        return Set.copyOf(broken);
    }

    SqlcConfigReader(Path dir, Values values, Reporter reporter, Destination destination) {
        this.dir = dir;
        this.values = values;
        this.reporter = reporter;
        this.sources = new SourceFiles(dir, values, reporter);
        this.destination = destination;
    }

    /** A sqlc block read so far: everything but the package, which depends on its siblings. */
    private record Draft(
            int index,
            String engine,
            Location engineLocation,
            List<Path> schema,
            Optional<String> database,
            List<Path> queries,
            String subPackage,
            String outPackage,
            Map<String, Object> options,
            Map<String, Location> locations,
            Location location,
            List<RuleRef> rules,
            boolean broken) {}

    /** A block's reference to a rule by name, where it is written. */
    private record RuleRef(String name, Location location) {}

    /**
     * Whether {@code root} is a sqlc config: by the file's name ({@code sqlc.*} are, {@code sqlj.*}
     * are not), else by its shape ({@code packages:} or version "2").
     */
    static boolean isSqlc(Path file, Node root) {
        String name = file.getFileName().toString();
        if (name.equals("sqlc.yaml") || name.equals("sqlc.yml") || name.equals("sqlc.json")) {
            return true;
        }
        if (name.startsWith("sqlj.") || !(root instanceof MappingNode mapping)) {
            return false;
        }
        for (NodeTuple t : YamlMap.entries(mapping)) {
            if (t.getKeyNode() instanceof ScalarNode k) {
                if (k.getValue().equals("packages")) {
                    return true;
                }
                if (k.getValue().equals("version")
                        && t.getValueNode() instanceof ScalarNode v
                        && v.getValue().equals("2")) {
                    return true;
                }
            }
        }
        return false;
    }

    Optional<Config> read(Path file, Node root, Set<String> engines) {
        if (!(root instanceof MappingNode)) {
            reporter.error(root, "expected a mapping for the config, found " + Values.describe(root));
            return Optional.empty();
        }
        Optional<String> version = Optional.empty();
        for (NodeTuple t : YamlMap.entries((MappingNode) root)) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("version")) {
                version = values.string(t.getValueNode(), "version");
            }
        }
        if (version.isEmpty()) {
            reporter.error(root, "missing required key \"version\" at the top level (\"1\" or \"2\")");
            return Optional.empty();
        }
        if (!version.get().equals("1") && !version.get().equals("2")) {
            reporter.error(
                    root,
                    "unsupported sqlc config version \"" + version.get() + "\"; sqlc configs are"
                            + " version \"1\" or \"2\"");
            return Optional.empty();
        }
        boolean v1 = version.get().equals("1");
        YamlMap top = YamlMap.of(root, "", v1 ? V1_TOP : V2_TOP, reporter).orElseThrow();
        if (destination.out().isEmpty() || destination.packageName().isEmpty()) {
            reporter.error(
                    new Location(reporter.file(), 1, 1),
                    "a sqlc config needs --out DIR and --package"
                            + " PKG on the command line (its out and package are Go's); missing "
                            + (destination.out().isEmpty()
                                    ? "--out" + (destination.packageName().isEmpty() ? " and --package" : "")
                                    : "--package"));
        }
        ignored(top, "cloud", "sqlc Cloud settings are ignored");
        ignored(top, "plugins", "sqlc plugins are ignored; sqlj generates Java");
        ignored(top, "rules", RULES_NOTE);
        Map<String, VetRule> rules = RulesReader.definitions(top, values, reporter);
        List<Object> globalOverrides = new ArrayList<>();
        Map<String, Object> globalRename = new LinkedHashMap<>();
        Map<String, Location> globalLocations = new LinkedHashMap<>();
        if (v1) {
            top.get("overrides").ifPresent(o -> values.toObject(o, v -> addList(globalOverrides, v)));
            top.keyNode("overrides").ifPresent(k -> globalLocations.put("overrides", reporter.at(k)));
            top.get("rename").ifPresent(r -> values.toObject(r, v -> addMap(globalRename, v)));
            top.keyNode("rename").ifPresent(k -> globalLocations.put("rename", reporter.at(k)));
        } else {
            top.get("overrides")
                    .flatMap(o -> YamlMap.of(o, "overrides", OVERRIDES_V2_KEYS, reporter))
                    .flatMap(o -> o.get("go"))
                    .flatMap(g -> YamlMap.of(g, "overrides.go", GO_GLOBAL_KEYS, reporter))
                    .ifPresent(go -> {
                        go.get("overrides").ifPresent(o -> values.toObject(o, v -> addList(globalOverrides, v)));
                        go.keyNode("overrides").ifPresent(k -> globalLocations.put("overrides", reporter.at(k)));
                        go.get("rename").ifPresent(r -> values.toObject(r, v -> addMap(globalRename, v)));
                        go.keyNode("rename").ifPresent(k -> globalLocations.put("rename", reporter.at(k)));
                    });
        }
        String listKey = v1 ? "packages" : "sql";
        List<Node> items =
                top.require(listKey).flatMap(n -> values.list(n, listKey)).orElse(List.of());
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            block(items.get(i), listKey + "[" + i + "]", i, v1, engines, globalOverrides, globalRename, globalLocations)
                    .ifPresent(drafts::add);
        }
        if (items.isEmpty() && top.has(listKey)) {
            reporter.error(top.get(listKey).get(), listKey + " is an empty list; add at least one block");
        }
        if (drafts.isEmpty() && !items.isEmpty() && !reporter.hasErrors()) {
            reporter.error(top.get(listKey).get(), "no block of " + listKey + " uses an engine this sqlj has");
        }
        // Without --out or --package (reported above), the blocks still run, so their errors come in
        // this run too; a run with errors writes nothing.
        Path out = destination.out().orElse(dir.resolve(".sqlj-no-out"));
        String javaPackage = destination.packageName().orElse("no_package");
        List<SqlBlock> blocks = new ArrayList<>();
        Set<String> usedPackages = new HashSet<>();
        Map<String, Integer> named = new java.util.HashMap<>();
        drafts.forEach(d -> named.merge(d.subPackage(), 1, Integer::sum));
        for (Draft d : drafts) {
            if (d.broken()) {
                broken.add(d.index());
                blocks.add(new SqlBlock(
                        d.index(),
                        d.engine(),
                        d.engineLocation(),
                        d.schema(),
                        d.database(),
                        d.queries(),
                        Map.of(),
                        List.of(),
                        d.location(),
                        Map.of(),
                        List.of()));
                continue;
            }
            String pkg = javaPackage;
            if (drafts.size() > 1) {
                // Blocks that share a Go package (one per engine, say) are told apart by their Go folder.
                String sub = named.getOrDefault(d.subPackage(), 0) > 1
                                && !d.outPackage().isEmpty()
                        ? d.outPackage()
                        : d.subPackage();
                String candidate = sub;
                for (int n = 2; !usedPackages.add(candidate); n++) {
                    candidate = sub + n;
                }
                pkg = pkg + "." + candidate;
            }
            Map<String, Object> options = new LinkedHashMap<>();
            options.put("package", pkg);
            options.putAll(d.options());
            CodegenDef def = new CodegenDef("java", out, options, d.locations(), d.location());
            // A reference to a rule the config does not define stays, without an expression: sqlj vet
            // reports it (sqlc vet does; sqlc generate does not read rules at all).
            List<VetRule> blockRules = d.rules().stream()
                    .filter(r -> rules.get(r.name()) != RulesReader.BROKEN)
                    .map(r -> r.name().equals(VetRule.DB_PREPARE)
                            ? new VetRule(r.name(), "", "", r.location())
                            : rules.getOrDefault(r.name(), new VetRule(r.name(), "", "", r.location())))
                    .toList();
            blocks.add(new SqlBlock(
                    d.index(),
                    d.engine(),
                    d.engineLocation(),
                    d.schema(),
                    d.database(),
                    d.queries(),
                    Map.of(),
                    List.of(def),
                    d.location(),
                    Map.of(),
                    blockRules));
        }
        return Optional.of(
                new Config(file, dir, "sqlc/" + version.get(), List.of(), blocks, RulesReader.defined(rules)));
    }

    private Optional<Draft> block(
            Node node,
            String path,
            int index,
            boolean v1,
            Set<String> engines,
            List<Object> globalOverrides,
            Map<String, Object> globalRename,
            Map<String, Location> globalLocations) {
        List<String> keys = new ArrayList<>(v1 ? V1_BLOCK_KEYS : BLOCK_KEYS);
        if (v1) {
            keys.addAll(SqlcOptions.goOptions());
        }
        int errors = reporter.errorCount();
        Optional<YamlMap> map = YamlMap.of(node, path, keys, reporter);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        YamlMap m = map.get();
        Optional<String> name = m.get("name").flatMap(n -> values.string(n, m.child("name")));
        String engine = "postgresql"; // sqlc version 1's default
        Location engineLocation = reporter.at(node);
        Optional<Node> engineNode = v1 ? m.get("engine") : m.require("engine");
        if (engineNode.isPresent()) {
            engineLocation = reporter.at(engineNode.get());
            Optional<String> written = values.string(engineNode.get(), m.child("engine"));
            engine = written.orElse("");
            if (written.isPresent() && !engines.contains(engine)) {
                if (SQLC_ENGINES.contains(engine)) {
                    // A project with a block per engine still gets the blocks this sqlj can resolve.
                    reporter.warning(
                            engineNode.get(),
                            path + " uses engine \"" + engine + "\", which this sqlj does"
                                    + " not have; the block is skipped");
                    return Optional.empty();
                }
                reporter.error(
                        engineNode.get(),
                        "unknown engine \"" + engine + "\" in " + path
                                + Suggestions.hint(
                                        engine, engines.stream().sorted().toList()));
            }
        } else if (!v1) {
            engine = ""; // reported by require: the block is broken, its query files still split
        }
        List<Path> schema = List.of();
        Optional<String> database = Optional.empty();
        if (m.has("schema")) {
            schema = sources.read(m.get("schema").get(), m.child("schema"), "schema");
            m.keyNode("database")
                    .ifPresent(k -> note(
                            k,
                            "database",
                            "a block with both schema and database is resolved against its schema files; database is not"
                                    + " used"));
        } else if (m.has("database")) {
            database = database(m.get("database").get(), m.child("database"));
        } else {
            reporter.error(m.node(), "missing required key \"schema\" in " + path);
        }
        List<Path> queries = m.require("queries")
                .map(q -> sources.read(q, m.child("queries"), "queries"))
                .orElse(List.of());
        boolean own = reporter.errorCount() > errors;
        m.keyNode("rules").ifPresent(k -> note(k, "rules", RULES_NOTE));
        List<RuleRef> ruleRefs = new ArrayList<>();
        m.get("rules")
                .flatMap(r -> values.list(r, m.child("rules")))
                .ifPresent(list -> list.forEach(item -> values.string(item, m.child("rules"))
                        .ifPresent(n -> ruleRefs.add(new RuleRef(n, reporter.at(item))))));
        m.keyNode("codegen")
                .ifPresent(k -> note(
                        k, "codegen", "sqlc codegen plugins are ignored; sqlj generates" + " Java for every block"));
        Map<String, Object> options = new LinkedHashMap<>();
        Map<String, Location> locations = new LinkedHashMap<>(globalLocations);
        String goPackage = name.orElse("");
        String goOut = "";
        if (v1) {
            goOut = m.get("path")
                    .flatMap(p -> values.string(p, m.child("path")))
                    .orElse("");
            List<String> skip = new ArrayList<>(V1_BLOCK_KEYS);
            skip.addAll(List.of("package", "out"));
            goOptions(m, skip, options, locations);
            goPackage = name.or(() -> m.get("path")
                            .flatMap(p -> values.string(p, m.child("path")))
                            .map(p -> p.substring(p.lastIndexOf('/') + 1)))
                    .orElse("db");
        } else {
            Optional<YamlMap> go = m.get("gen")
                    .flatMap(g -> YamlMap.of(g, m.child("gen"), GEN_KEYS, reporter))
                    .flatMap(g ->
                            g.get("go").map(n -> YamlMap.of(n, m.child("gen.go"), SqlcOptions.goOptions(), reporter)))
                    .flatMap(o -> o);
            if (go.isPresent()) {
                goOptions(go.get(), List.of("package", "out"), options, locations);
                goOut = go.get()
                        .get("out")
                        .flatMap(o -> values.string(o, "out"))
                        .orElse("");
                if (name.isEmpty()) {
                    goPackage = go.get()
                            .get("package")
                            .flatMap(p -> values.string(p, "package"))
                            .or(() -> go.get()
                                    .get("out")
                                    .flatMap(o -> values.string(o, "out"))
                                    .map(o -> o.substring(o.lastIndexOf('/') + 1)))
                            .orElse("");
                }
            }
            if (goPackage.isEmpty()) {
                goPackage = "block" + (index + 1);
            }
        }
        merge(options, globalOverrides, globalRename);
        return Optional.of(new Draft(
                index,
                engine,
                engineLocation,
                schema,
                database,
                queries,
                javaPackagePart(goPackage),
                goOut.isEmpty() ? "" : javaPackagePart(lastSegment(goOut)),
                options,
                locations,
                reporter.at(node),
                ruleRefs,
                own));
    }

    private static final String RULES_NOTE = VetRule.GENERATE_NOTE;

    /** Global overrides come first, so a block's own, written later, win (sqlj: the last wins). */
    private static void merge(
            Map<String, Object> options, List<Object> globalOverrides, Map<String, Object> globalRename) {
        if (!globalOverrides.isEmpty()) {
            List<Object> all = new ArrayList<>(globalOverrides);
            if (options.get("overrides") instanceof List<?> own) {
                all.addAll(own);
            }
            options.put("overrides", all);
        }
        if (!globalRename.isEmpty()) {
            Map<String, Object> all = new LinkedHashMap<>(globalRename);
            if (options.get("rename") instanceof Map<?, ?> own) {
                own.forEach((k, v) -> all.put(String.valueOf(k), v));
            }
            options.put("rename", all);
        }
    }

    /** Copies a mapping's Go options (all keys but {@code skip}) as the java entry's options. */
    private void goOptions(YamlMap m, List<String> skip, Map<String, Object> options, Map<String, Location> locations) {
        for (NodeTuple t : YamlMap.entries(m.node())) {
            if (!(t.getKeyNode() instanceof ScalarNode k) || skip.contains(k.getValue()) || !m.has(k.getValue())) {
                continue;
            }
            values.toObject(t.getValueNode(), v -> options.put(k.getValue(), v));
            locations.put(k.getValue(), reporter.at(k));
        }
    }

    private Optional<String> database(Node node, String path) {
        Optional<YamlMap> m = YamlMap.of(node, path, DATABASE_KEYS, reporter);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        Optional<Node> uri = m.get().get("uri");
        if (uri.isEmpty()) {
            reporter.error(node, path + " has no uri; sqlj cannot use sqlc's managed databases: give a uri or schema");
            return Optional.empty();
        }
        return values.string(uri.get(), path + ".uri");
    }

    /** A Go package or block name as one segment of a Java package: lower case, letters, digits, _. */
    static String javaPackagePart(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(Character.isLetterOrDigit(c) && c < 128 ? c : '_');
        }
        String part = out.toString();
        if (part.isEmpty() || !Character.isJavaIdentifierStart(part.charAt(0))) {
            part = "_" + part;
        }
        return javax.lang.model.SourceVersion.isKeyword(part) ? part + "_" : part;
    }

    private static String lastSegment(String path) {
        String trimmed = path.replaceAll("[/\\\\]+$", "");
        return trimmed.substring(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\')) + 1);
    }

    private void ignored(YamlMap top, String key, String message) {
        top.keyNode(key).ifPresent(k -> note(k, key, message));
    }

    private void note(Node at, String key, String message) {
        if (noted.add(key)) {
            reporter.note(at, message);
        }
    }

    private static void addList(List<Object> into, Object value) {
        if (value instanceof List<?> list) {
            into.addAll(list);
        }
    }

    private static void addMap(Map<String, Object> into, Object value) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> into.put(String.valueOf(k), v));
        }
    }
}
