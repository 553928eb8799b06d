package org.annals.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code YYYY-MM-DD} dates that metadata carries. */
final class IsoDates {

    private static final Pattern EXACT = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    /** Metadata often carries a full timestamp; its calendar day is the part we use. */
    private static final Pattern LEADING = Pattern.compile("\\s*(\\d{4})-(\\d{2})-(\\d{2})(?:$|[^\\d].*)", Pattern.DOTALL);

    private IsoDates() {
    }

    /** The date when {@code value} is exactly a real {@code YYYY-MM-DD} date. */
    static Optional<LocalDate> exact(String value) {
        return toDate(EXACT.matcher(value.strip()));
    }

    /** The date {@code value} starts with, such as the day of {@code 2019-01-23T10:00:00Z}. */
    static Optional<LocalDate> leading(String value) {
        return toDate(LEADING.matcher(value));
    }

    private static Optional<LocalDate> toDate(Matcher m) {
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
