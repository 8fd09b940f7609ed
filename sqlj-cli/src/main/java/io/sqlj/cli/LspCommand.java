package io.sqlj.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code sqlj lsp}: the language server on stdin/stdout (docs/editors.md). Only this method
 * refers to the server, so the other commands never load it or LSP4J.
 */
@Command(
        name = "lsp",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a Language Server Protocol server on stdin/stdout for editors: diagnostics as you type,",
            "hover, go to definition and quick fixes for the query and schema files of every sqlj.yaml",
            "(and sqlc config) under the workspace. See docs/editors.md."
        })
final class LspCommand implements Callable<Integer> {

    private final Map<String, String> env;

    LspCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        // The raw descriptors: System.out may be wrapped, and nothing but the protocol may reach stdout.
        PrintStream log = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        PrintStream stdout = System.out;
        System.setOut(log); // a stray println anywhere in sqlj must not corrupt the protocol
        try {
            return io.sqlj.lsp.LspMain.run(
                    new FileInputStream(FileDescriptor.in),
                    new FileOutputStream(FileDescriptor.out),
                    io.sqlj.core.engine.BundledEngines.onThisClassPath(),
                    env,
                    log);
        } finally {
            System.setOut(stdout);
        }
    }
}
