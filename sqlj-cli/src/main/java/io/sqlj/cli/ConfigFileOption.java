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

    /** The config file when the command line names none. */
    static final String DEFAULT_FILE = "sqlj.yaml";

    private static final Pattern PACKAGE = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = {"-f", "--file"},
            paramLabel = "FILE",
            description = "The config file: a sqlj.yaml, or a sqlc.yaml, sqlc.yml or sqlc.json as it is"
                    + " (default: ${DEFAULT-VALUE}).",
            defaultValue = DEFAULT_FILE)
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

    /** The option as a command line without picocli sets it ({@link DirectRun}); {@code packageName} valid. */
    static ConfigFileOption of(Path file, @Nullable Path out, @Nullable String packageName) {
        ConfigFileOption option = new ConfigFileOption();
        option.file = file;
        option.out = out;
        option.packageName = packageName;
        return option;
    }

    /** Whether {@link #destination} takes {@code packageName} (else it is a usage error). */
    static boolean isPackageName(String packageName) {
        return PACKAGE.matcher(packageName).matches();
    }

    /** The command line's --out and --package; a usage error when the package is not a Java name. */
    Destination destination() {
        if (packageName != null && !isPackageName(packageName)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--package " + packageName + " is not a Java package name, such as com.example.db");
        }
        return new Destination(Optional.ofNullable(out), Optional.ofNullable(packageName));
    }
}
