package org.annals.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The text of the progress line: records done, records per second, how much of the input is read and the time
 * left. Pure, so that it is tested without a terminal.
 *
 * <p>The time left comes from bytes, not records: the number of records is not known until every input is read
 * (a JSON Lines file, a feed or an archive holds many), while the total size of the input files is known at the
 * start. Time left = time so far × bytes left / bytes done, which assumes the bytes still to come cost what the
 * ones before did. With standard input among the inputs there is no total, and no estimate.
 */
final class ProgressLine {

    private ProgressLine() {
    }

    /**
     * @param records    records handed out so far
     * @param elapsed    time since coding started
     * @param bytesDone  input bytes up to the end of the last record handed out
     * @param totalBytes the size of all inputs, when known
     */
    static String render(long records, Duration elapsed, long bytesDone, OptionalLong totalBytes) {
        double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-9);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%,d records, %.2f/s", records,
                records / seconds));
        if (totalBytes.isPresent() && totalBytes.getAsLong() > 0) {
            long total = totalBytes.getAsLong();
            long done = Math.min(bytesDone, total);
            line.append(String.format(Locale.ROOT, ", %d%% of %s", 100 * done / total, size(total)));
            if (done > 0) {
                long secondsLeft = Math.round(seconds * (total - done) / done);
                line.append(", ETA ").append(duration(secondsLeft));
            }
        }
        return line.toString();
    }

    static String size(long bytes) {
        if (bytes < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f kB", bytes / 1e3);
        }
        if (bytes < 1_000_000_000) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
        }
        return String.format(Locale.ROOT, "%.2f GB", bytes / 1e9);
    }

    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60);
    }
}
