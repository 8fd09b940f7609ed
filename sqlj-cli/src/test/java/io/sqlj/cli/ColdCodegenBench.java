package io.sqlj.cli;

import io.sqlj.codegen.java.JavaGenerator;
import io.sqlj.core.CodegenWarmUp;
import io.sqlj.core.Pipeline;
import io.sqlj.core.codegen.CodeGenerator;
import io.sqlj.core.codegen.CodegenRequest;
import io.sqlj.core.codegen.CodegenResult;
import io.sqlj.core.engine.BundledEngines;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Not a test: the cold codegen of a CLI run in one JVM (docs/performance.md §1al). Runs a config's
 * pipeline with a generator that only keeps the request (the java generator's code stays cold),
 * then runs the java generator's warm-up sample ({@link CodegenWarmUp#sample}) for the given number
 * of rounds, then the real request once, printing its wall time, process CPU (all threads),
 * compilation time (all compiler threads), the bytes all threads allocated, and the JVM uptime at
 * its start and end (to place {@code -Xlog:jit+compilation} lines); then a few warm calls. {@code
 * java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp ... io.sqlj.cli.ColdCodegenBench sqlj.yaml 6}.
 */
public final class ColdCodegenBench {
    private ColdCodegenBench() {}

    public static void main(String[] args) throws Exception {
        Path config = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        int warmCalls = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        AtomicReference<CodegenRequest> kept = new AtomicReference<>();
        CodeGenerator keeping = new CodeGenerator() {
            @Override
            public String name() {
                return "java";
            }

            @Override
            public CodegenResult generate(CodegenRequest request) {
                if (request.queries().size() > CodegenWarmUp.sample().size()) {
                    kept.set(new CodegenRequest(
                            request.block(),
                            request.def(),
                            request.queries(),
                            request.sqljVersion(),
                            request.catalog()));
                }
                return new CodegenResult(Map.of(), List.of());
            }
        };
        new Pipeline(List.of(keeping), BundledEngines.onThisClassPath(), Map.of()).run(config);
        CodegenRequest request = kept.get();
        JavaGenerator java = new JavaGenerator();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        CodegenRequest sample = new CodegenRequest(
                request.block(),
                request.def(),
                CodegenWarmUp.sample(),
                request.sqljVersion(),
                Optional.of(CodegenWarmUp.sampleCatalog()),
                (path, contents) -> {});
        long c0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            java.generate(sample);
        }
        System.out.printf(
                "warm-up: %d rounds, wall %d ms, cpu %d ms%n",
                rounds, (System.nanoTime() - t0) / 1_000_000, (os.getProcessCpuTime() - c0) / 1_000_000);
        if (args.length > 3 && args[3].equals("gc")) {
            long g0 = os.getProcessCpuTime();
            System.gc(); // what a warm-up that collects before the engine answers would do
            System.out.printf("gc after the warm-up: cpu %d ms%n", (os.getProcessCpuTime() - g0) / 1_000_000);
        }
        Thread.sleep(300); // let the compiler queue drain, as the engine's remaining work would
        for (int i = 0; i <= warmCalls; i++) {
            Map<String, Long> task0 = tasks();
            long up0 = ManagementFactory.getRuntimeMXBean().getUptime();
            long j0 = jit.getTotalCompilationTime();
            long a0 = allocated(threads);
            long cpu0 = os.getProcessCpuTime();
            long w0 = System.nanoTime();
            CodegenResult result = java.generate(request);
            long w1 = System.nanoTime();
            long cpu1 = os.getProcessCpuTime();
            long a1 = allocated(threads);
            long j1 = jit.getTotalCompilationTime();
            long up1 = ManagementFactory.getRuntimeMXBean().getUptime();
            Map<String, Long> task1 = tasks();
            StringBuilder perThread = new StringBuilder();
            task1.forEach((name, ticks) -> {
                long d = ticks - task0.getOrDefault(name, 0L);
                if (d > 0) {
                    perThread.append(' ').append(name).append('=').append(d * 10);
                }
            });
            long h = 0;
            for (Map.Entry<String, String> e : result.files().entrySet()) {
                h = h * 31 + e.getKey().hashCode() * 17L + e.getValue().hashCode();
            }
            System.out.printf(
                    "%s: wall %d ms, cpu %d ms, jit %d ms, alloc %.1f MB, files %d, hash %x, uptime %d..%d ms%n",
                    i == 0 ? "cold" : "warm " + i,
                    (w1 - w0) / 1_000_000,
                    (cpu1 - cpu0) / 1_000_000,
                    j1 - j0,
                    (a1 - a0) / 1e6,
                    result.files().size(),
                    h,
                    up0,
                    up1);
            System.out.println("  thread CPU ms:" + perThread);
        }
    }

    /** CPU ticks (user+sys) of each thread of this process, by name (and id), from /proc. */
    private static Map<String, Long> tasks() throws java.io.IOException {
        Map<String, Long> out = new java.util.TreeMap<>();
        try (var dirs = java.nio.file.Files.list(Path.of("/proc/self/task"))) {
            for (Path dir : dirs.toList()) {
                try {
                    String stat = java.nio.file.Files.readString(dir.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(open + 1, close).replace(' ', '_');
                    String[] f = stat.substring(close + 2).split(" ");
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    out.merge(name, ticks, Long::sum);
                } catch (java.io.IOException | RuntimeException e) {
                    // the thread ended
                }
            }
        }
        return out;
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
