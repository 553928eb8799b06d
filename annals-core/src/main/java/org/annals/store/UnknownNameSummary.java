package org.annals.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.annals.model.UnknownName;

/**
 * One name the actor registry could not code, counted over every stored article (names compared without case
 * or accents).
 *
 * @param name     its most frequent spelling
 * @param kind     person or organisation, as most mentions have it
 * @param mentions how many times it is mentioned
 * @param articles in how many articles
 * @param codes    the codes the text suggested, most frequent first; empty when the text never gave one
 * @param entry    the registry entry that lists the name without a code for those days, if one does
 * @param examples a few mentions with their sentences, those the text coded first
 */
public record UnknownNameSummary(String name, UnknownName.Kind kind, long mentions, long articles,
                                 List<SuggestedCode> codes, Optional<String> entry, List<Example> examples) {

    /** A code the text suggested, and how many mentions suggested it. */
    public record SuggestedCode(String code, long mentions) {
        public SuggestedCode {
            Objects.requireNonNull(code, "code");
        }
    }

    /**
     * One mention as evidence.
     *
     * @param articleId   the article it is in
     * @param articleDate the article's date
     * @param sentence    the sentence's text
     * @param text        the words of the mention
     * @param code        the code the text gave this mention, if any
     * @param reason      why that code, or why none
     */
    public record Example(String articleId, LocalDate articleDate, String sentence, String text, Optional<String> code,
                          String reason) {
        public Example {
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(articleDate, "articleDate");
            Objects.requireNonNull(sentence, "sentence");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public UnknownNameSummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        codes = List.copyOf(codes);
        Objects.requireNonNull(entry, "entry");
        examples = List.copyOf(examples);
    }

    /** The code the text suggested most often, if it suggested any. */
    public Optional<String> suggestion() {
        return codes.isEmpty() ? Optional.empty() : Optional.of(codes.get(0).code());
    }
}
