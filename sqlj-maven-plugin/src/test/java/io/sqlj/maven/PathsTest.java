package io.sqlj.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sqlj.core.Diagnostic;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Error paths of a multi-module build: relative to where mvn ran, so they can be clicked. */
class PathsTest {

    private static final Diagnostic ERROR = Diagnostic.error("db/queries.sql", 2, 12, "no such column: nme");

    @Test
    void relativeToTheReactorRoot() {
        Diagnostic d = Paths.display(ERROR, Path.of("/work/shop/orders/sqlj.yaml"), Path.of("/work/shop"));
        assertEquals("orders/db/queries.sql:2:12: error: no such column: nme", d.format());
    }

    @Test
    void inTheModuleItself() {
        Diagnostic d = Paths.display(ERROR, Path.of("/work/shop/orders/sqlj.yaml"), Path.of("/work/shop/orders"));
        assertEquals("db/queries.sql:2:12: error: no such column: nme", d.format());
    }

    @Test
    void absoluteOutsideTheRootOrWithoutOne() {
        assertEquals(
                "/work/shop/orders/db/queries.sql:2:12: error: no such column: nme",
                Paths.display(ERROR, Path.of("/work/shop/orders/sqlj.yaml"), Path.of("/elsewhere"))
                        .format());
        assertEquals(
                "/work/shop/orders/db/queries.sql:2:12: error: no such column: nme",
                Paths.display(ERROR, Path.of("/work/shop/orders/sqlj.yaml"), null)
                        .format());
    }

    @Test
    void aDiagnosticWithoutFileStaysAsItIs() {
        Diagnostic d = Diagnostic.error("", 0, 0, "engine failed");
        assertEquals(d, Paths.display(d, Path.of("/work/shop/sqlj.yaml"), Path.of("/work")));
    }
}
