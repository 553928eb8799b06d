package org.annals.actors;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The entries one source adds to the registry (the built-in files, one imported PETRARCH file, the user's
 * overlay), with the demonyms, capitals and regions (states, large cities) of its countries and what was skipped
 * while reading it.
 */
record RegistryLayer(String source, List<RegistryEntry> entries, Map<RegistryEntry, List<String>> adjectives,
                     Map<RegistryEntry, List<String>> capitals, Map<RegistryEntry, List<String>> regions,
                     List<String> problems, int problemCount) {
    RegistryLayer {
        Objects.requireNonNull(source, "source");
        entries = List.copyOf(entries);
        adjectives = Map.copyOf(adjectives);
        capitals = Map.copyOf(capitals);
        regions = Map.copyOf(regions);
        problems = List.copyOf(problems);
    }

    /** A layer of entries only (no demonyms, capitals or regions); {@code problems} may be the first of {@code problemCount}. */
    static RegistryLayer of(String source, List<RegistryEntry> entries, List<String> problems, int problemCount) {
        return new RegistryLayer(source, entries, Map.of(), Map.of(), Map.of(), problems, problemCount);
    }
}
