package io.sqlj.codegen.java;

import static io.sqlj.codegen.java.Fixtures.options;
import static io.sqlj.codegen.java.Fixtures.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.core.Command;
import io.sqlj.core.Diagnostic;
import io.sqlj.core.ResolvedQuery;
import io.sqlj.core.codegen.CodegenResult;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Inputs that reach the limits of Java and the class file format: sqlj either generates code
 * that compiles with -Xlint:all -Werror or fails at generate time at the query or option that
 * causes it. Exiting 0 with code that does not compile is a bug.
 */
class LimitsTest {

    private static List<String> diagnostics(CodegenResult result) {
        return result.diagnostics().stream().map(Diagnostic::format).toList();
    }

    private static ResolvedQuery wide(String name, int columns, String jdbcType) {
        Fixtures.Q q = query(name, Command.MANY, "SELECT ... FROM t").line(7);
        for (int i = 0; i < columns; i++) {
            q.column("c" + i, jdbcType, false);
        }
        return q.build();
    }

    private static void compiles(CodegenResult result) {
        assertEquals(List.of(), diagnostics(result));
        InMemoryCompiler.Result compiled = InMemoryCompiler.compile(result.files());
        assertEquals(List.of(), compiled.diagnostics());
    }

    @Test
    void aRowRecordWithMoreThan254ParameterSlotsIsAnErrorAtTheQuery() {
        compiles(Fixtures.generate(wide("Fits", 127, "BIGINT"))); // 254 slots: the most a constructor takes
        compiles(Fixtures.generate(wide("Ints", 254, "INTEGER")));
        assertEquals(
                List.of("queries/authors.sql:7:1: error: query Wide returns 130 columns, too many for the"
                        + " constructor of its row record: they take 260 JVM parameter slots (long and double take two), and a"
                        + " Java constructor or method takes at most 254; select fewer columns or split the query"),
                diagnostics(Fixtures.generate(wide("Wide", 130, "BIGINT"))));
    }

    @Test
    void tooManyParametersAreAnErrorAtTheQuery() {
        Fixtures.Q q = query("Insert", Command.EXEC, "INSERT INTO t VALUES (" + "?, ".repeat(127) + "?)")
                .line(3);
        for (int i = 0; i < 128; i++) {
            q.param("p" + i, "DOUBLE", false);
        }
        assertEquals(
                List.of("queries/authors.sql:3:1: error: query Insert has 128 parameters, too many for the"
                        + " constructor of its params record: they take 256 JVM parameter slots (long and double take two), and"
                        + " a Java constructor or method takes at most 254; split the query"),
                diagnostics(Fixtures.generate(q.build())));
    }

    @Test
    void aQueryTextOver64KilobytesCompilesAndKeepsItsText() throws Exception {
        String sql = "SELECT 1 /* " + "é€𝄞x".repeat(30_000) + " */";
        CodegenResult result =
                Fixtures.generate(query("Long", Command.EXEC, sql).build());
        compiles(result);
        InMemoryCompiler.Result compiled = InMemoryCompiler.compile(result.files());
        Field constant = compiled.loader().loadClass("com.example.db.Queries").getDeclaredField("LONG");
        constant.setAccessible(true);
        assertEquals(sql, constant.get(null));
    }

    @Test
    void renamesThatClashWithGeneratedCodeAreErrorsAtTheOption() {
        for (String[] clash : new String[][] {
            {"_ps", "the local variables of generated code (their names start with _)"},
            {"Types", "the Java type Types that generated code uses"},
            {"hashCode", "the method hashCode() of every Java object"}
        }) {
            CodegenResult result = new JavaGenerator()
                    .generate(Fixtures.request(
                            options("package", "com.example.db", "rename", Map.of("id", clash[0])),
                            List.of(query("Get", Command.ONE, "SELECT id FROM t WHERE id = ?")
                                    .param("id", "BIGINT", false)
                                    .column("id", "BIGINT", false)
                                    .build())));
            assertEquals(
                    List.of("sqlj.yaml:11:7: error: rename of \"id\" to \"" + clash[0] + "\" clashes with " + clash[1]
                            + "; choose another name"),
                    diagnostics(result));
        }
    }

    @Test
    void oneParameterNameWithTwoTypesIsAnErrorAtTheQuery() {
        CodegenResult result =
                Fixtures.generate(query("Find", Command.MANY, "SELECT id FROM t WHERE id = ? OR name = ?")
                        .line(4)
                        .param("x", "BIGINT", false)
                        .param("x", "VARCHAR", false)
                        .column("id", "BIGINT", false)
                        .build());
        assertEquals(
                List.of("queries/authors.sql:4:1: error: parameter \"x\" of query Find is used at position 1 as"
                        + " java.lang.Long (BIGINT) and at position 2 as java.lang.String (VARCHAR); one argument cannot have both"
                        + " types: use two parameters, or cast one use to the other's type"),
                diagnostics(result));
    }

    @Test
    void oneParameterNameWithOneTypeIsOneArgument() {
        compiles(Fixtures.generate(query("Find", Command.MANY, "SELECT id FROM t WHERE id = ? OR parent = ?")
                .param("x", "BIGINT", false)
                .param("x", "BIGINT", true)
                .column("id", "BIGINT", false)
                .build()));
    }

    @Test
    void tooManyQueriesForOneClassAreAnErrorAtClassName() {
        List<ResolvedQuery> queries = new java.util.ArrayList<>();
        for (int i = 0; i <= JavaGenerator.MAX_QUERIES_PER_CLASS; i++) {
            queries.add(query("Q" + i, Command.EXEC, "DELETE FROM t").build());
        }
        CodegenResult result = new JavaGenerator()
                .generate(Fixtures.request(options("package", "com.example.db", "class_name", "Db"), queries));
        assertEquals(
                List.of("sqlj.yaml:11:7: error: class Db would hold 5001 queries; a Java class has room for at most"
                        + " 65,535 constants, which about 5000 queries can fill: set class_per_file: true to make one class per"
                        + " query file"),
                diagnostics(result));
        assertTrue(result.files().keySet().stream().noneMatch(f -> f.endsWith("/Db.java")), "the class is not made");
    }
}
