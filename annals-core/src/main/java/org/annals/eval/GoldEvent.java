package org.annals.eval;

import java.util.Objects;

/**
 * An event a person coded: actor codes match as prefixes ({@code USA} accepts {@code USAGOV}); the code is
 * compared at root and full level.
 *
 * @param source the source actor code or prefix, empty when not labelled
 * @param target the target actor code or prefix, empty when not labelled
 * @param code   the CAMEO code
 */
public record GoldEvent(String source, String target, String code) {
    public GoldEvent {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(code, "code");
        if (!code.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("gold code must have 2 to 4 digits, got '" + code + "'");
        }
    }

    public String root() {
        return code.substring(0, 2);
    }
}
