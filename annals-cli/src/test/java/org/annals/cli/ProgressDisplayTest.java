package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The line is drawn in place, at most every 200 ms, and wiped before anything else reaches the same screen. */
class ProgressDisplayTest {
    private final StringWriter err = new StringWriter();
    private long now = 1_000_000_000L;

    private ProgressDisplay display(boolean outOnSameScreen) {
        return ProgressDisplay.on(new PrintWriter(err), outOnSameScreen, OptionalLong.of(1_000), () -> now);
    }

    private String take() {
        String written = err.toString();
        err.getBuffer().setLength(0);
        return written;
    }

    @Test
    void firstRecord_drawsTheLineInPlace() {
        ProgressDisplay display = display(false);
        now += 2_000_000_000L;
        display.recordDone(500);
        assertEquals("\r1 records, 0.50/s, 50% of 1.0 kB, ETA 2s", take());
    }

    @Test
    void redraws_areThrottled_andAShorterLineCoversTheLongerOne() {
        ProgressDisplay display = display(false);
        now += 1_000_000_000L;
        display.recordDone(10);
        assertEquals("\r1 records, 1.00/s, 1% of 1.0 kB, ETA 1m39s", take());
        now += 50_000_000L;
        display.recordDone(200);
        assertEquals("", take(), "within 200 ms of the last draw nothing is written");
        now += 200_000_000L;
        display.recordDone(1_000);
        assertEquals("\r3 records, 2.40/s, 100% of 1.0 kB, ETA 0s ", take(),
                "padded with a space to cover the end of the longer line before");
    }

    @Test
    void line_isWipedBeforeErrorsAndRedrawnAtTheNextRecord() {
        ProgressDisplay display = display(false);
        display.recordDone(100);
        String line = take().substring(1);
        display.beforeErr();
        assertEquals("\r" + " ".repeat(line.length()) + "\r", take());
        display.beforeErr();
        assertEquals("", take(), "nothing to wipe twice");
        now += 1_000_000L;
        display.recordDone(200);
        assertTrue(take().startsWith("\r2 records"), "drawn again at once after a wipe");
    }

    @Test
    void standardOutput_makesTheLineGiveWayOnlyWhenItSharesTheScreen() {
        ProgressDisplay elsewhere = display(false);
        elsewhere.recordDone(100);
        take();
        elsewhere.beforeOut();
        assertEquals("", take(), "output to a file or pipe leaves the line alone");

        ProgressDisplay sameScreen = display(true);
        sameScreen.recordDone(100);
        take();
        sameScreen.beforeOut();
        assertTrue(take().startsWith("\r "), "output to the same terminal wipes it first");
    }

    @Test
    void finish_leavesACleanLine_andOffWritesNothing() {
        ProgressDisplay display = display(true);
        display.recordDone(100);
        int length = take().length() - 1;
        display.finish();
        assertEquals("\r" + " ".repeat(length) + "\r", take());

        ProgressDisplay off = ProgressDisplay.off();
        off.recordDone(100);
        off.beforeErr();
        off.finish();
        assertEquals("", take());
    }
}
