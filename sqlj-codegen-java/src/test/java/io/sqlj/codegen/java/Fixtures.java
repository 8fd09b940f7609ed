package io.sqlj.codegen.java;

import io.sqlj.core.Command;
import io.sqlj.core.Location;
import io.sqlj.core.QueryDecl;
import io.sqlj.core.ResolvedQuery;
import io.sqlj.core.codegen.CodegenRequest;
import io.sqlj.core.codegen.CodegenResult;
import io.sqlj.core.config.CodegenDef;
import io.sqlj.core.config.SqlBlock;
import io.sqlj.engine.v1.Column;
import io.sqlj.engine.v1.Parameter;
import io.sqlj.engine.v1.ParseResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-built engine answers, as an engine would send them. */
final class Fixtures {
    /** The sqlj version the generator is told: it must not appear in generated code. */
    static final String SQLJ_VERSION = "9.8.7-fixture";

    static final String FILE = "queries/authors.sql";

    private Fixtures() {}

    /** A query under construction: {@code query("GetAuthor", Command.ONE, "SELECT ...")}. */
    static final class Q {
        private final String name;
        private final Command command;
        private final ParseResponse.Builder response = ParseResponse.newBuilder();
        private final List<String> comments = new ArrayList<>();
        private String text;
        private String file = FILE;
        private int line = 1;

        private Q(String name, Command command, String sql) {
            this.name = name;
            this.command = command;
            this.text = sql;
            response.setSql(sql);
        }

        Q text(String userText) {
            this.text = userText;
            return this;
        }

        Q comment(String comment) {
            comments.add(comment);
            return this;
        }

        Q file(String queryFile) {
            this.file = queryFile;
            return this;
        }

        Q line(int newLine) {
            this.line = newLine;
            return this;
        }

        /** A parameter; positions count up in order of calls unless given by {@link #param(Parameter)}. */
        Q param(String paramName, String jdbcType, boolean nullable) {
            return param(Parameter.newBuilder()
                    .setName(paramName)
                    .setDataType(jdbcType)
                    .setJdbcType(jdbcType)
                    .setNullable(nullable)
                    .setPosition(response.getParametersCount() + 1)
                    .build());
        }

        Q param(Parameter parameter) {
            response.addParameters(parameter);
            return this;
        }

        Q column(String columnName, String jdbcType, boolean nullable) {
            return column(Column.newBuilder()
                    .setName(columnName)
                    .setDataType(jdbcType)
                    .setJdbcType(jdbcType)
                    .setNullable(nullable)
                    .build());
        }

        Q column(Column column) {
            response.addColumns(column);
            return this;
        }

        /** The inserted table's key column, as an engine reports it in {@code generated_key}. */
        Q key(String columnName, String jdbcType) {
            response.setGeneratedKey(Column.newBuilder()
                    .setName(columnName)
                    .setDataType(jdbcType)
                    .setJdbcType(jdbcType));
            return this;
        }

        Q key(Column column) {
            response.setGeneratedKey(column);
            return this;
        }

        ResolvedQuery build() {
            QueryDecl decl = new QueryDecl(name, command, text, comments, file, line, line + 1 + comments.size());
            return new ResolvedQuery(decl, response.build());
        }
    }

    static Q query(String name, Command command, String sql) {
        return new Q(name, command, sql);
    }

    static Map<String, Object> options(Object... keysAndValues) {
        Map<String, Object> options = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            options.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return options;
    }

    /** Each option key is "written" on line 10, 11, ... of sqlj.yaml, column 7. */
    static CodegenRequest request(Map<String, Object> options, List<ResolvedQuery> queries) {
        return request("sqlite", options, queries);
    }

    /** As {@link #request(Map, List)}, for a block of {@code engine}. */
    static CodegenRequest request(String engine, Map<String, Object> options, List<ResolvedQuery> queries) {
        Map<String, Location> locations = new LinkedHashMap<>();
        int line = 10;
        for (String key : options.keySet()) {
            locations.put(key, new Location("sqlj.yaml", line++, 7));
        }
        Location entry = new Location("sqlj.yaml", 8, 7);
        CodegenDef def = new CodegenDef("java", Path.of("/tmp/out"), options, locations, entry);
        SqlBlock block =
                new SqlBlock(0, engine, entry, List.of(), Optional.empty(), List.of(), Map.of(), List.of(def), entry);
        return new CodegenRequest(block, def, queries, SQLJ_VERSION);
    }

    static CodegenResult generate(List<ResolvedQuery> queries) {
        return new JavaGenerator().generate(request(options("package", "com.example.db"), queries));
    }

    static CodegenResult generate(ResolvedQuery... queries) {
        return generate(List.of(queries));
    }

    /** The code of {@code queries} in a block of {@code engine}. */
    static CodegenResult generateFor(String engine, ResolvedQuery... queries) {
        return new JavaGenerator().generate(request(engine, options("package", "com.example.db"), List.of(queries)));
    }
}
