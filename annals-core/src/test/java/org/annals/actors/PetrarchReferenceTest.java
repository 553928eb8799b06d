package org.annals.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Loads PETRARCH2's real actor dictionaries (Phoenix, about 27,000 entries) from {@code ../shared/reference}. Skips,
 * saying why, where that folder is absent. Load time is measured by {@code RegistryBenchmark}, not here.
 */
class PetrarchReferenceTest {
    private static final Path DICTIONARIES = Path.of("../../shared/reference/petrarch2/dictionaries");
    private static final List<String> FILES = List.of("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
            "Phoenix.MilNonState.actors.txt");

    @Test
    void phoenixDictionaries_loadWithFewProblems_andCodeTheirNames() {
        Assumptions.assumeTrue(Files.isDirectory(DICTIONARIES), "PETRARCH dictionaries not found at "
                + DICTIONARIES.toAbsolutePath() + "; this test needs ../shared/reference beside the checkout");
        List<Path> files = FILES.stream().map(DICTIONARIES::resolve).toList();
        long started = System.nanoTime();
        ActorRegistry registry = RegistryLoader.load(files, Optional.empty());
        double seconds = (System.nanoTime() - started) / 1e9;
        List<ActorRegistry.LayerReport> layers = registry.layers();
        int entries = 0;
        int problems = 0;
        for (ActorRegistry.LayerReport layer : layers.subList(1, layers.size())) {
            entries += layer.entries();
            problems += layer.problemCount();
            System.out.printf("%s: %d entries, %d names, %d hide lower layers' names, %d say no more, %d problems%n",
                    layer.source(), layer.entries(), layer.names(), layer.replaced(), layer.sameAsBelow(), layer.problemCount());
        }
        System.out.printf("PETRARCH dictionaries: %d entries loaded in %.2f s (one cold load)%n", entries, seconds);
        assertTrue(entries > 25_000, "entries: " + entries);
        assertTrue(problems < entries / 1000, "problems: " + problems + " " + layers);
        LocalDate day = LocalDate.of(2010, 6, 1);
        assertEquals(Optional.of("VENGOV"), registry.lookup("Hugo Chavez").get(0).entry().codeOn(day));
        assertEquals(Optional.of("AFGMIL"), registry.lookup("Afghan National Security Forces").get(0).entry().codeOn(day));
        assertEquals(ActorRegistry.NameKind.CAPITAL, registry.lookup("Kabul").get(0).kind(), "the built-in capital stays");
        assertEquals(RegistryEntry.Kind.COUNTRY, registry.lookup("Kosovo").get(0).entry().kind());
        assertTrue(registry.lookup("us").isEmpty(), "the pronoun is still no country");
    }
}
