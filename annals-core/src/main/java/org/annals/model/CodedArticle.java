package org.annals.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything Annals learned from one article.
 *
 * @param article     the article as read
 * @param language    its language, an ISO 639-1 code ({@code en}), or {@code und} when it could not be told; an
 *                    article in a language other than English is not coded: it has diagnostics and nothing else
 * @param sentences   its sentences, the anchors of all evidence
 * @param events      the coded events, in text order
 * @param quotes      the quotations, in text order
 * @param actors      every coded actor mention, in text order
 * @param focus       the countries the article is about, most named first
 * @param diagnostics what went wrong or was guessed while coding it
 * @param unknown     every mention of a person or organisation the actor registry could not code that day, in
 *                    text order (see {@link UnknownName})
 */
public record CodedArticle(Article article, String language, List<SentenceText> sentences, List<Event> events,
                           List<Quote> quotes, List<Actor> actors, List<String> focus, List<Diagnostic> diagnostics,
                           List<UnknownName> unknown) {
    public CodedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(language, "language");
        sentences = List.copyOf(sentences);
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
        actors = List.copyOf(actors);
        focus = List.copyOf(focus);
        diagnostics = List.copyOf(diagnostics);
        unknown = List.copyOf(unknown);
    }

    /** An article with no unknown names (read back from an older store, or built by hand in tests). */
    public CodedArticle(Article article, String language, List<SentenceText> sentences, List<Event> events,
                        List<Quote> quotes, List<Actor> actors, List<String> focus, List<Diagnostic> diagnostics) {
        this(article, language, sentences, events, quotes, actors, focus, diagnostics, List.of());
    }

    /** The same article with other diagnostics. */
    public CodedArticle withDiagnostics(List<Diagnostic> replaced) {
        return new CodedArticle(article, language, sentences, events, quotes, actors, focus, replaced, unknown);
    }
}
