package io.sqlj.cli;

import io.sqlj.core.SqljVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sqlj version}. */
@Command(name = "version", mixinStandardHelpOptions = true, description = "Prints the sqlj version.")
final class VersionCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().getOut().println("sqlj " + SqljVersion.get());
    }

    static final class Provider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"sqlj " + SqljVersion.get()};
        }
    }
}
