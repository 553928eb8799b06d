package org.annals.nlp;

import java.util.List;

/**
 * Decides which sentences get the expensive analyses: named entities, dates and the dependency parse. The other
 * sentences keep their tokens, lemmas and parts of speech, which is all the actor and event stages can use
 * without a parse. Implementations must be thread-safe and cheap (they run on every sentence).
 *
 * <p>The NLP stage knows nothing of events or actors, so the selector is built by the code that wires the
 * pipeline (the events stage knows its trigger words) and passed in.
 */
@FunctionalInterface
public interface SentenceSelector {

    /** Every sentence gets the full analysis: the default pipeline. */
    SentenceSelector ALL = tokens -> true;

    /**
     * Whether a sentence gets the full analysis.
     *
     * @param tokens the sentence's tokens with words, lemmas and parts of speech; named-entity classes are not
     *               known yet and read {@code O}
     */
    boolean fullAnalysis(List<Token> tokens);
}
