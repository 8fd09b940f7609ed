package io.sqlj.core.engine;

/** Prints the command line that would start the bundled SQLite engine, one argument a line. */
public final class PrintSqliteCommand {

    private PrintSqliteCommand() {}

    public static void main(String[] args) {
        BundledEngines.onThisClassPath().get("sqlite").forEach(System.out::println);
    }
}
