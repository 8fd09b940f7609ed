package io.sqlj.core.engine;

import io.sqlj.core.Diagnostic;
import io.sqlj.core.Location;
import io.sqlj.core.QueryDecl;
import io.sqlj.engine.v1.Column;
import io.sqlj.engine.v1.Parameter;
import io.sqlj.engine.v1.ParseResponse;
import io.sqlj.sql.SqlLexer;
import io.sqlj.sql.SqlSyntax;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one engine answer into diagnostics on the query file: the engine's own, mapped from
 * positions in the query text, then the problems sqlj finds in an answer that claims success.
 */
final class ResponseCheck {

    private ResponseCheck() {}

    static List<Diagnostic> check(String engine, QueryDecl decl, ParseResponse response, SchemaText schema) {
        List<Diagnostic> out = new ArrayList<>();
        var excess = FieldLimits.firstExcess(response, decl.text().length());
        if (excess.isPresent()) {
            out.add(Diagnostic.error(
                    decl.location(),
                    "engine \"" + engine + "\" sent " + excess.get() + " for query \"" + decl.name()
                            + "\"; the answer was not used"));
            return out;
        }
        int textLines = (int) decl.text().lines().count();
        for (io.sqlj.engine.v1.Diagnostic d : response.getDiagnosticsList()) {
            Diagnostic.Severity severity = d.getSeverity() == io.sqlj.engine.v1.Diagnostic.Severity.WARNING
                    ? Diagnostic.Severity.WARNING
                    : Diagnostic.Severity.ERROR;
            String message = d.getMessage().isBlank()
                    ? "engine \"" + engine + "\" reported a problem without a message"
                    : d.getMessage();
            if (d.getInSchema()) {
                Location at = schema.locate(d.getLine(), d.getColumn()).orElse(decl.location());
                out.add(new Diagnostic(severity, at.file(), at.line(), at.column(), message, d.getCode()));
                continue;
            }
            Location at = decl.locate(d.getLine(), d.getColumn());
            if (d.getLine() > textLines) {
                at = decl.location();
                message += " (engine \"" + engine + "\" placed this at line " + d.getLine() + " of query \""
                        + decl.name() + "\", which has " + textLines + (textLines == 1 ? " line)" : " lines)");
            }
            out.add(new Diagnostic(severity, at.file(), at.line(), at.column(), message, d.getCode()));
        }
        if (out.stream().noneMatch(Diagnostic::isError)) {
            validate(engine, decl, response, out);
        }
        return out;
    }

    private static void validate(String engine, QueryDecl decl, ParseResponse response, List<Diagnostic> out) {
        String who = "engine \"" + engine + "\" ";
        Location at = decl.location();
        if (response.getSql().isBlank()) {
            out.add(Diagnostic.error(at, who + "returned no sql for query \"" + decl.name() + "\""));
            return;
        }
        int placeholders = SqlLexer.jdbcPlaceholders(response.getSql(), SqlSyntax.forEngine(engine));
        if (placeholders != response.getParametersCount()) {
            out.add(Diagnostic.error(
                    at,
                    who + "returned " + response.getParametersCount() + " parameters for the " + placeholders
                            + " placeholders (\"?\") of query \"" + decl.name() + "\": " + response.getSql()));
        }
        for (int i = 0; i < response.getParametersCount(); i++) {
            Parameter p = response.getParameters(i);
            if (p.getPosition() < 0 || p.getPosition() > response.getParametersCount()) {
                out.add(Diagnostic.error(
                        at,
                        who + "returned " + ValueFacts.of(p).describe(i + 1) + " of query \"" + decl.name()
                                + "\" with position " + p.getPosition() + ", outside 1.."
                                + response.getParametersCount()));
            }
            facts(who, decl, ValueFacts.of(p), i + 1, out);
        }
        for (int i = 0; i < response.getColumnsCount(); i++) {
            Column c = response.getColumns(i);
            if (c.getName().isBlank()) {
                out.add(Diagnostic.error(
                        at, who + "returned column " + (i + 1) + " of query \"" + decl.name() + "\" without a name"));
            }
            facts(who, decl, ValueFacts.of(c), i + 1, out);
        }
        spans(who, decl, response, out);
    }

    /** The checks a column and a parameter share: one message per problem of their type facts. */
    private static void facts(String who, QueryDecl decl, ValueFacts value, int n, List<Diagnostic> out) {
        for (String problem : value.problems()) {
            out.add(Diagnostic.error(
                    decl.location(),
                    who + "returned " + value.describe(n) + " of query \"" + decl.name() + "\" " + problem));
        }
    }

    /**
     * The optional predicates and the sort must lie inside the SQL, in order and apart, and name
     * only parameters that exist: codegen cuts the SQL at them.
     */
    private static void spans(String who, QueryDecl decl, ParseResponse response, List<Diagnostic> out) {
        int length = response.getSql().length();
        int previousEnd = 0;
        List<int[]> spans = new ArrayList<>();
        for (var p : response.getOptionalPredicatesList()) {
            spans.add(new int[] {p.getStart(), p.getEnd()});
            for (int index : p.getParametersList()) {
                if (index < 0 || index >= response.getParametersCount()) {
                    out.add(Diagnostic.error(
                            decl.location(),
                            who + "returned an optional predicate of query \"" + decl.name()
                                    + "\" with parameter index " + index + ", outside 0.."
                                    + (response.getParametersCount() - 1)));
                }
            }
        }
        if (response.hasSort()) {
            spans.add(
                    new int[] {response.getSort().getStart(), response.getSort().getEnd()});
            if (response.getSort().getOrderingsCount() == 0
                    || response.getSort().getName().isBlank()) {
                out.add(Diagnostic.error(
                        decl.location(),
                        who + "returned a sort of query \"" + decl.name() + "\" without a name or orderings"));
            }
        }
        spans.sort(java.util.Comparator.comparingInt(span -> span[0]));
        for (int[] span : spans) {
            if (span[0] < previousEnd || span[1] < span[0] || span[1] > length) {
                out.add(Diagnostic.error(
                        decl.location(),
                        who + "returned an optional predicate or sort of query \""
                                + decl.name() + "\" at " + span[0] + ".." + span[1]
                                + ", which overlaps another or lies outside its "
                                + length + " characters of SQL"));
                return;
            }
            previousEnd = span[1];
        }
    }
}
