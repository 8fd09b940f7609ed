package io.sqlj.core.config;

import io.sqlj.core.Diagnostic;
import io.sqlj.core.Location;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** Collects the problems of one config file, located by the YAML nodes they are about. */
final class Reporter {

    private final String file;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    Reporter(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    Location at(Node node) {
        return at(node.getStartMark());
    }

    /** snakeyaml's marks are 0-based; diagnostics are 1-based. */
    Location at(Mark mark) {
        return mark == null ? Location.of(file) : new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    void error(Node node, String message) {
        error(at(node), message);
    }

    void error(Location at, String message) {
        diagnostics.add(Diagnostic.error(at, message));
    }

    void warning(Node node, String message) {
        diagnostics.add(Diagnostic.warning(at(node), message));
    }

    void note(Node node, String message) {
        diagnostics.add(Diagnostic.note(at(node), message));
    }

    /** How many errors so far: a reader compares counts to tell whether a part it read had any. */
    int errorCount() {
        return (int) diagnostics.stream().filter(Diagnostic::isError).count();
    }

    boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }
}
