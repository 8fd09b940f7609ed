package io.sqlj.cli;

import io.sqlj.core.EarlyStaging;
import io.sqlj.core.OutputWriter;
import io.sqlj.core.Pipeline;
import io.sqlj.core.PipelineResult;
import io.sqlj.core.Timings;
import io.sqlj.core.WriteReport;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sqlj generate}: resolves every query and writes the generated code. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Resolves every query of sqlj.yaml through its engine and writes the generated Java.",
            "A run with errors writes nothing."
        })
final class GenerateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ConfigFileOption config;

    @Option(
            names = {"-q", "--quiet"},
            description = "Print nothing but diagnostics.")
    boolean quiet;

    private final Map<String, String> env;

    GenerateCommand(Map<String, String> env) {
        this.env = env;
    }

    /** The command as a command line without picocli makes it ({@link DirectRun}). */
    static GenerateCommand of(Map<String, String> env, ConfigFileOption config, boolean quiet) {
        GenerateCommand command = new GenerateCommand(env);
        command.config = config;
        command.quiet = quiet;
        return command;
    }

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Runs the command, printing to {@code out} and {@code err}; returns the exit code. */
    int run(PrintWriter out, PrintWriter err) {
        Pipeline pipeline = Generation.pipeline(env).withWriteChecks();
        Timings timings = pipeline.timings();
        timings.addJvmStart("sqlj jvm start to generate", env);
        try {
            return generate(pipeline, timings, out, err);
        } finally {
            timings.report().forEach(err::println);
        }
    }

    private int generate(Pipeline pipeline, Timings timings, PrintWriter out, PrintWriter err) {
        // Each file is staged while the next ones are rendered (docs/performance.md §1n); closing
        // deletes the staging folder of a run that ends without writing.
        WriteReport report;
        try (EarlyStaging early = EarlyStaging.create(timings)) {
            PipelineResult result = Generation.runAndPrint(pipeline.withEarlyStaging(early), config, quiet, err, env);
            if (result.hasErrors()) {
                return SqljCommand.INPUT_ERRORS;
            }
            report = timings.time("write", () -> OutputWriter.write(result, early));
        }
        Generation.print(report.diagnostics(), err);
        if (report.hasErrors()) {
            return SqljCommand.INPUT_ERRORS;
        }
        if (!quiet) {
            out.println(report.summary());
        }
        return SqljCommand.OK;
    }
}
