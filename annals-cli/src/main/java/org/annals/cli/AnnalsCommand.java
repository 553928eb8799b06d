package org.annals.cli;

import picocli.CommandLine.Command;

/** The top-level {@code annals} command. */
@Command(name = "annals", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Political event data from news text: CAMEO events, actors and quotes, each traced to its sentence.",
        subcommands = {CodeCommand.class, IngestCommand.class, EventsCommand.class, StoriesCommand.class, StateCommand.class,
                ActorsCommand.class, EvalCommand.class, BenchCommand.class},
        footer = {"", "Exit codes: 0 success, 1 some inputs failed (the rest was processed), 2 usage error."})
final class AnnalsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final Terminal terminal;

    AnnalsCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    /** What the process's output streams are, for the subcommands that show progress. */
    Terminal terminal() {
        return terminal;
    }

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
