package org.annals.cli;

import picocli.CommandLine.Command;

/** The top-level {@code annals} command. */
@Command(name = "annals", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Political event data from news text: CAMEO events, actors and quotes, each traced to its sentence.",
        subcommands = {CodeCommand.class, IngestCommand.class, EventsCommand.class, StoriesCommand.class, StateCommand.class, EvalCommand.class, BenchCommand.class},
        footer = {"", "Exit codes: 0 success, 1 some inputs failed (the rest was processed), 2 usage error."})
final class AnnalsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
