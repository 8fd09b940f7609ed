package io.sqlj.codegen.java;

import io.sqlj.core.Diagnostic;
import io.sqlj.core.config.CodegenDef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The {@code options:} of a {@code plugin: java} entry.
 *
 * @param packageName {@code package}: the Java package of every generated file (required)
 * @param className {@code class_name}: the queries class, default {@code Queries}
 * @param paramsLimit {@code params_limit}: a query with more arguments takes a params record
 * @param overrides {@code overrides}: Java types by database type or by {@code table.column}
 * @param rename {@code rename}: table, column or {@code table.column} name → Java name
 * @param jspecify {@code nullability: jspecify}: {@code @Nullable} on nullable types
 * @param classPerFile {@code class_per_file}: one queries class per query file
 * @param emitInterface {@code emit_interface}: an interface plus its implementing class
 * @param emitModels {@code emit_models}: one record per table when the engine reports tables
 * @param exactTableNames {@code emit_exact_table_names} (sqlc's name): models keep the table's
 *     plural, {@code authors} → {@code Authors}
 * @param inflectionExcluded {@code inflection_exclude_table_names}: tables, lower case, whose
 *     model name is not made singular
 * @param omitUnused {@code omit_unused_structs}: models and enums only for what a query uses
 */
record JavaOptions(
        String packageName,
        String className,
        int paramsLimit,
        List<TypeOverride> overrides,
        Map<String, String> rename,
        boolean jspecify,
        boolean classPerFile,
        boolean emitInterface,
        boolean emitModels,
        boolean exactTableNames,
        java.util.Set<String> inflectionExcluded,
        boolean omitUnused) {

    static final String PACKAGE = "package";
    static final String CLASS_NAME = "class_name";
    static final String PARAMS_LIMIT = "params_limit";
    static final String RENAME = "rename";
    static final String NULLABILITY = "nullability";
    static final String CLASS_PER_FILE = "class_per_file";
    static final String EMIT_INTERFACE = "emit_interface";
    static final String EMIT_MODELS = "emit_models";
    /** sqlc's name for {@code params_limit}. */
    static final String QUERY_PARAMETER_LIMIT = "query_parameter_limit";

    static final String EXACT_TABLE_NAMES = "emit_exact_table_names";
    static final String INFLECTION_EXCLUDE = "inflection_exclude_table_names";
    static final String OMIT_UNUSED = "omit_unused_structs";
    static final List<String> KEYS = List.of(
            CLASS_NAME,
            CLASS_PER_FILE,
            EXACT_TABLE_NAMES,
            EMIT_INTERFACE,
            EMIT_MODELS,
            INFLECTION_EXCLUDE,
            NULLABILITY,
            OMIT_UNUSED,
            TypeOverride.KEY,
            PACKAGE,
            PARAMS_LIMIT,
            QUERY_PARAMETER_LIMIT,
            RENAME);

    JavaOptions {
        overrides = List.copyOf(overrides);
        rename = Map.copyOf(rename);
        inflectionExcluded = java.util.Set.copyOf(inflectionExcluded);
    }

    /** The options a test or a plain config gets: no overrides, renames or extras. */
    JavaOptions(String packageName, String className, int paramsLimit) {
        this(
                packageName,
                className,
                paramsLimit,
                List.of(),
                Map.of(),
                false,
                false,
                false,
                true,
                false,
                java.util.Set.of(),
                false);
    }

    static final String DEFAULT_CLASS_NAME = "Queries";
    static final int DEFAULT_PARAMS_LIMIT = 4;

    /** Reads and validates {@code def}'s options; empty when any is wrong (then {@code out} says why). */
    static Optional<JavaOptions> parse(CodegenDef def, List<Diagnostic> out) {
        int errors = out.size();
        JavaOptions options = lenient(def, out);
        return out.size() > errors || options.packageName().isEmpty() ? Optional.empty() : Optional.of(options);
    }

    /**
     * Reads {@code def}'s options, reporting each wrong one in {@code out} and taking its default
     * instead, so that the generator can still find the errors of the queries in the same run (every
     * error of a run at once). A missing or invalid {@code package} is the empty (default) package
     * here: such options name no file that can be written.
     */
    static JavaOptions lenient(CodegenDef def, List<Diagnostic> out) {
        for (String key : def.options().keySet()) {
            if (!KEYS.contains(key)) {
                out.add(Diagnostic.error(def.locationOf(key), unknownKey(key)));
            }
        }
        Map<String, Object> options = def.options();
        String packageName = null;
        if (!options.containsKey(PACKAGE)) {
            out.add(Diagnostic.error(
                    def.location(), "option \"package\" is required for plugin java, such as package: com.example.db"));
        } else if (!(options.get(PACKAGE) instanceof String value)) {
            out.add(wrongType(def, PACKAGE, "a string such as com.example.db"));
        } else if (!isPackageName(value)) {
            out.add(Diagnostic.error(
                    def.locationOf(PACKAGE), "option \"package\" is not a valid Java package name: \"" + value + "\""));
        } else {
            packageName = value;
        }
        String className = DEFAULT_CLASS_NAME;
        if (options.containsKey(CLASS_NAME)) {
            if (!(options.get(CLASS_NAME) instanceof String value)) {
                out.add(wrongType(def, CLASS_NAME, "a string such as Queries"));
            } else if (!Names.isIdentifier(value)) {
                out.add(Diagnostic.error(
                        def.locationOf(CLASS_NAME),
                        "option \"class_name\" is not a valid Java class name: \"" + value + "\""));
            } else {
                className = value;
            }
        }
        int paramsLimit = DEFAULT_PARAMS_LIMIT;
        if (options.containsKey(PARAMS_LIMIT) && options.containsKey(QUERY_PARAMETER_LIMIT)) {
            out.add(Diagnostic.error(
                    def.locationOf(QUERY_PARAMETER_LIMIT),
                    "options \"params_limit\" and"
                            + " \"query_parameter_limit\" are the same option (sqlj's and sqlc's name); keep one"));
        }
        for (String key : List.of(PARAMS_LIMIT, QUERY_PARAMETER_LIMIT)) {
            if (options.containsKey(key)) {
                Object value = options.get(key);
                if ((value instanceof Integer || value instanceof Long)
                        && ((Number) value).longValue() >= 0
                        && ((Number) value).longValue() <= Integer.MAX_VALUE) {
                    paramsLimit = ((Number) value).intValue();
                } else {
                    out.add(wrongType(def, key, "a whole number, 0 or more"));
                }
            }
        }
        List<TypeOverride> overrides =
                TypeOverride.parse(options.get(TypeOverride.KEY), def.locationOf(TypeOverride.KEY), out);
        Map<String, String> rename = rename(def, out);
        boolean jspecify = false;
        if (options.containsKey(NULLABILITY)) {
            Object value = options.get(NULLABILITY);
            if ("jspecify".equals(value)) {
                jspecify = true;
            } else if (!"none".equals(value)) {
                out.add(wrongType(def, NULLABILITY, "jspecify or none"));
            }
        }
        boolean classPerFile = flag(def, CLASS_PER_FILE, false, out);
        if (classPerFile && options.containsKey(CLASS_NAME)) {
            out.add(Diagnostic.error(
                    def.locationOf(CLASS_PER_FILE),
                    "options \"class_per_file\" and"
                            + " \"class_name\" exclude each other: class_per_file names each class after its file"));
        }
        boolean emitInterface = flag(def, EMIT_INTERFACE, false, out);
        boolean emitModels = flag(def, EMIT_MODELS, true, out);
        boolean exactTableNames = flag(def, EXACT_TABLE_NAMES, false, out);
        boolean omitUnused = flag(def, OMIT_UNUSED, false, out);
        java.util.Set<String> excluded = new java.util.HashSet<>();
        Object exclude = options.get(INFLECTION_EXCLUDE);
        if (exclude instanceof List<?> names && names.stream().allMatch(String.class::isInstance)) {
            names.forEach(n -> excluded.add(((String) n).toLowerCase(java.util.Locale.ROOT)));
        } else if (exclude != null) {
            out.add(wrongType(def, INFLECTION_EXCLUDE, "a list of table names"));
        }
        return new JavaOptions(
                packageName == null ? "" : packageName,
                className,
                paramsLimit,
                overrides,
                rename,
                jspecify,
                classPerFile,
                emitInterface,
                emitModels,
                exactTableNames,
                excluded,
                omitUnused);
    }

    private static boolean flag(CodegenDef def, String key, boolean fallback, List<Diagnostic> out) {
        Object value = def.options().get(key);
        if (value == null && !def.options().containsKey(key)) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        out.add(wrongType(def, key, "true or false"));
        return fallback;
    }

    /** {@code rename:} as a map of database name → Java identifier. */
    private static Map<String, String> rename(CodegenDef def, List<Diagnostic> out) {
        Map<String, String> rename = new java.util.HashMap<>();
        Object value = def.options().get(RENAME);
        if (value == null) {
            return rename;
        }
        if (!(value instanceof Map<?, ?> map)) {
            out.add(wrongType(def, RENAME, "a map of names such as {authors: Writer, bio: biography}"));
            return rename;
        }
        map.forEach((from, to) -> {
            Optional<String> clash = to instanceof String name ? renameClash(name) : Optional.empty();
            if (clash.isPresent()) {
                out.add(Diagnostic.error(
                        def.locationOf(RENAME),
                        "rename of \"" + from + "\" to \"" + to + "\" clashes with " + clash.get()
                                + "; choose another name"));
            } else if (to instanceof String name && Names.isIdentifier(name)) {
                rename.put(String.valueOf(from).toLowerCase(java.util.Locale.ROOT), name);
            } else {
                out.add(Diagnostic.error(
                        def.locationOf(RENAME),
                        "rename of \"" + from + "\" must be a Java identifier, got " + describe(to)));
            }
        });
        return rename;
    }

    /**
     * What a chosen name would clash with in generated code: its locals ({@code _ps}, {@code _rs}:
     * every name that starts with {@code _}), the types it refers to by simple name (a parameter
     * named {@code Types} would hide {@code java.sql.Types}), or the methods every record has.
     */
    private static Optional<String> renameClash(String name) {
        if (name.startsWith("_")) {
            return Optional.of("the local variables of generated code (their names start with _)");
        }
        if (JavaGenerator.TAKEN_NAMES.contains(name)) {
            return Optional.of("the Java type " + name + " that generated code uses");
        }
        if (Names.OBJECT_METHODS.contains(name)) {
            return Optional.of("the method " + name + "() of every Java object");
        }
        return Optional.empty();
    }

    /** The Java name the user chose for {@code key} (lower-cased), if any. */
    Optional<String> renamed(String key) {
        return Optional.ofNullable(rename.get(key.toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * The user's name for a column or parameter, as a member name: sqlc configs rename to Go's
     * exported names ({@code spotify_url: SpotifyURL}), which become {@code spotifyURL}.
     */
    Optional<String> renamedMember(String key) {
        return renamed(key).map(Names::decapitalize);
    }

    static boolean isPackageName(String name) {
        if (name.isEmpty() || name.startsWith(".") || name.endsWith(".")) {
            return false;
        }
        for (String part : name.split("\\.", -1)) {
            if (!Names.isIdentifier(part)) {
                return false;
            }
        }
        return true;
    }

    private static Diagnostic wrongType(CodegenDef def, String key, String expected) {
        Object value = def.options().get(key);
        return Diagnostic.error(
                def.locationOf(key), "option \"" + key + "\" must be " + expected + ", got " + describe(value));
    }

    private static String describe(@Nullable Object value) {
        if (value == null) {
            return "nothing";
        }
        if (value instanceof String) {
            return "\"" + value + "\"";
        }
        return value + " (" + value.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + ")";
    }

    private static String unknownKey(String key) {
        String nearest = KEYS.get(0);
        for (String candidate : KEYS) {
            if (distance(key, candidate) < distance(key, nearest)) {
                nearest = candidate;
            }
        }
        return "unknown option \"" + key + "\" for plugin java; did you mean \"" + nearest + "\"? (valid options: "
                + String.join(", ", KEYS) + ")";
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
