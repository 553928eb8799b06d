package org.annals.events;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One rule of a PETRARCH/TABARI verb dictionary: a verb, the words around it, and the code it gives.
 *
 * @param id       where it was read, {@code file:line}; the rule id of the events it codes
 * @param verb     the verb's forms: its base form (upper case, matched against a token's lemma) and any irregular
 *                 forms (matched against the token as written)
 * @param elements the pattern in sentence order, with exactly one {@link Element.Kind#VERB}; a verb's default
 *                 rule is the verb alone
 * @param code     the event code, absent for {@code [---]} (the verb codes nothing by itself)
 * @param mirror   the code of the second, reversed event of a paired code {@code [032:033]}
 */
public record PetrarchVerbPattern(String id, VerbForms verb, List<Element> elements, Optional<String> code,
                                  Optional<String> mirror) {
    public PetrarchVerbPattern {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(verb, "verb");
        elements = List.copyOf(elements);
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(mirror, "mirror");
        if (elements.stream().filter(e -> e.kind() == Element.Kind.VERB).count() != 1) {
            throw new IllegalArgumentException("a pattern has exactly one verb, got " + elements);
        }
    }

    /** How many elements besides the verb: the more, the more specific the rule (PETRARCH prefers it). */
    public int specificity() {
        return elements.size() - 1;
    }

    /**
     * A verb of a dictionary block.
     *
     * @param base      the base form, upper case ({@code BREAK})
     * @param irregular written forms that are not regular ({@code BROKE}, {@code BROKEN})
     */
    public record VerbForms(String base, List<String> irregular) {
        public VerbForms {
            Objects.requireNonNull(base, "base");
            irregular = List.copyOf(irregular);
        }
    }

    /**
     * One element of a pattern.
     *
     * @param kind     what it matches
     * @param text     the upper-case word, or the synset's name without {@code &}; empty for the other kinds
     * @param joinNext whether the next element must follow immediately ({@code _} in the dictionary)
     */
    public record Element(Kind kind, String text, boolean joinNext) {
        /** What an element matches. */
        public enum Kind {
            /** a word, by its written form or its lemma */
            WORD,
            /** any member of a synset ({@code &NAME}) */
            SYNSET,
            /** the verb ({@code *}) */
            VERB,
            /** an actor that is the event's source ({@code $}) */
            SOURCE,
            /** an actor that is the event's target ({@code +}) */
            TARGET,
            /** coordinated actors that act on each other ({@code %}) */
            COMPOUND,
            /** a skipped phrase ({@code ^}); with free gaps between elements it constrains nothing */
            SKIP
        }

        public Element {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
        }
    }
}
