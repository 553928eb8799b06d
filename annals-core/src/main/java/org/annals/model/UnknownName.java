package org.annals.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A person or organisation named in an article whom the actor registry could not code on the article's date:
 * no entry (built-in, imported or the user's overlay) lists the name, or the entry that does has no code that
 * day (a person whose last known role ended). Recorded for every mention, whether the text gave a code or not,
 * so that the names worth adding to the registry can be counted across articles ({@code annals actors unknown}).
 *
 * @param name     the name as first written in full in the article ("Gladys Ibarra" for a later "Ibarra")
 * @param kind     whether a person or an organisation is named
 * @param text     the words of this mention
 * @param code     the actor code the text gave it (a title, a demonym, an apposition, an earlier mention);
 *                 empty when the text gave none
 * @param entry    the id of the registry entry that lists the name without a code for the day; empty when
 *                 no entry lists it
 * @param reason   why that code, or why none, for a person to check
 * @param sentence the sentence index of the mention
 * @param span     the mention's characters in the article text
 */
public record UnknownName(String name, Kind kind, String text, Optional<String> code, Optional<String> entry,
                          String reason, int sentence, Span span) {

    /** What an unknown name names. */
    public enum Kind { PERSON, ORGANIZATION }

    public UnknownName {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(span, "span");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an unknown name must not be blank, text was '" + text + "'");
        }
    }
}
