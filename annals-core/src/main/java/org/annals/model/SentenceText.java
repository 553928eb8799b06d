package org.annals.model;

import java.util.Objects;

/**
 * A sentence of an article, kept so that every event and quote can point back to it.
 *
 * @param index     the sentence's position in the article, from 0
 * @param paragraph the paragraph it belongs to, from 0
 * @param span      its characters in the article text
 * @param text      its words
 */
public record SentenceText(int index, int paragraph, Span span, String text) {
    public SentenceText {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}
