package io.sqlj.lsp;

import io.sqlj.codegen.java.JavaGenerator;
import io.sqlj.core.Pipeline;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * {@code sqlj lsp}: runs the language server on {@code in}/{@code out} until the client sends
 * {@code exit}, closes the input, or (given its {@code processId}) dies. Only JDK types in its
 * signature, so the CLI loads LSP4J only when this command runs.
 */
public final class LspMain {

    private LspMain() {}

    /**
     * Serves one client; returns the exit code (0 after {@code shutdown} then {@code exit}, 1
     * otherwise, as the protocol asks). Every engine it started is stopped before it returns.
     *
     * @param bundledEngines as for {@link Pipeline}
     * @param log where the server's own messages go (stderr: stdout is the protocol's)
     */
    public static int run(
            InputStream in,
            OutputStream out,
            Map<String, List<String>> bundledEngines,
            Map<String, String> env,
            PrintStream log) {
        Pipeline pipeline = new Pipeline(List.of(new JavaGenerator()), bundledEngines, env);
        SqljLanguageServer server = new SqljLanguageServer(pipeline, log);
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        server.onInputEnd(listening);
        try {
            return server.exitCode().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (ExecutionException e) {
            log.println("sqlj lsp: " + e.getCause());
            return 1;
        } finally {
            server.stop();
            listening.cancel(true);
        }
    }
}
