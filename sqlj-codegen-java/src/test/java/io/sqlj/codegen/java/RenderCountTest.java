package io.sqlj.codegen.java;

import static io.sqlj.codegen.java.Fixtures.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.core.Command;
import io.sqlj.core.ResolvedQuery;
import io.sqlj.core.codegen.CodegenResult;
import io.sqlj.engine.v1.Column;
import io.sqlj.engine.v1.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How often the generator has JavaPoet render a file (docs/performance.md): rendering is most of
 * codegen's time, so each file is rendered once, and a second time only when it uses a type of
 * another package whose simple name a generated type has.
 */
class RenderCountTest {

    @Test
    void eachFileIsRenderedOnceWhenNoNamesClash() {
        List<ResolvedQuery> queries = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            queries.add(query("GetThing" + i, i % 2 == 0 ? Command.ONE : Command.MANY, "SELECT a, b FROM t WHERE c = ?")
                    .column(Column.newBuilder()
                            .setName("a")
                            .setDataType("integer")
                            .setJdbcType("BIGINT")
                            .build())
                    .column(Column.newBuilder()
                            .setName("b")
                            .setDataType("text")
                            .setJdbcType("VARCHAR")
                            .build())
                    .param(Parameter.newBuilder()
                            .setName("c")
                            .setPosition(1)
                            .setJdbcType("VARCHAR")
                            .build())
                    .build());
        }
        JavaGenerator generator = new JavaGenerator();
        CodegenResult result =
                generator.generate(Fixtures.request(Fixtures.options("package", "com.example.db"), queries));
        assertEquals(List.of(), result.diagnostics());
        assertTrue(result.files().size() > 40, result.files().keySet()::toString);
        assertEquals(result.files().size(), generator.renders());
    }

    @Test
    void onlyTheFilesThatQualifyAClashingNameAreRenderedTwice() {
        // Enum types "string" and "connection" become String and Connection, next to java.lang.String
        // and java.sql.Connection: the files that use those write them qualified, after a second rendering.
        JavaGenerator generator = new JavaGenerator();
        CodegenResult result = generator.generate(Fixtures.request(
                Fixtures.options("package", "com.example.db"),
                List.of(query("ListThem", Command.MANY, "SELECT a, b FROM t WHERE c = ?")
                        .column(Column.newBuilder()
                                .setName("a")
                                .setDataType("string")
                                .addEnumLabels("x")
                                .build())
                        .column(Column.newBuilder()
                                .setName("b")
                                .setDataType("text")
                                .setJdbcType("VARCHAR")
                                .build())
                        .param(Parameter.newBuilder()
                                .setName("c")
                                .setPosition(1)
                                .setDataType("connection")
                                .addEnumLabels("y")
                                .build())
                        .build())));
        assertEquals(List.of(), result.diagnostics());
        long qualifying = result.files().values().stream()
                .filter(text -> text.contains("java.sql.Connection") || text.contains("java.lang.String"))
                .count();
        assertTrue(qualifying >= 2, () -> String.join("\n\n", result.files().values()));
        assertEquals(result.files().size() + qualifying, generator.renders(), () -> names(result.files()));
    }

    private static String names(Map<String, String> files) {
        return String.join(", ", files.keySet());
    }
}
