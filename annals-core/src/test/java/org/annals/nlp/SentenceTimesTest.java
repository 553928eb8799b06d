package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.annals.pipeline.SharedCoder;
import org.annals.model.CodedArticle;
import org.junit.jupiter.api.Test;

/** Dates are found only for the sentences someone asks about, once, with the same answer as before. */
class SentenceTimesTest {

    @Test
    void deferredFinder_runsOnceAndOnlyWhenAsked() {
        AtomicInteger runs = new AtomicInteger();
        SentenceTimes times = SentenceTimes.deferred(() -> {
            runs.incrementAndGet();
            return List.of(new TimeExpression(0, 1, "last week", "DATE", "2019-W03"));
        });
        assertFalse(times.resolved());
        assertEquals(0, runs.get());
        assertEquals("2019-W03", times.get().get(0).value());
        assertEquals("2019-W03", times.get().get(0).value());
        assertEquals(1, runs.get());
        assertTrue(times.resolved());
    }

    @Test
    void annotatedText_findsDatesLateButTheSameDates() {
        AnnotatedText text = SharedCoder.annotator().annotate(
                "Talks resumed on 3 March 2019 in Oslo.\n\nThe weather was mild.", LocalDate.of(2019, 3, 5));
        assertEquals(2, text.sentences().size());
        text.sentences().forEach(s -> assertFalse(s.timeSource().resolved(), "dates found before anyone asked"));
        List<TimeExpression> first = text.sentences().get(0).times();
        assertEquals(1, first.size(), first.toString());
        assertEquals("2019-03-03", first.get(0).value());
        assertTrue(text.sentences().get(0).timeSource().resolved());
        assertFalse(text.sentences().get(1).timeSource().resolved());
        assertTrue(text.sentences().get(1).times().isEmpty());
    }

    @Test
    void codedEvents_stillCarryTheirDates() {
        CodedArticle coded = SharedCoder.code(
                "Venezuela expelled the Colombian ambassador on 20 January 2019.", "2019-01-23");
        assertFalse(coded.events().isEmpty(), coded.toString());
        assertEquals(LocalDate.of(2019, 1, 20), coded.events().get(0).date().from(), coded.events().toString());
    }
}
