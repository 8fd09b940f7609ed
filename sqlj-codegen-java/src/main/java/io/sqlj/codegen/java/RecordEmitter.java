package io.sqlj.codegen.java;

import static java.util.Objects.requireNonNull;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.sqlj.codegen.java.QueryModel.Arg;
import io.sqlj.codegen.java.QueryModel.Field;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Emits the {@code <Name>Row}, {@code <Name>Params} and table model records. */
final class RecordEmitter {

    private final Nullness nullness;

    /**
     * Every method takes {@code qualify}: the simple names of generated types that a type from
     * another package this record uses also has, which it must then write qualified. A record
     * cannot be rebuilt with them later (JavaPoet's {@code toBuilder} drops its components), so
     * {@link JavaGenerator} builds it again when its first rendering shows such a clash.
     */
    RecordEmitter(Nullness nullness) {
        this.nullness = nullness;
    }

    /** {@code public record GetAuthorRow(long id, String name)}: one component per column. */
    TypeSpec row(QueryModel query, String... qualify) {
        return record(
                qualify,
                requireNonNull(query.rowType(), "rowType"),
                fields(query.columns()),
                "A row returned by {@code $L}.\n",
                Javadocs.escape(query.decl().name()));
    }

    /** {@code public record Author(long id, String name)}: one component per column of the table. */
    TypeSpec model(TableModel model, String... qualify) {
        return record(
                qualify,
                model.name(),
                fields(model.fields()),
                "A row of table {@code $L}.\n",
                Javadocs.escape(model.table()));
    }

    /** {@code public record InventoryItem(String name, Integer supplierId)}: one per attribute. */
    TypeSpec composite(CompositeModel model, String... qualify) {
        MethodSpec.Builder components = MethodSpec.constructorBuilder();
        for (CompositeModel.Attribute a : model.attributes()) {
            components.addParameter(
                    nullness.declare(a.type().javaType(), a.type().nullable()), a.name());
        }
        return record(
                qualify,
                model.name(),
                components.build(),
                "A value of the database's composite type {@code $L}.\n",
                Javadocs.escape(model.dataType()));
    }

    /** {@code public record CreateAuthorParams(String name, String bio)}: one per argument. */
    TypeSpec params(QueryModel query, String... qualify) {
        MethodSpec.Builder components = MethodSpec.constructorBuilder();
        for (Arg arg : query.args()) {
            components.addParameter(
                    nullness.declare(
                            arg.type().javaType(),
                            arg.type().nullable() && !arg.type().slice()),
                    arg.name());
        }
        return record(
                qualify,
                requireNonNull(query.paramsType(), "paramsType"),
                components.build(),
                "The arguments of {@code $L}.\n",
                Javadocs.escape(query.decl().name()));
    }

    /**
     * {@code public record CreateAuthorResult(long rowsAffected, Long generatedKey)}: what {@code
     * :execresult} returns; without a key column only {@code rowsAffected}.
     */
    TypeSpec execResult(QueryModel query, String... qualify) {
        MethodSpec.Builder components = MethodSpec.constructorBuilder().addParameter(long.class, "rowsAffected");
        if (query.key() != null) {
            components.addParameter(
                    nullness.declare(query.key().type().javaType().box(), true), "generatedKey");
        }
        QueryModel.Key key = query.key();
        String doc = key == null
                ? "What {@code $L} did: the number of rows it changed.\n"
                : "What {@code $L} did: the number of rows it changed, and the value of the key column {@code "
                        + Javadocs.escape(key.column()) + "} the database generated for the last row it"
                        + " inserted ({@code null} when it inserted none).\n";
        return record(
                qualify,
                requireNonNull(query.execResult(), "execResult"),
                components.build(),
                doc,
                Javadocs.escape(query.decl().name()));
    }

    private MethodSpec fields(List<? extends Field> fields) {
        MethodSpec.Builder components = MethodSpec.constructorBuilder();
        for (Field field : fields) {
            components.addParameter(nullness.declare(field.javaType(), field.isNullable()), field.name());
        }
        return components.build();
    }

    private TypeSpec record(String[] qualify, ClassName name, MethodSpec components, String doc, Object arg) {
        TypeSpec.Builder record = nullness.mark(TypeSpec.recordBuilder(name))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(doc, arg)
                .recordConstructor(components);
        return JavaGenerator.alwaysQualify(record, qualify).build();
    }
}
