package io.sqlj.core.config;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Reads typed values out of YAML nodes, expanding {@code ${VAR}} in every string. */
final class Values {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private final Map<String, String> env;
    private final Reporter reporter;

    Values(Map<String, String> env, Reporter reporter) {
        this.env = env;
        this.reporter = reporter;
    }

    /** How a node reads in a message: {@code a mapping}, {@code a list}, {@code nothing}, {@code "x"}. */
    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (isNull(node)) {
            return "nothing";
        }
        return "\"" + ((ScalarNode) node).getValue() + "\"";
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    /** A non-null scalar as a string, with variables expanded; reports anything else. */
    Optional<String> string(Node node, String path) {
        if (node instanceof ScalarNode scalar && !isNull(node)) {
            return expand(scalar);
        }
        reporter.error(node, "expected a string for " + path + ", found " + describe(node));
        return Optional.empty();
    }

    /** The items of a list; reports anything else. */
    Optional<List<Node>> list(Node node, String path) {
        if (node instanceof SequenceNode seq) {
            return Optional.of(seq.getValue());
        }
        reporter.error(node, "expected a list for " + path + ", found " + describe(node));
        return Optional.empty();
    }

    /** Expands {@code ${VAR}} from the environment; each undefined variable is an error here. */
    Optional<String> expand(ScalarNode scalar) {
        String text = scalar.getValue();
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean ok = true;
        while (m.find()) {
            String value = env.get(m.group(1));
            if (value == null) {
                reporter.error(scalar, "undefined environment variable \"" + m.group(1) + "\" in \"" + text + "\"");
                ok = false;
                value = "";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return ok ? Optional.of(out.toString()) : Optional.empty();
    }

    /** The most values one option may hold: YAML aliases could otherwise expand without end. */
    static final int MAX_VALUES = 10_000;

    /**
     * A node as the plain Java value snakeyaml would construct: String, Integer/Long/BigInteger,
     * Double, Boolean, null, List, Map (in written order). Strings have variables expanded.
     * Gives it to {@code accept}; reports an error instead, and returns false, for a value that
     * refers to itself or holds more than {@link #MAX_VALUES}.
     */
    boolean toObject(Node node, Consumer<@Nullable Object> accept) {
        int[] budget = {MAX_VALUES};
        try {
            accept.accept(toObject(node, budget, new IdentityHashMap<>()));
            return true;
        } catch (TooLarge e) {
            reporter.error(node, String.valueOf(e.getMessage()));
            return false;
        }
    }

    private static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message, null, false, false);
        }
    }

    private @Nullable Object toObject(Node node, int[] budget, Map<Node, Boolean> open) {
        if (--budget[0] < 0) {
            throw new TooLarge("this value holds more than " + MAX_VALUES
                    + " values (YAML aliases expand); write it out" + " plainly");
        }
        if (open.put(node, Boolean.TRUE) != null) {
            throw new TooLarge("this value contains itself through a YAML alias; write it out plainly");
        }
        try {
            return convert(node, budget, open);
        } finally {
            open.remove(node);
        }
    }

    private @Nullable Object convert(Node node, int[] budget, Map<Node, Boolean> open) {
        if (node instanceof MappingNode mapping) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple t : YamlMap.entries(mapping)) {
                String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : describe(t.getKeyNode());
                map.put(key, toObject(t.getValueNode(), budget, open));
            }
            return Collections.unmodifiableMap(map);
        }
        if (node instanceof SequenceNode seq) {
            List<Object> list = new ArrayList<>();
            for (Node item : seq.getValue()) {
                list.add(toObject(item, budget, open));
            }
            return Collections.unmodifiableList(list);
        }
        ScalarNode scalar = (ScalarNode) node;
        Tag tag = scalar.getTag();
        String raw = scalar.getValue();
        if (Tag.NULL.equals(tag)) {
            return null;
        } else if (Tag.BOOL.equals(tag)) {
            return raw.equalsIgnoreCase("true") || raw.equalsIgnoreCase("yes") || raw.equalsIgnoreCase("on");
        } else if (Tag.INT.equals(tag)) {
            return integer(raw);
        } else if (Tag.FLOAT.equals(tag)) {
            try {
                return Double.valueOf(raw.replace("_", ""));
            } catch (NumberFormatException e) {
                return raw;
            }
        }
        return expand(scalar).orElse(raw);
    }

    private static Object integer(String raw) {
        String digits = raw.replace("_", "");
        int radix = 10;
        boolean negative = digits.startsWith("-");
        if (negative || digits.startsWith("+")) {
            digits = digits.substring(1);
        }
        if (digits.startsWith("0x")) {
            radix = 16;
            digits = digits.substring(2);
        } else if (digits.startsWith("0b")) {
            radix = 2;
            digits = digits.substring(2);
        }
        try {
            BigInteger value = new BigInteger(digits, radix);
            value = negative ? value.negate() : value;
            if (value.bitLength() < 32) {
                return value.intValue();
            }
            return value.bitLength() < 64 ? (Object) value.longValue() : value;
        } catch (NumberFormatException e) {
            return raw;
        }
    }
}
