package org.annals.nlp;

import java.util.List;

/**
 * A text after the NLP stage: its sentences and the quotations in it.
 *
 * @param sentences the sentences, in order
 * @param quotes    the quotations, in order
 */
public record AnnotatedText(List<AnnotatedSentence> sentences, List<QuotationSpan> quotes) {
    public AnnotatedText {
        sentences = List.copyOf(sentences);
        quotes = List.copyOf(quotes);
    }
}
