package io.sqlj.codegen.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.core.Command;
import io.sqlj.core.Diagnostic;
import io.sqlj.core.ResolvedQuery;
import io.sqlj.core.codegen.CodegenRequest;
import io.sqlj.engine.v1.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link QueryPlanner#planAll} drafts the queries on several threads (§1x) and must give exactly what
 * planning them one by one in order gives: the same models (method and constant names made unique in
 * query order) and the same diagnostics in the same order, errors included.
 */
class PlanInParallelTest {

    private static final String[] TYPES = {"BIGINT", "VARCHAR", "INTEGER", "DOUBLE", "BOOLEAN", "NO_SUCH_TYPE"};
    private static final String[] COLUMNS = {"id", "name", "note", "id", "amount", "created_at", "Name", "x"};
    private static final Command[] COMMANDS = {
        Command.ONE, Command.MANY, Command.EXEC, Command.EXECROWS, Command.EXECLASTID, Command.BATCHEXEC
    };

    @Test
    void parallelPlanningEqualsPlanningInOrder() {
        for (long seed = 1; seed <= 6; seed++) {
            List<ResolvedQuery> queries = randomQueries(new Random(seed), 300 + (int) seed * 40);
            CodegenRequest request = Fixtures.request(Fixtures.options("package", "com.example.db"), queries);

            List<Diagnostic> inOrder = new ArrayList<>();
            QueryPlanner one = planner(request, inOrder);
            List<String> expected = new ArrayList<>();
            for (ResolvedQuery query : queries) {
                one.plan(query).ifPresent(model -> expected.add(model.toString()));
            }

            List<Diagnostic> parallel = new ArrayList<>();
            QueryPlanner all = planner(request, parallel);
            List<String> got =
                    all.planAll(queries).stream().map(QueryModel::toString).toList();

            assertEquals(expected, got, "seed " + seed);
            assertEquals(inOrder, parallel, "seed " + seed);
            assertTrue(parallel.stream().anyMatch(Diagnostic::isError), "the sample has errors to order");
            assertTrue(expected.size() > queries.size() / 4, "most queries plan: " + expected.size());
        }
    }

    /** A planner as {@link JavaGenerator#generate} makes it. */
    private static QueryPlanner planner(CodegenRequest request, List<Diagnostic> diagnostics) {
        JavaOptions options = JavaOptions.lenient(request.def(), diagnostics);
        Catalog catalog = EmbeddedTables.complete(Catalog.getDefaultInstance(), request.queries());
        TypeMapper types = TypeMapper.create(options.packageName(), request.queries(), catalog, options.overrides())
                .reserve(ModelPlanner.names(catalog, options));
        assertTrue(types.threadSafe(), "no composite type: the drafts are made in parallel");
        Map<String, TableModel> models =
                ModelPlanner.plan(catalog, options, types, request.def().location(), diagnostics);
        return new QueryPlanner(options, types, models, diagnostics, "sqlite");
    }

    /**
     * Queries whose names repeat (clashing methods), differ only in what upperSnake drops (constants
     * made unique), with unknown types, no columns for a row command, no key for :execlastid, and
     * too many parameters for a method (an error found after the first checks).
     */
    private static List<ResolvedQuery> randomQueries(Random random, int n) {
        List<ResolvedQuery> queries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int id = random.nextInt(n);
            String name = switch (random.nextInt(4)) {
                case 0 -> "Get" + id;
                case 1 -> "get_" + id;
                case 2 -> "Get_" + id + "_";
                default -> "List" + id + "Rows";
            };
            Command command = COMMANDS[random.nextInt(COMMANDS.length)];
            Fixtures.Q q = Fixtures.query(name, command, "SELECT " + i + " /* " + name + " */")
                    .line(i + 1);
            int columns = command.returnsRows() ? random.nextInt(5) : 0;
            for (int c = 0; c < columns; c++) {
                q.column(COLUMNS[random.nextInt(COLUMNS.length)], type(random), random.nextBoolean());
            }
            int params = random.nextInt(30) == 0 ? 130 : random.nextInt(4);
            for (int p = 0; p < params; p++) {
                q.param(
                        params > 10 ? "p" + p : COLUMNS[random.nextInt(COLUMNS.length)],
                        type(random),
                        random.nextBoolean());
            }
            if (command == Command.EXECLASTID && random.nextBoolean()) {
                q.key("id", "BIGINT");
            }
            queries.add(q.build());
        }
        return queries;
    }

    private static String type(Random random) {
        return random.nextInt(12) == 0 ? TYPES[TYPES.length - 1] : TYPES[random.nextInt(TYPES.length - 1)];
    }
}
