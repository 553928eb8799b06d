package org.annals.model;

import java.util.Objects;

/**
 * Something worth telling the user about one input: why it was not coded, what was cut or guessed.
 * Bad input is data, not an exception: diagnostics travel with the results and never stop a batch.
 *
 * @param severity how much of the input it affects
 * @param kind     a stable, machine-readable kind such as {@code empty-input} or {@code malformed-record}
 * @param origin   the file or record it concerns, as the user named it
 * @param position where in the origin, such as {@code line 3}; empty when the whole origin is meant
 * @param message  a sentence a person can act on
 */
public record Diagnostic(Severity severity, String kind, String origin, String position, String message) {

    /** How serious a diagnostic is. */
    public enum Severity {
        /** Context worth knowing; nothing was lost. */
        INFO,
        /** The input was coded, but something was guessed or cut. */
        WARNING,
        /** The input, or part of it, could not be coded. */
        ERROR
    }

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic error(String kind, String origin, String position, String message) {
        return new Diagnostic(Severity.ERROR, kind, origin, position, message);
    }

    public static Diagnostic warning(String kind, String origin, String position, String message) {
        return new Diagnostic(Severity.WARNING, kind, origin, position, message);
    }

    public static Diagnostic info(String kind, String origin, String position, String message) {
        return new Diagnostic(Severity.INFO, kind, origin, position, message);
    }

    /** One line for a terminal: {@code error empty-input a.txt: the file is empty}. */
    public String describe() {
        String where = position.isEmpty() ? origin : origin + " (" + position + ")";
        return severity.name().toLowerCase(java.util.Locale.ROOT) + " " + kind + " " + where + ": " + message;
    }
}
