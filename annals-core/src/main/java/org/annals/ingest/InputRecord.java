package org.annals.ingest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.annals.model.Article;
import org.annals.model.Diagnostic;

/**
 * One input record: a file, or one line of a JSON Lines file. The article is absent when the input could not be
 * read; the diagnostics then say why.
 *
 * @param origin      where it came from: the path as given, or {@code path:line} for JSON Lines
 * @param id          the article id, or for a failed input the best name for it (file name, {@code path:line})
 * @param article     the article, when one could be read
 * @param diagnostics what was wrong, cut or guessed, in the order it was found
 */
public record InputRecord(String origin, String id, Optional<Article> article, List<Diagnostic> diagnostics) {
    public InputRecord {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(article, "article");
        diagnostics = List.copyOf(diagnostics);
    }

    /** A record for an input that gave no article. */
    static InputRecord failed(String origin, String id, Diagnostic diagnostic) {
        return new InputRecord(origin, id, Optional.empty(), List.of(diagnostic));
    }
}
