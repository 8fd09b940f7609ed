package io.sqlj.cli;

import io.sqlj.core.config.Destination;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code -f/--file}, {@code --out} and {@code --package}: the config file of the commands that run
 * the pipeline, and where its code goes when the command line says so.
 */
final class ConfigFileOption {

    private static final Pattern PACKAGE = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = {"-f", "--file"},
            paramLabel = "FILE",
            description = "The config file: a sqlj.yaml, or a sqlc.yaml, sqlc.yml or sqlc.json as it is"
                    + " (default: ${DEFAULT-VALUE}).",
            defaultValue = "sqlj.yaml")
    Path file;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Write the Java code under DIR instead of each codegen entry's out (required for a"
                    + " sqlc config).")
    @Nullable
    Path out;

    @Option(
            names = "--package",
            paramLabel = "PKG",
            description = "The Java package instead of the config's (required for a sqlc config); with"
                    + " several blocks, each gets a sub-package of PKG.")
    @Nullable
    String packageName;

    /** The command line's --out and --package; a usage error when the package is not a Java name. */
    Destination destination() {
        if (packageName != null && !PACKAGE.matcher(packageName).matches()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--package " + packageName + " is not a Java package name, such as com.example.db");
        }
        return new Destination(Optional.ofNullable(out), Optional.ofNullable(packageName));
    }
}
