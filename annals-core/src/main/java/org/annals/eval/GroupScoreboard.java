package org.annals.eval;

import java.util.List;
import java.util.Locale;
import org.annals.model.Event;

/**
 * Scores coding against sentences labelled only with a CAMEO root group (ConfliBERT's classes). A sentence's
 * prediction is the group of its first asserted event; a sentence with none has no prediction. Precision is
 * right predictions over predictions, recall right predictions over sentences. Not thread-safe.
 */
public final class GroupScoreboard {
    private int sentences;
    private int predicted;
    private int right;
    /** Rows: gold group 0-4; columns: predicted group 0-4, 5 for no prediction. */
    private final int[][] confusion = new int[5][6];

    public void add(int gold, List<Event> events) {
        sentences++;
        int guess = events.stream().filter(Event::isAsserted).findFirst().map(e -> RootGroups.of(e.code())).orElse(5);
        confusion[gold][guess]++;
        if (guess < 5) {
            predicted++;
            right += guess == gold ? 1 : 0;
        }
    }

    public int sentences() {
        return sentences;
    }

    public int predicted() {
        return predicted;
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) right / predicted;
    }

    public double recall() {
        return sentences == 0 ? 0 : (double) right / sentences;
    }

    public int confusion(int gold, int guess) {
        return confusion[gold][guess];
    }

    public String confusionTable() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-12s%6s%6s%6s%6s%6s%6s%n", "gold\\coded",
                "0", "1", "2", "3", "4", "none"));
        for (int g = 0; g < 5; g++) {
            b.append(String.format(Locale.ROOT, "%-12d", g));
            for (int p = 0; p < 6; p++) {
                b.append(String.format(Locale.ROOT, "%6d", confusion[g][p]));
            }
            b.append('\n');
        }
        return b.toString();
    }
}
