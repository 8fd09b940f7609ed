package io.sqlj.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every {@code .sql} file of sqlj's testdata and examples, and of sqlc's end-to-end testdata when
 * {@code -Dsqlj.sqlcTestdata} names its folder: the real SQL that equivalence tests run over.
 */
public final class TestdataSql {

    private TestdataSql() {}

    /** The files, sorted within each root, in the order testdata, examples, sqlc's. */
    public static List<Path> files() throws IOException {
        List<Path> roots = new ArrayList<>(List.of(Path.of("../testdata"), Path.of("../examples")));
        String sqlc = System.getProperty("sqlj.sqlcTestdata", "");
        if (!sqlc.isEmpty()) {
            roots.add(Path.of(sqlc));
        }
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            assertTrue(Files.isDirectory(root), root::toString);
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".sql")).sorted().forEach(files::add);
            }
        }
        return files;
    }
}
