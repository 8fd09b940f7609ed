package io.sqlj.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.sqlj.core.Command;
import io.sqlj.core.QueryDecl;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the emitters need to know about one query, with every name already chosen.
 *
 * @param sql the engine's JDBC-ready SQL
 * @param args the method's arguments (or the params record's components), ordered by position
 * @param bindings for each {@code ?} of {@code sql} in order, the index in {@code args} bound there
 * @param paramsType the params record taken instead of {@code args}, or null
 * @param columns the result columns, in order
 * @param rowType the {@code <Name>Row} record returned, or null when the query returns a table
 *     model or a single column
 * @param model the table model returned instead of a row record, or null
 * @param key for {@code :execlastid}, the inserted table's key column (its name and type), else
 *     null; for {@code :execresult} the same when the engine reports one
 * @param execResult for {@code :execresult}, the {@code <Name>Result} record it returns, else null
 * @param dynamic the {@code sqlj.optional} predicates and {@code sqlj.sort}, or null without them
 */
record QueryModel(
    QueryDecl decl,
    String sql,
    String methodName,
    String constantName,
    List<Arg> args,
    List<Integer> bindings,
    @Nullable ClassName paramsType,
    List<Field> columns,
    @Nullable ClassName rowType,
    @Nullable TableModel model,
    @Nullable Key key,
    @Nullable ClassName execResult,
    @Nullable DynamicSql dynamic) {

  /** The key column {@code :execlastid} reads back, by name, in its own type. */
  record Key(String column, ValueType type) {}

  /** One distinct parameter: a Java argument or params record component. */
  record Arg(String name, String sqlName, ValueType type) {

    /** The text the engine wrote for a slice: {@code /*SLICE:ids*}{@code /?}. */
    String sliceMarker() {
      return "/*SLICE:" + sqlName + "*/?";
    }
  }

  /**
   * One row record component: a result column, or with {@code model} the columns of a
   * {@code sqlj.embed(table)} read as that table's record.
   *
   * @param type the column's type; null for an embed
   * @param nullable for an embed, whether the record may be null (the outer side of a join)
   * @param list a {@code sqlj.embed_list(table)}: a list of the table's records
   */
  record Field(String name, @Nullable ValueType type, @Nullable TableModel model, boolean nullable, boolean list) {

    Field(String name, ValueType type) {
      this(name, type, null, false, false);
    }

    Field(String name, @Nullable ValueType type, @Nullable TableModel model, boolean nullable) {
      this(name, type, model, nullable, false);
    }

    /** How many result columns the component reads. */
    int width() {
      return model == null ? 1 : model.fields().size();
    }

    boolean isNullable() {
      return model == null ? columnType().nullable() : nullable && !list;
    }

    /** The component's type, without nullability annotations. */
    TypeName javaType() {
      return model == null ? columnType().javaType()
          : list ? com.palantir.javapoet.ParameterizedTypeName.get(ValueType.LIST, model.name()) : model.name();
    }

    /** The column's type; an embed has none (check {@link #model()} first). */
    ValueType columnType() {
      if (type == null) {
        throw new IllegalStateException("embed " + name + " has no single column type");
      }
      return type;
    }
  }

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

  /** Whether a component is a {@code sqlj.embed_list}: rows are grouped then. */
  boolean hasEmbedList() {
    return columns.stream().anyMatch(Field::list);
  }

  boolean isBatch() {
    return command().isBatch();
  }

  /** The type of one result row: the model, the row record, or the single column's boxed type. */
  TypeName resultType() {
    if (model != null) {
      return model.name();
    }
    return rowType != null ? rowType : columns.get(0).javaType().box();
  }

  /** Whether rows are streamed rather than returned: {@code :iter}. */
  boolean isIter() {
    return command() == Command.ITER;
  }
}
