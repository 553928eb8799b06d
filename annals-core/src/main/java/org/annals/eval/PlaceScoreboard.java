package org.annals.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.annals.model.Place;

/**
 * The place stage's score on gold places: right, wrong (another namesake, or a place where the country itself was
 * meant) and missed (no place for a city or region), overall and by group, with every error listed.
 */
public final class PlaceScoreboard {

    /** Right, wrong and missed counts. */
    public static final class Counts {
        private int right;
        private int wrong;
        private int missed;

        public int right() {
            return right;
        }

        public int wrong() {
            return wrong;
        }

        public int missed() {
            return missed;
        }

        public int total() {
            return right + wrong + missed;
        }

        /** Right over all records; 0 when there are none. */
        public double accuracy() {
            return total() == 0 ? 0 : (double) right / total();
        }
    }

    private final Counts all = new Counts();
    private final Map<String, Counts> byGroup = new TreeMap<>();
    private final List<String> errors = new ArrayList<>();

    /** Scores one record against the place found for its mention, if any. */
    public void add(GoldPlace gold, Optional<Place> found) {
        Counts group = byGroup.computeIfAbsent(gold.group(), g -> new Counts());
        boolean right = gold.isCountry() ? found.isEmpty() : found.map(p -> p.geonamesId() == gold.geonamesId()).orElse(false);
        if (right) {
            all.right++;
            group.right++;
            return;
        }
        if (found.isEmpty()) {
            all.missed++;
            group.missed++;
        } else {
            all.wrong++;
            group.wrong++;
        }
        String expected = gold.isCountry() ? "the country " + gold.country() : gold.country() + " " + gold.geonamesId();
        String got = found.map(p -> p.name() + ", " + p.country() + " " + p.geonamesId()).orElse("no place");
        errors.add(gold.id() + " '" + gold.mention() + "': expected " + expected + ", got " + got);
    }

    public Counts overall() {
        return all;
    }

    /** Counts by group, groups in alphabetical order. */
    public Map<String, Counts> groups() {
        return Collections.unmodifiableMap(new TreeMap<>(byGroup));
    }

    public List<String> errors() {
        return List.copyOf(errors);
    }

    /** A table of accuracy by group, then the errors. */
    public String report() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-10s %7s %6s %6s %7s %9s%n", "group", "records", "right", "wrong", "missed", "accuracy"));
        for (Map.Entry<String, Counts> e : byGroup.entrySet()) {
            row(b, e.getKey(), e.getValue());
        }
        row(b, "all", all);
        errors.forEach(line -> b.append(line).append('\n'));
        return b.toString();
    }

    private static void row(StringBuilder b, String name, Counts c) {
        b.append(String.format(Locale.ROOT, "%-10s %7d %6d %6d %7d %9.3f%n", name, c.total(), c.right(), c.wrong(),
                c.missed(), c.accuracy()));
    }
}
