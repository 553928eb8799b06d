package org.annals.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.annals.events.CameoCodebook;
import org.annals.events.PloverMapping;
import org.annals.store.StoredEvent;
import org.annals.store.EventQuery;
import org.annals.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annals events}: lists stored events, or event clusters, with their counts. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "List stored events, with filters, each with its event cluster and GDELT's counts: "
                + "NumMentions, NumArticles and NumSources.")
final class EventsCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Option(names = "--actor", paramLabel = "CODE", description = "Source or target code starts with CODE (USA matches USAGOV).")
    String actor;

    @Option(names = "--code", paramLabel = "CAMEO", description = "Event code starts with CAMEO (16 matches 161 and 163).")
    String code;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = DateConverter.class, description = "Events on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = DateConverter.class, description = "Events on or before this day.")
    LocalDate to;

    @Option(names = "--cluster", paramLabel = "ID",
            description = "Only the mentions of this event cluster (HASH:SEQ as printed; the hash may be cut short).")
    String cluster;

    @Option(names = "--clusters",
            description = "One row per event cluster (its first matching mention and the cluster's counts) instead of one per mention.")
    boolean perCluster;

    @Option(names = "--limit", defaultValue = "1000",
            description = "At most this many events (with --clusters, clusters). Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or jsonl. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (limit <= 0) {
            throw new ParameterException(spec.commandLine(), "--limit must be positive, got " + limit);
        }
        EventQuery query;
        try {
            query = new EventQuery(Optional.ofNullable(actor), Optional.ofNullable(code), Optional.ofNullable(from),
                    Optional.ofNullable(to), Optional.ofNullable(cluster), limit);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try (EventStore store = EventStore.open(database.existing(spec))) {
            List<StoredEvent> stored = perCluster ? store.eventClusters(query) : store.storedEvents(query);
            PrintWriter out = spec.commandLine().getOut();
            if (format == OutputFormat.jsonl) {
                PloverMapping plover = PloverMapping.loadBuiltIn();
                for (StoredEvent e : stored) {
                    out.println(JsonFormat.storedEvent(e, plover));
                }
            } else {
                EventTable.printStored(out, stored, CameoCodebook.loadBuiltIn());
                out.printf("%d %s%n", stored.size(), perCluster ? "event clusters" : "events");
            }
            out.flush();
        }
        return ExitCodes.OK;
    }
}
