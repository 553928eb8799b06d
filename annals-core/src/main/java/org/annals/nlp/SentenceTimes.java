package org.annals.nlp;

import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The time expressions of one sentence, found the first time someone asks for them.
 *
 * <p>Design note. Only the event stage reads dates: the sentence of an event, and for an event in the simple past
 * the earlier sentences of its paragraph (a year named there). Most sentences hold no event, yet running SUTime
 * over every sentence was a fifth of the NLP time; deferring it to the sentences the event stage asks about gives
 * the same dates for a fraction of the cost. The finder runs at most once, on the thread that codes the article.
 */
public final class SentenceTimes {
    private static final SentenceTimes NONE = new SentenceTimes(List.of());

    private Supplier<List<TimeExpression>> finder;
    private List<TimeExpression> found;

    private SentenceTimes(List<TimeExpression> found) {
        this.found = List.copyOf(found);
    }

    private SentenceTimes(Supplier<List<TimeExpression>> finder) {
        this.finder = Objects.requireNonNull(finder, "finder");
    }

    /** Time expressions already known. */
    public static SentenceTimes of(List<TimeExpression> times) {
        return times.isEmpty() ? NONE : new SentenceTimes(times);
    }

    /** Time expressions that {@code finder} finds when first asked. */
    static SentenceTimes deferred(Supplier<List<TimeExpression>> finder) {
        return new SentenceTimes(finder);
    }

    /** The sentence's time expressions, in order. */
    public synchronized List<TimeExpression> get() {
        if (found == null) {
            try {
                found = List.copyOf(finder.get());
            } catch (RuntimeInterruptedException e) {
                // The article's time is up: its result is thrown away, so an empty answer is not kept as the truth.
                Thread.currentThread().interrupt();
                return List.of();
            }
            finder = null;
        }
        return found;
    }

    /** Whether the expressions have been looked for (for tests of the deferral). */
    synchronized boolean resolved() {
        return found != null;
    }
}
