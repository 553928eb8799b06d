package org.annals.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code annals actors}: what the actor registry does not know yet, and the user's additions to it. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "The actor registry: names it could not code (unknown), adding one to your overlay (accept), "
                + "and how a name resolves (lookup).",
        subcommands = {ActorsUnknownCommand.class, ActorsAcceptCommand.class, ActorsLookupCommand.class})
final class ActorsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required: unknown, accept or lookup");
    }
}
