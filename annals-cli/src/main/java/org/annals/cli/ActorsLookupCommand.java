package org.annals.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.annals.actors.ActorRegistry;
import org.annals.actors.DatedRole;
import org.annals.actors.RegistryEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annals actors lookup}: how a name resolves in the registry, layer by layer. */
@Command(name = "lookup", mixinStandardHelpOptions = true,
        description = "Show how a name resolves in the actor registry on a day: the code, the entry and the layer it "
                + "comes from (built-in, PETRARCH file, your overlay), and what a higher layer hides. The words around "
                + "a name in an article (a title, a country) can still change its code.")
final class ActorsLookupCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "A name as written in news text.")
    String name;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "The day to resolve the name on (default: today).")
    LocalDate date;

    @Mixin
    ActorOptions actors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ActorRegistry registry = actors.load(spec);
        LocalDate day = date == null ? LocalDate.now() : date;
        PrintWriter out = spec.commandLine().getOut();
        List<ActorRegistry.NameMatch> matches = registry.lookup(name);
        out.printf("'%s' on %s:%n", name, day);
        if (matches.isEmpty()) {
            List<RegistryEntry> bySurname = registry.personsWithSurname(name);
            if (bySurname.isEmpty()) {
                out.println("  no entry (a person or organisation the text names this way is reported by 'annals actors unknown')");
            } else {
                out.println("  no entry has this name; persons with this surname:");
                bySurname.forEach(e -> out.println("  " + describe(e, ActorRegistry.NameKind.NAME, day)));
            }
        }
        for (ActorRegistry.NameMatch match : matches) {
            out.println("  " + describe(match.entry(), match.kind(), day));
        }
        for (ActorRegistry.NameMatch hidden : registry.hiddenBy(name)) {
            out.println("  hides " + hidden.entry().id() + " (" + hidden.entry().source() + ")");
        }
        out.flush();
        return ExitCodes.OK;
    }

    static String describe(RegistryEntry entry, ActorRegistry.NameKind kind, LocalDate day) {
        String code = entry.codeOn(day).orElse("-");
        String why = switch (entry.kind()) {
            case COUNTRY -> switch (kind) {
                case NAME -> "country " + entry.name();
                case ADJECTIVE -> "demonym of " + entry.name() + ": " + entry.code() + " plus the role words beside it";
                case CAPITAL -> "capital of " + entry.name() + ": " + entry.code() + "GOV when it acts ('Caracas said')";
                case REGION -> "region of " + entry.name() + ": " + entry.code() + " plus the role words beside it";
            };
            case ORGANIZATION -> "organisation " + entry.name();
            case PERSON -> "person " + entry.name() + ", " + entry.roleOn(day).map(r -> "role " + r)
                    .orElse(entry.code().isEmpty() ? "no code on " + day + rolesOf(entry) : "undated code");
        };
        return String.format("%-9s  %s  %s  [%s]", code, entry.id(), why, entry.source());
    }

    private static String rolesOf(RegistryEntry entry) {
        return entry.roles().isEmpty() ? "" : " (roles " + String.join("; ", entry.roles().stream().map(DatedRole::toString).toList()) + ")";
    }
}
