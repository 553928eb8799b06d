package org.annals.state;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A change in the diplomatic relations of two countries.
 *
 * @param first       the first country of the pair, alphabetically
 * @param second      the second
 * @param status      the relations after the change
 * @param date        when
 * @param actor       who changed them
 * @param contestedBy parties that do not recognise the actor's authority to do so on that date
 * @param evidence    the event behind it
 */
public record RelationsChange(String first, String second, Status status, LocalDate date, Party actor,
                              List<Party> contestedBy, Evidence evidence) {

    /** The state of relations. */
    public enum Status { NORMAL, REDUCED, BROKEN, RESTORED }

    public RelationsChange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(actor, "actor");
        contestedBy = List.copyOf(contestedBy);
        Objects.requireNonNull(evidence, "evidence");
        if (first.compareTo(second) > 0) {
            throw new IllegalArgumentException("dyad must be ordered, got " + first + "-" + second);
        }
    }
}
