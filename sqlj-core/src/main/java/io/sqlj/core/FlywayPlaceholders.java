package io.sqlj.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flyway's {@code ${name}} placeholders in a schema file, replaced as Flyway would before the
 * file runs: by the block's {@code placeholders:}, then by Flyway's built-in {@code
 * ${flyway:...}} ones. Applies to files named as Flyway migrations ({@code V1__x.sql}, {@code
 * R__x.sql}), and to every schema file of a block that sets {@code placeholders:}. A placeholder
 * with no value is an error at its place, as in Flyway.
 */
final class FlywayPlaceholders {

    private FlywayPlaceholders() {}

    private static final Pattern FLYWAY_FILE = Pattern.compile("(V\\d+(?:[._]\\d+)*|R)__.*\\.sql");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.:-]+)}");

    /**
     * @param file the file as diagnostics name it
     * @param engine the block's engine, which decides {@code flyway:defaultSchema} and {@code flyway:user}
     */
    static String apply(
            String file, String text, String engine, Map<String, String> placeholders, List<Diagnostic> diagnostics) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        if (placeholders.isEmpty() && !FLYWAY_FILE.matcher(name).matches() || !text.contains("${")) {
            return text;
        }
        Map<String, String> values = new LinkedHashMap<>(defaults(engine, name));
        placeholders.forEach((k, v) -> values.put(k.toLowerCase(java.util.Locale.ROOT), v));
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            // Flyway matches placeholder names ignoring case
            String value = values.get(m.group(1).toLowerCase(java.util.Locale.ROOT));
            if (value == null) {
                String before = text.substring(0, m.start());
                int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
                int column = m.start() - before.lastIndexOf('\n');
                diagnostics.add(Diagnostic.error(
                        file,
                        line,
                        column,
                        "no value for Flyway placeholder ${" + m.group(1)
                                + "}; give it one under placeholders: in this sql block of sqlj.yaml"));
                value = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Flyway's built-in placeholders, with the values the engine's private database has. */
    private static Map<String, String> defaults(String engine, String fileName) {
        Map<String, String> values = new LinkedHashMap<>();
        String schema = switch (engine) {
            case "postgresql" -> "public";
            case "sqlite" -> "main";
            default -> "";
        };
        values.put("flyway:defaultschema", schema);
        values.put("flyway:user", engine.equals("postgresql") ? "postgres" : "");
        values.put("flyway:database", engine.equals("postgresql") ? "postgres" : schema);
        values.put("flyway:timestamp", "2000-01-01 00:00:00");
        values.put("flyway:filename", fileName);
        values.put("flyway:workingdirectory", ".");
        values.put("flyway:table", "flyway_schema_history");
        values.put("flyway:environment", "default");
        return values;
    }
}
