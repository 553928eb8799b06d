package org.annals.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * Keeps the progress line at the bottom of a terminal on standard error, redrawn in place with a carriage return.
 * Driven from the thread that prints results, never from a timer, so it cannot interleave with them: it is wiped
 * before anything else is written to the same screen and drawn again after the next record.
 *
 * <p>Why not a progress-bar library: the well-kept one for the JVM (me.tongfei:progressbar) redraws from a thread
 * of its own and brings JLine to find the terminal's width, while this needs one line, drawn between two
 * results, from counts the batch already has: a hundred-odd lines here. Not thread-safe: one thread drives it.
 */
final class ProgressDisplay {

    /** The shortest time between two redraws when nothing forces one. */
    static final Duration REDRAW_INTERVAL = Duration.ofMillis(200);

    private final PrintWriter err;
    private final boolean enabled;
    private final boolean outOnSameScreen;
    private final OptionalLong totalBytes;
    private final LongSupplier nanoTime;
    private final long started;
    private long records;
    private long bytesDone;
    private int shownLength;
    private long lastDrawn;

    private ProgressDisplay(PrintWriter err, boolean enabled, boolean outOnSameScreen, OptionalLong totalBytes,
                            LongSupplier nanoTime) {
        this.err = err;
        this.enabled = enabled;
        this.outOnSameScreen = outOnSameScreen;
        this.totalBytes = totalBytes;
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
    }

    /**
     * A display on {@code err}, a terminal.
     *
     * @param outOnSameScreen standard output is the same terminal, so the line must make way for it too
     * @param totalBytes      the size of all inputs, when known (for the percentage and the time left)
     * @param nanoTime        the clock, {@code System::nanoTime} but in tests
     */
    static ProgressDisplay on(PrintWriter err, boolean outOnSameScreen, OptionalLong totalBytes, LongSupplier nanoTime) {
        return new ProgressDisplay(err, true, outOnSameScreen, totalBytes, nanoTime);
    }

    /** A display that shows nothing, for when standard error is not a terminal. */
    static ProgressDisplay off() {
        return new ProgressDisplay(new PrintWriter(Writer.nullWriter()), false, false, OptionalLong.empty(),
                () -> 0L);
    }

    /** One more record is done, and the input is read up to {@code bytesThrough}. */
    void recordDone(long bytesThrough) {
        records++;
        bytesDone = bytesThrough;
        long now = nanoTime.getAsLong();
        if (enabled && (shownLength == 0 || now - lastDrawn >= REDRAW_INTERVAL.toNanos())) {
            String line = ProgressLine.render(records, Duration.ofNanos(now - started), bytesDone, totalBytes);
            err.print("\r" + line + " ".repeat(Math.max(0, shownLength - line.length())));
            err.flush();
            shownLength = line.length();
            lastDrawn = now;
        }
    }

    /** Call before writing to standard error. */
    void beforeErr() {
        wipe();
    }

    /** Call before writing to standard output. */
    void beforeOut() {
        if (outOnSameScreen) {
            wipe();
        }
    }

    /** Wipes the line for good: the batch is over. */
    void finish() {
        wipe();
    }

    private void wipe() {
        if (shownLength > 0) {
            err.print("\r" + " ".repeat(shownLength) + "\r");
            err.flush();
            shownLength = 0;
        }
    }
}
