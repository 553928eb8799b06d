package org.annals.actors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.data.TabularResource;

/**
 * Reads the registry's tab-separated files (documented in {@code docs/data.md}) and builds an
 * {@link ActorRegistry}. Errors name the file and line.
 */
public final class RegistryLoader {
    private static final String BASE = "/org/annals/actors/";

    private final List<RegistryEntry> entries = new ArrayList<>();
    private final Map<RegistryEntry, List<String>> adjectives = new HashMap<>();
    private final Map<RegistryEntry, List<String>> capitals = new HashMap<>();
    private final Map<String, String> sectors = new LinkedHashMap<>();

    private RegistryLoader() {
    }

    /** The registry shipped with Annals. */
    public static ActorRegistry loadBuiltIn() {
        RegistryLoader loader = new RegistryLoader();
        loader.read("countries.tsv", loader::country);
        loader.read("organizations.tsv", loader::organization);
        loader.read("sectors.tsv", loader::sector);
        loader.read("persons.tsv", loader::person);
        return new ActorRegistry(loader.entries, loader.adjectives, loader.capitals, loader.sectors);
    }

    private interface RowReader {
        void accept(String[] columns, String where);
    }

    private void read(String file, RowReader reader) {
        for (TabularResource.Row row : TabularResource.read(BASE + file)) {
            reader.accept(row.columns().toArray(new String[0]), row.where());
        }
    }

    private void country(String[] c, String where) {
        require(c, 5, where);
        String iso3 = c[0].strip();
        List<String> names = new ArrayList<>();
        names.add(c[1].strip());
        names.addAll(split(c[2], "\\|"));
        RegistryEntry entry = new RegistryEntry("country:" + iso3, RegistryEntry.Kind.COUNTRY, iso3, c[1].strip(),
                names.stream().distinct().toList(), List.of());
        entries.add(entry);
        adjectives.put(entry, split(c[3], "\\|"));
        capitals.put(entry, split(c[4], "\\|"));
    }

    private void organization(String[] c, String where) {
        require(c, 3, where);
        String code = c[0].strip();
        List<String> names = new ArrayList<>();
        names.add(c[1].strip());
        names.addAll(split(c[2], "\\|"));
        entries.add(new RegistryEntry("org:" + code + ":" + c[1].strip(), RegistryEntry.Kind.ORGANIZATION, code,
                c[1].strip(), names.stream().distinct().toList(), List.of()));
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
        List<DatedRole> roles = new ArrayList<>();
        for (String role : split(c[3], ";")) {
            roles.add(role(role, where));
        }
        roles.sort((a, b) -> a.from().compareTo(b.from()));
        entries.add(new RegistryEntry("person:" + c[0].strip(), RegistryEntry.Kind.PERSON, "", c[1].strip(),
                names.stream().distinct().toList(), roles));
    }

    private static DatedRole role(String text, String where) {
        int at = text.indexOf('@');
        int dots = text.indexOf("..");
        if (at < 1 || dots < at) {
            throw new RegistryFormatException(where + ": role must look like CODE@FROM..TO, got '" + text + "'");
        }
        try {
            LocalDate from = LocalDate.parse(text.substring(at + 1, dots).strip());
            String end = text.substring(dots + 2).strip();
            return new DatedRole(text.substring(0, at).strip(), from,
                    end.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(end)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new RegistryFormatException(where + ": bad role '" + text + "': " + e.getMessage(), e);
        }
    }

    private static void require(String[] columns, int count, String where) {
        if (columns.length < count) {
            throw new RegistryFormatException(where + ": expected " + count + " tab-separated columns, found "
                    + columns.length);
        }
    }

    private static List<String> split(String text, String separator) {
        return Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
