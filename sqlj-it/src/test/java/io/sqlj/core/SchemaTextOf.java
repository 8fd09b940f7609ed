package io.sqlj.core;

import io.sqlj.core.config.Config;
import io.sqlj.core.config.SqlBlock;
import io.sqlj.core.engine.SchemaText;
import io.sqlj.sql.SqlSyntax;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * For sqlj-it: a block's schema text exactly as {@code BlockRun} hands it to its engine (the up
 * parts of the migrations, queries left out, Flyway placeholders replaced), so a test loads into
 * its database what the code was generated from. In {@code io.sqlj.core} to reach those
 * package-private steps; test code only.
 */
public final class SchemaTextOf {
    private SchemaTextOf() {}

    public static String of(Config config, SqlBlock block) throws IOException {
        List<String> files = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        SqlSyntax syntax = SqlSyntax.forEngine(block.engine());
        for (Path file : block.schema()) {
            String text = MigrationText.upOnly(Files.readString(file));
            text = QuerySplitter.withoutQueries(text, syntax);
            text = FlywayPlaceholders.apply(
                    config.relative(file), text, block.engine(), block.placeholders(), diagnostics);
            parts.add(text);
            files.add(config.relative(file));
        }
        if (!diagnostics.isEmpty()) {
            throw new IllegalStateException(diagnostics.toString());
        }
        return SchemaText.join(files, parts, syntax).text();
    }
}
