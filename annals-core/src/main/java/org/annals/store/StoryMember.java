package org.annals.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One stored text of a story cluster.
 *
 * @param contentHash its content hash
 * @param articleId   the id it was first stored under
 * @param title       its headline
 * @param date        its article date
 * @param similarity  the estimated Jaccard similarity of its shingles with the story's first-named member (the
 *                    one whose content hash names the story; 1.0 for that member, 0.0 for a text without words)
 * @param copies      every place it was read from, first seen first
 */
public record StoryMember(String contentHash, String articleId, String title, LocalDate date, double similarity,
                          List<Copy> copies) {
    public StoryMember {
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        copies = List.copyOf(copies);
    }

    /**
     * One place the text was read from.
     *
     * @param origin    the path or record it was read from
     * @param url       its URL, or empty
     * @param publisher the publisher it counts as (URL host, or origin file)
     */
    public record Copy(String origin, String url, String publisher) {
        public Copy {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(publisher, "publisher");
        }
    }
}
