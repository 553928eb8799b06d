package org.annals.nlp;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.annals.model.Span;

/**
 * One sentence with everything the NLP stage found in it.
 *
 * @param index          the sentence's position in the text, from 0
 * @param paragraph      the paragraph it belongs to (paragraphs are separated by blank lines), from 0
 * @param span           its characters in the text
 * @param text           its words
 * @param tokens         its tokens, in order
 * @param dependencies   its enhanced dependency edges; none when it was not parsed
 * @param timeSource     its resolved time expressions, found when first read ({@link #times()}, {@link #timesNear})
 * @param tooLongToParse whether it was left without a dependency parse for its length alone (it was chosen for a
 *                       full analysis): no event can be coded from it, and the user is told
 */
public record AnnotatedSentence(int index, int paragraph, Span span, String text, List<Token> tokens,
                                List<Dependency> dependencies, SentenceTimes timeSource, boolean tooLongToParse) {
    public AnnotatedSentence {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
        Objects.requireNonNull(timeSource, "timeSource");
    }

    /** A sentence whose time expressions are already known. */
    public AnnotatedSentence(int index, int paragraph, Span span, String text, List<Token> tokens,
                             List<Dependency> dependencies, List<TimeExpression> times, boolean tooLongToParse) {
        this(index, paragraph, span, text, tokens, dependencies, SentenceTimes.of(times), tooLongToParse);
    }

    /** Its resolved time expressions, in order. */
    public List<TimeExpression> times() {
        return timeSource.get();
    }

    /**
     * Its resolved time expressions near {@code tokens}, in order: every one with a word among them, perhaps
     * others (dates are found only around the words asked about: {@link SentenceTimes}).
     */
    public List<TimeExpression> timesNear(Collection<Integer> tokens) {
        return timeSource.touching(tokens, tokens);
    }

    /**
     * Its resolved time expressions near both some of {@code tokens} and some of {@code others}, in order: every
     * one with a word among each, perhaps others.
     */
    public List<TimeExpression> timesNear(Collection<Integer> tokens, Collection<Integer> others) {
        return timeSource.touching(tokens, others);
    }

    public Token token(int i) {
        return tokens.get(i);
    }
}
