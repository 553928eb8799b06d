package org.annals.state;

import java.util.Objects;
import java.util.Optional;
import org.annals.model.EventDate;

/**
 * Sanctions one party imposed on another.
 *
 * @param imposer  who imposed them
 * @param target   on whom
 * @param since    from when, at the precision the text gives ("2017")
 * @param until    when they were lifted, if a later event says so
 * @param evidence the imposing event
 * @param lifting  the lifting event, if any
 */
public record Sanction(Party imposer, Party target, EventDate since, Optional<EventDate> until, Evidence evidence,
                       Optional<Evidence> lifting) {
    public Sanction {
        Objects.requireNonNull(imposer, "imposer");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(lifting, "lifting");
    }

    /** In force on {@code day}: imposed by then and not lifted by then. */
    public boolean inForceOn(java.time.LocalDate day) {
        return !since.from().isAfter(day) && until.map(u -> u.from().isAfter(day)).orElse(true);
    }
}
