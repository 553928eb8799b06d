package org.annals.model;

import java.util.Objects;

/**
 * A coded actor as it appears in one place of an article.
 *
 * @param code     the CAMEO actor code, such as {@code USAGOV} or {@code VENOPP}; {@code ---} marks an unknown country
 * @param text     the words of the mention, as written
 * @param name     the registry entry's name (or the text when the actor was coded from the text alone)
 * @param entryId  the id of the dictionary entry that gave the code, or {@code text:} plus how it was built
 * @param reason   why this code was chosen, for a person to check
 * @param sentence the sentence index of the mention
 * @param span     the mention's characters in the article text
 */
public record Actor(String code, String text, String name, String entryId, String reason, int sentence, Span span) {
    /** The country part of a code whose country is not known. */
    public static final String UNKNOWN_COUNTRY = "---";

    public Actor {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(span, "span");
        if (code.isBlank()) {
            throw new IllegalArgumentException("actor code must not be blank, text was '" + text + "'");
        }
    }

    /** The three-letter country or organisation part of the code, {@code ---} when unknown. */
    public String country() {
        return code.length() >= 3 ? code.substring(0, 3) : code;
    }
}
