package org.annals.cli;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annals.model.Event;
import org.annals.state.DatedMention;
import org.annals.state.WorldState;
import org.annals.state.WorldStateBuilder;
import org.annals.store.EventQuery;
import org.annals.store.EventStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annals state}: the world state derived from the stored events. */
@Command(name = "state", mixinStandardHelpOptions = true,
        description = "Who recognises whom, relations, demands and deadlines, sanctions and the standing of orders, "
                + "derived from the stored events.")
final class StateCommand implements Callable<Integer> {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Subject subject;

    static final class Subject {
        @Option(names = "--country", paramLabel = "CODE", description = "A country's state on a day (see --as-of).")
        String country;

        @Option(names = "--dyad", arity = "2", paramLabel = "CODE", description = "The relations history of two countries.")
        List<String> dyad;
    }

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "The day to show the state of (default: today).")
    LocalDate asOf;

    @Mixin
    DatabaseOption database;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json. Default: ${DEFAULT-VALUE}.")
    StateFormat format;

    enum StateFormat { table, json }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // The store is read as a stream, in date order, and folded into the state as it comes: memory holds the
        // events the state can rest on and their evidence sentences, not every stored event (WorldStateBuilder).
        WorldStateBuilder builder = WorldState.builder();
        Map<Event, String> evidence = new IdentityHashMap<>();
        try (EventStore store = EventStore.open(database.existing(spec))) {
            store.forEachStoredEvent(EventQuery.all(), stored -> {
                if (builder.add(stored.event())) {
                    evidence.put(stored.event(), stored.evidence());
                }
            });
            store.forEachPersonMention(m -> builder.add(new DatedMention(m.articleId(), m.articleDate(), m.actor())));
        }
        WorldState state = builder.build();
        StateReport report = new StateReport(evidence);
        var out = spec.commandLine().getOut();
        if (subject.country != null) {
            var view = state.country(subject.country.toUpperCase(java.util.Locale.ROOT), asOf == null ? LocalDate.now() : asOf);
            out.println(format == StateFormat.json ? report.json(view) : report.text(view));
        } else {
            String a = subject.dyad.get(0).toUpperCase(java.util.Locale.ROOT);
            String b = subject.dyad.get(1).toUpperCase(java.util.Locale.ROOT);
            out.println(format == StateFormat.json ? report.json(a, b, state.dyad(a, b)) : report.text(a, b, state.dyad(a, b)));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
