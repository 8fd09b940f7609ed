package io.sqlj.lsp;

import io.sqlj.codegen.java.JavaSignatures;
import io.sqlj.core.BlockSession;
import io.sqlj.core.Diagnostic;
import io.sqlj.core.OutputWriter;
import io.sqlj.core.Pipeline;
import io.sqlj.core.PipelineResult;
import io.sqlj.core.SqljVersion;
import io.sqlj.core.TextFile;
import io.sqlj.core.Timings;
import io.sqlj.core.WriteReport;
import io.sqlj.core.codegen.CodegenRequest;
import io.sqlj.core.config.CodegenDef;
import io.sqlj.core.config.Config;
import io.sqlj.core.config.ConfigResult;
import io.sqlj.core.config.Destination;
import io.sqlj.core.config.SqlBlock;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The workspace as the server sees it: every sqlj.yaml and sqlc config under the roots, one
 * {@link BlockSession} (a warm engine) per block, the open buffers, and the diagnostics last
 * published per file. All of it lives on one worker thread: changes are debounced onto it,
 * requests are answered on it, so nothing here needs a lock.
 */
final class Project {

    static final Set<String> CONFIG_NAMES = Set.of("sqlj.yaml", "sqlc.yaml", "sqlc.yml", "sqlc.json");
    private static final Set<String> SKIPPED_DIRS = Set.of("target", "node_modules", "build", ".git");

    /** One config: its load result and a session per block. */
    static final class ConfigState {
        final Path file;
        final Optional<Config> config;
        final List<Diagnostic> loadDiagnostics;
        final List<BlockState> blocks = new ArrayList<>();

        ConfigState(Path file, ConfigResult loaded) {
            this.file = file;
            this.config = loaded.config();
            this.loadDiagnostics = loaded.diagnostics();
        }
    }

    /** One block: its warm session, its last result, and (on demand) what codegen makes of it. */
    static final class BlockState {
        final BlockSession session;
        /** Written on the worker; read by the codegen thread to tell a stale result from the current one. */
        volatile BlockSession.Result result;
        /** Codegen's diagnostics of the last codegen phase, shown with a new result until the next. */
        List<Diagnostic> codegen = List.of();

        private Map<String, JavaSignatures.Method> methods;

        BlockState(BlockSession session) {
            this.session = session;
        }

        SqlBlock block() {
            return session.block();
        }

        Config config() {
            return session.config();
        }

        /** Query name → its generated method, planned from the last result. */
        Map<String, JavaSignatures.Method> methods() {
            if (methods == null) {
                methods = Map.of();
                Optional<CodegenDef> java = block().codegen().stream()
                        .filter(d -> d.plugin().equals("java"))
                        .findFirst();
                if (java.isPresent() && result != null) {
                    try {
                        methods = JavaSignatures.of(new CodegenRequest(
                                block(), java.get(), result.resolved(), SqljVersion.get(), result.catalog()));
                    } catch (RuntimeException e) {
                        methods = Map.of(); // codegen reports it as a diagnostic; a hover shows less
                    }
                }
            }
            return methods;
        }

        void update(BlockSession.Result next) {
            result = next;
            methods = null;
        }
    }

    private final Pipeline pipeline;
    private final LanguageClient client;
    private final List<Path> roots;
    private final PrintStream log;
    private volatile Settings settings;
    private final ScheduledExecutorService worker =
            Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "sqlj-lsp"));
    private final ExecutorService generator = Executors.newSingleThreadExecutor(r -> daemon(r, "sqlj-lsp-generate"));
    /**
     * Codegen's diagnostics are computed here, off the worker: over hundreds of queries codegen
     * takes far longer than a check, and on the worker it held up the next keystroke's check.
     */
    private final ExecutorService codegenThread = Executors.newSingleThreadExecutor(r -> daemon(r, "sqlj-lsp-codegen"));
    /** When the last change arrived (System.nanoTime), for the debounce. */
    private volatile long lastChange = System.nanoTime() - TimeUnit.SECONDS.toNanos(10);

    private final Map<Path, String> open = new ConcurrentHashMap<>();
    private final Set<Path> pending = ConcurrentHashMap.newKeySet();
    /** With {@code SQLJ_TIMINGS=1}: each check's breakdown goes to the log (stderr). */
    private final boolean timings = Timings.from(System.getenv()).enabled();
    /** The first change (System.nanoTime) of each pending file since its last check. */
    private final Map<Path, Long> changedAt = new ConcurrentHashMap<>();

    private ScheduledFuture<?> flush;
    private volatile boolean closed;

    // Worker thread only:
    private final Map<Path, ConfigState> configs = new TreeMap<>();
    /** Published file → source ("config#block") → its diagnostics there. */
    private final Map<Path, Map<String, List<Diagnostic>>> published = new HashMap<>();

    private final Map<String, Set<Path>> filesOfSource = new HashMap<>();
    /** Files published at least once: a file checked clean for the first time gets an empty list too. */
    private final Set<Path> announced = new HashSet<>();

    Project(Pipeline pipeline, LanguageClient client, Settings settings, List<Path> roots, PrintStream log) {
        this.pipeline = pipeline;
        this.client = client;
        this.settings = settings;
        this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.log = log;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Finds the configs under the roots and checks every block once. */
    void start() {
        worker.execute(() -> guarded("start", () -> {
            for (Path root : roots) {
                discover(root).forEach(this::load);
            }
        }));
    }

    void settings(Settings next) {
        settings = next;
    }

    Settings settings() {
        return settings;
    }

    void opened(Path file, String text) {
        open.put(file, text);
        if (CONFIG_NAMES.contains(file.getFileName().toString())) {
            changedOnDisk(file);
        } else {
            changed(file, text);
        }
    }

    void changed(Path file, String text) {
        open.put(file, text);
        if (!CONFIG_NAMES.contains(file.getFileName().toString())) {
            schedule(file);
        }
    }

    void closed(Path file) {
        open.remove(file);
        schedule(file);
    }

    /** A config is read from disk: it takes effect when saved. */
    void saved(Path file) {
        schedule(file);
        if (settings.generateOnSave()) {
            worker.execute(() -> guarded("generate", () -> {
                Set<Path> files = new HashSet<>();
                configs.values().stream()
                        .filter(c -> c.file.equals(file) || owns(c, file))
                        .forEach(c -> files.add(c.file));
                files.forEach(config -> generator.execute(() -> generate(config)));
            }));
        }
    }

    void changedOnDisk(Path file) {
        schedule(file.toAbsolutePath().normalize());
    }

    /** Runs {@code question} on the worker, after the changes already being checked. */
    <T> CompletableFuture<T> ask(Function<Features, T> question) {
        return CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return question.apply(new Features(this));
                    } catch (RuntimeException e) {
                        log.println("sqlj lsp: request failed: " + e);
                        e.printStackTrace(log);
                        return null;
                    }
                },
                worker);
    }

    /** Stops every engine and the worker. */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            worker.submit(() -> {
                        configs.values().forEach(c -> c.blocks.forEach(b -> b.session.close()));
                        configs.clear();
                    })
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            log.println("sqlj lsp: stopping the engines: " + e);
        }
        worker.shutdownNow();
        generator.shutdownNow();
        codegenThread.shutdownNow();
    }

    /** The whole text of a file: the open buffer, else the disk. */
    String text(Path file) throws IOException {
        String buffer = open.get(file);
        return buffer != null ? buffer : TextFile.read(file);
    }

    Optional<String> textIfReadable(Path file) {
        try {
            return Optional.of(text(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The blocks whose schema or query files include {@code file}. */
    List<BlockState> blocksOf(Path file) {
        List<BlockState> out = new ArrayList<>();
        for (ConfigState c : configs.values()) {
            for (BlockState b : c.blocks) {
                if (includes(b.block(), file)) {
                    out.add(b);
                }
            }
        }
        return out;
    }

    Map<Path, List<Diagnostic>> publishedDiagnostics() {
        Map<Path, List<Diagnostic>> out = new HashMap<>();
        published.forEach((file, bySource) ->
                out.put(file, bySource.values().stream().flatMap(List::stream).toList()));
        return out;
    }

    private synchronized void schedule(Path file) {
        if (closed) {
            return;
        }
        long now = System.nanoTime();
        changedAt.putIfAbsent(file, now);
        pending.add(file);
        if (flush != null) {
            flush.cancel(false);
        }
        // A change after a pause is checked at once; one in a burst (typing fast, key repeat, a
        // paste in steps) waits for the burst to end, debounceMs after its last change.
        long debounce = TimeUnit.MILLISECONDS.toNanos(settings.debounceMs());
        long delay = now - lastChange > 2 * debounce ? 0 : debounce;
        lastChange = now;
        flush = worker.schedule(() -> guarded("check", this::flush), delay, TimeUnit.NANOSECONDS);
    }

    private void flush() {
        long started = System.nanoTime();
        List<Path> changed = new ArrayList<>(pending);
        pending.removeAll(changed);
        long firstChange = started;
        for (Path file : changed) {
            Long at = changedAt.remove(file);
            firstChange = at == null ? firstChange : Math.min(firstChange, at);
        }
        waited = started - firstChange;
        Set<BlockState> dirty = new java.util.LinkedHashSet<>();
        for (Path file : changed) {
            if (CONFIG_NAMES.contains(file.getFileName().toString())) {
                if (configs.containsKey(file)) {
                    unload(file);
                }
                if (Files.isRegularFile(file) && roots.stream().anyMatch(file::startsWith)) {
                    load(file);
                }
            } else {
                dirty.addAll(blocksOf(file));
            }
        }
        dirty.forEach(this::run);
    }

    private void load(Path file) {
        waited = 0;
        boolean sqlc = file.getFileName().toString().startsWith("sqlc.");
        Destination destination = sqlc
                ? new Destination(
                        Optional.of(file.getParent().resolve(settings.sqlcOut())), Optional.of(settings.sqlcPackage()))
                : Destination.NONE;
        ConfigResult loaded;
        try {
            loaded = pipeline.load(file, destination);
        } catch (RuntimeException e) {
            loaded = new ConfigResult(
                    Optional.empty(),
                    List.of(Diagnostic.error(
                            file.getFileName().toString(), 1, 1, "sqlj lsp cannot read this config: " + e)));
        }
        ConfigState state = new ConfigState(file, loaded);
        configs.put(file, state);
        publish(file + "#config", file.getParent(), loaded.diagnostics());
        state.config.ifPresent(config ->
                config.sql().forEach(block -> state.blocks.add(new BlockState(pipeline.session(config, block)))));
        state.blocks.forEach(this::run);
    }

    private void unload(Path file) {
        ConfigState state = configs.remove(file);
        if (state == null) {
            return;
        }
        state.blocks.forEach(b -> b.session.close());
        publish(file + "#config", file.getParent(), List.of());
        for (int i = 0; i < state.blocks.size(); i++) {
            publish(file + "#" + i, file.getParent(), List.of());
        }
    }

    /** Of the check running now: how long its first change waited for it (debounce, then the worker). */
    private long waited;

    private void run(BlockState state) {
        String source = state.config().file() + "#"
                + configs.get(state.config().file()).blocks.indexOf(state);
        BlockSession.Result result;
        long start = System.nanoTime();
        Timings phases = Timings.from(Map.of(Timings.ENV, timings ? "1" : ""));
        try {
            result = state.session.run(file -> text(file.toAbsolutePath().normalize()), phases);
        } catch (RuntimeException | LinkageError e) {
            log.println("sqlj lsp: checking sql[" + state.block().index() + "] of "
                    + state.config().file() + " failed: " + e);
            e.printStackTrace(log);
            publish(
                    source,
                    state.config().dir(),
                    List.of(Diagnostic.error(state.block().location(), "sqlj lsp could not check this block: " + e)));
            return;
        }
        state.update(result);
        Set<Path> files = new HashSet<>();
        state.block().queries().forEach(q -> files.add(q.toAbsolutePath().normalize()));
        state.block().schema().forEach(q -> files.add(q.toAbsolutePath().normalize()));
        long checked = System.nanoTime();
        publish(source, state.config().dir(), concat(result.diagnostics(), state.codegen), files);
        if (timings) {
            double engine =
                    state.session.engine().map(e -> e.lastRoundTripNanos()).orElse(0L) / 1e6;
            double split = phases.millis("read and split");
            double run = (checked - start) / 1e6;
            log.printf(
                    java.util.Locale.ROOT,
                    "sqlj lsp: timing %s sql[%d]: waited %.1f ms (debounce %d), read+split %.1f ms, engine round trip"
                            + " %.1f ms, rest of the check %.1f ms, publish %.1f ms, total %.1f ms%n",
                    state.config().file().getParent().getFileName(),
                    state.block().index(),
                    waited / 1e6,
                    settings.debounceMs(),
                    split,
                    engine,
                    run - split - engine,
                    (System.nanoTime() - checked) / 1e6,
                    (waited + System.nanoTime() - start) / 1e6);
        }
        // Codegen's own diagnostics follow, on their own thread, unless the next change is already waiting.
        BlockSession.Result checkedResult = result;
        codegenThread.execute(() -> guarded("codegen", () -> codegen(state, source, checkedResult)));
    }

    /** On the codegen thread: codegen over {@code result}, published on the worker if still current. */
    private void codegen(BlockState state, String source, BlockSession.Result result) {
        if (state.result != result || !pending.isEmpty() || closed) {
            return; // a newer check is coming or came: its own codegen follows it
        }
        long start = System.nanoTime();
        List<Diagnostic> diagnostics;
        try {
            diagnostics = state.session.generate(result).diagnostics();
        } catch (RuntimeException | LinkageError e) {
            diagnostics = List.of(Diagnostic.error(state.block().location(), "sqlj lsp could not run codegen: " + e));
        }
        if (timings) {
            log.printf(
                    java.util.Locale.ROOT,
                    "sqlj lsp: timing codegen sql[%d] %.1f ms%n",
                    state.block().index(),
                    (System.nanoTime() - start) / 1e6);
        }
        List<Diagnostic> generated = diagnostics;
        try {
            worker.execute(() -> guarded("codegen", () -> {
                if (state.result != result
                        || closed
                        || !configs.containsKey(state.config().file())) {
                    return; // checked again meanwhile: this codegen is stale
                }
                if (!generated.equals(state.codegen)) {
                    state.codegen = generated;
                    publish(source, state.config().dir(), concat(result.diagnostics(), generated));
                }
            }));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // shutting down
        }
    }

    private static List<Diagnostic> concat(List<Diagnostic> a, List<Diagnostic> b) {
        List<Diagnostic> all = new ArrayList<>(a);
        b.stream().filter(d -> !all.contains(d)).forEach(all::add);
        return all;
    }

    /** Replaces what {@code source} reports, and publishes every file whose diagnostics that changes. */
    private void publish(String source, Path dir, List<Diagnostic> diagnostics) {
        publish(source, dir, diagnostics, Set.of());
    }

    /** As {@link #publish(String, Path, List)}; {@code files} are published even when nothing changed for them. */
    private void publish(String source, Path dir, List<Diagnostic> diagnostics, Set<Path> files) {
        Map<Path, List<Diagnostic>> byFile = new LinkedHashMap<>();
        for (Diagnostic d : diagnostics) {
            Path file = d.file().isEmpty()
                    ? configFileOf(source)
                    : dir.resolve(d.file()).toAbsolutePath().normalize();
            byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(d);
        }
        Set<Path> touched = new HashSet<>(filesOfSource.getOrDefault(source, Set.of()));
        touched.addAll(byFile.keySet());
        files.stream()
                .filter(f -> open.containsKey(f) || !announced.contains(f))
                .forEach(touched::add);
        announced.addAll(touched);
        filesOfSource.put(source, Set.copyOf(byFile.keySet()));
        for (Path file : touched) {
            Map<String, List<Diagnostic>> bySource = published.computeIfAbsent(file, f -> new TreeMap<>());
            List<Diagnostic> mine = byFile.getOrDefault(file, List.of());
            if (mine.isEmpty()) {
                bySource.remove(source);
            } else {
                bySource.put(source, mine);
            }
            List<Diagnostic> all =
                    bySource.values().stream().flatMap(List::stream).toList();
            if (bySource.isEmpty()) {
                published.remove(file);
            }
            String text = textIfReadable(file).orElse("");
            client.publishDiagnostics(new PublishDiagnosticsParams(
                    file.toUri().toString(),
                    all.stream().map(d -> Positions.diagnostic(d, text)).toList()));
        }
    }

    private static Path configFileOf(String source) {
        return Path.of(source.substring(0, source.lastIndexOf('#')));
    }

    private boolean owns(ConfigState c, Path file) {
        return c.blocks.stream().anyMatch(b -> includes(b.block(), file));
    }

    static boolean includes(SqlBlock block, Path file) {
        return block.queries().stream()
                        .anyMatch(q -> q.toAbsolutePath().normalize().equals(file))
                || block.schema().stream()
                        .anyMatch(s -> s.toAbsolutePath().normalize().equals(file));
    }

    /** {@code sqlj generate} for one config (on save, when the setting asks for it). */
    private void generate(Path config) {
        if (config.getFileName().toString().startsWith("sqlc.")) {
            message(
                    MessageType.Info,
                    "sqlj: generate on save skips " + config + " (a sqlc config needs --out and --package)");
            return;
        }
        try {
            PipelineResult result = pipeline.run(config);
            if (result.hasErrors()) {
                long errors = result.diagnostics().stream()
                        .filter(Diagnostic::isError)
                        .count();
                message(
                        MessageType.Warning,
                        "sqlj generate: " + errors + (errors == 1 ? " error" : " errors") + " in "
                                + config.getParent().getFileName() + "; nothing written");
                return;
            }
            WriteReport report = OutputWriter.write(result);
            if (report.hasErrors()) {
                message(
                        MessageType.Error,
                        "sqlj generate: " + report.diagnostics().get(0).format());
            } else {
                client.logMessage(new MessageParams(MessageType.Info, "sqlj generate: " + report.summary()));
            }
        } catch (RuntimeException e) {
            message(MessageType.Error, "sqlj generate failed: " + e);
        }
    }

    private void message(MessageType type, String text) {
        client.showMessage(new MessageParams(type, text));
    }

    private void guarded(String what, Runnable body) {
        try {
            body.run();
        } catch (RuntimeException | LinkageError e) {
            log.println("sqlj lsp: " + what + " failed: " + e);
            e.printStackTrace(log);
        }
    }

    /** Every config file under {@code root}, skipping build output and hidden folders. */
    static List<Path> discover(Path root) {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return found;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name =
                            dir.getFileName() == null ? "" : dir.getFileName().toString();
                    boolean skip = !dir.equals(root) && (name.startsWith(".") || SKIPPED_DIRS.contains(name));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (CONFIG_NAMES.contains(file.getFileName().toString())) {
                        found.add(file.toAbsolutePath().normalize());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // an unreadable root has no configs
        }
        return found;
    }

    Map<Path, ConfigState> configs() {
        return configs;
    }
}
