package io.sqlj.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** The minimal Python engine of docs/engine-authors.md, and whether python3 can run it here. */
final class PythonEngine {

    private PythonEngine() {}

    static Path script() {
        return Path.of(System.getProperty("sqlj.testdata"), "..", "engines", "python-minimal", "sqlj-engine-minimal.py")
                .toAbsolutePath()
                .normalize();
    }

    static boolean available() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "python3"))) {
                return true;
            }
        }
        return false;
    }
}
