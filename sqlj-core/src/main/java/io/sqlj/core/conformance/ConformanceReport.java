package io.sqlj.core.conformance;

import java.util.List;

/** Every check's result, in the order they ran. */
public record ConformanceReport(List<CheckResult> results) {

    public ConformanceReport {
        results = List.copyOf(results);
    }

    /** No check failed (skipped ones, for optional features, do not count against the engine). */
    public boolean passed() {
        return results.stream().noneMatch(r -> r.status() == CheckResult.Status.FAIL);
    }

    public long count(CheckResult.Status status) {
        return results.stream().filter(r -> r.status() == status).count();
    }

    /** {@code 12 passed, 1 failed, 1 skipped}. */
    public String summary() {
        return count(CheckResult.Status.PASS) + " passed, " + count(CheckResult.Status.FAIL) + " failed, "
                + count(CheckResult.Status.SKIP) + " skipped";
    }
}
