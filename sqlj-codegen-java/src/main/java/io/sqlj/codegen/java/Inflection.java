package io.sqlj.codegen.java;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English singulars as sqlc makes them for model names, so a project that moves from sqlc gets
 * the same names: sqlc's Go code calls {@code github.com/jinzhu/inflection} (Rails' rule set)
 * on the whole table name, after two fixes of its own ({@code campus}, {@code meta} stay) and its
 * {@code inflection_exclude_table_names}. The rules below are that rule set, applied the same
 * way: the first rule that matches wins; uncountable words first, then irregular ones, then the
 * regular rules from the last one written to the first; each rule is tried in upper case, as
 * written, then ignoring case. Only the end of the name changes ({@code order_statuses} →
 * {@code order_status}, {@code people} → {@code person}, {@code analyses} → {@code analysis}).
 * Where the rule set is wrong English ({@code species} → {@code specy}), sqlc is wrong the same
 * way; {@code rename} or {@code inflection_exclude_table_names} change it, as in sqlc.
 */
final class Inflection {

    /** Regular rules, in the order the rule set lists them; the later ones are tried first. */
    private static final String[][] SINGULAR = {
        {"s$", ""},
        {"(ss)$", "$1"},
        {"(n)ews$", "$1ews"},
        {"([ti])a$", "$1um"},
        {"((a)naly|(b)a|(d)iagno|(p)arenthe|(p)rogno|(s)ynop|(t)he)(sis|ses)$", "$1sis"},
        {"(^analy)(sis|ses)$", "$1sis"},
        {"([^f])ves$", "$1fe"},
        {"(hive)s$", "$1"},
        {"(tive)s$", "$1"},
        {"([lr])ves$", "$1f"},
        {"([^aeiouy]|qu)ies$", "$1y"},
        {"(s)eries$", "$1eries"},
        {"(m)ovies$", "$1ovie"},
        {"(x|ch|ss|sh)es$", "$1"},
        {"^(m|l)ice$", "$1ouse"},
        {"(bus)(es)?$", "$1"},
        {"(o)es$", "$1"},
        {"(shoe)s$", "$1"},
        {"(cris|test)(is|es)$", "$1is"},
        {"^(a)x[ie]s$", "$1xis"},
        {"(octop|vir)(us|i)$", "$1us"},
        {"(alias|status)(es)?$", "$1"},
        {"^(ox)en", "$1"},
        {"(vert|ind)ices$", "$1ex"},
        {"(matr)ices$", "$1ix"},
        {"(quiz)zes$", "$1"},
        {"(database)s$", "$1"},
    };

    /** Singular, plural. */
    private static final String[][] IRREGULAR = {
        {"person", "people"},
        {"man", "men"},
        {"child", "children"},
        {"sex", "sexes"},
        {"move", "moves"},
        {"mombie", "mombies"},
    };

    private static final List<String> UNCOUNTABLE = List.of(
            "equipment", "information", "rice", "money", "species", "series", "fish", "sheep", "jeans", "police");

    private record Rule(Pattern pattern, String replacement) {}

    private static final List<Rule> RULES = rules();

    private Inflection() {}

    private static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (String word : UNCOUNTABLE) {
            rules.add(new Rule(Pattern.compile("(?i)^(" + word + ")$"), "$1"));
        }
        for (String[] pair : IRREGULAR) {
            String singular = pair[0];
            String plural = pair[1];
            rules.add(new Rule(
                    Pattern.compile(plural.toUpperCase(Locale.ROOT) + "$"), singular.toUpperCase(Locale.ROOT)));
            rules.add(new Rule(Pattern.compile(title(plural) + "$"), title(singular)));
            rules.add(new Rule(Pattern.compile(plural + "$"), singular));
        }
        for (int i = SINGULAR.length - 1; i >= 0; i--) {
            String pattern = SINGULAR[i][0];
            String replacement = SINGULAR[i][1];
            rules.add(
                    new Rule(Pattern.compile(pattern.toUpperCase(Locale.ROOT)), replacement.toUpperCase(Locale.ROOT)));
            rules.add(new Rule(Pattern.compile(pattern), replacement));
            rules.add(new Rule(Pattern.compile("(?i)" + pattern), replacement));
        }
        return rules;
    }

    private static String title(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /**
     * The singular of a table name as sqlc makes it: {@code excluded} names (any case) and sqlc's
     * own exceptions stay as they are.
     */
    static String singular(String name, java.util.Set<String> excluded) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (excluded.contains(lower) || lower.equals("campus") || lower.equals("meta")) {
            return name;
        }
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(name);
            if (m.find()) {
                return m.replaceAll(rule.replacement());
            }
        }
        return name;
    }
}
