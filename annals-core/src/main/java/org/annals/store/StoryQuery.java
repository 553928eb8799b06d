package org.annals.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which story clusters {@link EventStore#stories} returns. Every present criterion must hold.
 *
 * @param from        the first day of interest: stories whose last article is dated before it are left out
 * @param to          the last day of interest: stories whose first article is dated after it are left out
 * @param minArticles the fewest documents (copies, exact duplicates included) a story must have, at least 1
 * @param limit       the most stories to return, at least 1
 */
public record StoryQuery(Optional<LocalDate> from, Optional<LocalDate> to, int minArticles, int limit) {
    public StoryQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (minArticles < 1) {
            throw new IllegalArgumentException("minArticles must be at least 1, got " + minArticles);
        }
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive, got " + limit);
        }
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("date range ends before it starts: " + from.get() + " > " + to.get());
        }
    }

    /** Every story, singletons included, without limit. */
    public static StoryQuery all() {
        return new StoryQuery(Optional.empty(), Optional.empty(), 1, Integer.MAX_VALUE);
    }
}
