package org.annals.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.annals.model.Event;
import org.annals.model.Modality;
import org.annals.pipeline.SharedCoder;
import org.junit.jupiter.api.Test;

/** Dates of events: the clause's own date, an earlier year the paragraph is anchored to, else the article date. */
class EventDatingTest {

    private static Event expulsion(String text) {
        List<Event> events = SharedCoder.code(text, "2019-02-26").events().stream()
                .filter(e -> e.code().equals("174")).toList();
        assertEquals(1, events.size(), events.toString());
        return events.get(0);
    }

    @Test
    void dateInTheClause_datesTheEvent_evenWithAnotherDateInTheSentence() {
        Event event = expulsion("Officials said on Monday that Colombia expelled two Venezuelan diplomats on 3 February.");
        assertEquals(LocalDate.of(2019, 2, 3), event.date().from(), event.date().toString());
    }

    @Test
    void aBareDayName_isTheNearestSuchDayOnTheSideTheTensePointsTo() {
        // The article is of Tuesday 26 February 2019.
        Event past = expulsion("Colombia expelled two Venezuelan diplomats on Friday.");
        assertEquals(LocalDate.of(2019, 2, 22), past.date().from(), past.date().toString());
        assertTrue(past.date().basis().contains("past tense"), past.date().toString());
        Event yesterday = expulsion("Colombia expelled two Venezuelan diplomats on Monday.");
        assertEquals(LocalDate.of(2019, 2, 25), yesterday.date().from(), yesterday.date().toString());
        Event future = expulsion("Colombia will expel two Venezuelan diplomats on Monday.");
        assertEquals(LocalDate.of(2019, 3, 4), future.date().from(), future.date().toString());
        // "last" and "next" say it themselves.
        Event next = expulsion("Colombia will expel two Venezuelan diplomats next Friday.");
        assertTrue(next.date().from().isAfter(LocalDate.of(2019, 2, 26)), next.date().toString());
    }

    @Test
    void simplePastInAParagraphAnchoredToAnEarlierYear_isDatedToThatYear() {
        Event event = expulsion("On Tuesday the ministry recalled that relations had broken down last year. "
                + "Colombia expelled two Venezuelan diplomats.");
        assertEquals("2018", event.date().value(), event.date().toString());
        assertTrue(event.modality().contains(Modality.HISTORICAL));
    }

    @Test
    void writtenEarlierYear_anchorsTheParagraphToo_butTheArticleYearDoesNot() {
        Event earlier = expulsion("Relations broke down in 2017. Colombia expelled two Venezuelan diplomats.");
        assertEquals("2017", earlier.date().value(), earlier.date().toString());
        Event current = expulsion("Relations broke down in January 2019. Colombia expelled two Venezuelan diplomats.");
        assertEquals(LocalDate.of(2019, 2, 26), current.date().from(), current.date().toString());
        assertFalse(current.modality().contains(Modality.HISTORICAL));
    }

    @Test
    void presentPerfect_reportsNewsAndKeepsTheArticleDate() {
        Event event = expulsion("Relations broke down in 2017. Colombia has expelled two Venezuelan diplomats.");
        assertEquals(LocalDate.of(2019, 2, 26), event.date().from(), event.date().toString());
    }
}
