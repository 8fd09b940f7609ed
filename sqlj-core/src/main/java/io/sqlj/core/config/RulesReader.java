package io.sqlj.core.config;

import io.sqlj.core.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The lint rules {@code sqlj vet} runs, as sqlc writes them, in a sqlc config and in a sqlj.yaml
 * alike: the top-level {@code rules:} (each {@code name}, {@code message}, {@code rule}) and a
 * block's {@code rules:} list of names.
 */
final class RulesReader {
    static final List<String> RULE_KEYS = List.of("name", "message", "rule");

    /** Stands for a rule whose definition has an error: blocks that list it leave it out. */
    static final VetRule BROKEN = new VetRule("", "", "", io.sqlj.core.Location.of(""));

    private RulesReader() {}

    /** The rules defined without error, in the order written. */
    static List<VetRule> defined(Map<String, VetRule> definitions) {
        return definitions.values().stream().filter(r -> r != BROKEN).toList();
    }

    /**
     * The config's {@code rules:}: name → rule; a name defined twice is an error. A rule written
     * with an error (reported here) maps to {@link #BROKEN}, so a block that lists it gets no second
     * error that it is not defined.
     */
    static Map<String, VetRule> definitions(YamlMap top, Values values, Reporter reporter) {
        Map<String, VetRule> rules = new LinkedHashMap<>();
        List<Node> items =
                top.get("rules").flatMap(n -> values.list(n, "rules")).orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            String path = "rules[" + i + "]";
            Optional<YamlMap> rule = YamlMap.of(items.get(i), path, RULE_KEYS, reporter);
            if (rule.isEmpty()) {
                continue;
            }
            YamlMap r = rule.get();
            int errors = reporter.errorCount();
            Optional<String> name = r.require("name").flatMap(n -> values.string(n, r.child("name")));
            String message = r.get("message")
                    .flatMap(n -> values.string(n, r.child("message")))
                    .orElse("");
            Optional<Node> exprNode = r.require("rule");
            Optional<String> expr = exprNode.flatMap(n -> values.string(n, r.child("rule")));
            if (name.isEmpty() || expr.isEmpty()) {
                name.filter(n -> reporter.errorCount() > errors && !rules.containsKey(n))
                        .ifPresent(n -> rules.put(n, BROKEN));
                continue;
            }
            if (name.get().equals(VetRule.DB_PREPARE)) {
                reporter.error(
                        r.get("name").get(),
                        "rule name \"" + VetRule.DB_PREPARE + "\" is sqlc's built-in rule;" + " choose another name");
            } else if (rules.containsKey(name.get())) {
                reporter.error(
                        r.get("name").get(),
                        "rule \"" + name.get() + "\" is defined twice; first at line "
                                + rules.get(name.get()).location().line());
            } else {
                rules.put(
                        name.get(),
                        new VetRule(name.get(), message, expr.get(), ruleLocation(exprNode.get(), reporter)));
            }
        }
        return rules;
    }

    /** Where a rule's expression starts: for a block scalar ({@code rule: |}), the line after the key. */
    private static Location ruleLocation(Node expr, Reporter reporter) {
        Location at = reporter.at(expr);
        if (expr instanceof ScalarNode scalar
                && (scalar.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.LITERAL
                        || scalar.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.FOLDED)) {
            return new Location(at.file(), at.line() + 1, 1);
        }
        return at;
    }

    /**
     * A block's {@code rules:}, resolved against the config's: a name the config does not define
     * stays without an expression, for {@code sqlj vet} to report (sqlc vet does; generate does not).
     */
    static List<VetRule> block(YamlMap m, Values values, Reporter reporter, Map<String, VetRule> definitions) {
        List<VetRule> rules = new ArrayList<>();
        m.get("rules")
                .flatMap(r -> values.list(r, m.child("rules")))
                .ifPresent(list -> list.forEach(item -> values.string(item, m.child("rules"))
                        .ifPresent(n -> rules.add(
                                n.equals(VetRule.DB_PREPARE)
                                        ? new VetRule(n, "", "", reporter.at(item))
                                        : definitions.getOrDefault(n, new VetRule(n, "", "", reporter.at(item)))))));
        rules.removeIf(r -> r == BROKEN);
        return rules;
    }
}
