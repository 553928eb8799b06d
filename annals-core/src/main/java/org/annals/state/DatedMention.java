package org.annals.state;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.annals.model.Actor;
import org.annals.model.CodedArticle;

/**
 * An actor mention and the date of its article: where the titles people hold are read from.
 *
 * @param articleId the article
 * @param date      the article's date
 * @param actor     the mention ("President Nicolás Maduro")
 */
public record DatedMention(String articleId, LocalDate date, Actor actor) {
    public DatedMention {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(actor, "actor");
    }

    /** The mentions of a coded article. */
    public static List<DatedMention> of(CodedArticle article) {
        return article.actors().stream()
                .map(a -> new DatedMention(article.article().id(), article.article().date(), a)).toList();
    }
}
