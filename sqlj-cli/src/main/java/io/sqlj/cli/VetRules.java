package io.sqlj.cli;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import io.sqlj.core.Diagnostic;
import io.sqlj.core.QueryDecl;
import io.sqlj.core.ResolvedQuery;
import io.sqlj.core.codegen.CodeGenerator;
import io.sqlj.core.codegen.CodegenRequest;
import io.sqlj.core.codegen.CodegenResult;
import io.sqlj.core.config.Config;
import io.sqlj.core.config.SqlBlock;
import io.sqlj.core.config.VetRule;
import io.sqlj.engine.v1.Parameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code sqlj vet}'s checks, run where a generator would run (so every query has been resolved
 * by its engine first): each rule a block lists is a CEL expression over sqlc's variables ({@code
 * config}, {@code query}), and a query for which it is true is an error at the query's name line,
 * {@code rule <name>: <message>}. The built-in {@code sqlc/db-prepare} holds for every query
 * that resolved: resolving prepares it on the engine's database. docs/sqlc.md has the mapping.
 */
final class VetRules implements CodeGenerator {

    static final String NAME = VetRule.PLUGIN;

    /** {@code @sqlc-vet-disable} and the rule names after it, up to the end of its comment. */
    private static final Pattern DISABLE = Pattern.compile("@sqlc-vet-disable\\b([^\\n]*?)(\\*/|\\n|$)");

    private final Cel cel = CelFactory.standardCelBuilder()
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .addCompilerLibraries(CelExtensions.strings())
            .addRuntimeLibraries(CelExtensions.strings())
            .addVar("config", MapType.create(SimpleType.STRING, SimpleType.DYN))
            .addVar("query", MapType.create(SimpleType.STRING, SimpleType.DYN))
            .addVar("postgresql", MapType.create(SimpleType.STRING, SimpleType.DYN))
            .addVar("mysql", MapType.create(SimpleType.STRING, SimpleType.DYN))
            .setResultType(SimpleType.BOOL)
            .build();

    /** Rule expression → its program, or the diagnostics that it does not compile; shared by blocks. */
    private final Map<String, Object> compiled = new HashMap<>();

    private final Config configFile;

    VetRules(Config configFile) {
        this.configFile = configFile;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CodegenResult generate(CodegenRequest request) {
        SqlBlock block = request.block();
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Map.Entry<VetRule, CelRuntime.Program>> programs = new ArrayList<>();
        for (VetRule rule : block.rules()) {
            if (rule.builtIn()) {
                continue; // sqlc/db-prepare: every query below was prepared by the engine to resolve it
            }
            if (rule.rule().isEmpty()) {
                diagnostics.add(Diagnostic.error(
                        rule.location(),
                        "sql[" + block.index() + "] lists rule \"" + rule.name()
                                + "\", which the config's rules do not define"));
                continue;
            }
            program(rule, diagnostics).ifPresent(p -> programs.add(Map.entry(rule, p)));
        }
        if (programs.isEmpty()) {
            return new CodegenResult(Map.of(), diagnostics);
        }
        Map<String, Object> config = config(block);
        for (ResolvedQuery query : request.queries()) {
            Set<String> disabled = disabled(query.decl());
            if (disabled.contains("")) {
                continue;
            }
            String explain = query.response().getExplain();
            Map<String, Object> postgresql = Map.of();
            Map<String, Object> mysql = Map.of();
            try {
                postgresql = block.engine().equals("postgresql") ? ExplainVariables.postgresql(explain) : Map.of();
                mysql = block.engine().equals("mysql") ? ExplainVariables.mysql(explain) : Map.of();
            } catch (IllegalArgumentException e) {
                diagnostics.add(Diagnostic.error(query.decl().location(), String.valueOf(e.getMessage())));
            }
            Map<String, Object> vars =
                    Map.of("config", config, "query", query(query), "postgresql", postgresql, "mysql", mysql);
            for (Map.Entry<VetRule, CelRuntime.Program> entry : programs) {
                VetRule rule = entry.getKey();
                if (disabled.contains(rule.name())) {
                    continue;
                }
                try {
                    if (Boolean.TRUE.equals(entry.getValue().eval(vars))) {
                        diagnostics.add(Diagnostic.error(
                                query.decl().location(),
                                "rule " + rule.name() + ": "
                                        + (rule.message().isEmpty() ? "the query matches the rule" : rule.message())));
                    }
                } catch (CelEvaluationException e) {
                    diagnostics.add(Diagnostic.error(
                            query.decl().location(),
                            "rule " + rule.name()
                                    + " could not be evaluated for this query: " + e.getMessage()
                                    + (rule.needsExplain() && explain.isEmpty()
                                            ? " (the " + block.engine() + " engine gave no EXPLAIN for it:"
                                                    + " postgresql.explain and mysql.explain are empty)"
                                            : "")));
                }
            }
        }
        return new CodegenResult(Map.of(), diagnostics);
    }

    /**
     * Compiles every rule, each expression once, and returns an error at the rule for each problem
     * of each that does not compile; the blocks then skip those rules without a word.
     */
    List<Diagnostic> compileAll(List<VetRule> rules) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (VetRule rule : rules) {
            if (!rule.builtIn() && !rule.rule().isEmpty()) {
                program(rule, diagnostics);
            }
        }
        reported.addAll(rules.stream().map(VetRule::rule).toList());
        return diagnostics;
    }

    /** Expressions whose compile errors {@link #compileAll} returned already. */
    private final Set<String> reported = new java.util.HashSet<>();

    private Optional<CelRuntime.Program> program(VetRule rule, List<Diagnostic> diagnostics) {
        Object known = compiled.computeIfAbsent(rule.rule(), expr -> {
            try {
                CelAbstractSyntaxTree ast = cel.compile(expr).getAst();
                return cel.createProgram(ast);
            } catch (CelValidationException e) {
                List<String> messages = new ArrayList<>();
                for (CelIssue issue : e.getErrors()) {
                    messages.add(issue.getMessage()
                            + (issue.getSourceLocation().getLine() > 0
                                    ? " (line " + issue.getSourceLocation().getLine() + ", column "
                                            + (issue.getSourceLocation().getColumn() + 1) + " of the expression)"
                                    : ""));
                }
                return messages;
            } catch (CelEvaluationException e) {
                return List.of(e.getMessage());
            }
        });
        if (known instanceof CelRuntime.Program p) {
            return Optional.of(p);
        }
        if (reported.contains(rule.rule())) {
            return Optional.empty();
        }
        for (Object message : (List<?>) known) {
            diagnostics.add(Diagnostic.error(
                    rule.location(), "rule " + rule.name() + " is not a valid CEL" + " expression: " + message));
        }
        return Optional.empty();
    }

    /** sqlc's {@code Config} message: version, engine, schema, queries. */
    private Map<String, Object> config(SqlBlock block) {
        Map<String, Object> config = new LinkedHashMap<>();
        String version = configFile.version();
        config.put("version", version.substring(version.lastIndexOf('/') + 1));
        config.put("engine", block.engine());
        config.put("schema", block.schema().stream().map(configFile::relative).toList());
        config.put("queries", block.queries().stream().map(configFile::relative).toList());
        return config;
    }

    /** sqlc's {@code Query} message: sql, name, cmd, params (each with its number). */
    private static Map<String, Object> query(ResolvedQuery query) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("sql", query.decl().text());
        q.put("name", query.decl().name());
        q.put("cmd", query.decl().command().keyword());
        TreeSet<Long> numbers = new TreeSet<>();
        for (Parameter p : query.response().getParametersList()) {
            numbers.add((long) p.getPosition());
        }
        List<Map<String, Object>> params = new ArrayList<>();
        numbers.forEach(n -> params.add(Map.of("number", n)));
        q.put("params", params);
        return q;
    }

    /**
     * The rules a query opts out of with {@code @sqlc-vet-disable name...} in its comments; {@code ""}
     * (all of them) for the annotation without names.
     */
    static Set<String> disabled(QueryDecl decl) {
        Set<String> names = new TreeSet<>();
        StringBuilder text = new StringBuilder();
        decl.comments().forEach(c -> text.append(c).append('\n'));
        text.append(decl.text());
        Matcher m = DISABLE.matcher(text);
        while (m.find()) {
            String list = m.group(1).trim();
            if (list.isEmpty()) {
                names.add("");
            }
            for (String name : list.split("\\s+")) {
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
