package io.sqlj.codegen.java;

import static java.util.Objects.requireNonNull;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.sqlj.codegen.java.QueryModel.Arg;
import io.sqlj.core.Command;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The body of one query method: prepare, bind, execute and close, per command. Every local it
 * declares starts with {@code _} and a letter, so none can shadow an argument.
 */
final class MethodBodies {

    /** Rows sent per {@code executeBatch()} by batch commands. */
    static final int BATCH_SIZE = 1000;

    private final JdbcCode jdbc;
    private final GeneratedSupport support;

    MethodBodies(JdbcCode jdbc, GeneratedSupport support) {
        this.jdbc = jdbc;
        this.support = support;
    }

    CodeBlock body(QueryModel query) {
        if (query.command().isBatch() && query.command().returnsRows()) {
            return batchRows(query);
        }
        if (query.command().isBatch()) {
            return batch(query);
        }
        CodeBlock.Builder body = CodeBlock.builder();
        CodeBlock sql = sql(query, body);
        body.beginControlFlow(
                "try ($L;\n$>$>$T _ps = $L.prepareStatement($L$L)$<$<)",
                ConnectionCode.openLease(support),
                PreparedStatement.class,
                ConnectionCode.CONNECTION,
                sql,
                query.key() == null
                        ? CodeBlock.of("")
                        : query.key().column() == null
                                ? CodeBlock.of(", $T.RETURN_GENERATED_KEYS", java.sql.Statement.class)
                                : CodeBlock.of(
                                        ", new String[] {$S}", query.key().column()));
        body.add(bindAll(query, false));
        body.add(execute(query));
        body.endControlFlow();
        return body.build();
    }

    /** {@code :iter} with a callback: every row goes to {@code each} as it is read. */
    CodeBlock iterEach(QueryModel query, String each) {
        CodeBlock.Builder body = CodeBlock.builder();
        CodeBlock sql = sql(query, body);
        return body.beginControlFlow(
                        "try ($L;\n$>$>$T _ps = $L.prepareStatement($L)$<$<)",
                        ConnectionCode.openLease(support),
                        PreparedStatement.class,
                        ConnectionCode.CONNECTION,
                        sql)
                .addStatement("_ps.setFetchSize($L)", IterCode.FETCH_SIZE)
                .add(bindAll(query, false))
                .beginControlFlow("try ($T _rs = _ps.executeQuery())", ResultSet.class)
                .beginControlFlow("while (_rs.next())")
                .addStatement("$L.accept($L)", each, readRow(query))
                .endControlFlow()
                .endControlFlow()
                .endControlFlow()
                .build();
    }

    /** {@code :iter} as a stream that owns the statement (and a connection taken for it) until closed. */
    CodeBlock iterStream(QueryModel query) {
        CodeBlock.Builder body = CodeBlock.builder();
        CodeBlock sql = sql(query, body);
        CodeBlock stream = IterCode.stream(support);
        return body.addStatement(ConnectionCode.openLease(support))
                .addStatement("$T _ps = null", PreparedStatement.class)
                .beginControlFlow("try")
                .addStatement("_ps = $L.prepareStatement($L)", ConnectionCode.CONNECTION, sql)
                .addStatement("_ps.setFetchSize($L)", IterCode.FETCH_SIZE)
                .add(bindAll(query, false))
                .addStatement(
                        "return $L($L, _ps, _ps.executeQuery(), _rs -> $L)",
                        stream,
                        ConnectionCode.LEASE_LOCAL,
                        readRow(query))
                .nextControlFlow("catch ($T | $T _e)", SQLException.class, RuntimeException.class)
                .addStatement("$L(_e, _ps, $L)", ConnectionCode.closeAfter(support), ConnectionCode.LEASE_LOCAL)
                .addStatement("throw _e")
                .endControlFlow()
                .build();
    }

    /**
     * The SQL constant, or a local {@code _sql}: assembled from the optional predicates given and
     * the sort chosen ({@link DynamicSqlCode}), with each slice expanded.
     */
    private CodeBlock sql(QueryModel query, CodeBlock.Builder body) {
        CodeBlock sql = CodeBlock.of("$L", query.constantName());
        if (query.dynamic() != null) {
            body.add(DynamicSqlCode.assemble(query, arg -> value(query, arg, false)));
            sql = CodeBlock.of("_sql");
        }
        if (query.hasSlices()) {
            if (query.dynamic() == null) {
                body.addStatement("$T _sql = $L", String.class, query.constantName());
            }
            for (int i = 0; i < query.args().size(); i++) {
                Arg arg = query.args().get(i);
                if (arg.type().slice()) {
                    boolean optional =
                            query.dynamic() != null && query.dynamic().optional(i);
                    if (optional) { // a null list left its predicate out, marker and all
                        body.beginControlFlow("if ($L != null)", value(query, arg, false));
                    }
                    body.addStatement(
                            "_sql = $L(_sql, $L, $L.size())",
                            support.expandSlice(),
                            SourceText.literal(arg.sliceMarker()),
                            value(query, arg, false));
                    if (optional) {
                        body.endControlFlow();
                    }
                }
            }
            sql = CodeBlock.of("_sql");
        }
        return sql;
    }

    /** {@code :one} and {@code :many} with a {@code sqlj.embed_list}: the rows grouped by parent. */
    private CodeBlock groupedRows(QueryModel query) {
        CodeBlock.Builder code = CodeBlock.builder()
                .beginControlFlow("try ($T _rs = _ps.executeQuery())", ResultSet.class)
                .add(EmbedListCode.rows(query, support, jdbc, this::read));
        if (query.command() == Command.MANY) {
            return code.addStatement("return _rows").endControlFlow().build();
        }
        return code.beginControlFlow("if (_rows.size() > 1)")
                .addStatement(
                        "throw new $T($L)",
                        SQLException.class,
                        SourceText.literal(
                                query.decl().name() + ": expected at most one parent row (first sqlj.embed), got more"))
                .endControlFlow()
                .addStatement(
                        "return _rows.isEmpty() ? $T.empty() : $T.of(_rows.get(0))", Optional.class, Optional.class)
                .endControlFlow()
                .build();
    }

    private CodeBlock execute(QueryModel query) {
        String name = query.decl().name();
        if (query.hasEmbedList()) {
            return groupedRows(query);
        }
        CodeBlock.Builder code = CodeBlock.builder();
        switch (query.command()) {
            case ONE -> {
                code.beginControlFlow("try ($T _rs = _ps.executeQuery())", ResultSet.class)
                        .beginControlFlow("if (!_rs.next())")
                        .addStatement("return $T.empty()", Optional.class)
                        .endControlFlow()
                        .addStatement("$T _result = $L", query.resultType(), readRow(query))
                        .beginControlFlow("if (_rs.next())")
                        .addStatement(
                                "throw new $T($L)",
                                SQLException.class,
                                SourceText.literal(name + ": expected at most one row, got more"))
                        .endControlFlow()
                        .addStatement(
                                "return $T.$L(_result)",
                                Optional.class,
                                query.rowType() == null && query.model() == null ? "ofNullable" : "of")
                        .endControlFlow();
            }
            case MANY -> {
                code.beginControlFlow("try ($T _rs = _ps.executeQuery())", ResultSet.class)
                        .addStatement("$T<$T> _rows = new $T<>()", List.class, query.resultType(), ArrayList.class)
                        .beginControlFlow("while (_rs.next())")
                        .addStatement("_rows.add($L)", readRow(query))
                        .endControlFlow()
                        .addStatement("return _rows")
                        .endControlFlow();
            }
            case EXEC -> code.addStatement("_ps.execute()");
            case EXECROWS -> code.addStatement("return _ps.executeUpdate()");
            case EXECLASTID -> {
                if (requireNonNull(query.key(), "key").column() == null) {
                    // the driver's last insert id, as sqlc's LastInsertId(): 0 when the statement reports none
                    code.addStatement("_ps.executeUpdate()")
                            .beginControlFlow("try ($T _keys = _ps.getGeneratedKeys())", ResultSet.class)
                            .addStatement("return _keys.next() ? _keys.getLong(1) : 0L")
                            .endControlFlow();
                    break;
                }
                code.addStatement("_ps.executeUpdate()")
                        .beginControlFlow("try ($T _keys = _ps.getGeneratedKeys())", ResultSet.class)
                        .beginControlFlow("if (!_keys.next())")
                        .addStatement(
                                "throw new $T($L)",
                                SQLException.class,
                                SourceText.literal(name + ": the statement generated no key"))
                        .endControlFlow()
                        // the driver returns the one column asked for: read it as the key's own type
                        .addStatement(
                                "return $L",
                                jdbc.read(requireNonNull(query.key(), "key").type(), "_keys", 1))
                        .endControlFlow();
            }
            case EXECRESULT -> {
                if (query.key() == null) {
                    code.addStatement("return new $T(_ps.executeUpdate())", query.execResult());
                    break;
                }
                // a multi-row INSERT reports a key per row: the last one, as SQLite's last_insert_rowid()
                ValueType key = ValueType.of(query.key().type().scalar(), true);
                code.addStatement("long _count = _ps.executeUpdate()")
                        .addStatement("$T _key = null", key.javaType())
                        .beginControlFlow("try ($T _keys = _ps.getGeneratedKeys())", ResultSet.class)
                        .beginControlFlow("while (_keys.next())")
                        .addStatement("_key = $L", jdbc.read(key, "_keys", 1))
                        .endControlFlow()
                        .endControlFlow()
                        .addStatement("return new $T(_count, _key)", query.execResult());
            }
            default -> throw new IllegalStateException("not a single-statement command: " + query.command());
        }
        return code.build();
    }

    /**
     * {@code :batchone} and {@code :batchmany}: one statement, prepared once, run for each
     * parameter set in order; the rows of each run (for {@code :batchone} at most one, as {@code
     * :one}) in a list of the same length as {@code rows}.
     */
    private CodeBlock batchRows(QueryModel query) {
        boolean one = query.command() == Command.BATCHONE;
        com.palantir.javapoet.TypeName each = one
                ? com.palantir.javapoet.ParameterizedTypeName.get(ClassName.get(Optional.class), query.resultType())
                : com.palantir.javapoet.ParameterizedTypeName.get(ClassName.get(List.class), query.resultType());
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("$T<$T> _results = new $T<>(rows.size())", List.class, each, ArrayList.class)
                .beginControlFlow(
                        "try ($L;\n$>$>$T _ps = $L.prepareStatement($L)$<$<)",
                        ConnectionCode.openLease(support),
                        PreparedStatement.class,
                        ConnectionCode.CONNECTION,
                        query.constantName())
                .beginControlFlow("for ($T _row : rows)", query.paramsType())
                .add(bindAll(query, true))
                .beginControlFlow("try ($T _rs = _ps.executeQuery())", ResultSet.class);
        if (one) {
            code.beginControlFlow("if (!_rs.next())")
                    .addStatement("_results.add($T.empty())", Optional.class)
                    .addStatement("continue")
                    .endControlFlow()
                    .addStatement("$T _result = $L", query.resultType(), readRow(query))
                    .beginControlFlow("if (_rs.next())")
                    .addStatement(
                            "throw new $T($S + _results.size())",
                            SQLException.class,
                            query.decl().name() + ": expected at most one row, got more for row ")
                    .endControlFlow()
                    .addStatement(
                            "_results.add($T.$L(_result))",
                            Optional.class,
                            query.rowType() == null && query.model() == null ? "ofNullable" : "of");
        } else {
            code.addStatement("$T<$T> _rows = new $T<>()", List.class, query.resultType(), ArrayList.class)
                    .beginControlFlow("while (_rs.next())")
                    .addStatement("_rows.add($L)", readRow(query))
                    .endControlFlow()
                    .addStatement("_results.add(_rows)");
        }
        return code.endControlFlow()
                .endControlFlow()
                .endControlFlow()
                .addStatement("return _results")
                .build();
    }

    private CodeBlock batch(QueryModel query) {
        CodeBlock.Builder code = CodeBlock.builder().beginControlFlow("try ($L)", ConnectionCode.openLease(support));
        if (query.copySql() != null) {
            code.add(CopyFromCode.copy(query, support));
        }
        return code.addStatement("long[] _counts = new long[rows.size()]")
                .beginControlFlow(
                        "try ($T _ps = $L.prepareStatement($L))",
                        PreparedStatement.class,
                        ConnectionCode.CONNECTION,
                        query.constantName())
                .addStatement("int _done = 0")
                .addStatement("int _pending = 0")
                .beginControlFlow("for ($T _row : rows)", query.paramsType())
                .add(bindAll(query, true))
                .addStatement("_ps.addBatch()")
                .beginControlFlow("if (++_pending == $L)", BATCH_SIZE)
                .addStatement("_done = $L(_ps, _counts, _done)", support.executeBatch())
                .addStatement("_pending = 0")
                .endControlFlow()
                .endControlFlow()
                .beginControlFlow("if (_pending > 0)")
                .addStatement("$L(_ps, _counts, _done)", support.executeBatch())
                .endControlFlow()
                .endControlFlow()
                .addStatement("return _counts")
                .endControlFlow()
                .build();
    }

    /** Binds every {@code ?} in order; with slices the index is counted at run time. */
    private CodeBlock bindAll(QueryModel query, boolean batchRow) {
        CodeBlock.Builder code = CodeBlock.builder();
        boolean running = query.hasSlices() || query.dynamic() != null;
        if (running) {
            code.addStatement("int _index = 1");
        }
        int position = 1;
        for (int placeholder = 0; placeholder < query.bindings().size(); placeholder++) {
            Arg arg = query.args().get(query.bindings().get(placeholder));
            CodeBlock index = running ? CodeBlock.of("_index++") : CodeBlock.of("$L", position++);
            CodeBlock value = value(query, arg, batchRow);
            int optional = query.dynamic() == null ? -1 : query.dynamic().optionalOf(placeholder);
            if (optional >= 0) { // nothing is bound for a predicate left out
                code.beginControlFlow("if ($L)", DynamicSqlCode.flag(optional));
            }
            if (arg.type().slice()) {
                ValueType element = arg.type().element();
                code.beginControlFlow("for ($T _item : $L)", element.javaType(), value)
                        .add(jdbc.bind(element, index, CodeBlock.of("_item")))
                        .endControlFlow();
            } else {
                code.add(jdbc.bind(arg.type(), index, value));
            }
            if (optional >= 0) {
                code.endControlFlow();
            }
        }
        return code.build();
    }

    private static CodeBlock value(QueryModel query, Arg arg, boolean batchRow) {
        if (batchRow) {
            return CodeBlock.of("_row.$L()", arg.name());
        }
        return query.paramsType() != null ? CodeBlock.of("params.$L()", arg.name()) : CodeBlock.of("$L", arg.name());
    }

    /** The expression building one result row from the current row of {@code _rs}. */
    private CodeBlock readRow(QueryModel query) {
        if (query.model() != null) {
            return CodeBlock.of("$L(_rs, 1)", support.readModel(query.model(), jdbc));
        }
        if (query.rowType() == null) {
            return jdbc.read(((QueryModel.Plain) query.columns().get(0)).type(), 1);
        }
        List<CodeBlock> values = new ArrayList<>();
        int index = 1;
        for (QueryModel.Field field : query.columns()) {
            values.add(read(field, index));
            index += field.width();
        }
        return CodeBlock.of("new $T($L)", query.rowType(), CodeBlock.join(values, ",$W"));
    }

    /** One component: a column, or an embedded table's record (null when its columns all are). */
    CodeBlock read(QueryModel.Field field, int index) {
        if (!(field instanceof QueryModel.Embed embed)) {
            return jdbc.read(((QueryModel.Plain) field).type(), index);
        }
        CodeBlock model = support.readModel(embed.model(), jdbc);
        if (!embed.nullable()) {
            return CodeBlock.of("$L(_rs, $L)", model, index);
        }
        return CodeBlock.of(
                "$L(_rs, $L, $L) ? null : $L(_rs, $L)", support.allNull(), index, field.width(), model, index);
    }
}
