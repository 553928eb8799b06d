package org.annals.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), Terminal.detect(), args);
    }

    /** Runs the command line writing to the given streams, which are not terminals; for tests and embedding. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, Terminal.NONE, args);
    }

    /** Runs the command line writing to the given streams, with what they are (terminals or not). */
    static int run(PrintWriter out, PrintWriter err, Terminal terminal, String... args) {
        CommandLine commandLine = new CommandLine(new AnnalsCommand(terminal));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("annals: " + e.getMessage());
            return ExitCodes.FAILED;
        });
        return commandLine.execute(args);
    }
}
