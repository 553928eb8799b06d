package org.annals.cli;

import picocli.CommandLine;

/** The {@code annals} command. The one place in Annals that exits the JVM. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code: 0 success, 1 some inputs failed, 2 usage error. */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new AnnalsCommand());
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("annals: " + e.getMessage());
            return ExitCodes.FAILED;
        });
        return commandLine.execute(args);
    }
}
