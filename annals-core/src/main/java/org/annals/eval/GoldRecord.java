package org.annals.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One labelled text: {@code {"id", "date", "text", "events": [{"source", "target", "code"}]}}.
 *
 * @param id     its id
 * @param date   the date it speaks from
 * @param text   the text to code
 * @param events the events a person coded in it; empty for a text with none
 */
public record GoldRecord(String id, LocalDate date, String text, List<GoldEvent> events) {
    public GoldRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        events = List.copyOf(events);
    }
}
