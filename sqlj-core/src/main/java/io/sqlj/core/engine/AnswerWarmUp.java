package io.sqlj.core.engine;

import io.sqlj.core.Command;
import io.sqlj.core.QueryDecl;
import io.sqlj.engine.v1.BatchParseResponse;
import io.sqlj.engine.v1.Catalog;
import io.sqlj.engine.v1.Column;
import io.sqlj.engine.v1.EnumType;
import io.sqlj.engine.v1.OptionalPredicate;
import io.sqlj.engine.v1.Parameter;
import io.sqlj.engine.v1.ParseResponse;
import io.sqlj.engine.v1.SortChoice;
import io.sqlj.engine.v1.Table;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads a built-in answer once, on a background thread, while the first engine of the process
 * works: the first real answer then finds protobuf's descriptors built, the reflective field
 * accessors {@link FieldLimits} walks made and the decoding code compiled, instead of paying for
 * them after the engine has answered, on the run's critical path (docs/performance.md §1af). Nothing
 * it makes is kept or reported; a failure is ignored (the real answer then pays as before).
 */
final class AnswerWarmUp {

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private AnswerWarmUp() {}

    /** Starts the warm-up unless this process has started it already. */
    static void start() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(AnswerWarmUp::run, "sqlj-answer-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Decodes and checks the sample answer; returns how many of its answers were checked (0 when something broke). */
    static int run() {
        try {
            byte[] bytes = sample().toByteArray();
            BatchParseResponse response = BatchParseResponse.parseFrom(bytes);
            FieldLimits.firstExcess(response.getCatalog(), 0);
            String sql = response.getResponses(0).getSql();
            QueryDecl decl = new QueryDecl("WarmUp", Command.MANY, sql, List.of(), "warm-up.sql", 1, 1);
            SchemaText schema = SchemaText.join(List.of("warm-up.sql"), List.of("CREATE TABLE t (a INT);"));
            int checked = 0;
            for (ParseResponse one : response.getResponsesList()) {
                ResponseCheck.check("sqlite", decl, one, schema);
                checked++;
            }
            return checked;
        } catch (Exception | LinkageError e) {
            return 0;
        }
    }

    /**
     * An answer with every message type of the protocol set, and an SQL text and a catalog large
     * enough that the field walk of {@link FieldLimits} runs over them (small answers are not walked).
     */
    static BatchParseResponse sample() {
        Column column = Column.newBuilder()
                .setName("a")
                .setDataType("INTEGER")
                .setNullable(true)
                .setJdbcType("BIGINT")
                .setTableName("t")
                .addEnumLabels("x")
                .build();
        Parameter parameter = Parameter.newBuilder()
                .setName("a")
                .setPosition(1)
                .setDataType("INTEGER")
                .setJdbcType("BIGINT")
                .addCompositeAttributes(column)
                .build();
        String sql = "SELECT a FROM t WHERE a = ?" + " ".repeat(FieldLimits.SMALL) + "ORDER BY a";
        ParseResponse one = ParseResponse.newBuilder()
                .setSql(sql)
                .addParameters(parameter)
                .addColumns(column)
                .addDiagnostics(io.sqlj.engine.v1.Diagnostic.newBuilder()
                        .setSeverity(io.sqlj.engine.v1.Diagnostic.Severity.WARNING)
                        .setMessage("m")
                        .setLine(1)
                        .setColumn(1))
                .setGeneratedKey(column)
                .addOptionalPredicates(
                        OptionalPredicate.newBuilder().setStart(0).setEnd(0).addParameters(0))
                .setSort(SortChoice.newBuilder().setName("s").addOrderings("a"))
                .build();
        ParseResponse small = ParseResponse.newBuilder()
                .setSql("SELECT a FROM t WHERE a = ?")
                .addParameters(parameter)
                .addColumns(column)
                .build();
        return BatchParseResponse.newBuilder()
                .addResponses(one)
                .addResponses(small)
                .setCatalog(Catalog.newBuilder()
                        .addTables(Table.newBuilder()
                                .setName("t")
                                .addColumns(column)
                                .setComment(" ".repeat(FieldLimits.TEXT))) // walked too, as a real catalog is
                        .addEnums(EnumType.newBuilder().setName("e").addLabels("x")))
                .build();
    }
}
