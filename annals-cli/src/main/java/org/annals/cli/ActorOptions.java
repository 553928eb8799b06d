package org.annals.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.annals.actors.ActorRegistry;
import org.annals.actors.RegistryFormatException;
import org.annals.actors.RegistryLoader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options that choose the actor registry's layers: imported PETRARCH dictionaries and the user's overlay
 * (built-in, then PETRARCH files in the order given, then the overlay; see docs/data.md).
 */
final class ActorOptions {
    /** The environment variable that moves the overlay. */
    static final String OVERLAY_VARIABLE = "ANNALS_ACTOR_OVERLAY";

    @Option(names = "--petrarch-actors", paramLabel = "FILE",
            description = "A PETRARCH/TABARI actor dictionary laid over the built-in registry (repeatable; a later file "
                    + "over an earlier one; the overlay stays on top).")
    List<Path> petrarchFiles = new ArrayList<>();

    @Option(names = "--petrarch-agents", paramLabel = "FILE",
            description = "A PETRARCH/TABARI agent dictionary (Phoenix.agents.txt): its role words give sectors over the built-in "
                    + "ones (\"Venezuelan diplomats\" is VENGOV from DIPLOMAT [~GOV]; repeatable).")
    List<Path> agentFiles = new ArrayList<>();

    @Option(names = "--actor-overlay", paramLabel = "PATH",
            description = "Your actor overlay (default: $" + OVERLAY_VARIABLE + ", else ~/.annals/actors.tsv, used when it exists).")
    Path overlay;

    /**
     * The overlay to read: the option (which must exist), else the environment variable's or the default path
     * when a file is there. A missing default is no overlay yet.
     */
    Optional<Path> overlay(CommandSpec spec) {
        if (overlay != null) {
            if (!Files.isRegularFile(overlay)) {
                throw new ParameterException(spec.commandLine(), "no actor overlay at " + overlay);
            }
            return Optional.of(overlay);
        }
        Path location = location(null, System.getenv());
        return Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
    }

    /** Where the overlay is: {@code option} when given, else the environment variable, else ~/.annals/actors.tsv. */
    static Path location(Path option, Map<String, String> environment) {
        if (option != null) {
            return option;
        }
        String variable = environment.get(OVERLAY_VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return Path.of(variable);
        }
        return Path.of(System.getProperty("user.home"), ".annals", "actors.tsv");
    }

    /**
     * Loads the registry and, when it has layers beyond the built-in one, says on standard error what each added
     * and what was skipped. A missing file or a malformed overlay is a usage error naming the file and line.
     */
    ActorRegistry load(CommandSpec spec) {
        for (Path file : petrarchFiles) {
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(spec.commandLine(), "no PETRARCH actor file at " + file);
            }
        }
        for (Path file : agentFiles) {
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(spec.commandLine(), "no PETRARCH agent file at " + file);
            }
        }
        Optional<Path> overlayFile = overlay(spec);
        long started = System.nanoTime();
        ActorRegistry registry;
        try {
            registry = RegistryLoader.load(petrarchFiles, agentFiles, overlayFile);
        } catch (RegistryFormatException | UncheckedIOException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        report(spec.commandLine().getErr(), registry, (System.nanoTime() - started) / 1e9);
        return registry;
    }

    private static void report(PrintWriter err, ActorRegistry registry, double seconds) {
        List<ActorRegistry.LayerReport> layers = registry.layers();
        if (layers.size() < 2) {
            return;
        }
        for (ActorRegistry.LayerReport layer : layers.subList(1, layers.size())) {
            err.printf(Locale.ROOT, "actors: %s: %d entries, %d names (%d hide a lower layer's, %d skipped as saying no more)%n",
                    layer.source(), layer.entries(), layer.names(), layer.replaced(), layer.sameAsBelow());
            if (!layer.problems().isEmpty()) {
                err.printf("actors: %d problems skipped in %s, first: %s%n", layer.problemCount(), layer.source(),
                        layer.problems().get(0));
            }
        }
        err.printf(Locale.ROOT, "actors: registry of %d entries loaded in %.2f s%n", registry.size(), seconds);
        err.flush();
    }
}
