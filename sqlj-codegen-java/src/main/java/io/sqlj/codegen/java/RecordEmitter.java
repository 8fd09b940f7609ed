package io.sqlj.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.sqlj.codegen.java.QueryModel.Arg;
import io.sqlj.codegen.java.QueryModel.Field;
import javax.lang.model.element.Modifier;

/** Emits the {@code <Name>Row} and {@code <Name>Params} records. */
final class RecordEmitter {

  private RecordEmitter() {}

  /** {@code public record GetAuthorRow(long id, String name)}: one component per column. */
  static TypeSpec row(QueryModel query) {
    MethodSpec.Builder components = MethodSpec.constructorBuilder();
    for (Field field : query.columns()) {
      components.addParameter(field.type().javaType(), field.name());
    }
    return record(query.rowType(), components.build(),
        "A row returned by {@code $L}.\n", Javadocs.escape(query.decl().name()));
  }

  /** {@code public record CreateAuthorParams(String name, String bio)}: one per argument. */
  static TypeSpec params(QueryModel query) {
    MethodSpec.Builder components = MethodSpec.constructorBuilder();
    for (Arg arg : query.args()) {
      components.addParameter(arg.type().javaType(), arg.name());
    }
    return record(query.paramsType(), components.build(),
        "The arguments of {@code $L}.\n", Javadocs.escape(query.decl().name()));
  }

  private static TypeSpec record(ClassName name, MethodSpec components, String doc, Object arg) {
    return TypeSpec.recordBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(doc, arg)
        .recordConstructor(components)
        .build();
  }
}
