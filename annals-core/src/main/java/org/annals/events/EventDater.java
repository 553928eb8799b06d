package org.annals.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.annals.model.EventDate;
import org.annals.nlp.AnnotatedSentence;
import org.annals.nlp.AnnotatedText;
import org.annals.nlp.SentenceGraph;
import org.annals.nlp.TimeExpression;
import org.annals.nlp.Token;

/**
 * Dates an event.
 *
 * <p>Design note: news is written from the article date, but not every past-tense verb happened that day.
 * <ol>
 *   <li>A date the clause itself gives ("on Monday", "in 2017", "today"), resolved by SUTime against the
 *   article date, wins.</li>
 *   <li>A verb in the simple past, in a paragraph that has already anchored itself to an earlier year
 *   ("Venezuela's 2017 elections ... The U.S. responded with sanctions"), is dated to that year: background
 *   paragraphs narrate in the simple past, while the present perfect ("has promised") reports news.</li>
 *   <li>Otherwise the event is dated to the article date.</li>
 * </ol>
 * Stateless and thread-safe.
 */
final class EventDater {
    /** The start of the basis of dates taken from an earlier year named in the paragraph. */
    static final String CONTEXT_YEAR = "context year";

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d{2}");
    private static final Set<String> YEAR_UNITS = Set.of("year", "decade", "century");
    private static final Pattern BARE_DAY_NAME = Pattern.compile(
            "(?i)(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (?:morning|afternoon|evening|night))?");

    EventDate date(AnnotatedText text, SentenceGraph graph, int verb, LocalDate articleDate) {
        AnnotatedSentence sentence = graph.sentence();
        List<Integer> clause = graph.subtree(verb, List.of("obl", "advmod", "nmod"));
        for (TimeExpression time : sentence.timesNear(clause)) {
            if (!time.type().equals("DATE") || !inClause(time, clause)) {
                continue;
            }
            Optional<EventDate> parsed = parse(time.value(), "time expression '" + time.text() + "'");
            if (parsed.isPresent()) {
                return byTense(parsed.get(), time, graph, verb, articleDate);
            }
        }
        Token head = graph.token(verb);
        boolean simplePast = head.tag().equals("VBD")
                && !graph.hasChild(verb, "aux", lemma -> lemma.equals("have") || lemma.equals("will"));
        if (simplePast) {
            for (int s = sentence.index(); s >= 0; s--) {
                AnnotatedSentence earlier = text.sentences().get(s);
                if (earlier.paragraph() != sentence.paragraph()) {
                    break;
                }
                Optional<Integer> year = yearIn(earlier);
                if (year.isPresent() && year.get() < articleDate.getYear()) {
                    return EventDate.ofYear(year.get(), CONTEXT_YEAR + " " + year.get() + " (sentence " + s + ")");
                }
            }
        }
        return EventDate.ofDay(articleDate, "article date");
    }

    /**
     * A bare day name is the nearest such day on the side of the article date the verb's tense points to. SUTime
     * reads "Tuesday" as the Tuesday of the article's week, which for a Monday article is tomorrow: "troops fired
     * on protesters on Tuesday" happened six days before, "will meet on Monday" in a Wednesday article five days
     * after. A day name with "last", "next" or "this", or a written date, is taken as SUTime resolves it.
     */
    private static EventDate byTense(EventDate date, TimeExpression time, SentenceGraph graph, int verb,
                                     LocalDate articleDate) {
        if (!BARE_DAY_NAME.matcher(time.text()).matches() || !date.from().equals(date.to())) {
            return date;
        }
        LocalDate day = date.from();
        if (day.isAfter(articleDate) && isPast(graph, verb)) {
            return EventDate.ofDay(day.minusWeeks(1), date.basis() + ", the one before the article date (past tense)");
        }
        if (day.isBefore(articleDate) && isFuture(graph, verb)) {
            return EventDate.ofDay(day.plusWeeks(1), date.basis() + ", the one after the article date (future)");
        }
        return date;
    }

    /** A verb in the simple past, or with a past auxiliary ("had fired", "was attacked", "did not say"). */
    private static boolean isPast(SentenceGraph graph, int verb) {
        if (graph.token(verb).tag().equals("VBD")) {
            return !isFuture(graph, verb);
        }
        return graph.edgesFrom(verb).stream().anyMatch(d -> d.baseRelation().startsWith("aux")
                && graph.token(d.dependent()).tag().equals("VBD"));
    }

    private static boolean isFuture(SentenceGraph graph, int verb) {
        return graph.hasChild(verb, "aux", lemma -> lemma.equals("will") || lemma.equals("shall"));
    }

    /**
     * Whether any word of the expression is in the clause: its head is, but its first word need not be ("20" in
     * "on 20 January 2019" hangs from "January" as a number, a relation the clause does not follow).
     */
    private static boolean inClause(TimeExpression time, List<Integer> clause) {
        for (int t = time.firstToken(); t <= time.lastToken(); t++) {
            if (clause.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first year a sentence names, written ("in 2017") or counted in years ("last year", "a decade ago").
     * Dates are found only when asked for (SentenceTimes), and looking back through a paragraph asks about every
     * sentence in it; SUTime runs only around the words that count in years, since a written year is read from the
     * words themselves and no other expression (a day name, "last week") names an earlier year.
     */
    private static Optional<Integer> yearIn(AnnotatedSentence sentence) {
        List<Integer> yearUnits = new ArrayList<>();
        Optional<Integer> first = Optional.empty();
        int firstAt = Integer.MAX_VALUE;
        for (Token token : sentence.tokens()) {
            if (YEAR_UNITS.contains(token.lemma())) {
                yearUnits.add(token.index());
            } else if (firstAt == Integer.MAX_VALUE && token.tag().equals("CD") && YEAR.matcher(token.word()).matches()) {
                first = Optional.of(Integer.parseInt(token.word()));
                firstAt = token.index();
            }
        }
        for (TimeExpression time : yearUnits.isEmpty() ? List.<TimeExpression>of() : sentence.timesNear(yearUnits)) {
            if (time.firstToken() < firstAt && time.type().equals("DATE") && time.value().length() >= 4
                    && YEAR.matcher(time.value().substring(0, 4)).matches()
                    && yearUnits.stream().anyMatch(t -> time.firstToken() <= t && t <= time.lastToken())) {
                return Optional.of(Integer.parseInt(time.value().substring(0, 4)));
            }
        }
        return first;
    }

    private static Optional<EventDate> parse(String value, String basis) {
        try {
            if (DAY.matcher(value).matches()) {
                return Optional.of(EventDate.ofDay(LocalDate.parse(value), basis));
            }
            if (MONTH.matcher(value).matches()) {
                YearMonth month = YearMonth.parse(value);
                return Optional.of(new EventDate(value, month.atDay(1), month.atEndOfMonth(), basis));
            }
            if (YEAR.matcher(value).matches()) {
                return Optional.of(EventDate.ofYear(Integer.parseInt(value), basis));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
