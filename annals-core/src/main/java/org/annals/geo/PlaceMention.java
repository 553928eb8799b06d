package org.annals.geo;

import java.util.Objects;
import org.annals.model.Place;
import org.annals.model.Span;

/**
 * One place named in a document and the namesake chosen for it, with the evidence: where the name is, what it
 * matched and why this namesake won.
 *
 * @param sentence   the sentence index
 * @param firstToken the first token of the name
 * @param tokenCount how many tokens the name has
 * @param span       the name's characters in the article text
 * @param text       the name as written
 * @param place      the namesake chosen
 * @param reason     why it was chosen ({@code region named in the sentence}, {@code country named in the
 *                   sentence}, {@code article focus}, {@code capital}, {@code most populous})
 */
public record PlaceMention(int sentence, int firstToken, int tokenCount, Span span, String text, Place place,
                           String reason) {
    public PlaceMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(reason, "reason");
        if (tokenCount < 1) {
            throw new IllegalArgumentException("a place name has at least one token, got " + tokenCount);
        }
    }
}
