package org.annals.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.Optional;

/**
 * One coded event: who did what to whom, when, and the evidence that says so.
 *
 * @param articleId   the article it was coded from
 * @param source      who acted
 * @param target      whom the act was aimed at, when the text names anyone
 * @param code        the CAMEO event code, three or four digits
 * @param root        the CAMEO root, the first two digits
 * @param quadClass   GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param goldstein   the GDELT 2.0 Goldstein score of the code
 * @param date        when it happened
 * @param sentence    the index of the evidence sentence in the article
 * @param span        the evidence sentence's characters in the article text
 * @param trigger     the words that fired the rule, as written
 * @param rule        the id of the pattern that fired
 * @param modality    how the act is asserted; empty for an act reported as done
 * @param deadline    the day by which the act's demand must be met ("leave within 72 hours"), if the text sets one
 * @param location    where it happened, when its clause names a place the gazetteer knows ("in Caracas")
 * @param claimant    for a {@link Modality#REPORTED} event, who claims it ("Colombia" in "Colombia accused
 *                    Venezuela of..."), when the text names them
 */
public record Event(String articleId, Actor source, Optional<Actor> target, String code, String root, int quadClass,
                    double goldstein, EventDate date, int sentence, Span span, String trigger, String rule,
                    Set<Modality> modality, Optional<LocalDate> deadline, Optional<Place> location,
                    Optional<Actor> claimant) {
    public Event {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(rule, "rule");
        modality = modality.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(modality));
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(claimant, "claimant");
        if (!code.startsWith(root)) {
            throw new IllegalArgumentException("event code " + code + " does not start with its root " + root);
        }
        if (quadClass < 1 || quadClass > 4) {
            throw new IllegalArgumentException("quad class must be 1..4, got " + quadClass);
        }
    }

    /** An event nobody is said to claim: the text states it itself. */
    public Event(String articleId, Actor source, Optional<Actor> target, String code, String root, int quadClass,
                 double goldstein, EventDate date, int sentence, Span span, String trigger, String rule,
                 Set<Modality> modality, Optional<LocalDate> deadline, Optional<Place> location) {
        this(articleId, source, target, code, root, quadClass, goldstein, date, sentence, span, trigger, rule,
                modality, deadline, location, Optional.empty());
    }

    /** The same event with another target. */
    public Event withTarget(Actor newTarget) {
        return new Event(articleId, source, Optional.of(newTarget), code, root, quadClass, goldstein, date, sentence,
                span, trigger, rule, modality, deadline, location, claimant);
    }

    /**
     * True for an act the text reports as done, announced or holding: neither negated nor hypothetical. A
     * reported act is asserted (by its claimant).
     */
    public boolean isAsserted() {
        return !modality.contains(Modality.NEGATED) && !modality.contains(Modality.HYPOTHETICAL);
    }

    /** True when the text says the act did not happen or does not hold. */
    public boolean isNegated() {
        return modality.contains(Modality.NEGATED);
    }
}
