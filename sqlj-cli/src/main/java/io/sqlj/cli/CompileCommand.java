package io.sqlj.cli;

import io.sqlj.core.PipelineResult;
import io.sqlj.core.config.Destination;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sqlj compile}: resolves every query and reports every error, as {@code sqlc compile}; writes nothing. */
@Command(
        name = "compile",
        mixinStandardHelpOptions = true,
        description = {
            "Resolves every query of the config through its engine and generates the code in memory,",
            "reporting every error of every block at once. Writes nothing; exits 0 or 1."
        })
final class CompileCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ConfigFileOption config;

    private final Map<String, String> env;

    CompileCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Destination given = config.destination();
        // Compile writes nothing, so a sqlc config's Go out and package need no Java stand-ins (a
        // sqlj.yaml keeps its own, which name its packages in the messages).
        Path name = config.file.getFileName();
        Destination destination = name != null && name.toString().startsWith("sqlj.")
                ? given
                : new Destination(
                        given.out().or(() -> Optional.of(Path.of(".sqlj-compile"))),
                        given.packageName().or(() -> Optional.of("compile")));
        PipelineResult result = Generation.runAndPrint(
                Generation.pipeline(env),
                config,
                destination,
                false,
                spec.commandLine().getErr(),
                env);
        long errors = result.diagnostics().stream()
                .filter(io.sqlj.core.Diagnostic::isError)
                .count();
        if (errors > 0) {
            spec.commandLine().getErr().println(errors + (errors == 1 ? " error" : " errors"));
            return SqljCommand.INPUT_ERRORS;
        }
        return SqljCommand.OK;
    }
}
