package io.sqlj.codegen.java;

import static java.util.Objects.requireNonNull;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.sqlj.codegen.java.QueryModel.Arg;
import io.sqlj.codegen.java.QueryModel.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans the {@code <Name>Row}, {@code <Name>Params}, {@code <Name>Result}, table model and composite
 * records: each a {@link RecordSpec}, which {@link RecordText} writes (or JavaPoet, from {@link
 * RecordSpec#toTypeSpec}).
 */
final class RecordEmitter {

    private final Nullness nullness;

    RecordEmitter(Nullness nullness) {
        this.nullness = nullness;
    }

    /** {@code public record GetAuthorRow(long id, String name)}: one component per column. */
    RecordSpec row(QueryModel query) {
        return record(
                requireNonNull(query.rowType(), "rowType"),
                fields(query.columns()),
                "A row returned by {@code " + Javadocs.escape(query.decl().name()) + "}.\n");
    }

    /** {@code public record Author(long id, String name)}: one component per column of the table. */
    RecordSpec model(TableModel model) {
        return record(
                model.name(),
                fields(model.fields()),
                "A row of table {@code " + Javadocs.escape(model.table()) + "}.\n");
    }

    /** {@code public record InventoryItem(String name, Integer supplierId)}: one per attribute. */
    RecordSpec composite(CompositeModel model) {
        List<RecordSpec.Component> components = new ArrayList<>();
        for (CompositeModel.Attribute a : model.attributes()) {
            components.add(
                    component(nullness.declaredElements(a.type()), a.type().nullable(), a.name()));
        }
        return record(
                model.name(),
                components,
                "A value of the database's composite type {@code " + Javadocs.escape(model.dataType()) + "}.\n");
    }

    /** {@code public record CreateAuthorParams(String name, String bio)}: one per argument. */
    RecordSpec params(QueryModel query) {
        List<RecordSpec.Component> components = new ArrayList<>();
        for (Arg arg : query.args()) {
            components.add(component(
                    nullness.declaredElements(arg.type()),
                    arg.type().nullable() && !arg.type().slice(),
                    arg.name()));
        }
        return record(
                requireNonNull(query.paramsType(), "paramsType"),
                components,
                "The arguments of {@code " + Javadocs.escape(query.decl().name()) + "}.\n");
    }

    /**
     * {@code public record CreateAuthorResult(long rowsAffected, Long generatedKey)}: what {@code
     * :execresult} returns; without a key column only {@code rowsAffected}.
     */
    RecordSpec execResult(QueryModel query) {
        List<RecordSpec.Component> components = new ArrayList<>();
        components.add(component(TypeName.LONG, false, "rowsAffected"));
        QueryModel.Key key = query.key();
        if (key != null) {
            components.add(component(key.type().javaType().box(), true, "generatedKey"));
        }
        String name = Javadocs.escape(query.decl().name());
        String doc = key == null
                ? "What {@code " + name + "} did: the number of rows it changed.\n"
                : "What {@code " + name
                        + "} did: the number of rows it changed, and the value of the key column {@code "
                        + Javadocs.escape(requireNonNull(key.column(), "key column"))
                        + "} the database generated for the last row it"
                        + " inserted ({@code null} when it inserted none).\n";
        return record(requireNonNull(query.execResult(), "execResult"), components, doc);
    }

    private List<RecordSpec.Component> fields(List<? extends Field> fields) {
        List<RecordSpec.Component> components = new ArrayList<>(fields.size());
        for (Field field : fields) {
            TypeName type =
                    field instanceof QueryModel.Plain plain && plain.type().array()
                            ? nullness.arrayElements(field.javaType())
                            : field.javaType();
            components.add(component(type, field.isNullable(), field.name()));
        }
        return components;
    }

    private RecordSpec.Component component(TypeName type, boolean nullable, String name) {
        return new RecordSpec.Component(type, nullness.annotates(type, nullable), name);
    }

    private RecordSpec record(ClassName name, List<RecordSpec.Component> components, String javadoc) {
        return new RecordSpec(name, nullness.jspecify(), javadoc, components);
    }
}
