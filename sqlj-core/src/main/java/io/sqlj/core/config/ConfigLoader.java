package io.sqlj.core.config;

import io.sqlj.core.Diagnostic;
import io.sqlj.core.Location;
import io.sqlj.core.TextFile;
import io.sqlj.core.engine.BundledEngines;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Loads and validates {@code sqlj.yaml}, reporting every problem it finds with its line and
 * column rather than stopping at the first.
 */
public final class ConfigLoader {

    private static final List<String> TOP_KEYS = List.of("version", "engines", "rules", "sql");

    private ConfigLoader() {}

    /**
     * Every key a sqlj.yaml may have, by where it may appear ({@code ""} is the top level,
     * {@code "sql[]"} a block, {@code "sql[].codegen[]"} a codegen entry...), in the order the
     * loader lists them; plus {@code "sql[].codegen[].options (sqlc, ignored)"}, sqlc's Go options a
     * java entry accepts and ignores. docs/sqlj.schema.json must know each of them (a test says so).
     */
    public static Map<String, List<String>> knownKeys() {
        Map<String, List<String>> keys = new java.util.LinkedHashMap<>();
        keys.put("", TOP_KEYS);
        keys.put("engines[]", EnginesReader.ENGINE_KEYS);
        keys.put("engines[].process", EnginesReader.PROCESS_KEYS);
        keys.put("rules[]", RulesReader.RULE_KEYS);
        keys.put("sql[]", BlocksReader.BLOCK_KEYS);
        keys.put("sql[].database", BlocksReader.DATABASE_KEYS);
        keys.put("sql[].codegen[]", BlocksReader.CODEGEN_KEYS);
        keys.put("sql[].codegen[].options (sqlc, ignored)", SqlcOptions.GO_ONLY);
        return keys;
    }

    /** Loads with {@link BundledEngines#names()} as the bundled engine names. */
    public static ConfigResult load(Path configFile, Map<String, String> env) {
        return load(configFile, env, BundledEngines.names());
    }

    /**
     * @param env the environment {@code ${VAR}} expands from
     * @param bundledEngines engine names usable in {@code sql[].engine} without an {@code engines:}
     *     entry
     */
    public static ConfigResult load(Path configFile, Map<String, String> env, Set<String> bundledEngines) {
        return load(configFile, env, bundledEngines, Destination.NONE);
    }

    /**
     * Loads a sqlj.yaml or a sqlc config ({@link SqlcConfigReader}), with {@code destination}
     * replacing the config's out folders and packages.
     */
    public static ConfigResult load(
            Path configFile, Map<String, String> env, Set<String> bundledEngines, Destination destination) {
        ConfigResult result = loadWithoutDestination(configFile, env, bundledEngines, destination);
        if (result.runnable().isEmpty()) {
            return result;
        }
        List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
        Config config = result.runnable().get();
        List<SqlBlock> blocks = SqlcOptions.normalize(config.sql(), diagnostics);
        if (!config.version().startsWith("sqlc/")) {
            blocks = withDestination(blocks, destination);
        }
        Config done =
                new Config(config.file(), config.dir(), config.version(), config.engines(), blocks, config.rules());
        return result.config().isPresent()
                ? new ConfigResult(Optional.of(done), diagnostics)
                : new ConfigResult(Optional.empty(), diagnostics, Optional.of(done), result.brokenBlocks());
    }

    /**
     * {@code --out} and {@code --package} over a sqlj.yaml's own: every java entry writes under
     * {@code out}; with one block its package is {@code package}, with several each block's package
     * becomes a sub-package named after the last part of its own.
     */
    private static List<SqlBlock> withDestination(List<SqlBlock> blocks, Destination destination) {
        if (destination.isEmpty()) {
            return blocks;
        }
        Set<String> used = new HashSet<>();
        List<SqlBlock> out = new ArrayList<>();
        for (SqlBlock block : blocks) {
            List<CodegenDef> defs = new ArrayList<>();
            for (CodegenDef def : block.codegen()) {
                CodegenDef changed = destination.out().map(def::withOut).orElse(def);
                if (destination.packageName().isPresent() && def.plugin().equals("java")) {
                    String pkg = destination.packageName().get();
                    if (blocks.size() > 1) {
                        String own =
                                String.valueOf(def.options().getOrDefault("package", "block" + (block.index() + 1)));
                        String sub = SqlcConfigReader.javaPackagePart(own.substring(own.lastIndexOf('.') + 1));
                        String candidate = sub;
                        for (int n = 2; !used.add(candidate); n++) {
                            candidate = sub + n;
                        }
                        pkg = pkg + "." + candidate;
                    }
                    Map<String, Object> options = new java.util.LinkedHashMap<>(changed.options());
                    options.put("package", pkg);
                    changed = new CodegenDef(
                            changed.plugin(), changed.out(), options, changed.optionLocations(), changed.location());
                }
                defs.add(changed);
            }
            out.add(block.withCodegen(defs));
        }
        return out;
    }

    private static ConfigResult loadWithoutDestination(
            Path configFile, Map<String, String> env, Set<String> bundledEngines, Destination destination) {
        Path file = configFile.toAbsolutePath().normalize();
        Path dir = Objects.requireNonNull(file.getParent(), "a config file has a folder");
        Reporter reporter = new Reporter(file.getFileName().toString());
        Optional<Node> root = compose(file, reporter);
        if (root.isEmpty()) {
            boolean malformed = reporter.diagnostics().stream()
                    .anyMatch(d -> d.message().startsWith("invalid YAML")
                            || d.message().contains("not valid UTF-8"));
            return new ConfigResult(Optional.empty(), malformed ? stopped(reporter) : reporter.diagnostics());
        }
        Values values = new Values(Map.copyOf(env), reporter);
        if (SqlcConfigReader.isSqlc(file, root.get())) {
            SqlcConfigReader sqlcReader = new SqlcConfigReader(dir, values, reporter, destination);
            Optional<Config> sqlc = sqlcReader.read(file, root.get(), bundledEngines);
            if (!reporter.hasErrors()) {
                return new ConfigResult(sqlc, reporter.diagnostics());
            }
            if (sqlc.isEmpty() || sqlc.get().sql().isEmpty()) {
                return new ConfigResult(Optional.empty(), stopped(reporter));
            }
            return new ConfigResult(Optional.empty(), reporter.diagnostics(), sqlc, sqlcReader.broken());
        }
        Optional<YamlMap> top = YamlMap.of(root.get(), "", TOP_KEYS, reporter);
        if (top.isEmpty()) {
            return new ConfigResult(Optional.empty(), stopped(reporter));
        }
        YamlMap m = top.get();
        Optional<String> version = m.require("version").flatMap(v -> version(v, values, reporter));
        EnginesReader enginesReader = new EnginesReader(values, reporter);
        List<EngineDef> engines =
                m.get("engines").map(e -> enginesReader.read(e, bundledEngines)).orElse(List.of());
        Set<String> engineNames = new HashSet<>(bundledEngines);
        engines.forEach(e -> engineNames.add(e.name()));
        Map<String, VetRule> rules = RulesReader.definitions(m, values, reporter);
        BlocksReader blocksReader = new BlocksReader(dir, values, reporter, destination.out())
                .withRules(rules)
                .withBrokenEngines(enginesReader.broken());
        Optional<Node> sql = m.require("sql");
        List<SqlBlock> blocks = sql.map(s -> blocksReader.read(s, engineNames)).orElse(List.of());
        if (version.isEmpty()) {
            return new ConfigResult(
                    Optional.empty(),
                    stopped(
                            reporter,
                            m.get("version").map(v -> reporter.at(v)).orElseGet(() -> reporter.at(m.node()))));
        }
        Config config = new Config(file, dir, version.get(), engines, blocks, RulesReader.defined(rules));
        if (!reporter.hasErrors()) {
            return new ConfigResult(Optional.of(config), reporter.diagnostics());
        }
        if (blocks.isEmpty()) {
            return new ConfigResult(
                    Optional.empty(),
                    stopped(reporter, sql.map(v -> reporter.at(v)).orElseGet(() -> reporter.at(m.node()))));
        }
        return new ConfigResult(Optional.empty(), reporter.diagnostics(), Optional.of(config), blocksReader.broken());
    }

    /** What the error that stops a run early adds: the run went no further (docs/errors.md). */
    public static final String STOPPED = " (sqlj stopped here: no query file was read)";

    /**
     * The diagnostics of a config that cannot be run at all (it is not YAML, not a mapping, has no
     * usable version or no block that could be read): its first error (by line and column) says in the
     * same message that the run stopped there, before any query file was read.
     */
    static List<Diagnostic> stopped(Reporter reporter) {
        return stopped(reporter, new Location(reporter.file(), 0, 0));
    }

    /** {@link #stopped(Reporter)}, saying so in the error at {@code at} when there is one. */
    static List<Diagnostic> stopped(Reporter reporter, Location at) {
        List<Diagnostic> diagnostics = new ArrayList<>(reporter.diagnostics());
        diagnostics.stream()
                .filter(Diagnostic::isError)
                .min(java.util.Comparator.<Diagnostic>comparingInt(
                                d -> d.line() == at.line() && d.column() == at.column() ? 0 : 1)
                        .thenComparingInt(Diagnostic::line)
                        .thenComparingInt(Diagnostic::column))
                .ifPresent(first -> diagnostics.set(
                        diagnostics.indexOf(first),
                        new Diagnostic(
                                first.severity(),
                                first.file(),
                                first.line(),
                                first.column(),
                                first.message() + STOPPED,
                                first.code())));
        return diagnostics;
    }

    private static Optional<String> version(Node node, Values values, Reporter reporter) {
        Optional<String> version = values.string(node, "version");
        if (version.isPresent() && !version.get().equals("1")) {
            reporter.error(node, "unsupported version \"" + version.get() + "\"; the only version is \"1\"");
            return Optional.empty();
        }
        return version;
    }

    /** Parses the file into a node tree; reports a missing, unreadable, malformed or empty file. */
    private static Optional<Node> compose(Path file, Reporter reporter) {
        String text;
        try {
            text = TextFile.read(file);
        } catch (NoSuchFileException e) {
            reporter.error(Location.of(reporter.file()), "config file not found: " + file);
            return Optional.empty();
        } catch (TextFile.NotUtf8 e) {
            reporter.error(
                    new Location(reporter.file(), e.line(), e.column()),
                    "config file is not valid UTF-8;" + " save it as UTF-8");
            return Optional.empty();
        } catch (IOException e) {
            if (java.nio.file.Files.isDirectory(file)) { // "Is a directory" named neither the path nor the fix
                reporter.error(
                        Location.of(reporter.file()),
                        "the config path is a folder, not a file: " + file
                                + "; name the config file in it (sqlc.yaml, sqlc.yml, sqlc.json or sqlj.yaml)");
                return Optional.empty();
            }
            reporter.error(Location.of(reporter.file()), "cannot read config file: " + e.getMessage());
            return Optional.empty();
        }
        if (file.getFileName() != null && file.getFileName().toString().endsWith(".json")) {
            // JSON is YAML's flow style, except that JSON allows tabs as whitespace and YAML refuses
            // them where it indents (sqlc.json files often use tabs). A raw tab can only be whitespace
            // in valid JSON (inside a string it must be written \t): a space keeps every position.
            text = text.replace('\t', ' ');
        }
        Node root;
        try {
            // What Yaml.compose does, without building the Yaml facade's constructor and representer:
            // about 17 ms less class loading per cold JVM, which a no-op Maven build pays every time.
            LoaderOptions options = new LoaderOptions();
            root = new Composer(
                            new ParserImpl(new StreamReader(new StringReader(text)), options), new Resolver(), options)
                    .getSingleNode();
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            reporter.error(reporter.at(mark), "invalid YAML: " + yamlProblem(e) + context(e));
            return Optional.empty();
        } catch (ReaderException e) {
            reporter.error(
                    at(reporter.file(), text, e.getPosition()),
                    "invalid YAML: a YAML file may not contain the" + " character "
                            + String.format("U+%04X", e.getCodePoint()) + "; remove it");
            return Optional.empty();
        } catch (YAMLException e) {
            reporter.error(new Location(reporter.file(), 1, 1), "invalid YAML: " + e.getMessage());
            return Optional.empty();
        }
        if (root == null || Values.isNull(root)) {
            reporter.error(
                    new Location(reporter.file(), 1, 1),
                    "config file is empty; it needs at least: version: \"1\" and sql:");
            return Optional.empty();
        }
        return Optional.of(root);
    }

    /** The line and column of the {@code index}-th code point of {@code text}. */
    private static Location at(String file, String text, int index) {
        int line = 1;
        int column = 1;
        int[] cps = text.codePoints().limit(Math.max(index, 0)).toArray();
        for (int i = 0; i < cps.length; i++) {
            boolean crlf = cps[i] == '\r' && i + 1 < cps.length && cps[i + 1] == '\n';
            if ((cps[i] == '\n' || cps[i] == '\r') && !crlf) {
                line++;
                column = 1;
            } else if (!crlf) {
                column++;
            }
        }
        return new Location(file, line, column);
    }

    /** Where the construct the problem is in started, such as an unclosed list: "(a flow sequence from 5:14)". */
    private static String context(MarkedYAMLException e) {
        if (e.getContext() == null
                || e.getContextMark() == null
                || e.getProblemMark() == null
                || e.getContextMark().getLine() == e.getProblemMark().getLine()) {
            return "";
        }
        return " (" + e.getContext().strip() + " started at line "
                + (e.getContextMark().getLine() + 1) + ", column "
                + (e.getContextMark().getColumn() + 1) + ")";
    }

    private static String yamlProblem(MarkedYAMLException e) {
        String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
        return problem == null ? "cannot parse" : problem.strip();
    }
}
