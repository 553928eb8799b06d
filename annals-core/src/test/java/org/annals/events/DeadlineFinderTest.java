package org.annals.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeadlineFinderTest {
    private static final LocalDate DAY = LocalDate.of(2019, 1, 23);

    @Test
    void hours_roundUpToWholeDays() {
        assertEquals(Optional.of(LocalDate.of(2019, 1, 26)), DeadlineFinder.addDuration(DAY, "PT72H"));
        assertEquals(Optional.of(LocalDate.of(2019, 1, 25)), DeadlineFinder.addDuration(DAY, "PT25H"));
        assertEquals(Optional.of(LocalDate.of(2019, 1, 24)), DeadlineFinder.addDuration(DAY, "PT2H"));
    }

    @Test
    void daysWeeksMonths() {
        assertEquals(Optional.of(LocalDate.of(2019, 1, 30)), DeadlineFinder.addDuration(DAY, "P7D"));
        assertEquals(Optional.of(LocalDate.of(2019, 2, 6)), DeadlineFinder.addDuration(DAY, "P2W"));
        assertEquals(Optional.of(LocalDate.of(2019, 2, 23)), DeadlineFinder.addDuration(DAY, "P1M"));
    }

    @Test
    void vagueDurations_giveNoDeadline() {
        assertEquals(Optional.empty(), DeadlineFinder.addDuration(DAY, "PXY"));
        assertEquals(Optional.empty(), DeadlineFinder.addDuration(DAY, "P40Y3"));
    }
}
