package io.sqlj.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.sqlj.core.Pipeline;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;
import org.jspecify.annotations.Nullable;

/** The server's lifecycle: initialize, the workspace's roots and settings, shutdown and exit. */
final class SqljLanguageServer implements LanguageServer, LanguageClientAware, WorkspaceService {

    private final Pipeline pipeline;
    private final PrintStream log;
    private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    private volatile boolean shutdown;
    /** Set by {@link #initialize}: null before it. */
    private volatile @Nullable Project project;
    /** Set by {@link #connect}, which the launcher calls before any request. */
    private volatile @Nullable LanguageClient client;

    private final Documents documents = new Documents(() -> project);

    SqljLanguageServer(Pipeline pipeline, PrintStream log) {
        this.pipeline = pipeline;
        this.log = log;
    }

    @Override
    public void connect(LanguageClient client) {
        this.client = client;
    }

    /** Completes with the process's exit code. */
    CompletableFuture<Integer> exitCode() {
        return exitCode;
    }

    /** When the client closes our input without {@code exit}, the server ends too. */
    void onInputEnd(Future<Void> listening) {
        Thread watch = new Thread(
                () -> {
                    try {
                        listening.get();
                    } catch (Exception e) {
                        // ended either way
                    }
                    exitCode.complete(shutdown ? 0 : 1);
                },
                "sqlj-lsp-input");
        watch.setDaemon(true);
        watch.start();
    }

    /** Stops every engine; the server answers nothing more. */
    void stop() {
        Project p = project;
        if (p != null) {
            p.close();
        }
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        Settings settings = Settings.from(params.getInitializationOptions());
        List<Path> roots = new ArrayList<>();
        if (params.getWorkspaceFolders() != null) {
            for (WorkspaceFolder folder : params.getWorkspaceFolders()) {
                roots.add(Path.of(URI.create(folder.getUri())));
            }
        }
        if (roots.isEmpty() && params.getRootUri() != null) {
            roots.add(Path.of(URI.create(params.getRootUri())));
        }
        if (roots.isEmpty()) {
            roots.add(Path.of("").toAbsolutePath());
        }
        if (params.getProcessId() != null) {
            ProcessHandle.of(params.getProcessId().longValue())
                    .ifPresentOrElse(
                            parent -> parent.onExit().thenRun(() -> exitCode.complete(1)),
                            () -> exitCode.complete(1)); // already gone
        }
        LanguageClient connected = client;
        if (connected == null) {
            throw new IllegalStateException("initialize before connect: the launcher connects the client first");
        }
        project = new Project(pipeline, connected, settings, roots, log);
        ServerCapabilities capabilities = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Full);
        sync.setSave(new SaveOptions(false));
        capabilities.setTextDocumentSync(sync);
        capabilities.setHoverProvider(true);
        capabilities.setDefinitionProvider(true);
        capabilities.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
        return CompletableFuture.completedFuture(
                new InitializeResult(capabilities, new ServerInfo("sqlj", io.sqlj.core.SqljVersion.get())));
    }

    @Override
    public void initialized(InitializedParams params) {
        Project p = project;
        if (p != null) { // else the client skipped initialize: there is nothing to start
            p.start();
        }
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        stop();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        exitCode.complete(shutdown ? 0 : 1);
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return this;
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        Object settings = params.getSettings();
        Project p = project;
        if (p != null && settings instanceof JsonObject json) {
            JsonElement sqlj = json.has("sqlj") ? json.get("sqlj") : json;
            p.settings(Settings.from(sqlj));
        }
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        Project p = project;
        if (p != null) {
            params.getChanges().forEach(change -> p.changedOnDisk(Path.of(URI.create(change.getUri()))));
        }
    }
}
