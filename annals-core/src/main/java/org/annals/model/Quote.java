package org.annals.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Words the article reports as spoken or written by someone.
 *
 * @param text     the quoted words, without the quotation marks
 * @param span     the quotation's characters in the article text, marks included
 * @param sentence the index of the sentence where the quotation starts
 * @param speaker  who said it, when the article says so
 */
public record Quote(String text, Span span, int sentence, Optional<Speaker> speaker) {
    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(speaker, "speaker");
    }

    /**
     * The person or body a quotation is attributed to.
     *
     * @param name   the speaker's fullest name in the article
     * @param code   the speaker's actor code, {@code ---} when it could not be coded
     * @param reason how the attribution was made
     */
    public record Speaker(String name, String code, String reason) {
        public Speaker {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
