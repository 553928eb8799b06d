package org.annals.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from its source, ready to be coded.
 *
 * <p>All character spans produced downstream index into {@link #text()}. Absent optional metadata is the
 * empty string, never null.
 *
 * @param id          the record's id, or the file name for files
 * @param title       the headline, or empty
 * @param date        the date the article speaks from; relative dates ("today") resolve against it
 * @param text        the body to code, boilerplate removed
 * @param url         the canonical URL, or empty
 * @param origin      where it was read from (a path, {@code path:line} for JSON Lines)
 * @param contentHash SHA-256 of the normalised text: the key that makes ingest idempotent
 */
public record Article(String id, String title, LocalDate date, String text, String url, String origin,
                      String contentHash) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(contentHash, "contentHash");
    }
}
