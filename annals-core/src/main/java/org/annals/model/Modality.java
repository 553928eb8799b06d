package org.annals.model;

/**
 * How an event is asserted, after PLOVER's auxiliary modes. An event with no modality is an act the text
 * reports as done.
 */
public enum Modality {
    /** The text says the act did not happen or does not hold: "does not recognize the Maduro regime". */
    NEGATED,
    /** Announced or intended: "will hold open elections". */
    FUTURE,
    /** Background the article recounts from an earlier time: dated to that time, not to the article. */
    HISTORICAL,
    /**
     * Conditional, possible or under deliberation, not done: "if the U.S. invades", "could impose sanctions",
     * "is considering sanctions". Never counted as an act.
     */
    HYPOTHETICAL,
    /**
     * Claimed by someone other than the actor ("Colombia accused Venezuela of attacking...", "according to
     * Reuters", "reportedly"); the event's {@code claimant} says who, when the text names them. Still counted as
     * an act: the claim is how the news knows it.
     */
    REPORTED
}
