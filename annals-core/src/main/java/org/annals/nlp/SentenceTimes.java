package org.annals.nlp;

import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The time expressions of one sentence, found the first time someone asks for them, window by window.
 *
 * <p>Design note. Only the event stage reads dates: those in the clause of an event's verb, and for an event in
 * the simple past a year named in the earlier sentences of its paragraph. Most sentences hold no event, and in
 * those that do, a date outside the event's clause ("a monitor said on Thursday") is never read; yet SUTime's
 * cost grows with the words it is given. So SUTime runs on the windows around a sentence's temporal cues
 * ({@link TimeFinder}) only when someone asks for the expressions touching words of those windows, at most
 * once a window, on the thread that codes the article. Windows do not overlap and SUTime sees each alone, so the
 * answer is the same whichever windows were looked at before.
 */
public final class SentenceTimes {
    private static final SentenceTimes NONE = new SentenceTimes(List.of());

    private final List<TimeExpression> known;
    private final List<TimeFinder.Window> windows;
    private final Function<TimeFinder.Window, List<TimeExpression>> finder;
    private final List<List<TimeExpression>> found;

    private SentenceTimes(List<TimeExpression> known) {
        this.known = List.copyOf(known);
        this.windows = List.of();
        this.finder = null;
        this.found = List.of();
    }

    private SentenceTimes(List<TimeFinder.Window> windows, Function<TimeFinder.Window, List<TimeExpression>> finder) {
        this.known = List.of();
        this.windows = List.copyOf(windows);
        this.finder = Objects.requireNonNull(finder, "finder");
        this.found = new ArrayList<>(windows.size());
        for (int i = 0; i < windows.size(); i++) {
            found.add(null);
        }
    }

    /** Time expressions already known. */
    public static SentenceTimes of(List<TimeExpression> times) {
        return times.isEmpty() ? NONE : new SentenceTimes(times);
    }

    /** Time expressions that {@code finder} finds in each of {@code windows} when first asked. */
    static SentenceTimes deferred(List<TimeFinder.Window> windows,
                                  Function<TimeFinder.Window, List<TimeExpression>> finder) {
        return windows.isEmpty() ? NONE : new SentenceTimes(windows, finder);
    }

    /** The sentence's time expressions, in order. */
    public synchronized List<TimeExpression> get() {
        List<TimeExpression> all = new ArrayList<>(known);
        for (int w = 0; w < windows.size(); w++) {
            all.addAll(in(w));
        }
        return all;
    }

    /**
     * The expressions of the windows that hold any of {@code tokens} and any of {@code others}, in order: every
     * expression with a word among each, and perhaps others near them (callers keep those they want).
     */
    public synchronized List<TimeExpression> touching(Collection<Integer> tokens, Collection<Integer> others) {
        List<TimeExpression> near = new ArrayList<>(known);
        for (int w = 0; w < windows.size(); w++) {
            TimeFinder.Window window = windows.get(w);
            if (window.touches(tokens) && (others == tokens || window.touches(others))) {
                near.addAll(in(w));
            }
        }
        return near;
    }

    private List<TimeExpression> in(int w) {
        List<TimeExpression> times = found.get(w);
        if (times == null) {
            try {
                times = List.copyOf(finder.apply(windows.get(w)));
            } catch (RuntimeInterruptedException e) {
                // The article's time is up: its result is thrown away, so an empty answer is not kept as the truth.
                Thread.currentThread().interrupt();
                return List.of();
            }
            found.set(w, times);
        }
        return times;
    }

    /** How many of the sentence's windows SUTime has been run on (for tests of the deferral). */
    synchronized int windowsLookedAt() {
        return (int) found.stream().filter(Objects::nonNull).count();
    }

    /** How many windows around temporal cues the sentence has. */
    int windows() {
        return windows.size();
    }
}
