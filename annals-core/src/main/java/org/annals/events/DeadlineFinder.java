package org.annals.events;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.nlp.SentenceGraph;
import org.annals.nlp.TimeExpression;

/**
 * Finds the deadline an act sets: "ordering our diplomats to leave ... within 72 hours" gives the event day
 * plus 72 hours, rounded up to whole days (2019-01-23 gives 2019-01-26); "by Friday" gives that Friday.
 * Only time expressions inside the act's own clause count, introduced by "within", "in" or "by".
 * Stateless and thread-safe.
 */
final class DeadlineFinder {
    private static final Set<String> MARKERS = Set.of("within", "in", "by");

    Optional<LocalDate> find(SentenceGraph graph, int trigger, LocalDate eventDay) {
        List<Integer> clause = graph.subtree(trigger, List.of("obl", "xcomp", "ccomp", "advcl", "obj", "nmod"));
        // SUTime runs only where a deadline can be: a window holding a word of the clause and a word a marker
        // introduces (its head, or the word after it).
        List<Integer> introduced = new ArrayList<>();
        for (int m = 0; m < graph.size(); m++) {
            if (MARKERS.contains(graph.token(m).lemma())) {
                introduced.addAll(graph.governors(m, "case"));
                introduced.add(m + 1);
            }
        }
        for (TimeExpression time : graph.sentence().timesNear(clause, introduced)) {
            if (!clause.contains(time.lastToken()) || !introducedByMarker(graph, time)) {
                continue;
            }
            Optional<LocalDate> deadline = switch (time.type()) {
                case "DURATION" -> addDuration(eventDay, time.value());
                case "DATE" -> day(time.value());
                default -> Optional.empty();
            };
            if (deadline.isPresent() && !deadline.get().isBefore(eventDay)) {
                return deadline;
            }
        }
        return Optional.empty();
    }

    private static boolean introducedByMarker(SentenceGraph graph, TimeExpression time) {
        for (int t = time.firstToken(); t <= time.lastToken(); t++) {
            if (graph.hasChild(t, "case", MARKERS::contains)) {
                return true;
            }
        }
        return time.firstToken() > 0 && MARKERS.contains(graph.token(time.firstToken() - 1).lemma());
    }

    /** The day a duration such as {@code PT72H}, {@code P3D} or {@code P1W} after {@code day} ends, rounded up. */
    static Optional<LocalDate> addDuration(LocalDate day, String iso) {
        try {
            if (iso.startsWith("PT")) {
                Duration d = Duration.parse(iso);
                long days = (d.toHours() + 23) / 24;
                return Optional.of(day.plusDays(Math.max(days, d.isZero() ? 0 : 1)));
            }
            if (iso.matches("P\\d+[DWMY]")) {
                return Optional.of(day.plus(Period.parse(iso)));
            }
        } catch (DateTimeParseException | ArithmeticException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> day(String value) {
        try {
            return value.matches("\\d{4}-\\d{2}-\\d{2}") ? Optional.of(LocalDate.parse(value)) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
