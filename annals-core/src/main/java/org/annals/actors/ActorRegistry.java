package org.annals.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The actors Annals knows: countries (names, aliases, demonyms, capitals), organisations, persons with dated
 * roles, and the role words that give sectors. Immutable and thread-safe once built; build it once, from
 * {@link RegistryLoader}, and share it.
 *
 * <p>Design note: layers. The registry is built from layers, lowest first: the built-in files, then each
 * imported PETRARCH dictionary in the order given, then the user's overlay. A name belongs to the highest
 * layer that names it: an entry of a higher layer hides the lower layers' entries <em>for that name</em>
 * (their other names still work). One exception keeps the built-in registry's finer distinctions: a higher
 * entry that says no more than the lower one (the same country, an organisation with the same code, a
 * capital's country with {@code GOV}) is skipped, so that "Kabul" imported as plain {@code AFG} stays a capital
 * and "Afghan" a demonym. Surnames are indexed from the names that stay visible, so a hidden person is not
 * found by surname either.
 */
public final class ActorRegistry {

    /** How a phrase names a registry entry. */
    public enum NameKind { NAME, ADJECTIVE, CAPITAL }

    /** A phrase of the registry and the entry it names. */
    public record NameMatch(RegistryEntry entry, NameKind kind, String phrase) {
    }

    /**
     * What one layer contributed.
     *
     * @param source      where it was read
     * @param entries     the entries it holds
     * @param names       the names (normalised, distinct) it made visible
     * @param replaced    of those, names that hid a lower layer's entries
     * @param sameAsBelow names skipped because a lower layer already gave them the same code
     * @param problems    what was skipped while reading it, {@code file:line: message} (the first fifty)
     * @param problemCount how many things were skipped
     */
    public record LayerReport(String source, int entries, int names, int replaced, int sameAsBelow,
                              List<String> problems, int problemCount) {
        public LayerReport {
            problems = List.copyOf(problems);
        }
    }

    private enum Added { NEW, REPLACED, SAME, NONE }

    /** Names as written, keyed case-sensitively ("US") or normalised ("united states"); insertion-ordered for determinism. */
    private final Map<String, List<NameMatch>> names = new LinkedHashMap<>();
    private final Map<String, List<NameMatch>> exactCaseNames = new LinkedHashMap<>();
    private final Map<String, Integer> layerOfName = new HashMap<>();
    private final Map<String, List<NameMatch>> hidden = new HashMap<>();
    private final Map<String, String> sectors = new HashMap<>();
    private final Set<String> firstWords = new HashSet<>();
    private final Set<String> sectorFirstWords = new HashSet<>();
    private final Map<String, List<RegistryEntry>> personsBySurname = new HashMap<>();
    private final List<LayerReport> reports = new ArrayList<>();
    private final int longestSector;
    private int longestName = 1;
    private int entryCount;

    ActorRegistry(List<RegistryLayer> layers, Map<String, String> sectorPhrases) {
        for (int level = 0; level < layers.size(); level++) {
            addLayer(layers.get(level), level);
        }
        indexSurnames();
        int longestRole = 1;
        for (Map.Entry<String, String> e : sectorPhrases.entrySet()) {
            String key = Names.normalize(e.getKey());
            sectors.put(key, e.getValue());
            sectorFirstWords.add(key.split(" ")[0]);
            longestRole = Math.max(longestRole, key.split(" ").length);
        }
        this.longestSector = longestRole;
    }

    private void addLayer(RegistryLayer layer, int level) {
        Map<Added, Set<String>> counts = new HashMap<>();
        for (Added a : Added.values()) {
            counts.put(a, new HashSet<>());
        }
        for (RegistryEntry entry : layer.entries()) {
            for (String name : entry.names()) {
                record(counts, name, add(name, new NameMatch(entry, NameKind.NAME, name), level));
            }
            for (String adjective : layer.adjectives().getOrDefault(entry, List.of())) {
                record(counts, adjective, add(adjective, new NameMatch(entry, NameKind.ADJECTIVE, adjective), level));
            }
            for (String capital : layer.capitals().getOrDefault(entry, List.of())) {
                record(counts, capital, add(capital, new NameMatch(entry, NameKind.CAPITAL, capital), level));
            }
        }
        entryCount += layer.entries().size();
        Set<String> visible = new HashSet<>(counts.get(Added.NEW));
        visible.addAll(counts.get(Added.REPLACED));
        reports.add(new LayerReport(layer.source(), layer.entries().size(), visible.size(),
                counts.get(Added.REPLACED).size(), counts.get(Added.SAME).size(), layer.problems(), layer.problemCount()));
    }

    private static void record(Map<Added, Set<String>> counts, String name, Added added) {
        counts.get(added).add(Names.isCaseSensitive(name) ? name : Names.normalize(name));
    }

    private Added add(String phrase, NameMatch match, int level) {
        boolean exact = Names.isCaseSensitive(phrase);
        Map<String, List<NameMatch>> index = exact ? exactCaseNames : names;
        String key = exact ? phrase : Names.normalize(phrase);
        String levelKey = (exact ? "=" : "~") + key;
        String[] words = key.split(" ");
        firstWords.add(Names.normalize(words[0]));
        longestName = Math.max(longestName, words.length);
        List<NameMatch> existing = index.get(key);
        if (existing == null) {
            index.put(key, new ArrayList<>(List.of(match)));
            layerOfName.put(levelKey, level);
            return Added.NEW;
        }
        if (layerOfName.get(levelKey) == level) {
            if (existing.contains(match)) {
                return Added.NONE;
            }
            existing.add(match);
            return Added.NEW;
        }
        if (saysNoMore(existing.get(0), match.entry())) {
            return Added.SAME;
        }
        hidden.computeIfAbsent(levelKey, k -> new ArrayList<>()).addAll(existing);
        index.put(key, new ArrayList<>(List.of(match)));
        layerOfName.put(levelKey, level);
        return Added.REPLACED;
    }

    /** True when {@code upper} would code the name as {@code lower} already does. */
    private static boolean saysNoMore(NameMatch lower, RegistryEntry upper) {
        RegistryEntry below = lower.entry();
        if (below.kind() == RegistryEntry.Kind.COUNTRY) {
            return upper.kind() != RegistryEntry.Kind.PERSON && upper.roles().isEmpty()
                    && (upper.code().equals(below.code())
                    || lower.kind() == NameKind.CAPITAL && upper.code().equals(below.code() + "GOV"));
        }
        return below.kind() == RegistryEntry.Kind.ORGANIZATION && upper.kind() == RegistryEntry.Kind.ORGANIZATION
                && upper.code().equals(below.code());
    }

    private void indexSurnames() {
        for (Map<String, List<NameMatch>> index : List.of(names, exactCaseNames)) {
            for (Map.Entry<String, List<NameMatch>> e : index.entrySet()) {
                String[] parts = Names.normalize(e.getKey()).split(" ");
                if (parts.length < 2) {
                    continue;
                }
                for (NameMatch match : e.getValue()) {
                    if (match.entry().kind() == RegistryEntry.Kind.PERSON) {
                        List<RegistryEntry> list = personsBySurname.computeIfAbsent(parts[parts.length - 1], k -> new ArrayList<>());
                        if (!list.contains(match.entry())) {
                            list.add(match.entry());
                        }
                    }
                }
            }
        }
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
        return names.getOrDefault(Names.normalize(phrase), List.of());
    }

    /** The entries of lower layers that {@link #lookup} no longer returns for this phrase because a higher layer names it. */
    public List<NameMatch> hiddenBy(String phrase) {
        String stripped = phrase.strip();
        if (exactCaseNames.containsKey(stripped)) {
            return List.copyOf(hidden.getOrDefault("=" + stripped, List.of()));
        }
        return List.copyOf(hidden.getOrDefault("~" + Names.normalize(phrase), List.of()));
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

    /** The number of entries over all layers, hidden names included. */
    public int size() {
        return entryCount;
    }

    /** What each layer contributed, lowest (the built-in files) first. */
    public List<LayerReport> layers() {
        return List.copyOf(reports);
    }
}
