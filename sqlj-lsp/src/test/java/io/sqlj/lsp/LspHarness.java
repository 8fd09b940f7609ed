package io.sqlj.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A real server ({@link LspMain#run}) and an LSP4J client joined by pipes in this JVM, with the
 * bundled SQLite engine started as a child JVM on the test class path, as {@code sqlj} starts it.
 */
final class LspHarness implements AutoCloseable {

    /** The client side: keeps the last diagnostics of every file. */
    static final class Client implements LanguageClient {
        final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();
        final List<String> messages = new ArrayList<>();

        @Override
        public void telemetryEvent(Object object) {}

        @Override
        public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
            diagnostics.put(params.getUri(), params.getDiagnostics());
            notifyAll();
        }

        @Override
        public void showMessage(MessageParams params) {
            messages.add(params.getMessage());
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams params) {
            messages.add(params.getMessage());
        }

        synchronized List<Diagnostic> await(Path file, Predicate<List<Diagnostic>> done) throws InterruptedException {
            String uri = file.toUri().toString();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (true) {
                List<Diagnostic> now = diagnostics.get(uri);
                if (now != null && done.test(now)) {
                    return now;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    fail("no diagnostics as expected for " + file + "; last: " + now + "; all: " + diagnostics);
                }
                wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }

        synchronized void forget(Path file) {
            diagnostics.remove(file.toUri().toString());
        }
    }

    final Client client = new Client();
    final LanguageServer server;
    final CompletableFuture<Integer> exit;
    final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private int version = 1;

    LspHarness(Path root) throws IOException {
        // NIO pipes: java.io's piped streams fail when the thread that last wrote has ended.
        Pipe toServer = Pipe.open();
        Pipe toClient = Pipe.open();
        InputStream serverIn = Channels.newInputStream(toServer.source());
        OutputStream clientOut = Channels.newOutputStream(toServer.sink());
        InputStream clientIn = Channels.newInputStream(toClient.source());
        OutputStream serverOut = Channels.newOutputStream(toClient.sink());
        PrintStream logStream = new PrintStream(log, true, StandardCharsets.UTF_8);
        exit = CompletableFuture.supplyAsync(
                () -> LspMain.run(serverIn, serverOut, bundled(), System.getenv(), logStream));
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, clientIn, clientOut);
        launcher.startListening();
        server = launcher.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        init.setRootUri(root.toUri().toString());
        init.setCapabilities(new ClientCapabilities());
        init.setInitializationOptions(Map.of("debounceMs", 20));
        server.initialize(init).join();
        server.initialized(new InitializedParams());
    }

    /** The bundled SQLite engine as the CLI starts it: the same Java, this class path. */
    static Map<String, List<String>> bundled() {
        return Map.of(
                "sqlite",
                List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:+UseSerialGC",
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "io.sqlj.engine.sqlite.SqliteEngineMain"));
    }

    void open(Path file) throws IOException {
        server.getTextDocumentService()
                .didOpen(new DidOpenTextDocumentParams(
                        new TextDocumentItem(file.toUri().toString(), "sql", version++, Files.readString(file))));
    }

    void change(Path file, String text) {
        server.getTextDocumentService()
                .didChange(new DidChangeTextDocumentParams(
                        new VersionedTextDocumentIdentifier(file.toUri().toString(), version++),
                        List.of(new TextDocumentContentChangeEvent(text))));
    }

    /** shutdown, exit: the server's exit code. */
    int stop() throws Exception {
        server.shutdown().get(30, TimeUnit.SECONDS);
        server.exit();
        return exit.get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        if (!exit.isDone()) {
            assertEquals(0, stop(), log.toString(StandardCharsets.UTF_8));
        }
    }
}
