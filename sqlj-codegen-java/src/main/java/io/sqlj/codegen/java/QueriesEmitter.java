package io.sqlj.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.sqlj.codegen.java.QueryModel.Arg;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** Emits the queries class: a connection, one SQL constant and one method per query. */
final class QueriesEmitter {

  private QueriesEmitter() {}

  static TypeSpec emit(ClassName name, List<QueryModel> queries) {
    GeneratedSupport support = new GeneratedSupport();
    MethodBodies bodies = new MethodBodies(new JdbcCode(support), support);
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The queries of this package, each run on the connection given at construction.\n")
        .addField(Connection.class, "connection", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addParameter(Connection.class, "connection")
            .addStatement("this.connection = $T.requireNonNull(connection, $S)", Objects.class,
                "connection")
            .build());
    for (QueryModel query : queries) {
      type.addField(FieldSpec.builder(String.class, query.constantName(),
              Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("$S", query.sql())
          .build());
    }
    for (QueryModel query : queries) {
      type.addMethod(method(query, bodies));
    }
    type.addMethods(support.methods());
    return type.build();
  }

  private static MethodSpec method(QueryModel query, MethodBodies bodies) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(query.methodName())
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("$L", Javadocs.forQuery(query.decl()))
        .returns(returnType(query))
        .addException(SQLException.class);
    if (query.isBatch()) {
      method.addParameter(ParameterizedTypeName.get(ValueType.LIST, query.paramsType()), "rows");
    } else if (query.paramsType() != null) {
      method.addParameter(query.paramsType(), "params");
    } else {
      for (Arg arg : query.args()) {
        method.addParameter(arg.type().javaType(), arg.name());
      }
    }
    return method.addCode(bodies.body(query)).build();
  }

  private static TypeName returnType(QueryModel query) {
    return switch (query.command()) {
      case ONE -> ParameterizedTypeName.get(ClassName.get(Optional.class), query.resultType());
      case MANY -> ParameterizedTypeName.get(ValueType.LIST, query.resultType());
      case EXEC -> TypeName.VOID;
      case EXECROWS, EXECLASTID -> TypeName.LONG;
      case BATCHEXEC, COPYFROM -> TypeName.get(long[].class);
    };
  }
}
