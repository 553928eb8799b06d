package org.annals.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an event happened, as precisely as the text says, and why we think so.
 *
 * @param value ISO 8601 at the precision known: {@code 2019-01-23}, {@code 2017-03} or {@code 2017}
 * @param from  the first day the value covers
 * @param to    the last day the value covers
 * @param basis how the date was found: {@code article-date}, {@code time-expression}, {@code context-year} ...
 */
public record EventDate(String value, LocalDate from, LocalDate to, String basis) {
    public EventDate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(basis, "basis");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("event date ends before it starts: " + from + " > " + to);
        }
    }

    public static EventDate ofDay(LocalDate day, String basis) {
        return new EventDate(day.toString(), day, day, basis);
    }

    public static EventDate ofYear(int year, String basis) {
        return new EventDate(String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), basis);
    }
}
