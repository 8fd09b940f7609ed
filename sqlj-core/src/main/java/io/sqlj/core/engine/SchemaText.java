package io.sqlj.core.engine;

import io.sqlj.core.Location;
import io.sqlj.sql.SqlSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A block's schema files joined into the one {@code schema_sql} engines receive, remembering
 * where each file starts so that a line of the joined text maps back to its file.
 */
public final class SchemaText {

    private record Part(String file, int firstLine, int lines) {}

    private final String text;
    private final List<Part> parts;

    private SchemaText(String text, List<Part> parts) {
        this.text = text;
        this.parts = List.copyOf(parts);
    }

    /** Files in order, each a (file relative to the config, contents) pair. */
    public static SchemaText join(List<String> files, List<String> contents) {
        return join(files, contents, SqlSyntax.LENIENT);
    }

    /** {@link #join(List, List)} for schema files in the engine's {@code syntax}. */
    public static SchemaText join(List<String> files, List<String> contents, SqlSyntax syntax) {
        StringBuilder joined = new StringBuilder();
        List<Part> parts = new ArrayList<>();
        int line = 1;
        for (int i = 0; i < files.size(); i++) {
            if (i > 0) {
                joined.append('\n');
            }
            String content = contents.get(i);
            int lines = (int) content.chars().filter(c -> c == '\n').count() + 1;
            parts.add(new Part(files.get(i), line, lines));
            joined.append(content);
            if (i + 1 < files.size() && io.sqlj.core.SqlStatements.endsOpen(content, syntax)) {
                // Migration tools run each file alone; a last statement without ';' must not run into
                // the next file's first. The ';' goes on the file's own last line, so lines still match.
                joined.append(';');
            }
            line += lines;
        }
        return new SchemaText(joined.toString(), parts);
    }

    /** Schema text whose origin is unknown: its lines map to no file. */
    public static SchemaText of(String text) {
        return new SchemaText(Objects.requireNonNull(text, "text"), List.of());
    }

    public String text() {
        return text;
    }

    /** The file and line of a 1-based line and column of the joined text, when it has one. */
    public java.util.Optional<Location> locate(int line, int column) {
        for (Part part : parts) {
            if (line >= part.firstLine() && line < part.firstLine() + part.lines()) {
                return java.util.Optional.of(
                        new Location(part.file(), line - part.firstLine() + 1, Math.max(column, 0)));
            }
        }
        return parts.isEmpty()
                ? java.util.Optional.empty()
                : java.util.Optional.of(new Location(parts.get(0).file(), 0, 0));
    }
}
