package org.annals.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.annals.model.Diagnostic;

/**
 * What a format reader found in one input, before boilerplate removal and date resolution.
 *
 * @param title       the headline, or empty
 * @param date        the date the input's own metadata gives
 * @param url         the canonical URL, or empty
 * @param body        the text, paragraphs separated by blank lines
 * @param diagnostics what the format reader noticed, such as a malformed sidecar
 */
record Extracted(String title, Optional<LocalDate> date, String url, String body, List<Diagnostic> diagnostics) {
    Extracted {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
        diagnostics = List.copyOf(diagnostics);
    }
}
