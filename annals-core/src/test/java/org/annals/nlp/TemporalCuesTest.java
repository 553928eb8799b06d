package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TemporalCuesTest {

    @Test
    void monthAndDayNames_areCues_asWrittenWithOrWithoutPeriod() {
        assertTrue(TemporalCues.isCue("Thursday"));
        assertTrue(TemporalCues.isCue("Feb."));
        assertTrue(TemporalCues.isCue("May"));
        assertFalse(TemporalCues.isCue("may"), "the modal verb");
        assertFalse(TemporalCues.isCue("march"), "the verb");
    }

    @Test
    void calendarWords_areCues_inAnyCase() {
        assertTrue(TemporalCues.isCue("hours"));
        assertTrue(TemporalCues.isCue("Today"));
        assertTrue(TemporalCues.isCue("ago"));
    }

    @Test
    void yearsAndNumericDates_areCues_butCountsAreNot() {
        assertTrue(TemporalCues.isCue("2019"));
        assertTrue(TemporalCues.isCue("1990s"));
        assertTrue(TemporalCues.isCue("2019-01-23"));
        assertTrue(TemporalCues.isCue("10:30"));
        assertFalse(TemporalCues.isCue("72"));
        assertFalse(TemporalCues.isCue("12"));
        assertFalse(TemporalCues.isCue("5000"), "a four-digit count is no year");
    }

    @Test
    void ordinaryWords_areNotCues() {
        assertFalse(TemporalCues.isCue("protesters"));
        assertFalse(TemporalCues.isCue("Venezuela"));
    }
}
