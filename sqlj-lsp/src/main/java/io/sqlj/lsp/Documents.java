package io.sqlj.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.jspecify.annotations.Nullable;

/** textDocument/*: the open buffers go to the {@link Project}; requests are answered from its last run. */
final class Documents implements TextDocumentService {

    /** The project once the client has initialized the server, else null. */
    private final Supplier<@Nullable Project> project;

    Documents(Supplier<@Nullable Project> project) {
        this.project = project;
    }

    static Path path(String uri) {
        return Path.of(URI.create(uri)).toAbsolutePath().normalize();
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        Project p = project.get();
        if (p != null) {
            p.opened(
                    path(params.getTextDocument().getUri()),
                    params.getTextDocument().getText());
        }
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        Project p = project.get();
        if (p != null && !params.getContentChanges().isEmpty()) {
            // Full sync: the last change holds the whole text.
            String text = params.getContentChanges()
                    .get(params.getContentChanges().size() - 1)
                    .getText();
            p.changed(path(params.getTextDocument().getUri()), text);
        }
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        Project p = project.get();
        if (p != null) {
            p.closed(path(params.getTextDocument().getUri()));
        }
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        Project p = project.get();
        if (p != null) {
            p.saved(path(params.getTextDocument().getUri()));
        }
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        Project p = project.get();
        if (p == null) {
            return CompletableFuture.completedFuture(null);
        }
        return p.ask(features -> features.hover(path(params.getTextDocument().getUri()), params.getPosition()));
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
            DefinitionParams params) {
        Project p = project.get();
        if (p == null) {
            return CompletableFuture.completedFuture(Either.forLeft(List.of()));
        }
        return p.ask(features ->
                Either.forLeft(features.definition(path(params.getTextDocument().getUri()), params.getPosition())));
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        Project p = project.get();
        if (p == null) {
            return CompletableFuture.completedFuture(List.of());
        }
        return p.ask(features -> features.codeActions(params));
    }
}
