package io.sqlj.codegen.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.core.CodegenWarmUp;
import io.sqlj.core.Diagnostic;
import io.sqlj.core.codegen.CodegenRequest;
import io.sqlj.core.codegen.CodegenResult;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The sample the command line renders while the engine works (docs/performance.md §1t) takes this
 * generator's usual paths: no error, row, params and table records, code that compiles.
 * A sample that failed early would warm little.
 */
class WarmUpSampleTest {

    @Test
    void theWarmUpSampleGeneratesCleanCompilingCode() {
        CodegenRequest template = Fixtures.request(Fixtures.options("package", "com.example.db"), List.of());
        CodegenResult result = new JavaGenerator()
                .generate(new CodegenRequest(
                        template.block(),
                        template.def(),
                        CodegenWarmUp.sample(),
                        Fixtures.SQLJ_VERSION,
                        Optional.of(CodegenWarmUp.sampleCatalog())));
        assertEquals(
                List.of(), result.diagnostics().stream().map(Diagnostic::format).toList());
        List<String> files = List.copyOf(result.files().keySet());
        assertEquals(4, files.stream().filter(p -> p.endsWith("Row.java")).count(), files::toString);
        assertEquals(4, files.stream().filter(p -> p.endsWith("Params.java")).count(), files::toString);
        assertEquals(
                4,
                files.stream().filter(p -> p.matches(".*/WarmUp[0-9]\\.java")).count(),
                files::toString);
        InMemoryCompiler.Result compiled = InMemoryCompiler.compile(result.files());
        assertTrue(compiled.succeeded(), () -> String.join("\n", compiled.diagnostics()));
    }
}
