package org.annals.store;

import java.time.LocalDate;
import java.util.Objects;
import org.annals.model.Actor;

/**
 * A stored actor mention with the article it is in.
 *
 * @param articleId   the article's id
 * @param articleDate the article's date
 * @param actor       the mention
 */
public record StoredMention(String articleId, LocalDate articleDate, Actor actor) {
    public StoredMention {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(articleDate, "articleDate");
        Objects.requireNonNull(actor, "actor");
    }
}
