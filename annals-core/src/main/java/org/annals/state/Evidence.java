package org.annals.state;

import java.util.Comparator;
import java.util.Objects;
import org.annals.model.Event;

/**
 * What a fact of the world state rests on: one coded event, and how strongly it supports the fact.
 *
 * @param event      the event
 * @param confidence 0.9 when the event states the fact, 0.6 when the fact is inferred from it (recognising one
 *                   claimant implies not recognising the other)
 * @param note       how the fact follows from the event
 */
public record Evidence(Event event, double confidence, String note) {
    static final double STATED = 0.9;
    static final double INFERRED = 0.6;

    /** Events in a canonical order, so that derived facts do not depend on the order events arrived in. */
    static final Comparator<Event> CANONICAL = Comparator.comparing((Event e) -> e.date().from())
            .thenComparing(e -> e.date().to()).thenComparing(Event::articleId).thenComparingInt(Event::sentence)
            .thenComparing(Event::code).thenComparing(e -> e.source().code())
            .thenComparing(e -> e.target().map(t -> t.code()).orElse(""))
            .thenComparing(e -> e.modality().toString()).thenComparing(Event::rule);

    public Evidence {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(note, "note");
        if (confidence <= 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in (0, 1], got " + confidence);
        }
    }

    /** {@code venezuela.txt s4 NOT 054 [recognize]}: where to look. */
    public String cite() {
        return event.articleId() + " s" + event.sentence() + " " + (event.isNegated() ? "NOT " : event.isAsserted() ? "" : "IF ") + event.code()
                + " [" + event.rule() + "]";
    }
}
