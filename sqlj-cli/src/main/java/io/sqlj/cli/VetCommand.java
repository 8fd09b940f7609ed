package io.sqlj.cli;

import io.sqlj.core.Diagnostic;
import io.sqlj.core.Pipeline;
import io.sqlj.core.PipelineResult;
import io.sqlj.core.config.CodegenDef;
import io.sqlj.core.config.Config;
import io.sqlj.core.config.ConfigResult;
import io.sqlj.core.config.Destination;
import io.sqlj.core.config.VetRule;
import io.sqlj.core.engine.BundledEngines;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code sqlj vet}: resolves every query, as {@code compile} does, then runs each block's lint
 * rules (sqlc's {@code rules:}) on its queries. Writes nothing; exits 0 or 1.
 */
@Command(
        name = "vet",
        mixinStandardHelpOptions = true,
        description = {
            "Resolves every query of the config through its engine and runs the rules each block lists",
            "(sqlc's rules: CEL expressions over config and query; sqlc/db-prepare is built in).",
            "Reports every violation as path:line:col: error: rule NAME: MESSAGE. Writes nothing;",
            "exits 0 or 1. A sqlc config needs no --out or --package here."
        })
final class VetCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ConfigFileOption config;

    private final Map<String, String> env;

    VetCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Destination given = config.destination();
        // Vet writes nothing, so a sqlc config's Go out and package need no Java stand-ins.
        Destination destination = new Destination(
                given.out().or(() -> Optional.of(Path.of(".sqlj-vet"))),
                given.packageName().or(() -> Optional.of("vet")));
        Pipeline loader = Generation.pipeline(env);
        ConfigResult loaded = loader.load(config.file, destination);
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (loaded.runnable().isEmpty()) {
            diagnostics.addAll(loaded.diagnostics());
        } else {
            Config original = loaded.runnable().get();
            Config vetted = new Config(
                    original.file(),
                    original.dir(),
                    original.version(),
                    original.engines(),
                    original.sql().stream()
                            .map(block -> block.withCodegen(List.of(new CodegenDef(
                                    VetRules.NAME,
                                    block.codegen().isEmpty()
                                            ? original.dir().toAbsolutePath()
                                            : block.codegen().get(0).out(),
                                    Map.of(),
                                    Map.of(),
                                    block.location()))))
                            .toList(),
                    original.rules());
            VetRules rules = new VetRules(vetted);
            // Every rule's expression compiled once, each error at its rule, whether a block lists the
            // rule or not and whatever else is wrong (sqlc vet checks every rule of the config).
            List<Diagnostic> found = new ArrayList<>(loaded.diagnostics());
            found.addAll(rules.compileAll(original.rules()));
            Pipeline pipeline = new Pipeline(List.of(rules), BundledEngines.onThisClassPath(), env)
                    .withInProcessEngines(Generation.inProcessEngines(env));
            PipelineResult result = pipeline.run(vetted, found, loaded.brokenBlocks());
            diagnostics.addAll(result.diagnostics());
        }
        diagnostics.removeIf(d -> d.message().equals(VetRule.GENERATE_NOTE));
        Generation.print(diagnostics, spec.commandLine().getErr(), config.file);
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        if (errors > 0) {
            spec.commandLine().getErr().println(errors + (errors == 1 ? " error" : " errors"));
            return SqljCommand.INPUT_ERRORS;
        }
        return SqljCommand.OK;
    }
}
