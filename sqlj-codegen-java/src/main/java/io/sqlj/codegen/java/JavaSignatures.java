package io.sqlj.codegen.java;

import io.sqlj.core.Diagnostic;
import io.sqlj.core.ResolvedQuery;
import io.sqlj.core.codegen.CodegenRequest;
import io.sqlj.engine.v1.Catalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the {@code java} generator makes of each query, for tools that show it rather than write
 * it (the language server's hover): the method declarations and the Java type of every parameter
 * and result column, planned exactly as {@link JavaGenerator} plans them.
 */
public final class JavaSignatures {

    /**
     * One parameter or result column.
     *
     * @param name the Java name (argument or record component)
     * @param sqlName the name in SQL: the parameter's or the column's
     * @param javaType the Java type as declared, with simple names
     */
    public record Typed(String name, String sqlName, String javaType, boolean nullable) {}

    /**
     * One query's generated code.
     *
     * @param className the simple name of the class that holds the method
     * @param declarations the method declarations (two for {@code :iter})
     * @param params the arguments, or the params record's components
     * @param columns the row's components; for {@code sqlj.embed} a whole record takes one
     */
    public record Method(
            String query,
            String className,
            String methodName,
            List<String> declarations,
            List<Typed> params,
            List<Typed> columns) {}

    private JavaSignatures() {}

    /** Query name → its method, for every query the generator can plan; empty when the options are invalid. */
    public static Map<String, Method> of(CodegenRequest request) {
        List<Diagnostic> ignored = new ArrayList<>();
        Optional<JavaOptions> parsed = JavaOptions.parse(request.def(), ignored);
        Map<String, Method> out = new LinkedHashMap<>();
        if (parsed.isEmpty()) {
            return out;
        }
        JavaOptions options = parsed.get();
        Catalog catalog =
                EmbeddedTables.complete(request.catalog().orElse(Catalog.getDefaultInstance()), request.queries());
        TypeMapper types = TypeMapper.create(options.packageName(), request.queries(), catalog, options.overrides())
                .reserve(ModelPlanner.names(catalog, options));
        Map<String, TableModel> models =
                ModelPlanner.plan(catalog, options, types, request.def().location(), ignored);
        QueryPlanner planner = new QueryPlanner(
                options, types, models, ignored, request.block().engine());
        QueriesEmitter emitter = new QueriesEmitter(new Nullness(options.jspecify()));
        for (ResolvedQuery query : request.queries()) {
            Optional<QueryModel> model;
            try {
                model = planner.plan(query);
            } catch (RuntimeException e) {
                continue; // the generator reports it; a hover simply has less to show
            }
            if (model.isEmpty()) {
                continue;
            }
            QueryModel q = model.get();
            List<Typed> params = q.args().stream()
                    .map(a -> new Typed(
                            a.name(),
                            a.sqlName(),
                            simple(emitter.declared(a.type()).toString()),
                            a.type().nullable()))
                    .toList();
            List<Typed> columns = q.columns().stream()
                    .map(f -> f instanceof QueryModel.Embed e
                            ? new Typed(f.name(), f.name(), simple(e.javaType().toString()), e.isNullable())
                            : new Typed(
                                    f.name(),
                                    f.name(),
                                    simple(emitter.declared(((QueryModel.Plain) f).type())
                                            .toString()),
                                    f.isNullable()))
                    .toList();
            String className =
                    options.classPerFile() ? classPerFileName(q.decl().file()) : options.className();
            out.put(
                    q.decl().name(),
                    new Method(q.decl().name(), className, q.methodName(), emitter.declarations(q), params, columns));
        }
        return out;
    }

    /** With {@code class_per_file}: the class of a query file's queries, {@code authors.sql} → {@code AuthorsQueries}. */
    static String classPerFileName(String file) {
        String base = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.[^.]*$", "");
        return Names.upperCamel(base) + "Queries";
    }

    private static String simple(String type) {
        return type.replaceAll("\\b(?:[a-z_][a-z0-9_]*\\.)+(?=[A-Z])", "");
    }
}
