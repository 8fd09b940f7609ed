package io.sqlj.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.sqlj.core.Command;
import io.sqlj.core.QueryDecl;
import java.util.List;

/**
 * Everything the emitters need to know about one query, with every name already chosen.
 *
 * @param sql the engine's JDBC-ready SQL
 * @param args the method's arguments (or the params record's components), ordered by position
 * @param bindings for each {@code ?} of {@code sql} in order, the index in {@code args} bound there
 * @param paramsType the params record taken instead of {@code args}, or null
 * @param columns the result columns, in order
 * @param rowType the row record returned, or null when there are fewer than two columns
 */
record QueryModel(
    QueryDecl decl,
    String sql,
    String methodName,
    String constantName,
    List<Arg> args,
    List<Integer> bindings,
    ClassName paramsType,
    List<Field> columns,
    ClassName rowType) {

  /** One distinct parameter: a Java argument or params record component. */
  record Arg(String name, String sqlName, ValueType type) {

    /** The text the engine wrote for a slice: {@code /*SLICE:ids*}{@code /?}. */
    String sliceMarker() {
      return "/*SLICE:" + sqlName + "*/?";
    }
  }

  /** One result column: a row record component. */
  record Field(String name, ValueType type) {}

  QueryModel {
    args = List.copyOf(args);
    bindings = List.copyOf(bindings);
    columns = List.copyOf(columns);
  }

  Command command() {
    return decl.command();
  }

  boolean hasSlices() {
    return args.stream().anyMatch(arg -> arg.type().slice());
  }

  boolean isBatch() {
    return command() == Command.BATCHEXEC || command() == Command.COPYFROM;
  }

  /** The type of one result row: the row record, or the single column's boxed type. */
  TypeName resultType() {
    return rowType != null ? rowType : columns.get(0).type().boxed();
  }
}
