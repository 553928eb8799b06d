package org.annals.state;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An order or ultimatum that needs an answer: diplomats told to leave, a deadline given.
 *
 * @param issuer    who gave it
 * @param addressee to whom
 * @param code      the CAMEO code of the act (174 expel, 139 ultimatum)
 * @param issued    when
 * @param deadline  the day it must be met by, if the text sets one
 * @param responses refusals (and later, compliance) by the addressee's side, in date order
 * @param evidence  the event that issued it
 */
public record Demand(Party issuer, Party addressee, String code, LocalDate issued, Optional<LocalDate> deadline,
                     List<Evidence> responses, Evidence evidence) {

    /** Where a demand stands on a day. */
    public enum Status { OPEN, REFUSED, EXPIRED }

    public Demand {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(deadline, "deadline");
        responses = List.copyOf(responses);
        Objects.requireNonNull(evidence, "evidence");
    }

    /** Refused once a refusal is on record by {@code day}; expired when the deadline passed unanswered. */
    public Status statusOn(LocalDate day) {
        boolean refused = responses.stream().anyMatch(r -> !r.event().date().from().isAfter(day));
        if (refused) {
            return Status.REFUSED;
        }
        return deadline.isPresent() && day.isAfter(deadline.get()) ? Status.EXPIRED : Status.OPEN;
    }
}
