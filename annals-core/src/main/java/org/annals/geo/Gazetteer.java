package org.annals.geo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.regex.Pattern;
import org.annals.data.TabularResource;
import org.annals.model.Place;

/**
 * The places Annals can put on the map, from GeoNames data: every city of at least 15,000 people and every capital
 * ({@code geo/cities.tsv}, rebuilt by {@code tools/build-gazetteer.js}) and the first-level administrative regions
 * of every country, states and provinces ({@code geo/regions.tsv}, feature code {@code ADM1}, rebuilt by
 * {@code tools/build-regions.js}). Names are matched without case or accents. Immutable and thread-safe; load it
 * once.
 */
public final class Gazetteer {
    private static final List<String> RESOURCES = List.of("/org/annals/geo/cities.tsv", "/org/annals/geo/regions.tsv");
    /** The GeoNames feature code of a first-level administrative region. */
    static final String REGION = "ADM1";

    private static final Pattern SAINT = Pattern.compile("\\bst\\.? ");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<String, List<Place>> byName;
    /** Country and GeoNames admin1 code of every place ({@code VEN.23}), for telling which region a city is in. */
    private final Map<Long, String> adminOf;
    private final int longestName;

    private Gazetteer(Map<String, List<Place>> byName, Map<Long, String> adminOf, int longestName) {
        this.byName = byName;
        this.adminOf = adminOf;
        this.longestName = longestName;
    }

    /** The gazetteer shipped with Annals: cities and first-level regions. */
    public static Gazetteer loadBuiltIn() {
        Map<String, List<Place>> byName = new HashMap<>();
        Map<Long, String> adminOf = new HashMap<>();
        int longest = 1;
        for (String resource : RESOURCES) {
            for (TabularResource.Row row : TabularResource.read(resource)) {
                row.require(9);
                Place place;
                try {
                    place = new Place(row.column(1), iso3(row.column(3)), Double.parseDouble(row.column(7)),
                            Double.parseDouble(row.column(8)), Long.parseLong(row.column(0)),
                            Long.parseLong(row.column(6)), row.column(4));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(row.where() + ": " + e.getMessage(), e);
                }
                if (!row.column(5).isEmpty()) {
                    adminOf.put(place.geonamesId(), place.country() + "." + row.column(5));
                }
                List<String> names = new ArrayList<>(List.of(row.column(1)));
                names.addAll(List.of(row.column(2).split("\\|")));
                for (String name : names) {
                    if (!name.isBlank()) {
                        String key = key(name);
                        List<Place> namesakes = byName.computeIfAbsent(key, k -> new ArrayList<>());
                        if (!namesakes.contains(place)) {
                            namesakes.add(place);
                        }
                        longest = Math.max(longest, key.split(" ").length);
                    }
                }
            }
        }
        byName.values().forEach(list -> list.sort(Comparator.comparingLong(Place::population).reversed()
                .thenComparingLong(Place::geonamesId)));
        return new Gazetteer(Map.copyOf(byName), Map.copyOf(adminOf), longest);
    }

    /** True for a first-level administrative region (a state, a province), false for a city. */
    public static boolean isRegion(Place place) {
        return REGION.equals(place.featureCode());
    }

    /** True when {@code place} lies in the first-level region {@code region} ("Paris" in "Texas"). */
    public boolean contains(Place region, Place place) {
        if (!isRegion(region) || isRegion(place) || !region.country().equals(place.country())) {
            return false;
        }
        String admin = adminOf.get(region.geonamesId());
        return admin != null && admin.equals(adminOf.get(place.geonamesId()));
    }

    /** The places with this name, most populous first. */
    public List<Place> named(String name) {
        return byName.getOrDefault(key(name), List.of());
    }

    public int longestName() {
        return longestName;
    }

    public int size() {
        return byName.size();
    }

    /** How names are compared: without case, accents or runs of spaces, "St." and "St" read as "Saint". */
    static String key(String name) {
        // The patterns are compiled once: this runs for every name of every place when the gazetteer loads.
        String decomposed = name.chars().allMatch(c -> c < 0x80) ? name
                : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String plain = SPACES.matcher(decomposed.toLowerCase(Locale.ROOT).replace('’', '\'').strip()).replaceAll(" ");
        return plain.contains("st") ? SAINT.matcher(plain).replaceAll("saint ") : plain;
    }

    /** ISO alpha-2 to alpha-3, by the JDK's own table; Kosovo, which it lacks, is XKX as in the registry. */
    private static String iso3(String iso2) {
        try {
            return new Locale("", iso2).getISO3Country();
        } catch (MissingResourceException e) {
            return iso2.equals("XK") ? "XKX" : "---";
        }
    }
}
