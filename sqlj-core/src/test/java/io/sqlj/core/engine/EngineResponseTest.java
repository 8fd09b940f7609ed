package io.sqlj.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sqlj.sql.SqlLexer;
import io.sqlj.sql.SqlSyntax;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The parts of the runner that need no process: placeholder counting and fault wording. */
class EngineResponseTest {

    private static int count(String sql, String engine) {
        return SqlLexer.jdbcPlaceholders(sql, SqlSyntax.forEngine(engine));
    }

    @Test
    void countsPlaceholdersOutsideLiteralsAndCommentsInTheEnginesDialect() {
        assertEquals(2, count("SELECT * FROM t WHERE a = ? AND b = ?", "sqlite"));
        assertEquals(1, count("SELECT '?', \"?\", `?` -- ?\n FROM t WHERE id = ? /* ? */", "sqlite"));
        assertEquals(1, count("SELECT * FROM t WHERE id IN (/*SLICE:ids*/?)", "mysql"));
        assertEquals(
                1, count("SELECT 'it''s ?', $$ ? $$, $tag$ ? $tag$, data ?? 'k' FROM t WHERE x = ?", "postgresql"));
        assertEquals(0, count("SELECT /* nested /* ? */ still ? */ 1", "postgresql"));
        assertEquals(1, count("SELECT 'it\\'s ?' FROM t WHERE x = ? # ?", "mysql"));
    }

    @Test
    void faultsAreToldApart() {
        EngineSpec spec = new EngineSpec("x", List.of("x"), List.of(), Duration.ofMillis(1500), false);
        assertEquals(
                Optional.of("engine \"x\" was killed by signal 9 while testing"),
                Faults.describe(
                        spec,
                        new ProcessCall.Outcome(ProcessCall.Kind.EXITED, 137, new byte[0], "", ""),
                        "while testing"));
        assertEquals(
                Optional.of("engine \"x\" failed with status 1 while testing; its stderr ends with:\n    boom"),
                Faults.describe(
                        spec,
                        new ProcessCall.Outcome(ProcessCall.Kind.EXITED, 1, new byte[0], "boom\n", ""),
                        "while testing"));
        assertEquals(
                Optional.empty(),
                Faults.describe(
                        spec,
                        new ProcessCall.Outcome(ProcessCall.Kind.EXITED, 0, new byte[0], "", ""),
                        "while testing"));
        assertEquals("1500ms", Faults.format(spec.timeout()));
        assertEquals("2m", Faults.format(Duration.ofMinutes(2)));
    }
}
