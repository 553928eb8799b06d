package org.annals.events;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One rule of the event coder, read from a pattern file ({@code docs/patterns.md} gives the syntax).
 *
 * @param id             a stable id, reported with every event the rule codes
 * @param code           the CAMEO code it gives
 * @param trigger        what fires it: a verb, a noun or a phrase
 * @param lemmas         the trigger's lemmas (verbs and nouns)
 * @param phrase         for phrase rules, a regular expression over the sentence's lemmas joined by spaces
 * @param object         lemmas the trigger's object must have; empty for no constraint
 * @param complement     lemmas the trigger's clausal complement (xcomp, ccomp) must have; empty for none
 * @param ownComplement  true when the complement's subject must be the source itself ("claimed that they had
 *                       attacked" claims the claimant's own act; "claimed that Iran had attacked" does not)
 * @param governor       for noun rules, lemmas the governing verb must have; empty for any
 * @param via            for noun rules, the relations that may attach the noun to its verb
 * @param negated        true when the rule fires only on negated triggers ("will not follow")
 * @param source         where the source actor is found
 * @param targets        where the target is found, tried in order
 * @param targetRequired whether an event without a target is dropped
 * @param mirror         the code of the other side's act, coded as a second event with source and target swapped
 *                       and rule id {@code ID:mirror} (042 "X visited Y" is also 043 "Y hosted X"); empty for none
 */
public record EventPattern(String id, String code, Trigger trigger, Set<String> lemmas, Optional<Pattern> phrase,
                           Set<String> object, Set<String> complement, boolean ownComplement, Set<String> governor,
                           List<String> via,
                           boolean negated, String source, List<String> targets, boolean targetRequired,
                           Optional<String> mirror) {

    /** What kind of words fire a rule. */
    public enum Trigger { VERB, NOUN, PHRASE }

    public EventPattern {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(trigger, "trigger");
        lemmas = Set.copyOf(lemmas);
        Objects.requireNonNull(phrase, "phrase");
        object = Set.copyOf(object);
        complement = Set.copyOf(complement);
        governor = Set.copyOf(governor);
        via = List.copyOf(via);
        Objects.requireNonNull(source, "source");
        targets = List.copyOf(targets);
        Objects.requireNonNull(mirror, "mirror");
    }

    /** The rule id of the events a {@link #mirror} gives. */
    public String mirrorId() {
        return id + ":mirror";
    }
}
