package org.annals.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
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
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer " + RESOURCE + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length < 9) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": expected 9 columns, found " + c.length);
                }
                Place place = new Place(c[1], iso3(c[3]), Double.parseDouble(c[7]), Double.parseDouble(c[8]),
                        Long.parseLong(c[0]), Long.parseLong(c[6]), c[4]);
                for (String name : List.of(c[1], c[2])) {
                    if (!name.isBlank()) {
                        String key = key(name);
                        byName.computeIfAbsent(key, k -> new ArrayList<>()).add(place);
                        longest = Math.max(longest, key.split(" ").length);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
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
