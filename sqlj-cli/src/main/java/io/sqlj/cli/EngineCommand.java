package io.sqlj.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sqlj engine}: tools for engine authors. */
@Command(
        name = "engine",
        mixinStandardHelpOptions = true,
        description = "Tools for engine authors.",
        subcommands = {EngineCheckCommand.class})
final class EngineCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: check");
    }
}
