package io.sqlj.codegen.java;

import static io.sqlj.codegen.java.Fixtures.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.core.Command;
import io.sqlj.core.Diagnostic;
import io.sqlj.core.codegen.CodegenResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JavaOptionsTest {

    private static List<String> errors(Map<String, Object> options) {
        CodegenResult result = new JavaGenerator()
                .generate(Fixtures.request(
                        options,
                        List.of(Fixtures.query("GetOne", Command.ONE, "SELECT 1")
                                .column("one", "BIGINT", false)
                                .build())));
        // A wrong option is an error (the run writes nothing) and takes its default, so the queries'
        // own errors come in the same run.
        assertTrue(result.diagnostics().stream().anyMatch(Diagnostic::isError), "an error when an option is wrong");
        return result.diagnostics().stream().map(Diagnostic::format).toList();
    }

    @Test
    void packageIsRequired() {
        assertEquals(
                List.of("sqlj.yaml:8:7: error: option \"package\" is required for plugin java, "
                        + "such as package: com.example.db"),
                errors(options()));
    }

    @Test
    void packageMustBeAJavaPackageName() {
        for (String bad : List.of("com.example.", "com..db", "com.class.db", "1com", "com-example", "")) {
            assertEquals(
                    List.of("sqlj.yaml:10:7: error: option \"package\" is not a valid Java package " + "name: \"" + bad
                            + "\""),
                    errors(options("package", bad)));
        }
    }

    @Test
    void unknownOptionNamesTheNearestValidOne() {
        assertEquals(
                List.of(
                        "sqlj.yaml:11:7: error: unknown option \"pakage\" for plugin java; did you "
                                + "mean \"package\"? (valid options: class_name, class_per_file, emit_exact_table_names, emit_interface, emit_models, inflection_exclude_table_names, nullability, omit_unused_structs, overrides, package, params_limit, query_parameter_limit, rename)"),
                errors(options("package", "a.b", "pakage", "x")));
        assertEquals(
                List.of(
                        "sqlj.yaml:10:7: error: unknown option \"paramslimit\" for plugin java; "
                                + "did you mean \"params_limit\"? (valid options: class_name, class_per_file, emit_exact_table_names, emit_interface, emit_models, inflection_exclude_table_names, nullability, omit_unused_structs, overrides, package, params_limit, query_parameter_limit, rename)"),
                errors(options("paramslimit", 3, "package", "a.b")));
    }

    @Test
    void wrongTypesAreErrors() {
        assertEquals(
                List.of(
                        "sqlj.yaml:10:7: error: option \"package\" must be a string such as com.example.db, got 3 (integer)",
                        "sqlj.yaml:11:7: error: option \"class_name\" is not a valid Java class name: \"my-queries\"",
                        "sqlj.yaml:12:7: error: option \"params_limit\" must be a whole number, 0 or more, got \"4\""),
                errors(options("package", 3, "class_name", "my-queries", "params_limit", "4")));
        assertEquals(
                List.of(
                        "sqlj.yaml:11:7: error: option \"params_limit\" must be a whole number, 0 or more, got -1 (integer)"),
                errors(options("package", "a.b", "params_limit", -1)));
    }

    @Test
    void classNameAndParamsLimitApply() {
        CodegenResult result = new JavaGenerator()
                .generate(Fixtures.request(
                        options("package", "org.acme", "class_name", "AuthorQueries", "params_limit", 0),
                        List.of(Fixtures.query("GetOne", Command.ONE, "SELECT ?")
                                .column("one", "BIGINT", false)
                                .param("x", "BIGINT", false)
                                .build())));
        assertEquals(List.of(), result.diagnostics());
        assertEquals(
                List.of("org/acme/AuthorQueries.java", "org/acme/GetOneParams.java", "org/acme/SqljSupport.java"),
                List.copyOf(result.files().keySet()));
        assertTrue(result.files()
                .get("org/acme/AuthorQueries.java")
                .contains("public Optional<Long> getOne(GetOneParams params) throws SQLException"));
    }
}
