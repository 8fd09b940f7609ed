package io.sqlj.core;

import io.sqlj.core.codegen.CodeGenerator;
import io.sqlj.core.codegen.CodegenRequest;
import io.sqlj.core.config.CodegenDef;
import io.sqlj.core.config.SqlBlock;
import io.sqlj.engine.v1.Catalog;
import io.sqlj.engine.v1.Column;
import io.sqlj.engine.v1.Parameter;
import io.sqlj.engine.v1.ParseResponse;
import io.sqlj.engine.v1.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Runs a block's code generator over a small built-in sample on a background thread while the
 * engine resolves the block, and throws the result away, so that the real codegen (which only
 * starts once the engine has answered) runs on loaded classes and compiled code in a fresh JVM
 * (docs/performance.md §1t). It never touches the real run: its own request, its files dropped,
 * its diagnostics not kept, any failure ignored.
 */
public final class CodegenWarmUp implements AutoCloseable {

    /**
     * The most queries a block may have for the warm-up to collect the garbage after its rounds: the
     * java generator allocates ~55 KB per query (docs/performance.md §1al), so up to here its real
     * run fits in the young generation of a default heap (~100 MB on a 24 GB machine) once that is
     * empty; past it the run collects several times anyway, and a full collection before it only
     * adds to the heap's footprint (10,000 queries: peak RSS +6-10 MB).
     */
    static final int COLLECT_UP_TO = 2_000;

    /** Rounds at most: enough for the compiler's invocation thresholds, not a loop that outlives a slow engine. */
    static final int MAX_ROUNDS = 6;

    private @Nullable Thread thread;
    private final Timings timings;
    private final String phase;
    private volatile boolean stop;
    private volatile int rounds;
    private volatile long busyNanos;
    private final boolean collect;
    private volatile boolean collected;
    private volatile long gcNanos;

    private CodegenWarmUp(Timings timings, String phase, boolean collect) {
        this.timings = timings;
        this.phase = phase;
        this.collect = collect;
    }

    /**
     * Starts warming {@code generator} for {@code def} of {@code block}, whose real request will hold
     * {@code queries} queries (whether to collect after the rounds, {@link #COLLECT_UP_TO}).
     */
    static CodegenWarmUp start(CodeGenerator generator, SqlBlock block, CodegenDef def, Timings timings, int queries) {
        CodegenWarmUp warmUp = new CodegenWarmUp(
                timings, "sql[" + block.index() + "] codegen " + def.plugin() + " warm-up", queries <= COLLECT_UP_TO);
        CodegenRequest sample =
                new CodegenRequest(block, def, sample(), SqljVersion.get(), Optional.of(sampleCatalog()), warmUp::drop);
        Thread thread = new Thread(() -> warmUp.warm(generator, sample), "sqlj-codegen-warm-up");
        thread.setDaemon(true);
        warmUp.thread = thread;
        thread.start();
        return warmUp;
    }

    /**
     * The sample's sink: drops each file, and once the engine has answered ends the round at its
     * next file, so that the warm-up does not compete with the real codegen for long.
     */
    private void drop(String path, String contents) {
        if (stop) {
            throw new Stopped();
        }
    }

    /** Ends a round of the warm-up; no stack trace: nobody sees it. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("the warm-up is over", null, false, false);
        }
    }

    private void warm(CodeGenerator generator, CodegenRequest sample) {
        long start = System.nanoTime();
        try {
            while (!stop && rounds < MAX_ROUNDS) {
                generator.generate(sample);
                rounds++;
            }
            if (collect && !stop) {
                collect();
            }
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            // only a warm-up: the real codegen reports whatever this would have found
        } finally {
            busyNanos = System.nanoTime() - start;
        }
    }

    /**
     * Collects the garbage of the run so far (the front's, the sample's) while the engine still
     * works, so that the real codegen starts with an empty young generation: at 1,000 queries its
     * allocations then fit in it, and the collection it would have met halfway, with the queries
     * class and most files alive, does not happen on the critical path (docs/performance.md §1al).
     * Only once the rounds are done and the engine has not answered yet, and for a block of at most
     * {@link #COLLECT_UP_TO} queries.
     */
    private void collect() {
        long at = System.nanoTime();
        System.gc();
        collected = true;
        gcNanos = System.nanoTime() - at;
    }

    /** Whether the rounds were all done before {@link #close} and the garbage collected after them. */
    boolean collected() {
        return collected;
    }

    /** Stops at the next file the round under way renders (not waiting for it), records what it did when timings are on. */
    @Override
    public void close() {
        stop = true;
        Thread running = thread;
        if (timings.enabled() && running != null) {
            try {
                running.join(TimeUnit.SECONDS.toMillis(5)); // only to report whole figures
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            timings.addFigure(phase + " (" + rounds + " rounds, busy)", busyNanos);
            if (collected) {
                timings.addFigure(phase + ": collection after the rounds", gcNanos);
            }
        }
    }

    private static final String[] TYPES = {"BIGINT", "VARCHAR", "VARCHAR", "BIGINT", "DOUBLE", "TIMESTAMP"};
    private static final String[] COLUMNS = {"id", "name", "note", "amount", "score", "created_at"};
    private static final int TABLES = 4;

    /**
     * The sample's schema: tables {@code warm_up_0..3} with a key, text, number and time columns,
     * some nullable. Public for the generators' tests, which check that it takes their usual paths.
     */
    public static Catalog sampleCatalog() {
        Catalog.Builder catalog = Catalog.newBuilder();
        for (int t = 0; t < TABLES; t++) {
            Table.Builder table = Table.newBuilder().setName("warm_up_" + t);
            for (int c = 0; c < COLUMNS.length; c++) {
                table.addColumns(column(t, c));
            }
            catalog.addTables(table);
        }
        return catalog.build();
    }

    private static Column column(int table, int c) {
        return Column.newBuilder()
                .setName(COLUMNS[c])
                .setDataType(TYPES[c])
                .setJdbcType(TYPES[c])
                .setNullable(c == 2 || c == 4)
                .setTableName("warm_up_" + table)
                .build();
    }

    private static Parameter parameter(int table, int c, int position) {
        return Parameter.newBuilder()
                .setName(COLUMNS[c])
                .setPosition(position)
                .setDataType(TYPES[c])
                .setJdbcType(TYPES[c])
                .setNullable(c == 2 || c == 4)
                .setTableName("warm_up_" + table)
                .setColumnName(COLUMNS[c])
                .build();
    }

    /**
     * The sample's queries, as an engine would answer them: per table a row by key (all columns:
     * the table's model), a list of some columns (a row record), an update, a delete counting rows,
     * an insert (a params record).
     */
    public static List<ResolvedQuery> sample() {
        List<ResolvedQuery> queries = new ArrayList<>();
        int line = 1;
        for (int t = 0; t < TABLES; t++) {
            String table = "warm_up_" + t;
            String all = String.join(", ", COLUMNS);
            ParseResponse.Builder one = ParseResponse.newBuilder()
                    .setSql("SELECT " + all + " FROM " + table + " WHERE id = ?")
                    .addParameters(parameter(t, 0, 1));
            String some = String.join(", ", List.of(COLUMNS).subList(0, COLUMNS.length - 1));
            ParseResponse.Builder many = ParseResponse.newBuilder()
                    .setSql("SELECT " + some + " FROM " + table + " WHERE amount > ? ORDER BY id LIMIT ?")
                    .addParameters(parameter(t, 3, 1))
                    .addParameters(Parameter.newBuilder()
                            .setName("limit")
                            .setPosition(2)
                            .setDataType("INTEGER")
                            .setJdbcType("INTEGER"));
            for (int c = 0; c < COLUMNS.length; c++) {
                one.addColumns(column(t, c)); // the table's model
                if (c < COLUMNS.length - 1) {
                    many.addColumns(column(t, c)); // a record of its own
                }
            }
            ParseResponse.Builder update = ParseResponse.newBuilder()
                    .setSql("UPDATE " + table + " SET name = ?, note = ? WHERE id = ?")
                    .addParameters(parameter(t, 1, 1))
                    .addParameters(parameter(t, 2, 2))
                    .addParameters(parameter(t, 0, 3));
            ParseResponse.Builder delete = ParseResponse.newBuilder()
                    .setSql("DELETE FROM " + table + " WHERE amount < ?")
                    .addParameters(parameter(t, 3, 1));
            ParseResponse.Builder insert = ParseResponse.newBuilder()
                    .setSql("INSERT INTO " + table + " (" + all + ") VALUES (?, ?, ?, ?, ?, ?)");
            for (int c = 0; c < COLUMNS.length; c++) {
                insert.addParameters(parameter(t, c, c + 1));
            }
            queries.add(query("GetWarmUp" + t, Command.ONE, one, line++));
            queries.add(query("ListWarmUp" + t, Command.MANY, many, line++));
            queries.add(query("UpdateWarmUp" + t, Command.EXEC, update, line++));
            queries.add(query("DeleteWarmUp" + t, Command.EXECROWS, delete, line++));
            queries.add(query("InsertWarmUp" + t, Command.EXEC, insert, line++));
        }
        return queries;
    }

    private static ResolvedQuery query(String name, Command command, ParseResponse.Builder response, int line) {
        String sql = response.getSql();
        QueryDecl decl = new QueryDecl(name, command, sql + ";", List.of(), "sqlj-warm-up.sql", line, line);
        return new ResolvedQuery(decl, response.build());
    }
}
