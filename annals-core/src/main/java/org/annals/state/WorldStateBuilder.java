package org.annals.state;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.annals.model.Event;

/**
 * Folds events and mentions into a {@link WorldState} one at a time, so that the state of a store of any size can
 * be derived while its events stream past: {@code annals state} reads the store in date order through this.
 *
 * <p>Design note. Memory grows with what the state can rest on, not with what is read:
 * <ul>
 *   <li>An event is kept only when it can bear on some state ({@code WorldState.bears}: recognitions, acts that
 *   need authority, relations, demands, sanctions, and the rejections and yieldings that can answer them); the
 *   rest (statements, consultations, aid, protests: nearly all of the news) is dropped as it arrives.</li>
 *   <li>A mention is kept only when it gives an office title ("President Maduro") that no earlier mention of the
 *   same person gave, earlier meaning {@code WorldState.MENTION_ORDER}; so one mention per person, office and
 *   claim, however often the title recurs.</li>
 * </ul>
 * The facts themselves are derived by {@link #build()}, not as each event arrives: some need events that come
 * later in any order (recognising one claimant implies not recognising the others, including claimants first
 * named later), and deriving from the kept events in canonical order is what makes the result equal to
 * {@link WorldState#of(Collection, Collection)} over everything read, whatever the order of reading.
 *
 * <p>Not thread-safe: one builder is fed by one thread. {@link #build()} may be called more than once.
 */
public final class WorldStateBuilder {
    private final List<Event> events = new ArrayList<>();
    private final Map<String, DatedMention> titles = new LinkedHashMap<>();
    private long read;

    WorldStateBuilder() {
    }

    /**
     * Takes one event; true when it can bear on the state and is kept (the caller may keep what it knows about
     * the event, such as its evidence sentence, for the kept ones only).
     */
    public boolean add(Event event) {
        Objects.requireNonNull(event, "event");
        read++;
        if (!WorldState.bears(event)) {
            return false;
        }
        events.add(event);
        return true;
    }

    /** Takes one actor mention with its article's date; only the first mention of each office title is kept. */
    public void add(DatedMention mention) {
        Objects.requireNonNull(mention, "mention");
        titleKey(mention).ifPresent(key -> titles.merge(key, mention,
                (kept, next) -> WorldState.MENTION_ORDER.compare(next, kept) < 0 ? next : kept));
    }

    /** The state implied by everything added so far. */
    public WorldState build() {
        return WorldState.of(events, titles.values());
    }

    /** Events taken so far. */
    long eventsRead() {
        return read;
    }

    /** Events kept so far. */
    int eventsKept() {
        return events.size();
    }

    /** Mentions kept so far. */
    int mentionsKept() {
        return titles.size();
    }

    /** Person, office and claim of the title a mention gives, if it gives one. */
    private static Optional<String> titleKey(DatedMention m) {
        if (!m.actor().entryId().startsWith("person:")) {
            return Optional.empty();
        }
        return OfficeTitle.read(m.actor().text())
                .map(reading -> m.actor().entryId() + "\t" + reading.office() + "\t" + reading.holds());
    }
}
