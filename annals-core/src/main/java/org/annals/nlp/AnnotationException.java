package org.annals.nlp;

/** Thrown when the NLP library fails on a text; the message says what failed. */
public final class AnnotationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AnnotationException(String message, Throwable cause) {
        super(message, cause);
    }
}
