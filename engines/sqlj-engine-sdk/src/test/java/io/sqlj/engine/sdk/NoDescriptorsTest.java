package io.sqlj.engine.sdk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.engine.v1.BatchParseRequest;
import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.engine.v1.QueryInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parse-batch} of a request without options never builds protobuf's descriptors, the
 * largest part of the full runtime's start (docs/performance.md §1ag); one with options does, and
 * both answer as the whole request decoded at once. Run in a JVM of its own, whose class loading
 * shows whether the protocol's file descriptor was built.
 */
class NoDescriptorsTest {

    /** Loaded only to build a file descriptor (descriptor.proto's own message for one). */
    private static final String DESCRIPTOR_CLASS = "com.google.protobuf.DescriptorProtos$FileDescriptorProto ";

    @TempDir
    Path dir;

    private static BatchParseRequest batch(boolean options) {
        BatchParseRequest.Builder batch = BatchParseRequest.newBuilder()
                .setSchemaSql("CREATE TABLE t (a int)")
                .setSqljVersion("9.9");
        for (int i = 0; i < 3; i++) {
            ParseRequest.Builder request = ParseRequest.newBuilder()
                    .setSql("SELECT a FROM t WHERE a = @a" + i)
                    .setQuery(QueryInfo.newBuilder().setName("Q" + i).setCommand("one"));
            if (options) {
                request.putOptions("k", "v");
            }
            batch.addRequests(request);
        }
        return batch.build();
    }

    /** The subprocess's stdout, and whether it built the descriptors. */
    private record Run(byte[] stdout, boolean descriptors) {}

    /** As sqlj sends it: the schema and the version first, then the requests (protobuf writes them last). */
    private static byte[] headerFirst(BatchParseRequest request) {
        byte[] header = request.toBuilder().clearRequests().build().toByteArray();
        byte[] requests = BatchParseRequest.newBuilder()
                .addAllRequests(request.getRequestsList())
                .build()
                .toByteArray();
        byte[] both = java.util.Arrays.copyOf(header, header.length + requests.length);
        System.arraycopy(requests, 0, both, header.length, requests.length);
        return both;
    }

    private Run run(byte[] request) throws Exception {
        Path log = dir.resolve("classes-" + System.nanoTime() + ".log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(
                        java.toString(),
                        "-Xshare:auto",
                        "-Xlog:class+load=info:file=" + log,
                        "-cp",
                        System.getProperty("java.class.path"),
                        ExampleEngineTest.TextEngine.class.getName(),
                        "parse-batch"))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        CompletableFuture<byte[]> stdout = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        try (var in = p.getOutputStream()) {
            in.write(request);
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the engine did not end");
        assertEquals(0, p.exitValue());
        String classes = Files.readString(log);
        assertTrue(classes.contains("io.sqlj.engine.v1.ParseRequest "), "no class log: " + log);
        return new Run(stdout.get(), classes.contains(DESCRIPTOR_CLASS));
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aRequestWithoutOptionsIsAnsweredWithoutDescriptors() throws Exception {
        BatchParseRequest request = batch(false);
        byte[] expected = EngineMain.parseBatch(new ExampleEngineTest.TextEngine(), request)
                .toByteArray();
        for (byte[] bytes : List.of(headerFirst(request), request.toByteArray())) {
            Run run = run(bytes);
            assertFalse(run.descriptors(), "the descriptors were built for a request without options");
            assertArrayEquals(expected, run.stdout());
        }
    }

    @Test
    void aRequestWithOptionsBuildsThemAndGetsTheSameAnswer() throws Exception {
        BatchParseRequest request = batch(true);
        Run run = run(headerFirst(request));
        assertTrue(run.descriptors(), "options are a map field, which needs the descriptors");
        assertArrayEquals(
                EngineMain.parseBatch(new ExampleEngineTest.TextEngine(), request)
                        .toByteArray(),
                run.stdout());
    }
}
