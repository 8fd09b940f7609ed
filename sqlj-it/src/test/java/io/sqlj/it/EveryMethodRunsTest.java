package io.sqlj.it;

import static org.junit.jupiter.api.Assertions.fail;

import io.sqlj.core.SchemaTextOf;
import io.sqlj.core.config.CodegenDef;
import io.sqlj.core.config.Config;
import io.sqlj.core.config.ConfigLoader;
import io.sqlj.core.config.ConfigResult;
import io.sqlj.core.config.Destination;
import io.sqlj.core.config.SqlBlock;
import io.sqlj.core.engine.BundledEngines;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every public method of every golden case's generated {@code Queries} runs against the engine's
 * real database: the case's schema loaded as its engine loads it, the methods called by
 * reflection in declaration order with synthesized values of their declared Java types ({@link
 * Synthesized}), once with values and, when a parameter may be null, once more with nulls; all of
 * a case in one transaction with a savepoint per call, so rows inserted early are read by later
 * selects, rolled back at the end. What comes back is walked to the last record component and
 * checked against its declared type.
 *
 * <p>A call ends clean, with a data outcome (a constraint or a value the database refuses for its
 * content, no row, a guard of the query's own: {@link Outcome#classify}), or with a generator bug
 * (a type error of the SQL the code sends, a driver that cannot bind or read what the code gives
 * it, a cast or null inside the generated code, a value not of its declared type). Bugs fail the
 * test; {@link #KNOWN} lists the ones not fixed yet, each with its reason, and an entry that no
 * longer happens fails too, so the list only shrinks. The counts per case are printed.
 */
class EveryMethodRunsTest {

    /** Generator bugs seen and not fixed yet: {@code "<case>/<package suffix>#method"} → why. */
    static final Map<String, String> KNOWN = Map.of();

    private static final Map<String, Tally> TALLIES = Collections.synchronizedMap(new TreeMap<>());

    /** A golden case's generated package of one engine, with the schema its code was generated from. */
    record Target(String caseName, String engine, String javaPackage, Path sources, String schema, boolean annotated) {
        String label() {
            String suffix = javaPackage.substring(("testdata." + caseName).length());
            return caseName + (suffix.isEmpty() ? "" : "/" + suffix.substring(1));
        }
    }

    @TestFactory
    Stream<DynamicTest> sqlite() {
        return targets("sqlite").stream()
                .map(t -> DynamicTest.dynamicTest(t.label(), () -> {
                    try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:")) {
                        loaded(t, io.sqlj.engine.sqlite.SchemaLoading.load(db, t.schema()));
                        runAll(t, db);
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> postgresql() {
        return targets("postgresql").stream()
                .map(t -> DynamicTest.dynamicTest(t.label(), () -> {
                    try (Connection db = Postgres.emptyDatabase(t.caseName())) {
                        try (Statement s = db.createStatement()) {
                            s.execute("SET statement_timeout = '10s'");
                        }
                        loaded(t, io.sqlj.engine.postgresql.SchemaLoading.load(db, t.schema()));
                        runAll(t, db);
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> mysql() {
        return targets("mysql").stream()
                .map(t -> DynamicTest.dynamicTest(t.label(), () -> {
                    String database = io.sqlj.engine.mysql.SchemaLoading.databaseName(t.schema());
                    try (Connection admin =
                                    DriverManager.getConnection(MariaDb.server().jdbcUrl(""));
                            Statement s = admin.createStatement()) {
                        s.execute("DROP DATABASE IF EXISTS `" + database + "`");
                        s.execute("CREATE DATABASE `" + database + "`");
                    }
                    try (Connection db =
                            DriverManager.getConnection(MariaDb.server().jdbcUrl(database))) {
                        try (Statement s = db.createStatement()) {
                            s.execute("SET SESSION max_statement_time = 10");
                        }
                        loaded(t, io.sqlj.engine.mysql.SchemaLoading.load(db, t.schema()));
                        runAll(t, db);
                    } finally {
                        try (Connection admin = DriverManager.getConnection(
                                        MariaDb.server().jdbcUrl(""));
                                Statement s = admin.createStatement()) {
                            s.execute("DROP DATABASE IF EXISTS `" + database + "`");
                        }
                    }
                }));
    }

    /**
     * The DuckDB goldens on an in-memory DuckDB through its JDBC driver. DuckDB has no savepoints:
     * each call commits on its own (auto-commit), which the fresh database per case makes harmless.
     */
    @TestFactory
    Stream<DynamicTest> duckdb() {
        return targets("duckdb").stream()
                .map(t -> DynamicTest.dynamicTest(t.label(), () -> {
                    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
                        try (Statement s = db.createStatement()) {
                            s.execute(t.schema());
                        }
                        runAll(t, db);
                    }
                }));
    }

    /** No golden case is left out: each one that generates code has a package on one of the four engines. */
    @org.junit.jupiter.api.Test
    void everyCaseThatGeneratesIsRun() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> list = Files.list(testdata())) {
            for (Path dir : list.filter(d -> Files.isDirectory(d.resolve("expected")))
                    .sorted()
                    .toList()) {
                List<Target> targets = targetsOf(dir);
                if (targets.isEmpty()
                        || targets.stream()
                                .anyMatch(t -> !List.of("sqlite", "postgresql", "mysql", "duckdb")
                                        .contains(t.engine()))) {
                    missing.add(dir.getFileName().toString());
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), missing, "cases this test does not run");
    }

    private static void loaded(Target t, List<String> errors) {
        if (!errors.isEmpty()) {
            fail(t.label() + ": the schema does not load as its engine loads it: " + errors);
        }
    }

    @AfterAll
    static void summary() {
        Map<String, Tally> byEngine = new TreeMap<>();
        StringBuilder out = new StringBuilder("EveryMethodRunsTest: case, methods, calls clean / data / bug\n");
        synchronized (TALLIES) {
            TALLIES.forEach((label, tally) -> {
                out.append(String.format(
                        "  %-8s %-50s %4d methods %5d calls: %4d clean %4d data %3d bug%n",
                        tally.engine, label, tally.methods, tally.calls(), tally.clean, tally.data, tally.bugs.size()));
                byEngine.computeIfAbsent(tally.engine, Tally::new).add(tally);
            });
        }
        byEngine.forEach((engine, tally) -> out.append(String.format(
                "  total %-10s %3d packages %5d methods %5d calls: %5d clean %5d data %3d bug%n",
                engine, tally.packages, tally.methods, tally.calls(), tally.clean, tally.data, tally.bugs.size())));
        System.out.print(out);
    }

    /** The counts of one target, or the sum of an engine's. */
    static final class Tally {
        final String engine;
        int packages = 1;
        int methods;
        int clean;
        int data;
        final List<String> bugs = new ArrayList<>();
        final Map<String, Integer> dataKinds = new TreeMap<>();

        Tally(String engine) {
            this.engine = engine;
            packages = 0;
        }

        int calls() {
            return clean + data + bugs.size();
        }

        void add(Tally other) {
            packages++;
            methods += other.methods;
            clean += other.clean;
            data += other.data;
            bugs.addAll(other.bugs);
        }
    }

    // ---- the cases ----

    static Path testdata() {
        return Sqlite.root().resolve("testdata");
    }

    /** Every generated package of {@code engine} among the golden cases that generate code. */
    static List<Target> targets(String engine) {
        List<Target> out = new ArrayList<>();
        List<Path> dirs;
        try (Stream<Path> list = Files.list(testdata())) {
            dirs = list.filter(d -> Files.isDirectory(d.resolve("expected")))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String only = System.getProperty("sqlj.cases", "");
        for (Path dir : dirs) {
            if (!only.isEmpty() && !dir.getFileName().toString().matches(only)) {
                continue;
            }
            out.addAll(targetsOf(dir).stream()
                    .filter(t -> t.engine().equals(engine))
                    .toList());
        }
        return out;
    }

    static List<Target> targetsOf(Path dir) {
        Optional<Path> config = configOf(dir);
        if (config.isEmpty()) {
            return List.of();
        }
        String caseName = dir.getFileName().toString();
        Destination destination = config.get().getFileName().toString().startsWith("sqlc.")
                ? new Destination(Optional.of(dir.resolve("expected")), Optional.of("testdata." + caseName))
                : Destination.NONE;
        ConfigResult result = ConfigLoader.load(
                config.get(), Map.of("PATH", System.getenv("PATH")), BundledEngines.names(), destination);
        Config loaded = result.runnable().orElseThrow(() -> new AssertionError(caseName + ": " + result.diagnostics()));
        Map<String, Target> byPackage = new LinkedHashMap<>();
        for (SqlBlock block : loaded.sql()) {
            for (CodegenDef def : block.codegen()) {
                if (!def.plugin().equals("java") || !(def.options().get("package") instanceof String pkg)) {
                    continue;
                }
                Path sources = def.out().resolve(pkg.replace('.', '/'));
                if (!Files.isDirectory(sources) || byPackage.containsKey(pkg)) {
                    continue;
                }
                String schema;
                try {
                    schema = SchemaTextOf.of(loaded, block);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                boolean annotated = def.options().get("nullability") instanceof String n && !n.equals("none");
                byPackage.put(pkg, new Target(caseName, block.engine(), pkg, sources, schema, annotated));
            }
        }
        return List.copyOf(byPackage.values());
    }

    /** As GoldenTest: a case's sqlj.yaml, sqlc config, or the config its config-path.txt names. */
    static Optional<Path> configOf(Path dir) {
        Path pointer = dir.resolve("config-path.txt");
        try {
            if (Files.isRegularFile(pointer)) {
                return Optional.of(dir.resolve(Files.readString(pointer).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Stream.of("sqlj.yaml", "sqlc.yaml", "sqlc.yml", "sqlc.json")
                .map(dir::resolve)
                .filter(Files::isRegularFile)
                .findFirst();
    }

    // ---- running one target ----

    private static final Pattern PUBLIC_METHOD =
            Pattern.compile("(?m)^    public (?!static)(?!final class)(?!record)[^=;({\\n]*?\\b(\\w+)\\(");

    static void runAll(Target t, Connection db) throws Exception {
        Tally tally = new Tally(t.engine());
        TALLIES.put(t.label(), tally);
        List<String> lines = new ArrayList<>();
        boolean savepoints = !t.engine().equals("duckdb");
        db.setAutoCommit(!savepoints);
        NullReads nullReads = new NullReads();
        try {
            for (Object queries : queriesObjects(t, nullReads.wrap(db))) {
                for (Method m : methodsInOrder(queries.getClass(), t.sources())) {
                    tally.methods++;
                    for (Synthesized.Nulls nulls : Synthesized.nullsPasses(m)) {
                        Outcome outcome = callOnce(db, queries, m, nulls, t, savepoints, nullReads);
                        switch (outcome.kind()) {
                            case CLEAN -> tally.clean++;
                            case DATA -> {
                                tally.data++;
                                tally.dataKinds.merge(outcome.detail(), 1, Integer::sum);
                            }
                            case BUG -> {
                                String key = t.label() + "#" + m.getName();
                                String line = key + nulls.label() + ": " + outcome.detail();
                                tally.bugs.add(line);
                                lines.add(line);
                            }
                        }
                    }
                }
            }
        } finally {
            if (savepoints) {
                db.rollback();
            }
        }
        List<String> unexpected = new ArrayList<>();
        for (String line : lines) {
            String key = line.substring(0, line.indexOf(line.contains(" (nulls") ? " (nulls" : ": "));
            if (KNOWN.containsKey(key)) {
                System.out.println("known (" + KNOWN.get(key) + "): " + line);
            } else {
                unexpected.add(line);
            }
        }
        for (String known : KNOWN.keySet()) {
            if (known.startsWith(t.label() + "#")
                    && lines.stream().noneMatch(l -> l.startsWith(known + ":") || l.startsWith(known + " ("))) {
                unexpected.add(known + ": listed in KNOWN but runs without a bug now; remove it");
            }
        }
        System.out.printf(
                "%s %s: %d methods, %d clean, %d data %s, %d bug%n",
                t.engine(), t.label(), tally.methods, tally.clean, tally.data, tally.dataKinds, tally.bugs.size());
        if (!unexpected.isEmpty()) {
            fail(unexpected.size() + " generator bug(s) in " + t.label() + ":\n  " + String.join("\n  ", unexpected));
        }
    }

    /** The case's classes made with a {@code Connection} (Queries, QueriesImpl, or its class_name). */
    static List<Object> queriesObjects(Target t, Connection db) throws Exception {
        List<Object> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(t.sources())) {
            files = list.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString().replace(".java", "");
            Class<?> c = Class.forName(t.javaPackage() + "." + name);
            if (c.isInterface() || c.isRecord() || c.isEnum() || !Modifier.isPublic(c.getModifiers())) {
                continue;
            }
            try {
                Constructor<?> ctor = c.getConstructor(Connection.class);
                out.add(ctor.newInstance(db));
            } catch (NoSuchMethodException e) {
                // not a queries class
            }
        }
        if (out.isEmpty()) {
            fail(t.label() + ": no class with a public constructor taking a Connection in " + t.sources());
        }
        return out;
    }

    /** The public instance methods of {@code c}, in the order its source declares them. */
    static List<Method> methodsInOrder(Class<?> c, Path sources) throws IOException {
        String source = Files.readString(sources.resolve(c.getSimpleName() + ".java"));
        List<String> names = new ArrayList<>();
        Matcher m = PUBLIC_METHOD.matcher(source);
        while (m.find()) {
            if (!names.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        List<Method> out = new ArrayList<>();
        for (String name : names) {
            for (Method method : c.getDeclaredMethods()) {
                if (method.getName().equals(name)
                        && Modifier.isPublic(method.getModifiers())
                        && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic()
                        && !method.isBridge()) {
                    out.add(method);
                }
            }
        }
        for (Method method : c.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers())
                    && !Modifier.isStatic(method.getModifiers())
                    && !method.isSynthetic()
                    && !out.contains(method)) {
                throw new AssertionError("method " + method + " not found in the source's order; fix PUBLIC_METHOD");
            }
        }
        return out;
    }

    /** One call in its own savepoint, what it returns walked and checked. */
    static Outcome callOnce(
            Connection db,
            Object queries,
            Method m,
            Synthesized.Nulls nulls,
            Target t,
            boolean savepoints,
            NullReads nullReads)
            throws SQLException {
        Object[] args;
        try {
            args = Synthesized.arguments(m, nulls);
        } catch (Synthesized.CannotSynthesize e) {
            return Outcome.bug("cannot synthesize a value: " + e.getMessage());
        }
        Savepoint savepoint = savepoints ? db.setSavepoint() : null;
        nullReads.drain();
        Outcome outcome;
        try {
            Object result = m.invoke(queries, args);
            List<String> problems = new ArrayList<>();
            boolean nonNull = t.annotated() || Boolean.getBoolean("sqlj.checkNonNull");
            Synthesized.check(result, m.getAnnotatedReturnType(), "result", problems, nonNull);
            for (Object arg : args) {
                if (arg instanceof Synthesized.Collecting seen) {
                    for (int i = 0; i < seen.seen.size(); i++) {
                        Synthesized.check(seen.seen.get(i), seen.elementType, "accepted[" + i + "]", problems, nonNull);
                    }
                }
            }
            problems.addAll(nullReads.drain());
            outcome = problems.isEmpty() ? Outcome.CLEAN_OUTCOME : Outcome.bug(String.join("; ", problems));
        } catch (InvocationTargetException e) {
            outcome = Outcome.classify(e.getCause(), t.javaPackage());
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw new AssertionError(m + ": the test called it wrong", e);
        } catch (RuntimeException e) {
            // thrown while walking a lazy result (an :iter stream)
            outcome = Outcome.classify(e, t.javaPackage());
        }
        if (db.isClosed()) {
            throw new AssertionError(m + " closed the connection");
        }
        if (savepoint == null) {
            // no savepoints (DuckDB): each call committed or failed on its own
        } else if (outcome.kind() == Outcome.Kind.CLEAN) {
            db.releaseSavepoint(savepoint);
        } else {
            db.rollback(savepoint);
        }
        return outcome;
    }
}
