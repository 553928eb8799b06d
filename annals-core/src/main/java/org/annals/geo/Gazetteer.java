package org.annals.geo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import org.annals.data.TabularResource;
import org.annals.model.Place;

/**
 * The cities Annals can put on the map: every city of at least 15,000 people and every capital, from GeoNames
 * data ({@code geo/cities.tsv}, rebuilt by {@code tools/build-gazetteer.js}). Names are matched without case or
 * accents. Immutable and thread-safe; load it once.
 */
public final class Gazetteer {
    private static final String RESOURCE = "/org/annals/geo/cities.tsv";

    private final Map<String, List<Place>> byName;
    private final int longestName;

    private Gazetteer(Map<String, List<Place>> byName, int longestName) {
        this.byName = byName;
        this.longestName = longestName;
    }

    /** The gazetteer shipped with Annals. */
    public static Gazetteer loadBuiltIn() {
        Map<String, List<Place>> byName = new HashMap<>();
        int longest = 1;
        for (TabularResource.Row row : TabularResource.read(RESOURCE)) {
            row.require(9);
            Place place;
            try {
                place = new Place(row.column(1), iso3(row.column(3)), Double.parseDouble(row.column(7)),
                        Double.parseDouble(row.column(8)), Long.parseLong(row.column(0)), Long.parseLong(row.column(6)),
                        row.column(4));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(row.where() + ": " + e.getMessage(), e);
            }
            for (String name : List.of(row.column(1), row.column(2))) {
                if (!name.isBlank()) {
                    String key = key(name);
                    byName.computeIfAbsent(key, k -> new ArrayList<>()).add(place);
                    longest = Math.max(longest, key.split(" ").length);
                }
            }
        }
        byName.values().forEach(list -> list.sort(Comparator.comparingLong(Place::population).reversed()
                .thenComparingLong(Place::geonamesId)));
        return new Gazetteer(Map.copyOf(byName), longest);
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

    static String key(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replace('’', '\'').strip().replaceAll("\\s+", " ");
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
