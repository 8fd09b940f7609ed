package io.sqlj.codegen.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.sqlj.core.codegen.CodegenResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeterminismTest {

    @Test
    void generatingTwiceGivesEqualFiles() {
        CodegenResult first = Fixtures.generate(KitchenSink.queries());
        CodegenResult second = Fixtures.generate(KitchenSink.queries());
        assertEquals(first.files(), second.files());
        assertEquals(first.diagnostics(), second.diagnostics());
    }

    @Test
    void enumsDoNotDependOnQueryOrderButQueriesKeepFileOrder() {
        List<io.sqlj.core.ResolvedQuery> reversed = new ArrayList<>(KitchenSink.queries());
        Collections.reverse(reversed);
        CodegenResult forward = Fixtures.generate(KitchenSink.queries());
        CodegenResult backward = Fixtures.generate(reversed);
        assertEquals(
                forward.files().get("com/example/db/Mood.java"),
                backward.files().get("com/example/db/Mood.java"));
        assertEquals(forward.files().keySet(), backward.files().keySet());
    }

    @Test
    void outputHasNoTimestampOrVersion() {
        // the version the generator is given, and the real one of this build (not a literal that
        // goes stale when the project's version changes)
        String real = io.sqlj.core.SqljVersion.get();
        assertFalse(real.equals("unknown"), "the build records sqlj's version");
        for (String source : Fixtures.generate(KitchenSink.queries()).files().values()) {
            assertFalse(source.contains(Fixtures.SQLJ_VERSION), source);
            assertFalse(source.contains(real), source);
            assertFalse(source.contains(real.replace("-SNAPSHOT", "")), source);
            assertFalse(source.contains("@Generated"), source);
        }
    }
}
