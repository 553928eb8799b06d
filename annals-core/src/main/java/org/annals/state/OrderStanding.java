package org.annals.state;

import java.util.Objects;

/**
 * Whether an act that needs authority (breaking relations, expelling diplomats, an ultimatum) stands in the eyes
 * of one party, following that party's stance on the issuer.
 *
 * @param act      the act
 * @param issuer   who did it
 * @param party    whose eyes
 * @param stands   true when the party recognises the issuer, false when it does not
 * @param because  the recognition stance it follows from
 */
public record OrderStanding(Evidence act, Party issuer, Party party, boolean stands, Recognition because) {
    public OrderStanding {
        Objects.requireNonNull(act, "act");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(because, "because");
    }
}
