package org.annals.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.annals.actors.ActorOverlay;
import org.annals.actors.ActorRegistry;
import org.annals.actors.RegistryEntry;
import org.annals.actors.RegistryFormatException;
import org.annals.actors.RegistryLoader;
import org.annals.model.UnknownName;
import org.annals.store.EventStore;
import org.annals.store.UnknownNameSummary;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annals actors accept}: adds a name to the user's overlay, with a code given or the one the text suggested. */
@Command(name = "accept", mixinStandardHelpOptions = true,
        description = "Add a name to your actor overlay (a line in the format of persons.tsv; docs/data.md). It takes "
                + "effect on the next 'annals code' or 'annals ingest'; articles already stored keep their codes.")
final class ActorsAcceptCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "The name as written in news text.")
    String name;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Choice choice;

    /** Either a code, or the text's suggestion. */
    static final class Choice {
        @Option(names = "--code", paramLabel = "CODE", description = "The actor code (VENGOV, IGOUNO, ---OPP...).")
        String code;

        @Option(names = "--suggested", description = "The code the text suggested most often for NAME ('annals actors unknown').")
        boolean suggested;
    }

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "The first day the code holds (default: always).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "The last day the code holds (default: still holds).")
    LocalDate to;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "person or organization (default: as the stored mentions have it, else person).")
    Kind kind;

    enum Kind { person, organization }

    @Option(names = "--overlay", paramLabel = "PATH",
            description = "The overlay to add to (default: $" + ActorOptions.OVERLAY_VARIABLE + ", else ~/.annals/actors.tsv; "
                    + "created when missing).")
    Path overlay;

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path file = ActorOptions.location(overlay, System.getenv());
        Optional<UnknownNameSummary> stored = stored();
        String code;
        if (choice.suggested) {
            UnknownNameSummary summary = stored.orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "no stored mention of '" + name + "' in " + database.path + "; give --code"));
            code = summary.suggestion().orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "the text never suggested a code for '" + name + "'; give --code"));
        } else {
            code = choice.code.strip().toUpperCase(Locale.ROOT);
        }
        RegistryEntry.Kind entryKind = kind != null
                ? (kind == Kind.person ? RegistryEntry.Kind.PERSON : RegistryEntry.Kind.ORGANIZATION)
                : stored.map(s -> s.kind() == UnknownName.Kind.ORGANIZATION ? RegistryEntry.Kind.ORGANIZATION
                        : RegistryEntry.Kind.PERSON).orElse(RegistryEntry.Kind.PERSON);
        ActorOverlay.Addition addition;
        try {
            Optional<String> known = entryKind == RegistryEntry.Kind.PERSON ? knownPersonId(file) : Optional.empty();
            addition = known.isPresent()
                    ? new ActorOverlay.Addition(known.get(), name, code, Optional.ofNullable(from), Optional.ofNullable(to), entryKind)
                    : new ActorOverlay.Addition(name, code, Optional.ofNullable(from), Optional.ofNullable(to), entryKind);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        String line;
        try {
            line = ActorOverlay.append(file, addition);
        } catch (RegistryFormatException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } catch (UncheckedIOException e) {
            spec.commandLine().getErr().println("annals: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("added to " + file + ":");
        out.println("  " + line.replace('\t', ' '));
        out.printf("'%s' is coded %s%s from the next 'annals code' or 'annals ingest'; check: annals actors lookup '%s'%n",
                name, code, from == null && to == null ? "" : " from " + (from == null ? "the start" : from)
                        + " to " + (to == null ? "now" : to), name);
        out.flush();
        return ExitCodes.OK;
    }

    /** The stored mentions of the name, when there is a store to ask. */
    private Optional<UnknownNameSummary> stored() {
        if (!Files.isRegularFile(database.path)) {
            return Optional.empty();
        }
        try (EventStore store = EventStore.open(database.path)) {
            return store.unknownName(name);
        }
    }

    /**
     * The id of a person the registry already lists under this name (a person whose roles ran out), so that the
     * overlay line extends that person instead of hiding the roles the registry has.
     */
    private Optional<String> knownPersonId(Path file) {
        ActorRegistry registry;
        try {
            registry = RegistryLoader.load(List.of(), Files.isRegularFile(file) ? Optional.of(file) : Optional.empty());
        } catch (RegistryFormatException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        return registry.lookup(name).stream().map(ActorRegistry.NameMatch::entry)
                .filter(e -> e.kind() == RegistryEntry.Kind.PERSON && e.id().startsWith("person:"))
                .map(e -> e.id().substring("person:".length())).findFirst();
    }
}
