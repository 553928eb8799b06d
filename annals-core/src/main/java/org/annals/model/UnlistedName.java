package org.annals.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A person or organisation named in an article that no registry entry lists: CoreNLP tagged the words as a
 * name, and the actor registry (built-in, imported or the user's overlay) has no entry for them. Recorded for
 * every mention, coded from the text or not, so that the names worth adding to the registry can be counted
 * across articles ({@code annals actors unknown}).
 *
 * @param name     the name as first written in full in the article ("Gladys Ibarra" for a later "Ibarra")
 * @param kind     whether a person or an organisation is named
 * @param text     the words of this mention
 * @param code     the actor code the text gave it (a title, a demonym, an apposition, an earlier mention);
 *                 empty when the text gave none
 * @param reason   why that code, or why none, for a person to check
 * @param sentence the sentence index of the mention
 * @param span     the mention's characters in the article text
 */
public record UnlistedName(String name, Kind kind, String text, Optional<String> code, String reason, int sentence,
                           Span span) {

    /** What an unlisted name names. */
    public enum Kind { PERSON, ORGANIZATION }

    public UnlistedName {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(span, "span");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an unlisted name must not be blank, text was '" + text + "'");
        }
    }
}
