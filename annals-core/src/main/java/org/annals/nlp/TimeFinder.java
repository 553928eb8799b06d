package org.annals.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;

/**
 * Finds and resolves time expressions with SUTime, in windows of a sentence around its temporal cues.
 *
 * <p>Design note. SUTime tries each of its several hundred token-sequence rules at every token of what it is
 * given, so its cost grows with the words it sees, not with the dates it finds; run over whole sentences it was
 * the largest cost of the pipeline. A time expression always contains a cue ({@link TemporalCues}: a year, a
 * month or day name, a calendar unit, a deictic word), and its words lie close to that cue, so SUTime sees only
 * the words within {@value #REACH} tokens of a cue, windows that touch being merged. Resolution is unchanged:
 * relative expressions ("today", "last week") are resolved against the document date as before.
 *
 * <p>Thread-safe: SUTime's extractor keeps no state between calls.
 */
final class TimeFinder {
    /** Tokens kept on each side of a cue: "the first week of March 2019" reaches three tokens from "week". */
    static final int REACH = 4;

    private final TimeAnnotator sutime;

    TimeFinder(Properties properties) {
        this.sutime = new TimeAnnotator("sutime", properties, true);
    }

    /**
     * The stretches of a sentence SUTime is run on, {@code [begin, end)} in token indices: the words within
     * {@value #REACH} tokens of a cue, windows that touch merged. They do not overlap, and SUTime runs on each
     * alone, so a window's expressions do not depend on whether the others were looked at.
     */
    record Window(int begin, int end) {

        /** Whether any of {@code tokens} lies in the window. */
        boolean touches(Collection<Integer> tokens) {
            for (int t : tokens) {
                if (begin <= t && t < end) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The windows of a sentence, in order; none when it has no temporal cue. */
    static List<Window> windows(List<CoreLabel> tokens) {
        List<Window> windows = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int cue = TemporalCues.nextCue(tokens, i);
            if (cue < 0) {
                break;
            }
            int begin = Math.max(i, cue - REACH);
            int end = Math.min(tokens.size(), cue + REACH + 1);
            for (int next = TemporalCues.nextCue(tokens, end); next >= 0 && next - REACH <= end;
                 next = TemporalCues.nextCue(tokens, end)) {
                end = Math.min(tokens.size(), next + REACH + 1);
            }
            windows.add(new Window(begin, end));
            i = end;
        }
        return windows;
    }

    /** The time expressions SUTime finds in one window of a sentence, with token indices into {@code tokens}. */
    List<TimeExpression> find(List<CoreLabel> tokens, Window window, String documentDate) {
        List<TimeExpression> found = new ArrayList<>();
        findIn(tokens, window.begin(), window.end(), documentDate, found);
        return found;
    }

    private void findIn(List<CoreLabel> tokens, int begin, int end, String documentDate, List<TimeExpression> found) {
        List<CoreLabel> window = tokens.subList(begin, end);
        CoreMap piece = new ArrayCoreMap();
        piece.set(CoreAnnotations.TokensAnnotation.class, window);
        piece.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, window.get(0).beginPosition());
        piece.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, window.get(window.size() - 1).endPosition());
        List<CoreMap> expressions;
        try {
            expressions = sutime.annotateSingleSentence(piece, documentDate, new SUTime.TimeIndex());
        } catch (RuntimeInterruptedException e) {
            throw e;
        } catch (RuntimeException e) {
            // SUTime fails on some token sequences (a NullPointerException inside its rule matcher was seen);
            // a window without dates is better than an article without analysis.
            return;
        }
        for (CoreMap expression : expressions) {
            Timex timex = expression.get(TimeAnnotations.TimexAnnotation.class);
            if (timex == null || timex.timexType() == null) {
                continue;
            }
            int first = tokenAt(tokens, begin, end, expression.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
            int last = tokenAt(tokens, begin, end, expression.get(CoreAnnotations.CharacterOffsetEndAnnotation.class) - 1);
            if (first < 0 || last < first) {
                continue;
            }
            String value = timex.value() != null ? timex.value() : timex.altVal() != null ? timex.altVal() : "";
            found.add(new TimeExpression(first, last, expression.get(CoreAnnotations.TextAnnotation.class),
                    timex.timexType(), value));
        }
    }

    /** The index of the token of {@code tokens[begin, end)} covering character {@code offset}, or -1. */
    private static int tokenAt(List<CoreLabel> tokens, int begin, int end, Integer offset) {
        if (offset == null) {
            return -1;
        }
        for (int t = begin; t < end; t++) {
            if (tokens.get(t).beginPosition() <= offset && offset < tokens.get(t).endPosition()) {
                return t;
            }
        }
        return -1;
    }
}
