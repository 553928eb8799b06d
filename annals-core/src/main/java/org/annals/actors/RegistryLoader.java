package org.annals.actors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.data.TabularResource;

/**
 * Builds the {@link ActorRegistry}: the built-in tab-separated files (documented in {@code docs/data.md}), then
 * any PETRARCH actor dictionaries, then the user's overlay, each a layer above the one before (see the design
 * note of {@link ActorRegistry} for what a higher layer hides). Errors in Annals' own files and in the overlay
 * name the file and line and stop the load; a malformed entry of an imported PETRARCH dictionary is skipped
 * and reported in {@link ActorRegistry#layers()}, since those files come from elsewhere and are large.
 */
public final class RegistryLoader {
    private static final String BASE = "/org/annals/actors/";

    private final List<RegistryEntry> entries = new ArrayList<>();
    private final Map<RegistryEntry, List<String>> adjectives = new HashMap<>();
    private final Map<RegistryEntry, List<String>> capitals = new HashMap<>();
    private final Map<RegistryEntry, List<String>> regions = new HashMap<>();
    private final Map<String, String> sectors = new LinkedHashMap<>();

    private RegistryLoader() {
    }

    /** The registry shipped with Annals. */
    public static ActorRegistry loadBuiltIn() {
        return load(List.of(), Optional.empty());
    }

    /**
     * The built-in registry with the given PETRARCH actor dictionaries laid over it in order (a later file over an
     * earlier one), and the user's overlay over all of them.
     *
     * @param petrarchFiles PETRARCH/TABARI-format actor files ({@code Phoenix.Countries.actors.txt} ...)
     * @param overlay       the user's overlay file, in the format of {@code persons.tsv} (see {@link ActorOverlay})
     * @throws RegistryFormatException naming the file (and line) of an unreadable file or a malformed overlay line
     */
    public static ActorRegistry load(List<Path> petrarchFiles, Optional<Path> overlay) {
        return load(petrarchFiles, List.of(), overlay);
    }

    /**
     * Like {@link #load(List, Optional)}, with the role words of PETRARCH agent dictionaries
     * ({@code Phoenix.agents.txt}) over the built-in ones: a phrase of a later file wins. Each agent file is an empty
     * layer in {@link ActorRegistry#layers()}, so that what was skipped in it is reported.
     *
     * @throws RegistryFormatException naming the file (and line) of an unreadable file or a malformed overlay line
     */
    public static ActorRegistry load(List<Path> petrarchFiles, List<Path> agentFiles, Optional<Path> overlay) {
        return build(true, petrarchFiles, agentFiles, overlay);
    }

    /**
     * A registry of PETRARCH dictionaries alone: the actor files' entries and the agent files' role words, none of
     * Annals' (PETRARCH's compatibility run: its test actors and agents, nothing else). Annals' country codes are
     * still used to tell a country's code from an organisation's.
     */
    public static ActorRegistry loadImportedOnly(List<Path> petrarchFiles, List<Path> agentFiles) {
        return build(false, petrarchFiles, agentFiles, Optional.empty());
    }

    private static ActorRegistry build(boolean builtIn, List<Path> petrarchFiles, List<Path> agentFiles,
                                       Optional<Path> overlay) {
        RegistryLoader loader = new RegistryLoader();
        loader.read("countries.tsv", loader::country);
        loader.read("world-regions.tsv", loader::worldRegion);
        loader.read("organizations.tsv", loader::organization);
        loader.read("regions.tsv", loader::region);
        loader.read("sectors.tsv", loader::sector);
        loader.read("persons.tsv", loader::person);
        Set<String> countryCodes = loader.countryCodes();
        Map<String, String> sectors = new LinkedHashMap<>(builtIn ? loader.sectors : Map.of());
        List<RegistryLayer> layers = new ArrayList<>();
        layers.add(builtIn ? new RegistryLayer("built-in", loader.entries, loader.adjectives, loader.capitals, loader.regions,
                List.of(), 0)
                : RegistryLayer.of("built-in (left out)", List.of(), List.of(), 0));
        PetrarchAgentReader agents = new PetrarchAgentReader();
        for (Path file : agentFiles) {
            PetrarchAgentReader.Agents read = agents.read(file);
            sectors.putAll(read.sectors());
            layers.add(RegistryLayer.of("petrarch agents " + file + " (" + read.sectors().size() + " role phrases)",
                    List.of(), read.problems(), read.problemCount()));
        }
        if (!petrarchFiles.isEmpty()) {
            Set<String> sectorCodes = new java.util.HashSet<>(loader.sectors.values());
            sectorCodes.addAll(sectors.values());
            PetrarchActorReader reader = new PetrarchActorReader(countryCodes, sectorCodes);
            for (Path file : petrarchFiles) {
                layers.add(reader.read(file));
            }
        }
        overlay.ifPresent(file -> layers.add(extend(ActorOverlay.read(file), layers)));
        return new ActorRegistry(layers, sectors);
    }

    /**
     * An overlay person with the id of a person below ({@code person:DIOSDADO_CABELLO}) extends that person: the
     * names and roles add up, so that accepting a new role for a known person keeps the roles the registry had.
     */
    private static RegistryLayer extend(RegistryLayer overlay, List<RegistryLayer> below) {
        Map<String, RegistryEntry> lower = new HashMap<>();
        for (RegistryLayer layer : below) {
            for (RegistryEntry entry : layer.entries()) {
                if (entry.kind() == RegistryEntry.Kind.PERSON) {
                    lower.put(entry.id(), entry);
                }
            }
        }
        List<RegistryEntry> entries = new ArrayList<>();
        for (RegistryEntry entry : overlay.entries()) {
            RegistryEntry base = entry.kind() == RegistryEntry.Kind.PERSON ? lower.get(entry.id()) : null;
            if (base == null) {
                entries.add(entry);
                continue;
            }
            List<String> names = new ArrayList<>(base.names());
            names.addAll(entry.names());
            List<DatedRole> roles = new ArrayList<>(base.roles());
            roles.addAll(entry.roles());
            roles.sort((a, b) -> a.from().compareTo(b.from()));
            entries.add(new RegistryEntry(entry.id(), entry.kind(), entry.code().isEmpty() ? base.code() : entry.code(),
                    base.name(), names.stream().distinct().toList(), roles, entry.source() + ", extending " + base.source()));
        }
        return RegistryLayer.of(overlay.source(), entries, overlay.problems(), overlay.problemCount());
    }

    private Set<String> countryCodes() {
        Set<String> codes = new HashSet<>();
        for (RegistryEntry entry : entries) {
            if (entry.kind() == RegistryEntry.Kind.COUNTRY) {
                codes.add(entry.code());
            }
        }
        return codes;
    }

    private interface RowReader {
        void accept(String[] columns, String where);
    }

    private void read(String file, RowReader reader) {
        for (TabularResource.Row row : TabularResource.read(BASE + file)) {
            reader.accept(row.columns().toArray(new String[0]), row.where());
        }
    }

    private static String source(String where) {
        return "built-in " + where.substring(BASE.length());
    }

    private void country(String[] c, String where) {
        require(c, 5, where);
        countryLike("country:", c, split(c[4], "\\|"), where);
    }

    /**
     * A CAMEO region, a part of the world larger than a country ("West Africa" {@code WAF}): coded as a country is,
     * its role words giving the sector ("European leaders" {@code EURGOV}), with no capital.
     */
    private void worldRegion(String[] c, String where) {
        require(c, 4, where);
        countryLike("region:", c, List.of(), where);
    }

    /** An entry coded as a country: code, name, aliases and adjectives from the first four columns. */
    private void countryLike(String idPrefix, String[] c, List<String> capitalNames, String where) {
        String code = c[0].strip();
        List<String> names = new ArrayList<>();
        names.add(c[1].strip());
        names.addAll(split(c[2], "\\|"));
        RegistryEntry entry = new RegistryEntry(idPrefix + code, RegistryEntry.Kind.COUNTRY, code, c[1].strip(),
                names.stream().distinct().toList(), List.of(), source(where));
        entries.add(entry);
        adjectives.put(entry, split(c[3], "\\|"));
        capitals.put(entry, capitalNames);
    }

    /** A state or large city named for its country: coded as the country, with no sector of its own. */
    private void region(String[] c, String where) {
        require(c, 3, where);
        String iso3 = c[0].strip();
        RegistryEntry country = entries.stream()
                .filter(e -> e.kind() == RegistryEntry.Kind.COUNTRY && e.code().equals(iso3)).findFirst()
                .orElseThrow(() -> new RegistryFormatException(where + ": no country '" + iso3 + "' in countries.tsv"));
        List<String> names = new ArrayList<>();
        names.add(c[1].strip());
        names.addAll(split(c[2], "\\|"));
        regions.computeIfAbsent(country, k -> new ArrayList<>()).addAll(names.stream().distinct().toList());
    }

    private void organization(String[] c, String where) {
        require(c, 3, where);
        String code = c[0].strip();
        List<String> names = new ArrayList<>();
        names.add(c[1].strip());
        names.addAll(split(c[2], "\\|"));
        entries.add(new RegistryEntry("org:" + code + ":" + c[1].strip(), RegistryEntry.Kind.ORGANIZATION, code,
                c[1].strip(), names.stream().distinct().toList(), List.of(), source(where)));
    }

    private void sector(String[] c, String where) {
        require(c, 2, where);
        sectors.put(c[0].strip(), c[1].strip());
    }

    private void person(String[] c, String where) {
        require(c, 4, where);
        List<String> names = new ArrayList<>();
        names.add(c[1].strip());
        names.addAll(split(c[2], "\\|"));
        RoleSyntax.Roles roles = RoleSyntax.parse(c[3], where);
        entries.add(new RegistryEntry("person:" + c[0].strip(), RegistryEntry.Kind.PERSON, roles.code(), c[1].strip(),
                names.stream().distinct().toList(), roles.roles(), source(where)));
    }

    static void require(String[] columns, int count, String where) {
        if (columns.length < count) {
            throw new RegistryFormatException(where + ": expected " + count + " tab-separated columns, found "
                    + columns.length);
        }
    }

    static List<String> split(String text, String separator) {
        return Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
