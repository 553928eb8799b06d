package org.annals.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The actors Annals knows: countries (names, aliases, demonyms, capitals), organisations, persons with dated
 * roles, and the role words that give sectors. Immutable and thread-safe once built; build it once, from
 * {@link RegistryLoader}, and share it.
 */
public final class ActorRegistry {

    /** How a phrase names a registry entry. */
    public enum NameKind { NAME, ADJECTIVE, CAPITAL }

    /** A phrase of the registry and the entry it names. */
    public record NameMatch(RegistryEntry entry, NameKind kind, String phrase) {
    }

    private final Map<String, List<NameMatch>> names = new HashMap<>();
    private final Map<String, List<NameMatch>> exactCaseNames = new HashMap<>();
    private final Map<String, String> sectors = new HashMap<>();
    private final java.util.Set<String> firstWords = new java.util.HashSet<>();
    private final java.util.Set<String> sectorFirstWords = new java.util.HashSet<>();
    private final Map<String, List<RegistryEntry>> personsBySurname = new HashMap<>();
    private final int longestName;
    private final int longestSector;
    private final int entryCount;

    ActorRegistry(List<RegistryEntry> entries, Map<RegistryEntry, List<String>> adjectives,
                  Map<RegistryEntry, List<String>> capitals, Map<String, String> sectorPhrases) {
        int longest = 1;
        for (RegistryEntry entry : entries) {
            for (String name : entry.names()) {
                longest = Math.max(longest, add(name, new NameMatch(entry, NameKind.NAME, name)));
            }
            for (String adjective : adjectives.getOrDefault(entry, List.of())) {
                longest = Math.max(longest, add(adjective, new NameMatch(entry, NameKind.ADJECTIVE, adjective)));
            }
            for (String capital : capitals.getOrDefault(entry, List.of())) {
                longest = Math.max(longest, add(capital, new NameMatch(entry, NameKind.CAPITAL, capital)));
            }
            if (entry.kind() == RegistryEntry.Kind.PERSON) {
                for (String name : entry.names()) {
                    String[] parts = Names.normalize(name).split(" ");
                    if (parts.length > 1) {
                        List<RegistryEntry> list = personsBySurname.computeIfAbsent(parts[parts.length - 1], k -> new ArrayList<>());
                        if (!list.contains(entry)) {
                            list.add(entry);
                        }
                    }
                }
            }
        }
        int longestRole = 1;
        for (Map.Entry<String, String> e : sectorPhrases.entrySet()) {
            String key = Names.normalize(e.getKey());
            sectors.put(key, e.getValue());
            sectorFirstWords.add(key.split(" ")[0]);
            longestRole = Math.max(longestRole, key.split(" ").length);
        }
        this.longestName = longest;
        this.longestSector = longestRole;
        this.entryCount = entries.size();
    }

    private int add(String phrase, NameMatch match) {
        Map<String, List<NameMatch>> index = Names.isCaseSensitive(phrase) ? exactCaseNames : names;
        String key = Names.isCaseSensitive(phrase) ? phrase : Names.normalize(phrase);
        index.computeIfAbsent(key, k -> new ArrayList<>()).add(match);
        String[] words = key.split(" ");
        firstWords.add(Names.normalize(words[0]));
        return words.length;
    }

    /**
     * False when no name of the registry starts with this word, so that scanning a sentence for names skips
     * most positions without building or normalising any phrase.
     */
    public boolean mayStartName(String word) {
        return firstWords.contains(Names.normalize(word));
    }

    /** Entries named by exactly this phrase (as written in the text), best first: names before adjectives before capitals. */
    public List<NameMatch> lookup(String phrase) {
        List<NameMatch> exact = exactCaseNames.get(phrase.strip());
        if (exact != null) {
            return exact;
        }
        if (Names.isCaseSensitive(phrase.strip()) && phrase.strip().length() <= 3) {
            return List.of();
        }
        List<NameMatch> found = names.getOrDefault(Names.normalize(phrase), List.of());
        if (found.isEmpty() || !Names.hasLowerCaseWord(phrase)) {
            return found;
        }
        // "a male nurse", "in the valley": a word written in lower case does not match a capitalised word of a
        // country's name, demonym or capital ("Male", the Maldives' capital), so common words stay common words.
        // Persons and organisations keep matching without case: their names are no everyday words.
        List<NameMatch> agreeing = new ArrayList<>(found.size());
        for (NameMatch match : found) {
            if (match.entry().kind() != RegistryEntry.Kind.COUNTRY || Names.capitalisationAgrees(phrase, match.phrase())) {
                agreeing.add(match);
            }
        }
        return agreeing.size() == found.size() ? found : List.copyOf(agreeing);
    }

    /** The sector code of a role phrase ("opposition leader" gives {@code OPP}), if it is one. */
    public Optional<String> sector(String phrase) {
        return Optional.ofNullable(sectors.get(Names.normalize(phrase)));
    }

    /** False when no role phrase starts with this word (as written or as a lemma). */
    public boolean mayStartSector(String word, String lemma) {
        return sectorFirstWords.contains(Names.normalize(word)) || sectorFirstWords.contains(Names.normalize(lemma));
    }

    /** Persons whose name ends with this surname. */
    public List<RegistryEntry> personsWithSurname(String surname) {
        return personsBySurname.getOrDefault(Names.normalize(surname), List.of());
    }

    /** The most tokens a name of the registry has. */
    public int longestName() {
        return longestName;
    }

    /** The most tokens a role phrase has. */
    public int longestSector() {
        return longestSector;
    }

    public int size() {
        return entryCount;
    }
}
