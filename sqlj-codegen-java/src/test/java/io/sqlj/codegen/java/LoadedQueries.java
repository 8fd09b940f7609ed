package io.sqlj.codegen.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.core.Diagnostic;
import io.sqlj.core.ResolvedQuery;
import io.sqlj.core.codegen.CodegenResult;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;

/** Generated code for some queries, compiled, loaded and bound to a connection: call it by name. */
final class LoadedQueries {

    private final ClassLoader loader;
    private final Object queries;

    private LoadedQueries(ClassLoader loader, Object queries) {
        this.loader = loader;
        this.queries = queries;
    }

    static LoadedQueries generate(Connection connection, List<ResolvedQuery> resolved) throws Exception {
        CodegenResult result = Fixtures.generate(resolved);
        assertEquals(
                List.of(), result.diagnostics().stream().map(Diagnostic::format).toList());
        InMemoryCompiler.Result compiled = InMemoryCompiler.compile(result.files());
        assertTrue(compiled.succeeded(), () -> String.join("\n", compiled.diagnostics()));
        ClassLoader loader = compiled.loader();
        Object queries = loader.loadClass("com.example.db.Queries")
                .getConstructor(Connection.class)
                .newInstance(connection);
        return new LoadedQueries(loader, queries);
    }

    /** Calls the generated method {@code name}; rethrows what the method threw. */
    Object call(String name, Object... args) throws Exception {
        Method method = Arrays.stream(queries.getClass().getMethods())
                .filter(m -> m.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no method " + name));
        try {
            return method.invoke(queries, args);
        } catch (InvocationTargetException e) {
            throw (Exception) e.getCause();
        }
    }

    Class<?> type(String simpleName) throws ClassNotFoundException {
        return loader.loadClass("com.example.db." + simpleName);
    }

    /** A new instance of the generated record {@code simpleName}. */
    Object record(String simpleName, Object... components) throws Exception {
        Class<?> type = type(simpleName);
        Class<?>[] types = Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        return type.getConstructor(types).newInstance(components);
    }

    /** The record components' names, in order. */
    List<String> components(String simpleName) throws ClassNotFoundException {
        return Arrays.stream(type(simpleName).getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
    }
}
