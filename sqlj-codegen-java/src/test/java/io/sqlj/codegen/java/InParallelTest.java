package io.sqlj.codegen.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InParallelTest {

    @Test
    void resultsKeepTheItemsOrderWhateverTheSlice() {
        for (int n : new int[] {0, 1, 31, 32, 33, 100, 1000}) {
            List<Integer> items = IntStream.range(0, n).boxed().toList();
            List<String> expected = items.stream().map(i -> "#" + i).toList();
            for (int slice : new int[] {1, 3, 32, 2000}) {
                List<String> got = InParallel.map(items, slice, i -> {
                    if (i % 7 == 0) {
                        LockSupport.parkNanos(20_000); // uneven work, so the threads finish out of order
                    }
                    return "#" + i;
                });
                assertEquals(expected, got, "n=" + n + ", slice=" + slice);
            }
        }
    }

    @Test
    void everyItemIsMappedOnce() {
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        List<Integer> items = IntStream.range(0, 500).boxed().toList();
        InParallel.map(items, 4, i -> {
            assertTrue(seen.add(i), "mapped twice: " + i);
            return i;
        });
        assertEquals(500, seen.size());
    }

    @Test
    void aFailureReachesTheCaller() {
        List<Integer> items = IntStream.range(0, 200).boxed().toList();
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> InParallel.map(items, 8, i -> {
                    if (i == 150) {
                        throw new IllegalStateException("item 150");
                    }
                    return i;
                }));
        assertTrue(
                String.valueOf(e.getMessage()).contains("item 150")
                        || e.getCause() != null
                                && String.valueOf(e.getCause().getMessage()).contains("item 150"),
                String.valueOf(e));
    }
}
