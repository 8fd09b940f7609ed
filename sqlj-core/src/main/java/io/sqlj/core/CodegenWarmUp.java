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

    /** Rounds at most: enough for the compiler's invocation thresholds, not a loop that outlives a slow engine. */
    static final int MAX_ROUNDS = 6;

    private @Nullable Thread thread;
    private final Timings timings;
    private final String phase;
    private volatile boolean stop;
    private volatile int rounds;
    private volatile long busyNanos;

    private CodegenWarmUp(Timings timings, String phase) {
        this.timings = timings;
        this.phase = phase;
    }

    /** Starts warming {@code generator} for {@code def} of {@code block}. */
    static CodegenWarmUp start(CodeGenerator generator, SqlBlock block, CodegenDef def, Timings timings) {
        CodegenWarmUp warmUp =
                new CodegenWarmUp(timings, "sql[" + block.index() + "] codegen " + def.plugin() + " warm-up");
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
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            // only a warm-up: the real codegen reports whatever this would have found
        } finally {
            busyNanos = System.nanoTime() - start;
        }
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
