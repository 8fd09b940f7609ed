package io.sqlj.codegen.java;

import com.palantir.javapoet.CodeBlock;
import io.sqlj.codegen.java.QueryModel.Arg;
import io.sqlj.core.Command;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
    if (query.isBatch()) {
      return batch(query);
    }
    CodeBlock.Builder body = CodeBlock.builder();
    CodeBlock sql = CodeBlock.of("$L", query.constantName());
    if (query.hasSlices()) {
      body.addStatement("$T _sql = $L", String.class, query.constantName());
      for (Arg arg : query.args()) {
        if (arg.type().slice()) {
          body.addStatement("_sql = $L(_sql, $S, $L.size())", support.expandSlice(),
              arg.sliceMarker(), value(query, arg, false));
        }
      }
      sql = CodeBlock.of("_sql");
    }
    boolean keys = query.command() == Command.EXECLASTID;
    body.beginControlFlow("try ($T _ps = this.connection.prepareStatement($L$L))",
        PreparedStatement.class, sql,
        keys ? CodeBlock.of(", $T.RETURN_GENERATED_KEYS", Statement.class) : CodeBlock.of(""));
    body.add(bindAll(query, false));
    body.add(execute(query));
    body.endControlFlow();
    return body.build();
  }

  private CodeBlock execute(QueryModel query) {
    String name = query.decl().name();
    CodeBlock.Builder code = CodeBlock.builder();
    switch (query.command()) {
      case ONE -> {
        code.beginControlFlow("try ($T _rs = _ps.executeQuery())", ResultSet.class)
            .beginControlFlow("if (!_rs.next())")
            .addStatement("return $T.empty()", Optional.class)
            .endControlFlow()
            .addStatement("$T _result = $L", query.resultType(), readRow(query))
            .beginControlFlow("if (_rs.next())")
            .addStatement("throw new $T($S)", SQLException.class,
                name + ": expected at most one row, got more")
            .endControlFlow()
            .addStatement("return $T.$L(_result)", Optional.class,
                query.rowType() == null ? "ofNullable" : "of")
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
        code.addStatement("_ps.executeUpdate()")
            .beginControlFlow("try ($T _keys = _ps.getGeneratedKeys())", ResultSet.class)
            .beginControlFlow("if (!_keys.next())")
            .addStatement("throw new $T($S)", SQLException.class,
                name + ": the statement generated no key")
            .endControlFlow()
            .addStatement("return _keys.getLong(1)")
            .endControlFlow();
      }
      default -> throw new IllegalStateException("not a single-statement command: " + query.command());
    }
    return code.build();
  }

  private CodeBlock batch(QueryModel query) {
    return CodeBlock.builder()
        .addStatement("long[] _counts = new long[rows.size()]")
        .beginControlFlow("try ($T _ps = this.connection.prepareStatement($L))",
            PreparedStatement.class, query.constantName())
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
        .build();
  }

  /** Binds every {@code ?} in order; with slices the index is counted at run time. */
  private CodeBlock bindAll(QueryModel query, boolean batchRow) {
    CodeBlock.Builder code = CodeBlock.builder();
    boolean running = query.hasSlices();
    if (running) {
      code.addStatement("int _index = 1");
    }
    int position = 1;
    for (int argIndex : query.bindings()) {
      Arg arg = query.args().get(argIndex);
      CodeBlock index = running ? CodeBlock.of("_index++") : CodeBlock.of("$L", position++);
      CodeBlock value = value(query, arg, batchRow);
      if (arg.type().slice()) {
        ValueType element = arg.type().element();
        code.beginControlFlow("for ($T _item : $L)", element.javaType(), value)
            .add(jdbc.bind(element, index, CodeBlock.of("_item")))
            .endControlFlow();
      } else {
        code.add(jdbc.bind(arg.type(), index, value));
      }
    }
    return code.build();
  }

  private static CodeBlock value(QueryModel query, Arg arg, boolean batchRow) {
    if (batchRow) {
      return CodeBlock.of("_row.$L()", arg.name());
    }
    return query.paramsType() != null
        ? CodeBlock.of("params.$L()", arg.name()) : CodeBlock.of("$L", arg.name());
  }

  /** The expression building one result row from the current row of {@code _rs}. */
  private CodeBlock readRow(QueryModel query) {
    if (query.rowType() == null) {
      return jdbc.read(query.columns().get(0).type(), 1);
    }
    List<CodeBlock> values = new ArrayList<>();
    for (int i = 0; i < query.columns().size(); i++) {
      values.add(jdbc.read(query.columns().get(i).type(), i + 1));
    }
    return CodeBlock.of("new $T($L)", query.rowType(), CodeBlock.join(values, ",$W"));
  }
}
