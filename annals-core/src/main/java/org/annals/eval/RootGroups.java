package org.annals.eval;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The five CAMEO root groups ConfliBERT labels sentences with: 0 neutral statements (01-02), 1 verbal
 * cooperation (03-05), 2 material cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20).
 */
public final class RootGroups {
    private RootGroups() {
    }

    /** The group of a CAMEO code. */
    public static int of(String code) {
        int root = Integer.parseInt(code.substring(0, 2));
        if (root <= 2) {
            return 0;
        }
        if (root <= 5) {
            return 1;
        }
        if (root <= 8) {
            return 2;
        }
        return root <= 13 ? 3 : 4;
    }

    /**
     * A sentence labelled with a root group.
     *
     * @param id    its id
     * @param date  the date to code it at
     * @param text  the sentence
     * @param group 0-4
     */
    public record Labelled(String id, LocalDate date, String text, int group) {
        public Labelled {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(text, "text");
            if (group < 0 || group > 4) {
                throw new IllegalArgumentException("root group must be 0-4, got " + group);
            }
        }
    }
}
