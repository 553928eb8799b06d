package org.annals.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annals.actors.ActorRegistry;
import org.annals.actors.RegistryEntry;
import org.annals.model.UnknownName;
import org.annals.store.EventStore;
import org.annals.store.UnknownNameSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annals actors unknown}: the names the registry could not code, counted over the store. */
@Command(name = "unknown", mixinStandardHelpOptions = true,
        description = "List the persons and organisations the actor registry could not code, most mentioned first: "
                + "how often and in how many articles, the codes the text suggested, and example sentences. Names "
                + "your registry (with its overlay) codes now are left out unless --all.")
final class ActorsUnknownCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    DatabaseOption database;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N names. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or jsonl. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Option(names = "--all", description = "Also list names the registry codes now (after 'annals actors accept').")
    boolean all;

    @Mixin
    ActorOptions actors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (limit <= 0) {
            throw new ParameterException(spec.commandLine(), "--limit must be positive, got " + limit);
        }
        ActorRegistry registry = actors.load(spec);
        List<UnknownNameSummary> shown = new ArrayList<>();
        int hidden = 0;
        try (EventStore store = EventStore.open(database.existing(spec))) {
            // Names now coded are dropped after counting, so ask for more until enough remain or none are left.
            for (int asked = limit; ; asked *= 4) {
                List<UnknownNameSummary> found = store.unknownNames(asked);
                shown.clear();
                hidden = 0;
                for (UnknownNameSummary s : found) {
                    if (!all && codedNow(registry, s)) {
                        hidden++;
                    } else if (shown.size() < limit) {
                        shown.add(s);
                    }
                }
                if (shown.size() >= limit || found.size() < asked) {
                    break;
                }
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.jsonl) {
            shown.forEach(s -> out.println(json(s)));
        } else {
            table(out, shown, hidden);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** True when the registry now gives the name a code on the day of every example (the user accepted it). */
    static boolean codedNow(ActorRegistry registry, UnknownNameSummary summary) {
        List<ActorRegistry.NameMatch> matches = registry.lookup(summary.name());
        for (UnknownNameSummary.Example example : summary.examples()) {
            LocalDate day = example.articleDate();
            boolean coded = matches.stream().anyMatch(m -> (summary.kind() != UnknownName.Kind.PERSON
                    || m.entry().kind() != RegistryEntry.Kind.COUNTRY) && m.entry().codeOn(day).isPresent());
            if (!coded) {
                return false;
            }
        }
        return !summary.examples().isEmpty();
    }

    private static void table(PrintWriter out, List<UnknownNameSummary> names, int hidden) {
        String format = "%-28s  %-6s  %8s  %8s  %-22s  %s%n";
        out.printf(format, "NAME", "KIND", "MENTIONS", "ARTICLES", "SUGGESTED", "EXAMPLE");
        for (UnknownNameSummary s : names) {
            String suggested = s.codes().isEmpty() ? "-" : String.join(", ",
                    s.codes().stream().map(c -> c.code() + " " + c.mentions()).toList());
            String example = s.examples().isEmpty() ? "" : s.examples().get(0).sentence();
            out.printf(format, EventTable.cut(s.name() + (s.entry().isPresent() ? " *" : ""), 28),
                    s.kind() == UnknownName.Kind.PERSON ? "person" : "org", s.mentions(), s.articles(),
                    EventTable.cut(suggested, 22), EventTable.cut(example, 70));
        }
        out.printf("%d names", names.size());
        if (hidden > 0) {
            out.printf("; %d more the registry codes now (--all shows them)", hidden);
        }
        out.println();
        if (names.stream().anyMatch(s -> s.entry().isPresent())) {
            out.println("* in the registry, with no code on the days they were mentioned");
        }
        if (!names.isEmpty()) {
            out.println("Add one to your overlay: annals actors accept NAME --suggested (or --code CODE)");
        }
    }

    private static String json(UnknownNameSummary s) {
        ObjectNode node = JSON.createObjectNode();
        node.put("name", s.name());
        node.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
        node.put("mentions", s.mentions());
        node.put("articles", s.articles());
        ArrayNode codes = node.putArray("codes");
        s.codes().forEach(c -> codes.addObject().put("code", c.code()).put("mentions", c.mentions()));
        if (s.entry().isPresent()) {
            node.put("entry", s.entry().get());
        } else {
            node.putNull("entry");
        }
        ArrayNode examples = node.putArray("examples");
        for (UnknownNameSummary.Example e : s.examples()) {
            ObjectNode example = examples.addObject();
            example.put("article", e.articleId());
            example.put("date", e.articleDate().toString());
            example.put("sentence", e.sentence());
            example.put("text", e.text());
            if (e.code().isPresent()) {
                example.put("code", e.code().get());
            } else {
                example.putNull("code");
            }
            example.put("reason", e.reason());
        }
        return node.toString();
    }
}
