package io.sqlj.core.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A YAML mapping whose keys are checked against the keys it may have. Unknown and duplicate
 * keys are reported when it is built; the known ones are then read by name.
 */
final class YamlMap {

    private final MappingNode node;
    private final String path;
    private final Reporter reporter;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMap(MappingNode node, String path, List<String> keys, Reporter reporter) {
        this.node = node;
        this.path = path;
        this.reporter = reporter;
        for (NodeTuple tuple : entries(node)) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                reporter.error(tuple.getKeyNode(), "keys must be plain words " + where(path));
                continue;
            }
            String key = keyNode.getValue();
            if (!keys.contains(key)) {
                reporter.error(keyNode, "unknown key \"" + key + "\" " + where(path) + Suggestions.hint(key, keys));
            } else if (entries.containsKey(key)) {
                reporter.error(keyNode, "duplicate key \"" + key + "\" " + where(path));
            } else {
                entries.put(key, tuple);
            }
        }
    }

    /**
     * The entries of a mapping with YAML merge keys applied ({@code <<: *defaults}, or a list of
     * aliases): the merged mappings' entries take the place of the {@code <<} entry, except keys the
     * mapping itself writes, which win; among merged mappings the first wins, as in YAML 1.1.
     */
    static List<NodeTuple> entries(MappingNode node) {
        return entries(node, new java.util.IdentityHashMap<>());
    }

    private static List<NodeTuple> entries(MappingNode node, Map<Node, Boolean> open) {
        if (open.put(node, Boolean.TRUE) != null) {
            return List.of(); // a mapping merging itself through an alias: nothing more to add
        }
        java.util.Set<String> explicit = new java.util.HashSet<>();
        for (NodeTuple t : node.getValue()) {
            if (!isMerge(t) && t.getKeyNode() instanceof ScalarNode k) {
                explicit.add(k.getValue());
            }
        }
        List<NodeTuple> out = new java.util.ArrayList<>();
        java.util.Set<String> merged = new java.util.HashSet<>();
        for (NodeTuple t : node.getValue()) {
            if (!isMerge(t)) {
                out.add(t);
                continue;
            }
            List<Node> sources = t.getValueNode() instanceof org.yaml.snakeyaml.nodes.SequenceNode seq
                    ? seq.getValue()
                    : List.of(t.getValueNode());
            for (Node source : sources) {
                if (!(source instanceof MappingNode m)) {
                    out.add(t); // not a mapping: left for the caller to report as an unknown key
                    continue;
                }
                for (NodeTuple inner : entries(m, open)) {
                    if (inner.getKeyNode() instanceof ScalarNode k
                            && !explicit.contains(k.getValue())
                            && merged.add(k.getValue())) {
                        out.add(inner);
                    }
                }
            }
        }
        open.remove(node);
        return out;
    }

    private static boolean isMerge(NodeTuple t) {
        return t.getKeyNode() instanceof ScalarNode k
                && (org.yaml.snakeyaml.nodes.Tag.MERGE.equals(k.getTag())
                        || k.getValue().equals("<<")
                                && k.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN);
    }

    /** The mapping at {@code node}, or empty (and a reported error) when it is something else. */
    static Optional<YamlMap> of(Node node, String path, List<String> keys, Reporter reporter) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(mapping, path, keys, reporter));
        }
        reporter.error(node, "expected a mapping for " + label(path) + ", found " + Values.describe(node));
        return Optional.empty();
    }

    /** "in sql[0]" or "at the top level". */
    static String where(String path) {
        return path.isEmpty() ? "at the top level" : "in " + path;
    }

    static String label(String path) {
        return path.isEmpty() ? "the config" : path;
    }

    MappingNode node() {
        return node;
    }

    String path() {
        return path;
    }

    /** The path of a key of this mapping: {@code sql[0].queries}. */
    String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Optional<Node> get(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    Optional<Node> keyNode(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getKeyNode);
    }

    /** The value of a required key; reports it missing, at this mapping, when absent. */
    Optional<Node> require(String key) {
        Optional<Node> value = get(key);
        if (value.isEmpty()) {
            reporter.error(node, "missing required key \"" + key + "\" " + where(path));
        }
        return value;
    }
}
