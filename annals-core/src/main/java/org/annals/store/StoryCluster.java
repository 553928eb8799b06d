package org.annals.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A story cluster: stored texts that are near duplicates of each other (directly or through other members), such
 * as one wire story and its edited republications.
 *
 * @param id       the story's name: the least content hash among its members
 * @param first    the earliest article date among its members
 * @param last     the latest
 * @param articles distinct documents (copies read from distinct URLs, or origins without a URL)
 * @param sources  distinct publishers of those documents
 * @param members  its texts, by date, then id, then content hash
 */
public record StoryCluster(String id, LocalDate first, LocalDate last, int articles, int sources,
                           List<StoryMember> members) {
    public StoryCluster {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("story " + id + " has no members");
        }
    }
}
