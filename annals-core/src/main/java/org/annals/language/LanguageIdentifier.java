package org.annals.language;

/**
 * The language stage: says which language an article is written in, before any NLP runs on it. Annals codes
 * English only; an article another language is stored with its language and not coded.
 *
 * <p>Implementations are thread-safe and meant to be built once per process, by the code that wires the
 * application.
 */
public interface LanguageIdentifier {

    /**
     * The language of {@code text}. Never throws for odd text: text too short or too mixed to tell gives
     * {@link LanguageGuess#UNDETERMINED}.
     */
    LanguageGuess identify(String text);
}
