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

    /**
     * How a phrase names a registry entry: its name, a demonym, its capital (which stands for the government), or a
     * region of a country (a US state or large city), which stands for the country and gives no sector.
     */
    public enum NameKind { NAME, ADJECTIVE, CAPITAL, REGION }

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

    /** The entries a name gives, and the layer they come from. */
    private static final class Slot {
        int level;
        List<NameMatch> matches;

        Slot(int level, NameMatch first) {
            this.level = level;
            this.matches = new ArrayList<>(2);
            this.matches.add(first);
        }
    }

    /** Names as written, keyed case-sensitively ("US") or normalised ("united states"); insertion-ordered for determinism. */
    private final Map<String, Slot> names = new LinkedHashMap<>();
    private final Map<String, Slot> exactCaseNames = new LinkedHashMap<>();
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

    /** Adds one layer's names and reports what it changed; names are counted once however many entries share them. */
    private void addLayer(RegistryLayer layer, int level) {
        Set<String> visible = new HashSet<>();
        Set<String> replaced = new HashSet<>();
        Set<String> same = new HashSet<>();
        for (RegistryEntry entry : layer.entries()) {
            for (String name : entry.names()) {
                add(name, new NameMatch(entry, NameKind.NAME, name), level, visible, replaced, same);
            }
            for (String adjective : layer.adjectives().getOrDefault(entry, List.of())) {
                add(adjective, new NameMatch(entry, NameKind.ADJECTIVE, adjective), level, visible, replaced, same);
            }
            for (String capital : layer.capitals().getOrDefault(entry, List.of())) {
                add(capital, new NameMatch(entry, NameKind.CAPITAL, capital), level, visible, replaced, same);
            }
            for (String region : layer.regions().getOrDefault(entry, List.of())) {
                add(region, new NameMatch(entry, NameKind.REGION, region), level, visible, replaced, same);
            }
        }
        entryCount += layer.entries().size();
        same.removeAll(visible);
        reports.add(new LayerReport(layer.source(), layer.entries().size(), visible.size(), replaced.size(), same.size(),
                layer.problems(), layer.problemCount()));
    }

    private void add(String phrase, NameMatch match, int level, Set<String> visible, Set<String> replaced, Set<String> same) {
        boolean exact = Names.isCaseSensitive(phrase);
        String key = exact ? phrase : Names.normalize(phrase);
        Added added = add(exact ? exactCaseNames : names, exact ? "=" : "~", key, match, level);
        switch (added) {
            case NEW -> visible.add(key);
            case REPLACED -> {
                visible.add(key);
                replaced.add(key);
            }
            case SAME -> same.add(key);
            case NONE -> { }
        }
    }

    private Added add(Map<String, Slot> index, String prefix, String key, NameMatch match, int level) {
        int space = key.indexOf(' ');
        String first = space < 0 ? key : key.substring(0, space);
        firstWords.add(index == names ? first : Names.normalize(first));
        if (space >= 0) {
            longestName = Math.max(longestName, key.split(" ").length);
        }
        Slot slot = index.get(key);
        if (slot == null) {
            index.put(key, new Slot(level, match));
            return Added.NEW;
        }
        if (slot.level == level) {
            if (slot.matches.contains(match)) {
                return Added.NONE;
            }
            slot.matches.add(match);
            return Added.NEW;
        }
        if (saysNoMore(slot.matches.get(0), match.entry())) {
            return Added.SAME;
        }
        hidden.computeIfAbsent(prefix + key, k -> new ArrayList<>()).addAll(slot.matches);
        slot.level = level;
        slot.matches = new ArrayList<>(List.of(match));
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
        for (Map<String, Slot> index : List.of(names, exactCaseNames)) {
            for (Map.Entry<String, Slot> e : index.entrySet()) {
                int last = e.getKey().lastIndexOf(' ');
                if (last < 0) {
                    continue;
                }
                String surname = Names.normalize(e.getKey().substring(last + 1));
                for (NameMatch match : e.getValue().matches) {
                    if (match.entry().kind() == RegistryEntry.Kind.PERSON) {
                        List<RegistryEntry> list = personsBySurname.computeIfAbsent(surname, k -> new ArrayList<>());
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
        Slot exact = exactCaseNames.get(phrase.strip());
        if (exact != null) {
            return exact.matches;
        }
        if (Names.isCaseSensitive(phrase.strip()) && phrase.strip().length() <= 3) {
            return List.of();
        }
        Slot slot = names.get(Names.normalize(phrase));
        List<NameMatch> found = slot == null ? List.of() : slot.matches;
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
