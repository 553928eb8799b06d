package org.annals.nlp;

import java.util.Objects;
import org.annals.model.Span;

/**
 * A quotation found in the text, before anyone is credited with it.
 *
 * @param span          its characters, quotation marks included
 * @param text          its words, without the outer quotation marks
 * @param firstSentence the index of the sentence where it starts
 * @param lastSentence  the index of the sentence where it ends
 */
public record QuotationSpan(Span span, String text, int firstSentence, int lastSentence) {
    public QuotationSpan {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}
