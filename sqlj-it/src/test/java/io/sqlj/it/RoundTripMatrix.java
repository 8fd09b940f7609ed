package io.sqlj.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The round-trip matrix: every type an engine can report, sent through a generated parameter and
 * read back through a generated column, on every command that moves values. One subclass per
 * engine supplies the engine's own list of types, the values of each, the database and the
 * documented refusals; this class writes one sqlj project for all of it, runs {@code sqlj
 * generate} on it, compiles and loads the output in memory and calls it by reflection against
 * one database, collecting every failure (type, value, command, expected vs actual) into one
 * report.
 *
 * <p>Per type {@code T} (tag {@code x}) the project has {@code CREATE TABLE rt_x (id INTEGER
 * PRIMARY KEY, v T)} and the queries {@code Putx :exec}, {@code PutManyx :batchexec}, {@code
 * Copyx :copyfrom} (ids 0…, 1000…, 2000…), {@code Getx :one}, {@code Listx :many}, {@code Iterx
 * :iter} and, when the type has an equality, {@code Inx :many} with {@code sqlj.slice}. Key types
 * get two tables each (the key first and last) with an {@code :execlastid} insert whose key must
 * find the row again.
 */
abstract class RoundTripMatrix {

    /**
     * A type of the matrix: its spelling in DDL, the spelling of its element (itself when not an
     * array), how many array levels it has, and whether {@code =} works on it (for the slice).
     */
    record SqlType(String name, String element, int dims, boolean comparable) {
        static SqlType scalar(String name, boolean comparable) {
            return new SqlType(name, name, 0, comparable);
        }

        static SqlType array(String element, int dims) {
            return new SqlType(element + "[]".repeat(dims), element, dims, false);
        }
    }

    /** A table whose key the database generates: the key column's DDL and whether it comes first. */
    record KeyTable(String keyType, String keyColumnDdl, boolean keyFirst) {}

    private static final int EXEC_BASE = 0;
    private static final int BATCH_BASE = 1000;
    private static final int COPY_BASE = 2000;
    private static final int COPY_FALLBACK_BASE = 3000;
    private static final int TOP = 4000;
    private static final Pattern DIAGNOSTIC = Pattern.compile("(?m)^(\\S+?):(\\d+):(\\d+): error: (.*)$");

    @TempDir
    Path dir;

    /** The Java type generated for each entry's column. */
    private final Map<Entry, Type> javaTypes = new LinkedHashMap<>();

    /** The :execlastid tables that generate refused (each a failure already). */
    private final List<KeyEntry> refusedKeys = new ArrayList<>();

    /** The :copyfrom and slice queries that generate refused (each a failure already), left out after. */
    private final Set<String> skippedQueries = new LinkedHashSet<>();

    /** The engine's name in sqlj.yaml's {@code sql[].engine}. */
    abstract String engine();

    /** sqlj.yaml's {@code engines:} list, for an engine that is not bundled; empty otherwise. */
    String enginesBlock() {
        return "";
    }

    /** The one database the whole matrix runs against, empty. */
    abstract Connection database() throws Exception;

    /** The engine's own list of the types it can report, with the schema's own types; never hand-picked. */
    abstract List<SqlType> reportableTypes(Connection db) throws Exception;

    /** The values for a scalar type (the element type for arrays), or null when the matrix has none. */
    abstract MatrixValues values(String type);

    /**
     * The types documented as refused at generate time, each with the reason: the matrix expects
     * their queries to fail to generate with a message that names the override to add. Keys are
     * type names ({@code BIT[]}) or element types: an array of a refused type is refused too.
     */
    abstract Map<String, String> refused();

    /**
     * One command refused at generate time for a type that otherwise round-trips, each with the
     * reason: keys are {@code "<type> slice"} or {@code "<type> :copyfrom"}. The refusal must happen
     * and name the override to add.
     */
    Map<String, String> refusedCommands() {
        return Map.of();
    }

    /**
     * Failures of work not done yet, each the pieces of a failure line (engine and type, then what
     * fails, separated by {@code " … "}) with who is fixing it: matched failures are printed but
     * pass; an entry that matches no failure fails the matrix, so the list only shrinks. Empty is
     * the goal.
     */
    Map<String, String> knownFailures() {
        return Map.of();
    }

    /** The tables for {@code :execlastid}. */
    abstract List<KeyTable> keyTables();

    /**
     * Schema text before the tables: the types the schema defines itself (enums, domains...), run
     * on the database before {@link #reportableTypes} reads its catalog.
     */
    String schemaPrelude() {
        return "";
    }

    /** The key column of each type's table. */
    String idColumnDdl() {
        return "id INTEGER PRIMARY KEY";
    }

    /**
     * Whether generated {@code :copyfrom} has a path of its own on this engine's driver (pgjdbc's
     * COPY): the matrix then runs it twice, once on the connection and once on a connection that
     * hides the driver, so that the batched fallback other drivers get is proven too.
     */
    boolean copyHasDriverPath() {
        return false;
    }

    /** The slice condition on column {@code v}; the argument is named {@code vs}. */
    String sliceCondition() {
        return "v IN (sqlj.slice(vs))";
    }

    /** The whole matrix, as one test. */
    @Test
    void everyTypeRoundTripsThroughEveryCommand() throws Exception {
        long start = System.nanoTime();
        List<String> failures = new ArrayList<>();
        List<Entry> entriesSeen = new ArrayList<>();
        try (Connection db = database()) {
            if (!schemaPrelude().isBlank()) {
                try (var s = db.createStatement()) {
                    s.execute(schemaPrelude());
                }
            }
            List<SqlType> all = reportableTypes(db);
            List<Entry> entries = entriesSeen;
            Set<String> tags = new LinkedHashSet<>();
            for (SqlType type : all) {
                if (values(type.element()) == null) {
                    failures.add(prefix(type) + "no values for type " + type.element()
                            + ": the engine can report it, so the matrix must cover it (add its values to "
                            + getClass().getSimpleName() + ")");
                    continue;
                }
                entries.add(new Entry(type, uniqueTag(tags, tag(type.name()))));
            }
            List<KeyEntry> keys = new ArrayList<>();
            for (KeyTable key : keyTables()) {
                keys.add(new KeyEntry(
                        key, uniqueTag(tags, "key_" + (key.keyFirst() ? "first_" : "last_") + tag(key.keyType()))));
            }

            Map<Entry, List<String>> refusals = generate(entries, keys, failures);
            checkRefusals(entries, refusals, failures);
            List<Entry> generated =
                    entries.stream().filter(e -> !refusals.containsKey(e)).toList();
            keys.removeAll(refusedKeys);
            if (!refusals.isEmpty() || !refusedKeys.isEmpty() || !skippedQueries.isEmpty()) {
                Outcome again = run(generated, keys);
                if (!again.refusals().isEmpty()
                        || !again.keyErrors().isEmpty()
                        || !again.commandErrors().isEmpty()
                        || !again.elsewhere().isEmpty()) {
                    fail("generate still fails without the refused types: " + again);
                }
            }
            ClassLoader loader = InMemoryJavac.compile(dir.resolve("out"));
            Class<?> queriesClass = loader.loadClass("matrix." + engine() + ".Queries");
            Object queries = queriesClass.getConstructor(Connection.class).newInstance(db);
            Object fallback = copyHasDriverPath()
                    ? queriesClass.getConstructor(Connection.class).newInstance(hidingTheDriver(db))
                    : null;
            try (var s = db.createStatement()) {
                for (String ddl : tables(generated, keys).split(";\n")) {
                    if (!ddl.isBlank()) {
                        s.execute(ddl);
                    }
                }
            }
            for (Entry entry : generated) {
                new TypeRun(entry, queries, fallback, failures).run();
            }
            for (KeyEntry key : keys) {
                runKey(key, queries, failures);
            }
            System.out.printf(
                    "round-trip matrix %s: %d types (%d round-tripped, %d refused at generate time), %d key tables,"
                            + " %d failures, %.1f s%n",
                    engine(),
                    entries.size(),
                    generated.size(),
                    refusals.size(),
                    keys.size(),
                    failures.size(),
                    (System.nanoTime() - start) / 1e9);
        }
        docTable(entriesSeen, failures);
        List<String> unexpected = new ArrayList<>();
        List<String> matched = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String failure : failures) {
            Optional<String> known = knownFailures().keySet().stream()
                    .filter(k -> matches(failure, k))
                    .findFirst();
            known.ifPresent(seen::add);
            (known.isEmpty() ? unexpected : matched).add(failure);
        }
        for (String known : knownFailures().keySet()) {
            if (!seen.contains(known)) {
                unexpected.add("[" + engine() + "] a known failure no longer happens, remove it from "
                        + getClass().getSimpleName() + ".knownFailures(): " + known);
            }
        }
        if (!matched.isEmpty()) {
            System.out.println("round-trip matrix " + engine() + ": known failures (" + matched.size()
                    + "), see knownFailures():\n  " + String.join("\n  ", matched));
        }
        if (!unexpected.isEmpty()) {
            fail(unexpected.size() + " round-trip failure(s) on " + engine() + ":\n  "
                    + String.join("\n  ", unexpected));
        }
    }

    // ---- the docs' table ---------------------------------------------------------------------------

    /** The file whose matrix tables must match what the matrix proves. */
    private static final String DOC = "docs/generated-code.md";

    /** The doc's name for this matrix (its block is between {@code <!-- matrix:<name> -->} and {@code <!-- /matrix -->}). */
    String docName() {
        return engine();
    }

    /**
     * The rows this run proves, one per type: its Java type (of a nullable column) and the verdict.
     */
    private List<String> docRows(List<Entry> entries) {
        List<String> rows = new ArrayList<>();
        rows.add("| type | Java (nullable column) | verdict |");
        rows.add("|---|---|---|");
        for (Entry e : entries) {
            String type = "`" + e.type().name().replace("|", "\\|") + "`";
            Type java = javaTypes.get(e);
            String refusal = refused()
                    .getOrDefault(e.type().name(), refused().get(e.type().element()));
            if (java == null) {
                rows.add("| " + type + " | — | refused: " + (refusal == null ? "?" : refusal) + " |");
                continue;
            }
            StringBuilder verdict = new StringBuilder("round-trips");
            for (String command : List.of(" slice", " :copyfrom")) {
                String reason = refusedCommands().get(e.type().name() + command);
                if (reason != null) {
                    verdict.append("; ")
                            .append(command.strip())
                            .append(" refused: ")
                            .append(reason);
                }
            }
            rows.add("| " + type + " | `" + simpleName(java) + "` | " + verdict + " |");
        }
        return rows;
    }

    /** {@code java.util.List<java.lang.Integer>} → {@code List<Integer>}. */
    private static String simpleName(Type type) {
        return type.getTypeName().replaceAll("\\b[a-z][a-z0-9_]*\\.", "");
    }

    /**
     * Compares the doc's table for this matrix with what it proved; with {@code
     * -Dsqlj.updateDocs=true}, rewrites the table instead.
     */
    private void docTable(List<Entry> entries, List<String> failures) throws Exception {
        Path doc = Sqlite.root().resolve(DOC);
        String text = Files.readString(doc);
        String open = "<!-- matrix:" + docName() + " -->\n";
        String close = "<!-- /matrix -->";
        int from = text.indexOf(open);
        int to = from < 0 ? -1 : text.indexOf(close, from);
        String expected = String.join("\n", docRows(entries)) + "\n";
        if (Boolean.getBoolean("sqlj.updateDocs") && from >= 0 && to >= 0) {
            Files.writeString(doc, text.substring(0, from + open.length()) + expected + text.substring(to));
            return;
        }
        if (from < 0 || to < 0) {
            failures.add("[" + engine() + "] " + DOC + " has no table for this matrix between `" + open.strip()
                    + "` and `" + close + "`");
        } else if (!text.substring(from + open.length(), to).equals(expected)) {
            List<String> actual =
                    List.of(text.substring(from + open.length(), to).split("\n"));
            List<String> differ = new ArrayList<>();
            docRows(entries).stream().filter(r -> !actual.contains(r)).forEach(r -> differ.add("missing: " + r));
            actual.stream().filter(r -> !docRows(entries).contains(r)).forEach(r -> differ.add("not proven: " + r));
            failures.add("[" + engine() + "] the table of " + DOC + " for " + docName()
                    + " differs from what the matrix proves (rewrite it with -Dsqlj.updateDocs=true):\n    "
                    + String.join("\n    ", differ));
        }
    }

    private record Entry(SqlType type, String tag) {
        String camel() {
            return RoundTripMatrix.camel(tag);
        }
    }

    private record KeyEntry(KeyTable table, String tag) {}

    private String prefix(SqlType type) {
        return "[" + engine() + "] " + type.name() + ": ";
    }

    // ---- the project ----------------------------------------------------------------------------

    /** What one {@code sqlj generate} run said: errors by the entry whose query they are at, and the others. */
    private record Outcome(
            Map<Entry, List<String>> refusals,
            Map<KeyEntry, String> keyErrors,
            Map<String, String> commandErrors,
            List<String> elsewhere) {}

    /**
     * Runs generate on {@code entries}; the refusals by entry. Errors not at a query (say, at
     * sqlj.yaml, about a type the whole output shares) are pinned on the entries that cause them
     * by generating halves of the list until one entry alone gives the error.
     */
    private Map<Entry, List<String>> generate(List<Entry> entries, List<KeyEntry> keys, List<String> failures)
            throws Exception {
        Outcome outcome = run(entries, keys);
        outcome.keyErrors().forEach((key, error) -> {
            failures.add(error);
            refusedKeys.add(key);
        });
        Set<String> ofRefusedTypes = new LinkedHashSet<>();
        outcome.refusals().keySet().forEach(e -> ofRefusedTypes.addAll(List.of("Copy" + e.camel(), "In" + e.camel())));
        Map<String, Entry> byQuery = new LinkedHashMap<>();
        entries.forEach(e -> List.of("Copy", "In").forEach(q -> byQuery.put(q + e.camel(), e)));
        Set<String> documented = new LinkedHashSet<>();
        outcome.commandErrors().forEach((query, error) -> {
            if (!ofRefusedTypes.contains(query)) {
                Entry e = byQuery.get(query);
                String command = e.type().name() + (query.startsWith("Copy") ? " :copyfrom" : " slice");
                if (!refusedCommands().containsKey(command)) {
                    failures.add(error);
                } else if (!error.contains("override")) {
                    failures.add(error + " (refused without naming the override to add)");
                }
                documented.add(command);
                skippedQueries.add(query);
            }
        });
        for (String command : refusedCommands().keySet()) {
            if (!documented.contains(command)) {
                failures.add("[" + engine() + "] " + command + ": documented as refused at generate time ("
                        + refusedCommands().get(command) + ") but generated: remove it from "
                        + getClass().getSimpleName()
                        + ".refusedCommands() and the docs");
            }
        }
        Map<Entry, List<String>> refusals = new LinkedHashMap<>(outcome.refusals());
        if (!outcome.elsewhere().isEmpty()) {
            List<Entry> rest =
                    entries.stream().filter(e -> !refusals.containsKey(e)).toList();
            refusals.putAll(culprits(rest));
        }
        return refusals;
    }

    private Map<Entry, List<String>> culprits(List<Entry> entries) throws Exception {
        Outcome outcome = run(entries, List.of());
        Map<Entry, List<String>> found = new LinkedHashMap<>(outcome.refusals());
        if (outcome.elsewhere().isEmpty()) {
            return found;
        }
        List<Entry> rest = entries.stream().filter(e -> !found.containsKey(e)).toList();
        if (rest.size() == 1) {
            found.put(rest.get(0), outcome.elsewhere());
        } else if (rest.isEmpty()) {
            fail("sqlj generate failed outside the matrix's queries:\n" + String.join("\n", outcome.elsewhere()));
        } else {
            found.putAll(culprits(rest.subList(0, rest.size() / 2)));
            found.putAll(culprits(rest.subList(rest.size() / 2, rest.size())));
        }
        return found;
    }

    /** Writes the project for {@code entries} and {@code keys} and runs generate. */
    private Outcome run(List<Entry> entries, List<KeyEntry> keys) throws Exception {
        long start = System.nanoTime();
        Files.writeString(dir.resolve("schema.sql"), schema(entries, keys));
        StringBuilder queries = new StringBuilder();
        TreeMap<Integer, Owner> owners = new TreeMap<>();
        for (Entry e : entries) {
            String x = e.camel();
            String t = "rt_" + e.tag();
            String cols = "SELECT id, v FROM " + t;
            add(queries, owners, e, "Put" + x + " :exec", "INSERT INTO " + t + " (id, v) VALUES (@id, @v)");
            add(queries, owners, e, "PutMany" + x + " :batchexec", "INSERT INTO " + t + " (id, v) VALUES (@id, @v)");
            add(queries, owners, e, "Copy" + x + " :copyfrom", "INSERT INTO " + t + " (id, v) VALUES (@id, @v)");
            add(queries, owners, e, "Get" + x + " :one", cols + " WHERE id = @id");
            add(queries, owners, e, "List" + x + " :many", cols + " WHERE id >= @lo AND id < @hi ORDER BY id");
            add(queries, owners, e, "Iter" + x + " :iter", cols + " WHERE id >= @lo AND id < @hi ORDER BY id");
            if (e.type().comparable()) {
                add(
                        queries,
                        owners,
                        e,
                        "In" + x + " :many",
                        "SELECT id FROM " + t + " WHERE id >= @lo AND id < @hi AND " + sliceCondition()
                                + " ORDER BY id");
            }
        }
        for (KeyEntry k : keys) {
            String x = camel(k.tag());
            add(queries, owners, k, "Add" + x + " :execlastid", "INSERT INTO " + k.tag() + " (label) VALUES (@label)");
            add(queries, owners, k, "Label" + x + " :one", "SELECT label FROM " + k.tag() + " WHERE id = @id");
        }
        Files.writeString(dir.resolve("queries.sql"), queries.toString());
        Files.writeString(dir.resolve("sqlj.yaml"), """
        version: "1"
        %ssql:
          - engine: %s
            schema: schema.sql
            queries: queries.sql
            codegen:
              - plugin: java
                out: out
                options:
                  package: matrix.%s
        """.formatted(enginesBlock(), engine(), engine()));
        Tools.Result result =
                Tools.sqlj("generate", "-f", dir.resolve("sqlj.yaml").toString());
        System.out.printf(
                "round-trip matrix %s: sqlj generate of %d types: exit %d, %.1f s%n",
                engine(), entries.size(), result.exit(), (System.nanoTime() - start) / 1e9);
        Outcome outcome =
                new Outcome(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(), new ArrayList<>());
        if (result.exit() == 0) {
            return outcome;
        }
        Matcher m = DIAGNOSTIC.matcher(result.output());
        while (m.find()) {
            Map.Entry<Integer, Owner> owner = owners.floorEntry(Integer.parseInt(m.group(2)));
            if (!m.group(1).endsWith("queries.sql") || owner == null) {
                outcome.elsewhere().add(m.group());
            } else if (owner.getValue().owner() instanceof Entry e) {
                String query = owner.getValue().query();
                if (query.startsWith("Copy") || query.startsWith("In")) {
                    // the type generates, one command refuses it: a failure of that command only
                    outcome.commandErrors()
                            .putIfAbsent(
                                    query,
                                    prefix(e.type()) + (query.startsWith("Copy") ? ":copyfrom" : "slice")
                                            + " refused at generate time: " + m.group(4));
                } else {
                    outcome.refusals()
                            .computeIfAbsent(e, x -> new ArrayList<>())
                            .add(m.group(4));
                }
            } else {
                KeyEntry key = (KeyEntry) owner.getValue().owner();
                outcome.keyErrors()
                        .putIfAbsent(
                                key,
                                "[" + engine() + "] :execlastid key "
                                        + key.table().keyType() + " ("
                                        + (key.table().keyFirst() ? "first" : "not the first")
                                        + " column): generate refused it: " + m.group(4));
            }
        }
        if (outcome.refusals().isEmpty()
                && outcome.keyErrors().isEmpty()
                && outcome.commandErrors().isEmpty()
                && outcome.elsewhere().isEmpty()) {
            fail("sqlj generate failed (exit " + result.exit() + ") without a diagnostic:\n" + result.output());
        }
        return outcome;
    }

    /** What a line of queries.sql belongs to: a type's entry or a key table, and the query's name. */
    private record Owner(Object owner, String query) {}

    private void add(StringBuilder queries, TreeMap<Integer, Owner> owners, Object owner, String header, String sql) {
        if (skippedQueries.contains(header.substring(0, header.indexOf(' ')))) {
            return;
        }
        int line = (int) queries.chars().filter(c -> c == '\n').count() + 1;
        owners.put(line, new Owner(owner, header.substring(0, header.indexOf(' '))));
        queries.append("-- name: ").append(header).append('\n').append(sql).append(";\n\n");
    }

    private String schema(List<Entry> entries, List<KeyEntry> keys) {
        return schemaPrelude() + tables(entries, keys);
    }

    private String tables(List<Entry> entries, List<KeyEntry> keys) {
        StringBuilder schema = new StringBuilder();
        for (Entry e : entries) {
            schema.append("CREATE TABLE rt_")
                    .append(e.tag())
                    .append(" (")
                    .append(idColumnDdl())
                    .append(", v ")
                    .append(e.type().name())
                    .append(");\n");
        }
        for (KeyEntry k : keys) {
            String key = k.table().keyColumnDdl();
            schema.append("CREATE TABLE ")
                    .append(k.tag())
                    .append(" (")
                    .append(k.table().keyFirst() ? key + ", label TEXT NOT NULL" : "label TEXT NOT NULL, " + key)
                    .append(");\n");
        }
        return schema.toString();
    }

    /** Each documented refusal must happen and name the override; every other refusal is a failure. */
    private void checkRefusals(List<Entry> entries, Map<Entry, List<String>> refusals, List<String> failures) {
        for (Entry e : entries) {
            String reason = refused()
                    .getOrDefault(e.type().name(), refused().get(e.type().element()));
            List<String> errors = refusals.get(e);
            if (reason == null && errors != null) {
                failures.add(
                        prefix(e.type()) + "refused at generate time, but not documented as refused: " + errors.get(0));
            } else if (reason != null && errors == null) {
                failures.add(prefix(e.type()) + "documented as refused (" + reason + ") but generated: remove it from "
                        + getClass().getSimpleName() + ".refused() and the docs");
            } else if (reason != null && errors.stream().noneMatch(m -> m.contains("override"))) {
                failures.add(prefix(e.type()) + "refused without naming the override to add: " + errors.get(0));
            }
        }
    }

    // ---- running one type ------------------------------------------------------------------------

    /** The matrix for one type: write with each writing command, read with each reading one. */
    private final class TypeRun {
        private final Entry entry;
        private final Object queries;
        private final List<String> failures;
        private final Map<Integer, Object> written = new TreeMap<>();
        private final Map<Integer, String> writer = new TreeMap<>();
        /** Writes that threw, by exception: the commands and the values. */
        private final Map<String, WriteFailure> writeFailures = new LinkedHashMap<>();
        /** Mismatches by value and what was read, with the write/read command pairs that gave them. */
        private final Map<String, Set<String>> mismatches = new LinkedHashMap<>();

        /** Queries on a connection that hides the driver (the batched :copyfrom), or null. */
        private final Object fallback;

        TypeRun(Entry entry, Object queries, Object fallback, List<String> failures) {
            this.entry = entry;
            this.queries = queries;
            this.fallback = fallback;
            this.failures = failures;
        }

        void run() {
            String x = entry.camel();
            idClass = method("put" + x).getParameterTypes()[0];
            Method batch = method("putMany" + x);
            Class<?> params =
                    raw(((ParameterizedType) batch.getGenericParameterTypes()[0]).getActualTypeArguments()[0]);
            Type javaType = params.getRecordComponents()[1].getGenericType();
            javaTypes.put(entry, javaType);
            List<Object> values = values(javaType);
            if (values == null) {
                return;
            }
            for (int i = 0; i < values.size(); i++) {
                int id = EXEC_BASE + i;
                Object value = values.get(i);
                call(":exec", value, () -> invoke("put" + x, id(id), toJava(value, javaType)))
                        .ifPresent(r -> {
                            written.put(id, value);
                            writer.put(id, ":exec");
                        });
            }
            writeAll(":batchexec", "putMany" + x, BATCH_BASE, values);
            if (!skippedQueries.contains("Copy" + x)) {
                writeAll(fallback == null ? ":copyfrom" : ":copyfrom (driver path)", "copy" + x, COPY_BASE, values);
                if (fallback != null) {
                    writeAll(":copyfrom (batched fallback)", "copy" + x, COPY_FALLBACK_BASE, values);
                }
            }

            for (Map.Entry<Integer, Object> w : written.entrySet()) {
                int id = w.getKey();
                Object expected = w.getValue();
                Optional<?> row;
                try {
                    row = (Optional<?>) invoke("get" + x, id(id));
                } catch (Throwable t) {
                    mismatch(expected, "threw " + describe(t), writer.get(id), ":one");
                    continue;
                }
                if (row.isEmpty()) {
                    mismatch(expected, "no row for its id", writer.get(id), ":one");
                } else {
                    compare(expected, writer.get(id), ":one", component(row.get(), 1));
                }
            }
            readRows(":many", () -> (List<?>) invoke("list" + x, id(0), id(TOP)));
            readRows(":iter", () -> {
                try (Stream<?> stream = (Stream<?>) iterMethod("iter" + x).invoke(queries, id(0), id(TOP))) {
                    return stream.toList();
                }
            });
            if (entry.type().comparable() && !skippedQueries.contains("In" + x)) {
                slice(x, javaType);
            }
            writeFailures.forEach((exception, f) -> failures.add(prefix(entry.type()) + String.join(", ", f.commands())
                    + " threw " + exception + " writing the values " + MatrixValues.show(f.values())));
            mismatches.forEach((what, commands) ->
                    failures.add(what + " (written by → read by: " + String.join(", ", commands) + ")"));
        }

        private List<Object> values(Type javaType) {
            int depth = 0;
            Type element = javaType;
            while (List.class.equals(raw(element))) {
                depth++;
                element = ((ParameterizedType) element).getActualTypeArguments()[0];
            }
            if (depth != entry.type().dims()) {
                failures.add(prefix(entry.type()) + "the generated Java type " + javaType.getTypeName() + " has "
                        + depth + " list level(s), the SQL type " + entry.type().dims());
                return null;
            }
            MatrixValues all = RoundTripMatrix.this.values(entry.type().element());
            List<Object> scalars = all.forJavaType(raw(element));
            if (scalars == null) {
                failures.add(prefix(entry.type()) + "no values for type "
                        + entry.type().element() + " as Java " + raw(element).getName() + " (the matrix has values as: "
                        + all.javaTypes() + ")");
                return null;
            }
            List<Object> out = new ArrayList<>(depth == 0 ? scalars : arrays(scalars, depth));
            out.add(null);
            return out;
        }

        /** Empty arrays, arrays holding NULL, every value in one array; two levels as a 2×2 of values. */
        private List<Object> arrays(List<Object> scalars, int depth) {
            List<Object> arrays = new ArrayList<>();
            if (depth == 1) {
                arrays.add(List.of());
                arrays.add(new ArrayList<>(scalars));
                List<Object> withNull = new ArrayList<>();
                withNull.add(null);
                withNull.add(scalars.get(0));
                withNull.add(null);
                arrays.add(withNull);
                return arrays;
            }
            arrays.add(List.of());
            for (int i = 0; i + 3 < scalars.size() || i == 0; i += 4) {
                Object a = scalars.get(i % scalars.size());
                Object b = scalars.get((i + 1) % scalars.size());
                Object c = scalars.get((i + 2) % scalars.size());
                Object d = scalars.get((i + 3) % scalars.size());
                arrays.add(List.of(List.of(a, b), List.of(c, d)));
            }
            List<Object> withNull = new ArrayList<>();
            withNull.add(null);
            withNull.add(scalars.get(0));
            arrays.add(List.of(withNull, List.of(scalars.get(0), scalars.get(0))));
            return arrays;
        }

        /** One batch of every value; when it throws, each value alone, so the failure names the value. */
        private void writeAll(String command, String methodName, int base, List<Object> values) {
            Class<?> params = raw(
                    ((ParameterizedType) method(methodName).getGenericParameterTypes()[0]).getActualTypeArguments()[0]);
            List<Object> rows = new ArrayList<>();
            try {
                for (int i = 0; i < values.size(); i++) {
                    rows.add(record(params, base + i, values.get(i)));
                }
                long[] counts = (long[]) invokeOn(target(command), methodName, rows);
                if (counts.length != rows.size()) {
                    failures.add(prefix(entry.type()) + command + " returned " + counts.length + " counts for "
                            + rows.size() + " rows");
                }
                for (int i = 0; i < values.size(); i++) {
                    written.put(base + i, values.get(i));
                    writer.put(base + i, command);
                }
                return;
            } catch (Throwable whole) {
                // pinpoint below
            }
            for (int i = 0; i < values.size(); i++) {
                int id = base + i;
                Object value = values.get(i);
                // a value the generated type cannot take (say, an enum label it lacks) fails here, named
                call(command, value, () -> invokeOn(target(command), methodName, List.of(record(params, id, value))))
                        .ifPresent(r -> {
                            written.put(id, value);
                            writer.put(id, command);
                        });
            }
        }

        private Object record(Class<?> params, int id, Object value) {
            RecordComponent[] components = params.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            try {
                return params.getDeclaredConstructor(types)
                        .newInstance(id(id), MatrixValues.toJava(value, components[1].getGenericType()));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build " + params.getName(), e);
            }
        }

        private void readRows(String command, Read read) {
            List<?> rows;
            try {
                rows = read.rows();
            } catch (Throwable t) {
                failures.add(prefix(entry.type()) + command + " threw " + describe(t) + " reading the values "
                        + MatrixValues.show(new ArrayList<>(written.values())));
                return;
            }
            Map<Integer, Object> seen = new TreeMap<>();
            for (Object row : rows) {
                seen.put(((Number) component(row, 0)).intValue(), component(row, 1));
            }
            if (!seen.keySet().equals(written.keySet())) {
                failures.add(prefix(entry.type()) + command + " returned the ids " + seen.keySet() + ", expected "
                        + written.keySet());
            }
            for (Map.Entry<Integer, Object> w : written.entrySet()) {
                if (seen.containsKey(w.getKey())) {
                    compare(w.getValue(), writer.get(w.getKey()), command, seen.get(w.getKey()));
                }
            }
        }

        /** {@code v IN (sqlj.slice(vs))} with every non-null value finds every row written with one; an empty slice none. */
        private void slice(String x, Type javaType) {
            List<Object> given = new ArrayList<>();
            List<Integer> expected = new ArrayList<>();
            for (Map.Entry<Integer, Object> w : written.entrySet()) {
                if (w.getValue() != null) {
                    expected.add(w.getKey());
                    if (!given.contains(w.getValue())) {
                        given.add(MatrixValues.toJava(w.getValue(), javaType));
                    }
                }
            }
            try {
                List<?> ids = (List<?>) invoke("in" + x, id(0), id(TOP), given);
                List<Integer> actual =
                        ids.stream().map(n -> ((Number) n).intValue()).toList();
                if (!actual.equals(expected)) {
                    failures.add(prefix(entry.type()) + "slice (sqlj.slice) of " + MatrixValues.show(given)
                            + " found the ids " + actual + ", expected " + expected);
                }
                List<?> none = (List<?>) invoke("in" + x, id(0), id(TOP), List.of());
                if (!none.isEmpty()) {
                    failures.add(prefix(entry.type()) + "an empty slice found the ids " + none);
                }
            } catch (Throwable t) {
                failures.add(prefix(entry.type()) + "slice (sqlj.slice) of " + MatrixValues.show(given) + " threw "
                        + describe(t));
            }
        }

        private void compare(Object expected, String wroteWith, String readWith, Object actualJava) {
            Object actual = MatrixValues.fromJava(actualJava);
            if (!MatrixValues.same(expected, actual)) {
                mismatch(expected, "read back as " + MatrixValues.show(actual), wroteWith, readWith);
            }
        }

        /** One failure per value and outcome, listing the write → read command pairs that gave it. */
        private void mismatch(Object expected, String outcome, String wroteWith, String readWith) {
            mismatches
                    .computeIfAbsent(
                            prefix(entry.type()) + "value " + MatrixValues.show(expected) + " " + outcome,
                            k -> new LinkedHashSet<>())
                    .add(wroteWith + " → " + readWith);
        }

        private Optional<Object> call(String command, Object value, Call call) {
            try {
                Object result = call.call();
                return Optional.of(result == null ? Boolean.TRUE : result);
            } catch (Throwable t) {
                WriteFailure f = writeFailures.computeIfAbsent(
                        describe(t), k -> new WriteFailure(new LinkedHashSet<>(), new ArrayList<>()));
                f.commands().add(command);
                if (f.values().stream().noneMatch(v -> MatrixValues.same(v, value))) {
                    f.values().add(value);
                }
                return Optional.empty();
            }
        }

        private Object target(String command) {
            return command.endsWith("(batched fallback)") ? fallback : queries;
        }

        private Object invoke(String name, Object... args) throws Throwable {
            return invokeOn(queries, name, args);
        }

        private Object invokeOn(Object target, String name, Object... args) throws Throwable {
            try {
                return method(name).invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        private Method method(String name) {
            for (Method m : queries.getClass().getMethods()) {
                if (m.getName().equals(name)) {
                    return m;
                }
            }
            throw new AssertionError("the generated " + queries.getClass().getName() + " has no method " + name);
        }

        private Method iterMethod(String name) {
            for (Method m : queries.getClass().getMethods()) {
                if (m.getName().equals(name) && Stream.class.equals(m.getReturnType())) {
                    return m;
                }
            }
            throw new AssertionError("the generated " + queries.getClass().getName() + " has no Stream method " + name);
        }

        private Object toJava(Object value, Type javaType) {
            return MatrixValues.toJava(value, javaType);
        }

        /** An id as the generated code's key argument takes it (int or long: varargs reflection boxes both). */
        private Object id(int id) {
            return idClass == long.class || idClass == Long.class ? (Object) (long) id : (Object) id;
        }

        /** The id argument's Java type, from the :exec method's first argument. */
        private Class<?> idClass = int.class;
    }

    private void runKey(KeyEntry key, Object queries, List<String> failures) {
        String x = camel(key.tag());
        String what = "[" + engine() + "] :execlastid key " + key.table().keyType() + " ("
                + (key.table().keyFirst() ? "first" : "not the first") + " column): ";
        try {
            Method add = findMethod(queries, "add" + x);
            Method label = findMethod(queries, "label" + x);
            Object first = unwrap(() -> add.invoke(queries, "first"));
            Object second = unwrap(() -> add.invoke(queries, "second"));
            if (MatrixValues.same(first, second)) {
                failures.add(what + "two inserts returned the same key " + MatrixValues.show(first));
            }
            if (!MatrixValues.box(label.getParameterTypes()[0]).isInstance(first)) {
                failures.add(what + "returned " + MatrixValues.show(first) + ", the key column's Java type is "
                        + label.getParameterTypes()[0].getName());
                return;
            }
            assertEquals(
                    Optional.of("first"),
                    unwrap(() -> label.invoke(queries, first)),
                    what + "the key of the first row");
            assertEquals(
                    Optional.of("second"),
                    unwrap(() -> label.invoke(queries, second)),
                    what + "the key of the second row");
        } catch (AssertionError e) {
            failures.add(e.getMessage());
        } catch (Throwable t) {
            failures.add(what + "threw " + describe(t));
        }
    }

    /** {@code db} behind a proxy that wraps nothing: generated code cannot reach the driver's own API. */
    private static Connection hidingTheDriver(Connection db) {
        return (Connection) java.lang.reflect.Proxy.newProxyInstance(
                RoundTripMatrix.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "isWrapperFor":
                            return false;
                        case "unwrap":
                            throw new java.sql.SQLException("not a wrapper");
                        default:
                            try {
                                return method.invoke(db, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                    }
                });
    }

    private record WriteFailure(Set<String> commands, List<Object> values) {}

    private interface Call {
        Object call() throws Throwable;
    }

    private interface Read {
        List<?> rows() throws Throwable;
    }

    private static Object unwrap(Call call) throws Throwable {
        try {
            return call.call();
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Method findMethod(Object queries, String name) {
        for (Method m : queries.getClass().getMethods()) {
            if (m.getName().equals(name)) {
                return m;
            }
        }
        throw new AssertionError("the generated Queries has no method " + name);
    }

    private static Object component(Object row, int index) {
        if (!row.getClass().isRecord()) {
            return index == 0 ? row : null;
        }
        try {
            return row.getClass().getRecordComponents()[index].getAccessor().invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code failure} holds every part of {@code known}, in order (parts separated by {@code " … "}). */
    private static boolean matches(String failure, String known) {
        int at = 0;
        for (String part : known.split(" … ")) {
            at = failure.indexOf(part, at);
            if (at < 0) {
                return false;
            }
            at += part.length();
        }
        return true;
    }

    /** An exception as a failure shows it: its class, message and the causes' (the first line of each). */
    static String describe(Throwable t) {
        StringBuilder out = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (out.length() > 0) {
                out.append(" <- ");
            }
            String message = String.valueOf(c.getMessage()).lines().findFirst().orElse("");
            out.append(c.getClass().getSimpleName()).append(": ").append(message);
        }
        return out.toString();
    }

    private static Class<?> raw(Type type) {
        return MatrixValues.raw(type);
    }

    /** A type's name as an SQL identifier fragment: {@code timestamp with time zone} → {@code timestamp_with_time_zone}. */
    static String tag(String typeName) {
        String t = typeName.toLowerCase(Locale.ROOT).replace("[]", "_arr").replaceAll("[^a-z0-9]+", "_");
        return t.replaceAll("^_+|_+$", "");
    }

    private static String uniqueTag(Set<String> tags, String tag) {
        String unique = tag;
        for (int i = 2; !tags.add(unique); i++) {
            unique = tag + "_" + i;
        }
        return unique;
    }

    static String camel(String tag) {
        StringBuilder out = new StringBuilder();
        for (String part : tag.split("_")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }
}
