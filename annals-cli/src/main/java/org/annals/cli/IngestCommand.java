package org.annals.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.annals.store.EventStore;
import org.annals.store.StoreCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annals ingest}: codes articles and stores them; running it again on the same input changes nothing. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Code articles and store them in the database. Articles already stored (same text) are skipped; "
                + "near duplicates join one story and events reported by several articles one event cluster.")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    DatabaseOption database;

    @Mixin
    CoderOptions coderOptions;

    @Spec
    CommandSpec spec;

    @ParentCommand
    AnnalsCommand parent;

    @Override
    public Integer call() {
        try (EventStore store = EventStore.open(database.path)) {
            int code = CodeCommand.codeAndPrint(spec, parent.terminal(), input, coderOptions, Optional.of(store));
            StoreCounts counts = store.counts();
            spec.commandLine().getErr().printf("database %s: %d articles in %d stories, %d events in %d event clusters, "
                    + "%d quotes%n", store.file(), counts.articles(), counts.stories(), counts.events(),
                    counts.eventClusters(), counts.quotes());
            return code;
        }
    }
}
