package io.sqlj.cli;

import io.sqlj.core.config.EngineDef;
import io.sqlj.core.conformance.CheckResult;
import io.sqlj.core.conformance.ConformanceCheck;
import io.sqlj.core.conformance.ConformanceReport;
import io.sqlj.core.engine.BundledEngines;
import io.sqlj.core.engine.EngineEnvironment;
import io.sqlj.core.engine.EngineProcess;
import io.sqlj.core.engine.EngineSpec;
import io.sqlj.engine.postgresql.EmbeddedPostgres;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sqlj engine check -- <cmd...>}: the conformance kit. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the conformance suite against an engine executable and prints what passes and fails.",
            "Example: sqlj engine check -- python3 engines/python-minimal/sqlj-engine-minimal.py",
            "Exits 0 when every check passes (skipped optional features included), 1 otherwise."
        })
final class EngineCheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(
            paramLabel = "CMD",
            arity = "0..*",
            description = "The engine's command line, after --, as it would be in sqlj.yaml's process.cmd.")
    List<String> command = new ArrayList<>();

    @Option(
            names = "--bundled",
            paramLabel = "NAME",
            description = "Check a bundled engine instead: ${COMPLETION-CANDIDATES}.",
            completionCandidates = BundledNames.class)
    @Nullable
    String bundled;

    @Option(
            names = "--dsn",
            paramLabel = "DSN",
            description = "Send connection_params with this DSN instead of the schema as text; the database must hold "
                    + "the schema --print-schema prints.")
    @Nullable
    String dsn;

    @Option(names = "--env", paramLabel = "NAME", description = "Pass this environment variable on to the engine.")
    List<String> env = new ArrayList<>();

    @Option(
            names = "--each",
            description = "Parse every request alone, twice, even when the engine answers "
                    + "batches (by default such an engine answers the suite in one batch, checked against a second batch and a "
                    + "sample parsed alone).")
    boolean each;

    @Option(names = "--print-schema", description = "Print the suite's schema and exit.")
    boolean printSchema;

    private final Map<String, String> environment;

    EngineCheckCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (printSchema) {
            out.print(ConformanceCheck.SCHEMA_SQL);
            out.flush();
            return SqljCommand.OK;
        }
        EngineSpec engine = engine();
        out.println("checking engine: " + String.join(" ", engine.bundled() ? List.of(bundled) : engine.argv()));
        if (!"postgresql".equals(bundled)
                || dsn != null
                || environment.containsKey(EngineEnvironment.POSTGRES_SERVER)) {
            return check(engine, environment, out);
        }
        // The suite calls the engine 8 times, 5 of them with a schema: one server lent to every
        // call (each session in a database of its own) instead of one started per call.
        EmbeddedPostgres server;
        try {
            server = EmbeddedPostgres.start();
        } catch (java.io.IOException e) {
            out.println("(one shared server could not start, so each call starts its own: " + e.getMessage() + ")");
            return check(engine, environment, out);
        }
        try (server) {
            Map<String, String> lent = new java.util.HashMap<>(environment);
            lent.put(EngineEnvironment.POSTGRES_SERVER, server.runDir().toString());
            return check(engine, Map.copyOf(lent), out);
        }
    }

    private int check(EngineSpec engine, Map<String, String> environment, PrintWriter out) {
        EngineProcess process = new EngineProcess(engine, Path.of("").toAbsolutePath(), environment);
        ConformanceReport report = new ConformanceCheck(process, Optional.ofNullable(dsn), each).run(r -> {
            out.println(r.format());
            out.flush();
        });
        if (process.problem().isEmpty()) {
            CheckResult starter =
                    StarterTypesCheck.run(engine, Path.of("").toAbsolutePath(), environment, Optional.ofNullable(dsn));
            out.println(starter.format());
            List<CheckResult> all = new ArrayList<>(report.results());
            all.add(starter);
            report = new ConformanceReport(all);
        }
        out.println(report.summary());
        return report.passed() ? SqljCommand.OK : SqljCommand.INPUT_ERRORS;
    }

    private EngineSpec engine() {
        if (bundled != null) {
            if (!command.isEmpty()) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "give either --bundled or a command, not both");
            }
            List<String> argv = BundledEngines.onThisClassPath().get(bundled);
            if (argv == null) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        "no bundled engine \"" + bundled + "\"; bundled: "
                                + BundledEngines.onThisClassPath().keySet());
            }
            return EngineSpec.bundled(bundled, argv);
        }
        if (command.isEmpty()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "an engine command is required, such as: sqlj engine check -- ./my-engine --flag");
        }
        return new EngineSpec(command.get(0), command, env, EngineDef.DEFAULT_TIMEOUT, false);
    }

    /** The bundled engines' names, for --help. */
    static final class BundledNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return BundledEngines.onThisClassPath().keySet().stream().sorted().iterator();
        }
    }
}
