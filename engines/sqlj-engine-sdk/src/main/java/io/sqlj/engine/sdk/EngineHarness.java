package io.sqlj.engine.sdk;

import io.sqlj.engine.v1.BatchParseRequest;
import io.sqlj.engine.v1.BatchParseResponse;
import io.sqlj.engine.v1.EngineInfo;
import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.engine.v1.ParseResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs an engine in this JVM through {@link EngineMain#run} with byte streams, exactly as a
 * child process would be run, for tests.
 */
public final class EngineHarness {
    private final Engine engine;

    public EngineHarness(Engine engine) {
        this.engine = engine;
    }

    /** What one invocation wrote and returned. */
    public record Result(int exitCode, byte[] stdout, String stderr) {}

    /** Runs {@code args} with {@code stdin} as the whole input. */
    public Result run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = EngineMain.run(engine, args, new ByteArrayInputStream(stdin), o, e, false);
        }
        return new Result(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    /** {@code parse}: fails with the exit code and stderr unless the engine exits 0. */
    public ParseResponse parse(ParseRequest request) {
        try {
            return ParseResponse.parseFrom(ok(run(request.toByteArray(), "parse")));
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new IllegalStateException("engine wrote an unparseable ParseResponse", e);
        }
    }

    /** {@code parse-batch}. */
    public BatchParseResponse parseBatch(BatchParseRequest request) {
        try {
            return BatchParseResponse.parseFrom(ok(run(request.toByteArray(), "parse-batch")));
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new IllegalStateException("engine wrote an unparseable BatchParseResponse", e);
        }
    }

    /** {@code info}. */
    public EngineInfo info() {
        try {
            return EngineInfo.parseFrom(ok(run(new byte[0], "info")));
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new IllegalStateException("engine wrote an unparseable EngineInfo", e);
        }
    }

    private static byte[] ok(Result result) {
        if (result.exitCode() != 0) {
            throw new IllegalStateException("engine exited " + result.exitCode() + ": " + result.stderr());
        }
        return result.stdout();
    }
}
