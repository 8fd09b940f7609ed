package io.sqlj.core.engine;

import io.sqlj.engine.sdk.Engine;
import io.sqlj.engine.sdk.EngineMain;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An engine run on a thread of sqlj's JVM ({@link InProcessEngines}), seen as a {@link Process}:
 * {@link EngineMain#runEmbedded} reads its stdin, writes its stdout and stderr through {@link Pipe}s
 * and its exit code is the process's exit status, so that {@link ProcessCall} runs it as it runs a
 * child process (the stdin written as the request is made, stderr's timing lines stamped as they
 * come, the answer taken when stdout closes, the timeout, the messages of {@link Faults}).
 *
 * <p>Killing it ({@link #destroyForcibly}) ends its streams at once, so that the engine's reads
 * fail and sqlj's reads end, interrupts its thread, and makes it exit with status 137, as a
 * process killed with SIGKILL; the engine's thread then unwinds on its own (an engine stuck in a
 * computation runs on until it returns: it cannot be stopped as a process can, which is one reason
 * the language server and the Maven plugin keep processes).
 */
final class EngineThread extends Process {

    /** The status of a killed engine: 128 + SIGKILL, as the shell reports a process killed so. */
    static final int KILLED = 128 + 9;

    private final Pipe stdin = new Pipe();
    private final Pipe stdout = new Pipe();
    private final Pipe stderr = new Pipe();
    private final CompletableFuture<Integer> status = new CompletableFuture<>();
    private final CompletableFuture<Process> exit = status.thenApply(code -> this);
    private final Thread thread;

    private EngineThread(String name, Engine engine, List<String> args, Map<String, String> env) {
        String[] argv = args.toArray(String[]::new);
        thread = new Thread(() -> run(engine, argv, env), "sqlj-engine-" + name);
        thread.setDaemon(true); // as a child process, it does not keep sqlj from exiting
    }

    /**
     * Starts {@code engine} with {@code args} (the verb), {@code env} as its environment (the one
     * its process would get: {@link EngineEnvironment}).
     */
    static EngineThread start(String name, Engine engine, List<String> args, Map<String, String> env) {
        EngineThread process = new EngineThread(name, engine, args, env);
        process.thread.start();
        return process;
    }

    private void run(Engine engine, String[] args, Map<String, String> env) {
        int code = 1;
        try (PrintStream out = new PrintStream(stdout.sink(), false, StandardCharsets.UTF_8);
                PrintStream err = new PrintStream(stderr.sink(), true, StandardCharsets.UTF_8)) {
            code = EngineMain.runEmbedded(engine, args, stdin.source(), out, err, env);
        } catch (RuntimeException | Error e) {
            // runEmbedded throws nothing; a PrintStream neither: the engine failed as a process whose JVM crashed
            code = 1;
        } finally {
            stdin.closeRead(); // what sqlj still writes is dropped, as for a process that exited
            stdout.closeWrite();
            stderr.closeWrite();
            status.complete(code);
        }
    }

    @Override
    public OutputStream getOutputStream() {
        return stdin.sink();
    }

    @Override
    public InputStream getInputStream() {
        return stdout.source();
    }

    @Override
    public InputStream getErrorStream() {
        return stderr.source();
    }

    @Override
    public int waitFor() throws InterruptedException {
        try {
            return status.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e); // never: the status is only ever completed with a value
        }
    }

    @Override
    public boolean waitFor(long timeout, TimeUnit unit) throws InterruptedException {
        try {
            status.get(timeout, unit);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int exitValue() {
        Integer code = status.getNow(null);
        if (code == null) {
            throw new IllegalThreadStateException("the engine is still running");
        }
        return code;
    }

    @Override
    public boolean isAlive() {
        return !status.isDone();
    }

    @Override
    public CompletableFuture<Process> onExit() {
        return exit;
    }

    @Override
    public void destroy() {
        destroyForcibly();
    }

    @Override
    public Process destroyForcibly() {
        if (status.complete(KILLED)) {
            stdin.closeRead();
            stdout.closeWrite();
            stderr.closeWrite();
            thread.interrupt();
        }
        return this;
    }

    @Override
    public boolean supportsNormalTermination() {
        return false;
    }

    @Override
    public String toString() {
        return "EngineThread[" + thread.getName() + ", " + (isAlive() ? "running" : "exit " + exitValue()) + "]";
    }
}
