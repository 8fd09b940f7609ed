package io.sqlj.core.conformance;

import io.sqlj.engine.v1.Diagnostic;
import io.sqlj.engine.v1.ParseResponse;
import java.util.List;

/** An answer to SQL that cannot work: exit 0 and an error diagnostic placed inside the query. */
final class BadQueryCheck {

    private BadQueryCheck() {}

    static List<String> problems(String sql, ParseResponse response) {
        List<Diagnostic> errors = errors(response);
        if (errors.isEmpty()) {
            return List.of("expected an error diagnostic with a line and column inside the query, got none"
                    + (response.getDiagnosticsCount() == 0 ? "" : " (only warnings)") + " for: "
                    + sql.replace("\n", "\\n"));
        }
        Diagnostic first = errors.get(0);
        if (first.getMessage().isBlank()) {
            return List.of("the error diagnostic has no message");
        }
        if (!AnswerCheck.inside(sql, first.getLine(), first.getColumn())) {
            return List.of("expected a diagnostic with a line and column inside the query, got " + first.getLine() + ":"
                    + first.getColumn() + " (\"" + first.getMessage() + "\") for: " + sql.replace("\n", "\\n"));
        }
        return List.of();
    }

    static String describe(ParseResponse response) {
        Diagnostic first = errors(response).get(0);
        return first.getLine() + ":" + first.getColumn() + " "
                + first.getMessage().lines().findFirst().orElse("");
    }

    private static List<Diagnostic> errors(ParseResponse response) {
        return response.getDiagnosticsList().stream()
                .filter(d -> d.getSeverity() != Diagnostic.Severity.WARNING)
                .toList();
    }
}
