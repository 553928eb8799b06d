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
    void deferredFinder_runsOnceAWindowAndOnlyForTheWindowsAskedAbout() {
        AtomicInteger runs = new AtomicInteger();
        SentenceTimes times = SentenceTimes.deferred(
                List.of(new TimeFinder.Window(0, 5), new TimeFinder.Window(9, 14)), window -> {
                    runs.incrementAndGet();
                    return List.of(new TimeExpression(window.begin() + 1, window.begin() + 2, "last week", "DATE",
                            "window at " + window.begin()));
                });
        assertEquals(0, times.windowsLookedAt());
        assertEquals(List.of(), times.touching(List.of(6, 7, 8), List.of(6, 7, 8)), "no window holds tokens 6-8");
        assertEquals(0, runs.get());
        assertEquals("window at 9", times.touching(List.of(7, 10), List.of(11)).get(0).value());
        assertEquals(1, runs.get());
        assertEquals(2, times.get().size());
        assertEquals("window at 0", times.get().get(0).value(), "in the sentence's order");
        assertEquals(List.of(), times.touching(List.of(0), List.of(12)), "no one window holds both");
        times.touching(List.of(0, 12), List.of(1));
        assertEquals(2, runs.get(), "each window once");
        assertEquals(2, times.windowsLookedAt());
    }

    @Test
    void annotatedText_findsDatesLateButTheSameDates() {
        AnnotatedText text = SharedCoder.annotator().annotate(
                "Talks resumed on 3 March 2019 in Oslo.\n\nThe weather was mild.", LocalDate.of(2019, 3, 5));
        assertEquals(2, text.sentences().size());
        text.sentences().forEach(s -> assertEquals(0, s.timeSource().windowsLookedAt(), "dates found before anyone asked"));
        List<TimeExpression> first = text.sentences().get(0).times();
        assertEquals(1, first.size(), first.toString());
        assertEquals("2019-03-03", first.get(0).value());
        assertEquals(1, text.sentences().get(0).timeSource().windowsLookedAt());
        assertEquals(0, text.sentences().get(1).timeSource().windows(), "no temporal cue, no window");
        assertTrue(text.sentences().get(1).times().isEmpty());
    }

    @Test
    void datesNearSomeWords_runSutimeOnlyOnTheirWindow_andFindWhatTheWholeSentenceGives() {
        String sentence = "A monitor said on Thursday that government troops had again shelled the northern town of "
                + "Idlib on Wednesday.";
        AnnotatedSentence asked = SharedCoder.annotator().annotate(sentence, LocalDate.of(2019, 1, 25)).sentences().get(0);
        assertEquals(2, asked.timeSource().windows(), "a window around each day name");
        List<TimeExpression> near = asked.timesNear(List.of(9, 15, 16, 17));
        assertEquals(1, near.size(), near.toString());
        assertEquals("2019-01-23", near.get(0).value(), "Wednesday");
        assertEquals(1, asked.timeSource().windowsLookedAt(), "SUTime never saw 'said on Thursday'");
        AnnotatedSentence whole = SharedCoder.annotator().annotate(sentence, LocalDate.of(2019, 1, 25)).sentences().get(0);
        assertTrue(whole.times().containsAll(near), whole.times().toString());
        assertEquals(2, whole.times().size(), whole.times().toString());
    }

    @Test
    void codedEvents_stillCarryTheirDates() {
        CodedArticle coded = SharedCoder.code(
                "Venezuela expelled the Colombian ambassador on 20 January 2019.", "2019-01-23");
        assertFalse(coded.events().isEmpty(), coded.toString());
        assertEquals(LocalDate.of(2019, 1, 20), coded.events().get(0).date().from(), coded.events().toString());
    }
}
