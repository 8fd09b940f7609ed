package io.sqlj.codegen.java;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Function;

/**
 * A function applied to every item of a list on the common pool and the calling thread, the
 * results in the list's order (docs/performance.md §1v): the items are cut into slices, the calling
 * thread takes slices from the end while the pool's workers take them from the start.
 */
final class InParallel {

    /** Items per slice: small enough to share out, large enough that a slice outweighs its task. */
    static final int SLICE = 32;

    private InParallel() {}

    static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function) {
        return map(items, SLICE, function);
    }

    /** {@link #map(List, Function)} with {@code slice} items per task. */
    static <T, R> List<R> map(List<T> items, int slice, Function<? super T, ? extends R> function) {
        int n = items.size();
        if (n <= slice) {
            return apply(items, function);
        }
        List<ForkJoinTask<List<R>>> tasks = new ArrayList<>();
        for (int from = 0; from < n; from += slice) {
            List<T> part = items.subList(from, Math.min(n, from + slice));
            tasks.add(ForkJoinTask.adapt(() -> apply(part, function)));
        }
        for (ForkJoinTask<List<R>> task : tasks) {
            task.fork();
        }
        for (int i = tasks.size() - 1; i >= 0; i--) {
            ForkJoinTask<List<R>> task = tasks.get(i);
            if (task.tryUnfork()) {
                task.invoke(); // no worker has taken it yet: run it here
            }
        }
        List<R> results = new ArrayList<>(n);
        for (ForkJoinTask<List<R>> task : tasks) {
            results.addAll(task.join());
        }
        return results;
    }

    private static <T, R> List<R> apply(List<T> items, Function<? super T, ? extends R> function) {
        List<R> results = new ArrayList<>(items.size());
        for (T item : items) {
            results.add(function.apply(item));
        }
        return results;
    }
}
