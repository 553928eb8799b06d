package org.annals.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.annals.model.Span;
import org.annals.nlp.AnnotatedText;
import org.annals.nlp.QuotationSpan;
import org.junit.jupiter.api.Test;

/**
 * Quotations of an article longer than one of the quote annotator's pieces: every copy of the sample in a long
 * article has the quotations the sample has alone, at the same place in its copy and in its own sentences.
 */
class LongArticleQuotationsTest {

    @Test
    void everyCopyOfTheSampleKeepsItsQuotations() throws IOException {
        String sample = Files.readString(Path.of("../samples/venezuela-2019-01-23.txt")).strip();
        LocalDate date = LocalDate.of(2019, 1, 23);
        AnnotatedText alone = SharedCoder.annotator().annotate(sample, date);
        assertFalse(alone.quotes().isEmpty(), "the sample has quotations");
        int copies = 6;
        String separator = "\n\n";
        AnnotatedText text = SharedCoder.annotator().annotate(
                String.join(separator, Collections.nCopies(copies, sample)), date);
        assertTrue(text.sentences().size() == copies * alone.sentences().size(),
                "the copies split alike: " + text.sentences().size());
        assertTrue(sample.length() * copies > 2 * 8_000, "the article spans several pieces");

        List<QuotationSpan> found = text.quotes();
        assertEquals(copies * alone.quotes().size(), found.size(), "quotations: " + found);
        for (int copy = 0; copy < copies; copy++) {
            int characters = copy * (sample.length() + separator.length());
            int sentences = copy * alone.sentences().size();
            for (int q = 0; q < alone.quotes().size(); q++) {
                QuotationSpan original = alone.quotes().get(q);
                QuotationSpan shifted = found.get(copy * alone.quotes().size() + q);
                assertEquals(new QuotationSpan(new Span(original.span().begin() + characters,
                                original.span().end() + characters), original.text(),
                                original.firstSentence() + sentences, original.lastSentence() + sentences),
                        shifted, "copy " + copy + ", quotation " + q);
            }
        }
    }
}
