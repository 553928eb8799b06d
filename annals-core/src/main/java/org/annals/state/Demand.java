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
 * @param responses refusals and compliance by the addressee's side, in date order
 * @param evidence  the event that issued it
 */
public record Demand(Party issuer, Party addressee, String code, LocalDate issued, Optional<LocalDate> deadline,
                     List<Evidence> responses, Evidence evidence) {

    /** Where a demand stands on a day. */
    public enum Status { OPEN, REFUSED, COMPLIED, EXPIRED }

    static final String REFUSED_BY = "refused by ";
    static final String COMPLIED_BY = "complied with by ";

    public Demand {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(deadline, "deadline");
        responses = List.copyOf(responses);
        Objects.requireNonNull(evidence, "evidence");
    }

    /** The latest answer on record by {@code day} (refused or complied); else expired once the deadline passed. */
    public Status statusOn(LocalDate day) {
        Evidence last = null;
        for (Evidence r : responses) {
            if (!r.event().date().from().isAfter(day)) {
                last = r;
            }
        }
        if (last != null) {
            return last.note().startsWith(COMPLIED_BY) ? Status.COMPLIED : Status.REFUSED;
        }
        return deadline.isPresent() && day.isAfter(deadline.get()) ? Status.EXPIRED : Status.OPEN;
    }
}
