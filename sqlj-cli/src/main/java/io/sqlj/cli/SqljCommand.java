package io.sqlj.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code sqlj} command and its exit codes. */
@Command(
        name = "sqlj",
        mixinStandardHelpOptions = true,
        versionProvider = VersionCommand.Provider.class,
        description = "Generates type-safe JDBC code from SQL.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the input has errors", "2:usage error", "3:verify found a difference"})
final class SqljCommand implements Runnable {

    static final int OK = 0;
    static final int INPUT_ERRORS = 1;
    static final int USAGE = 2;
    static final int DIFFERENT = 3;

    /** The commands, in the order of {@code sqlj --help}. */
    static final List<Class<?>> COMMANDS = List.of(
            GenerateCommand.class,
            VerifyCommand.class,
            CompileCommand.class,
            VetCommand.class,
            InitCommand.class,
            EngineCommand.class,
            LspCommand.class,
            VersionCommand.class,
            CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * The command a first argument names (a name or alias of its {@code @Command}), or null when
     * the run needs every command: no command, an option first, {@code help}, an unknown word.
     * picocli builds each command's model from its annotations by reflection, at every start;
     * the others are not built (docs/performance.md §1m). CliTest checks this against the
     * annotations.
     */
    static @Nullable Class<?> named(String word) {
        return switch (word) {
            case "generate" -> GenerateCommand.class;
            case "verify", "diff" -> VerifyCommand.class;
            case "compile" -> CompileCommand.class;
            case "vet" -> VetCommand.class;
            case "init" -> InitCommand.class;
            case "engine" -> EngineCommand.class;
            case "lsp" -> LspCommand.class;
            case "version" -> VersionCommand.class;
            default -> null;
        };
    }

    /**
     * The command line for {@code sqlj args}: with the command args names, none for a lone
     * {@code --version}, else every command.
     */
    static CommandLine commandLine(String[] args, Map<String, String> env) {
        CommandLine commandLine = new CommandLine(new SqljCommand(), new Factory(env));
        Class<?> named = args.length == 0 ? null : named(args[0]);
        if (named != null) {
            commandLine.addSubcommand(named);
        } else if (!(args.length == 1 && (args[0].equals("--version") || args[0].equals("-V")))) {
            for (Class<?> command : COMMANDS) {
                commandLine.addSubcommand(command);
            }
        }
        return commandLine;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** Runs {@code sqlj args} with the given streams and environment; returns the exit code. */
    static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        Optional<Integer> direct = DirectRun.run(args, out, err, env);
        if (direct.isPresent()) {
            out.flush();
            err.flush();
            return direct.get();
        }
        return runParsed(args, out, err, env);
    }

    /** {@link #run} through picocli's model of the command, whatever the command line. */
    static int runParsed(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        // the settings reach the subcommands added by now, so they are added first
        CommandLine commandLine =
                commandLine(args, env).setOut(out).setErr(err).setExitCodeExceptionMapper(e -> INPUT_ERRORS);
        commandLine.setParameterExceptionHandler((e, a) -> {
            PrintWriter w = e.getCommandLine().getErr();
            w.println("sqlj: " + usageProblem(e));
            w.println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            // Every expected problem is a diagnostic; reaching here is a bug in sqlj.
            return internalError(cl.getErr(), e);
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** A command that threw: its one line on {@code err}, and the exit code. */
    static int internalError(PrintWriter err, Exception e) {
        err.println("sqlj: internal error: "
                + io.sqlj.core.TerminalText.escape(io.sqlj.core.Secrets.mask(String.valueOf(e))));
        return INPUT_ERRORS;
    }

    /** picocli's message, or for a mistyped command or option, what was meant. */
    private static String usageProblem(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u
                && !u.getUnmatched().isEmpty()) {
            String word = u.getUnmatched().get(0);
            String kind =
                    word.startsWith("-") ? "option" : (u.getCommandLine().getParent() == null ? "command" : "argument");
            List<String> suggestions = u.getSuggestions();
            return "unknown " + kind + " '" + word + "'"
                    + (suggestions.isEmpty() ? "" : "; did you mean '" + suggestions.get(0) + "'?");
        }
        return Objects.requireNonNullElse(e.getMessage(), "invalid command line");
    }

    /** Creates commands with the process environment they should see. */
    private static final class Factory implements CommandLine.IFactory {
        private final Map<String, String> env;

        Factory(Map<String, String> env) {
            this.env = env;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == GenerateCommand.class) {
                return cls.cast(new GenerateCommand(env));
            }
            if (cls == VerifyCommand.class) {
                return cls.cast(new VerifyCommand(env));
            }
            if (cls == CompileCommand.class) {
                return cls.cast(new CompileCommand(env));
            }
            if (cls == VetCommand.class) {
                return cls.cast(new VetCommand(env));
            }
            if (cls == LspCommand.class) {
                return cls.cast(new LspCommand(env));
            }
            if (cls == EngineCheckCommand.class) {
                return cls.cast(new EngineCheckCommand(env));
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
