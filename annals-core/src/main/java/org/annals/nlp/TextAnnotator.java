package org.annals.nlp;

import java.time.LocalDate;

/**
 * The NLP stage: tokens, sentences, lemmas, parts of speech, named entities, resolved dates, dependency
 * parses and quotations for one text. Implementations are thread-safe and meant to be built once per process.
 */
public interface TextAnnotator {

    /**
     * Annotates {@code text}, resolving relative dates ("today", "last week") against {@code date}.
     *
     * @throws AnnotationException when the text cannot be annotated (the caller turns it into a diagnostic)
     */
    AnnotatedText annotate(String text, LocalDate date);
}
