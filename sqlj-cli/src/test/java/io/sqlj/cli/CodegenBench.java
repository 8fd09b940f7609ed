package io.sqlj.cli;

import io.sqlj.codegen.java.JavaGenerator;
import io.sqlj.core.Pipeline;
import io.sqlj.core.codegen.CodeGenerator;
import io.sqlj.core.codegen.CodegenRequest;
import io.sqlj.core.codegen.CodegenResult;
import io.sqlj.core.engine.BundledEngines;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Not a test: runs a config's pipeline once, keeping the request given to the java generator, then
 * calls {@link JavaGenerator#generate} on it N times in this JVM and prints, per call, the wall time,
 * the process CPU (all threads) and the bytes allocated by all threads (docs/performance.md §1o).
 * {@code java -cp ... io.sqlj.cli.CodegenBench sqlj.yaml 30}.
 */
public final class CodegenBench {
    private CodegenBench() {}

    public static void main(String[] args) throws Exception {
        Path config = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        AtomicReference<CodegenRequest> kept = new AtomicReference<>();
        JavaGenerator java = new JavaGenerator();
        CodeGenerator keeping = new CodeGenerator() {
            @Override
            public String name() {
                return "java";
            }

            @Override
            public CodegenResult generate(CodegenRequest request) {
                kept.set(new CodegenRequest(
                        request.block(), request.def(), request.queries(), request.sqljVersion(), request.catalog()));
                return java.generate(request);
            }
        };
        new Pipeline(List.of(keeping), BundledEngines.onThisClassPath(), Map.of()).run(config);
        CodegenRequest request = kept.get();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long hash = 0;
        for (int i = 0; i < n; i++) {
            long a0 = allocated(threads);
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            CodegenResult result = java.generate(request);
            long t1 = System.nanoTime();
            long c1 = os.getProcessCpuTime();
            long a1 = allocated(threads);
            long h = 0;
            for (Map.Entry<String, String> e : result.files().entrySet()) {
                h = h * 31 + e.getKey().hashCode() * 17L + e.getValue().hashCode();
            }
            if (i > 0 && h != hash) {
                throw new IllegalStateException("output changed between calls");
            }
            hash = h;
            System.out.printf(
                    "call %d: wall %d ms, cpu %d ms, alloc %.1f MB, files %d, hash %x%n",
                    i,
                    (t1 - t0) / 1_000_000,
                    (c1 - c0) / 1_000_000,
                    (a1 - a0) / 1e6,
                    result.files().size(),
                    h);
        }
    }

    private static long allocated(com.sun.management.ThreadMXBean threads) {
        long sum = 0;
        for (long id : threads.getAllThreadIds()) {
            long b = threads.getThreadAllocatedBytes(id);
            if (b > 0) {
                sum += b;
            }
        }
        return sum;
    }
}
