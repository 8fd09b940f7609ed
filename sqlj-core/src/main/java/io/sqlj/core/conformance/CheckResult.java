package io.sqlj.core.conformance;

/** One line of the conformance report: {@code PASS info is well-formed: name "sqlite", ...}. */
public record CheckResult(Status status, String name, String detail) {

    public enum Status {
        PASS,
        FAIL,
        SKIP
    }

    static CheckResult pass(String name, String detail) {
        return new CheckResult(Status.PASS, name, detail);
    }

    static CheckResult fail(String name, String detail) {
        return new CheckResult(Status.FAIL, name, detail);
    }

    static CheckResult skip(String name, String detail) {
        return new CheckResult(Status.SKIP, name, detail);
    }

    /** The line as printed; a detail of several lines is indented under it. */
    public String format() {
        String text = status + " " + name + (detail.isEmpty() ? "" : ": " + detail);
        return io.sqlj.core.TerminalText.escape(text.replace("\n", "\n     "));
    }
}
