package io.sqlj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlywayPlaceholdersTest {

    @Test
    void replacesConfiguredAndBuiltInPlaceholdersIgnoringCase() {
        List<Diagnostic> diagnostics = new ArrayList<>();
        assertEquals(
                "CREATE TABLE public.t (r TEXT DEFAULT 'eu'); -- V1__t.sql",
                FlywayPlaceholders.apply(
                        "db/V1__t.sql",
                        "CREATE TABLE ${flyway:defaultSchema}.t (r TEXT DEFAULT"
                                + " '${Region}'); -- ${flyway:filename}",
                        "postgresql",
                        Map.of("region", "eu"),
                        diagnostics));
        assertEquals(List.of(), diagnostics);
    }

    @Test
    void aPlaceholderWithoutValueIsAnErrorAtItsPlace() {
        List<Diagnostic> diagnostics = new ArrayList<>();
        FlywayPlaceholders.apply("V2__x.sql", "SELECT 1;\n  GRANT ALL TO ${owner};", "sqlite", Map.of(), diagnostics);
        assertEquals(
                List.of("V2__x.sql:2:16: error: no value for Flyway placeholder ${owner}; give it one under"
                        + " placeholders: in this sql block of sqlj.yaml"),
                diagnostics.stream().map(Diagnostic::format).toList());
    }

    @Test
    void otherFilesAreLeftAloneUnlessTheBlockSetsPlaceholders() {
        List<Diagnostic> diagnostics = new ArrayList<>();
        assertEquals(
                "SELECT '${x}';",
                FlywayPlaceholders.apply("schema.sql", "SELECT '${x}';", "sqlite", Map.of(), diagnostics));
        assertEquals(
                "SELECT 'y';",
                FlywayPlaceholders.apply("schema.sql", "SELECT '${x}';", "sqlite", Map.of("x", "y"), diagnostics));
        assertEquals(List.of(), diagnostics);
    }
}
