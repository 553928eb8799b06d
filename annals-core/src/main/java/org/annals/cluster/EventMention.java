package org.annals.cluster;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What event linking needs to know of one mention.
 *
 * @param id        the mention
 * @param key       its {@link EventLinker#key event key}: actors, code and modality
 * @param dateValue its date as written at its precision ({@code 2019-01-23}, {@code 2017-03}, {@code 2017})
 * @param from      the first day of its date
 * @param to        the last day of its date; equal to {@code from} for a day
 * @param story     the story cluster of its article
 * @param cluster   the event cluster it is in now (for a new mention, itself)
 */
public record EventMention(MentionId id, String key, String dateValue, LocalDate from, LocalDate to, String story,
                           MentionId cluster) {
    public EventMention {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(dateValue, "dateValue");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(cluster, "cluster");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("date of mention " + id + " ends before it starts: " + from + " > " + to);
        }
    }

    /** True when the date is one day, not a month or a year. */
    public boolean isDay() {
        return from.equals(to);
    }
}
