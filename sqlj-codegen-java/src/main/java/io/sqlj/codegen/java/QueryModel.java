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
 * @param copySql for {@code :copyfrom} on an engine that speaks PostgreSQL, the {@code COPY ...
 *     FROM STDIN} statement that loads the rows when the connection is pgjdbc's; null otherwise
 *     (the rows then go as a batch of the INSERT, and no other driver is probed for)
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
        @Nullable DynamicSql dynamic,
        @Nullable String copySql) {

    /**
     * The key column {@code :execlastid} reads back, by name, in its own type; a {@code null}
     * column is the driver's last insert id ({@code RETURN_GENERATED_KEYS}, a {@code long}, 0
     * when the statement reports none), for a MySQL or SQLite statement without a key column.
     */
    record Key(@Nullable String column, ValueType type) {}

    /** One distinct parameter: a Java argument or params record component. */
    record Arg(String name, String sqlName, ValueType type) {

        /** The text the engine wrote for a slice: {@code /*SLICE:ids*}{@code /?}. */
        String sliceMarker() {
            return "/*SLICE:" + sqlName + "*/?";
        }
    }

    /**
     * One row record component: a result column ({@link Plain}), or the columns of a
     * {@code sqlj.embed(table)} read as that table's record ({@link Embed}).
     */
    sealed interface Field permits Plain, Embed {

        String name();

        /** How many result columns the component reads. */
        int width();

        boolean isNullable();

        /** The component's type, without nullability annotations. */
        TypeName javaType();
    }

    /** A component read from one column. */
    record Plain(String name, ValueType type) implements Field {

        @Override
        public int width() {
            return 1;
        }

        @Override
        public boolean isNullable() {
            return type.nullable();
        }

        @Override
        public TypeName javaType() {
            return type.javaType();
        }
    }

    /**
     * A table's record read from its columns.
     *
     * @param nullable whether the record may be null (the outer side of a join)
     * @param list a {@code sqlj.embed_list(table)}: a list of the table's records, never null
     */
    record Embed(String name, TableModel model, boolean nullable, boolean list) implements Field {

        Embed(String name, TableModel model, boolean nullable) {
            this(name, model, nullable, false);
        }

        @Override
        public int width() {
            return model.fields().size();
        }

        @Override
        public boolean isNullable() {
            return nullable && !list;
        }

        @Override
        public TypeName javaType() {
            return list ? com.palantir.javapoet.ParameterizedTypeName.get(ValueType.LIST, model.name()) : model.name();
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
        return columns.stream().anyMatch(f -> f instanceof Embed e && e.list());
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
