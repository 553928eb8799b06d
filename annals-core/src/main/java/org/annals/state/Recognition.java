package org.annals.state;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A party's stance on who governs a country, from a date.
 *
 * @param recognizer the country taking the stance
 * @param claimant   the person (or government) it is about
 * @param stance     recognises, does not, or withdrew recognition
 * @param since      from when
 * @param evidence   the event behind it
 */
public record Recognition(Party recognizer, Party claimant, Stance stance, LocalDate since, Evidence evidence) {

    /** A stance on a claimant. */
    public enum Stance { RECOGNIZES, DOES_NOT_RECOGNIZE, WITHDREW }

    public Recognition {
        Objects.requireNonNull(recognizer, "recognizer");
        Objects.requireNonNull(claimant, "claimant");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(evidence, "evidence");
    }

    boolean recognizes() {
        return stance == Stance.RECOGNIZES;
    }
}
