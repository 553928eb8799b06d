package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    @Test
    void quarterOfTheBytesInOneMinute_leavesThreeMinutes() {
        assertEquals("150 records, 2.50/s, 25% of 4.0 MB, ETA 3m00s",
                ProgressLine.render(150, Duration.ofSeconds(60), 1_000_000, OptionalLong.of(4_000_000)));
    }

    @Test
    void timeLeft_followsBytesNotRecords() {
        // Ten records read, but they were one small file of a large input: most of the time is still to come.
        assertEquals("10 records, 1.00/s, 1% of 1.00 GB, ETA 16m30s",
                ProgressLine.render(10, Duration.ofSeconds(10), 10_000_000, OptionalLong.of(1_000_000_000)));
    }

    @Test
    void withoutATotal_showsNoShareAndNoEstimate() {
        assertEquals("3 records, 0.50/s", ProgressLine.render(3, Duration.ofSeconds(6), 0, OptionalLong.empty()));
    }

    @Test
    void nothingReadYet_showsNoEstimate() {
        assertEquals("1 records, 1.00/s, 0% of 2.0 kB",
                ProgressLine.render(1, Duration.ofSeconds(1), 0, OptionalLong.of(2_000)));
    }

    @Test
    void bytesBeyondTheTotal_areCappedAtTheEnd() {
        assertEquals("4 records, 2.00/s, 100% of 1.0 kB, ETA 0s",
                ProgressLine.render(4, Duration.ofSeconds(2), 5_000, OptionalLong.of(1_000)));
    }

    @Test
    void durations_readAsHoursMinutesSeconds() {
        assertEquals("59s", ProgressLine.duration(59));
        assertEquals("1m00s", ProgressLine.duration(60));
        assertEquals("2h05m", ProgressLine.duration(2 * 3600 + 5 * 60 + 9));
    }
}
