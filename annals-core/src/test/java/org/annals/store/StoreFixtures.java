package org.annals.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.annals.model.Actor;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.Diagnostic;
import org.annals.model.Event;
import org.annals.model.Modality;
import org.annals.model.Place;
import org.annals.model.EventDate;
import org.annals.model.Quote;
import org.annals.model.SentenceText;
import org.annals.model.Span;

/** Small coded articles for the store tests. */
final class StoreFixtures {

    static final String TEXT = "Russia threatened Ukraine. Officials met in 2017. \"We will talk,\" the minister said.";

    private StoreFixtures() {
    }

    static Actor actor(String code, int sentence, int begin, int end) {
        return new Actor(code, TEXT.substring(begin, end), "Name of " + code, "entry:" + code,
                "dictionary match", sentence, new Span(begin, end));
    }

    static Event event(String articleId, String sourceCode, Optional<String> targetCode, String code,
                       EventDate date, int sentence) {
        return new Event(articleId, actor(sourceCode, sentence, 0, 6),
                targetCode.map(t -> actor(t, sentence, 18, 25)), code, code.substring(0, 2),
                code.startsWith("0") ? 1 : 4, -7.25, date, sentence, new Span(0, 26), "threatened",
                "rule-" + code, code.equals("138") ? Set.of(Modality.NEGATED, Modality.FUTURE, Modality.REPORTED) : Set.of(),
                code.equals("138") ? Optional.of(LocalDate.of(2019, 1, 26)) : Optional.empty(),
                code.equals("138") ? Optional.of(new Place("Caracas", "VEN", 10.48801, -66.87919, 3646738, 3000000, "PPLC"))
                        : Optional.empty(),
                code.equals("138") ? Optional.of(actor("USA", sentence, 10, 14)) : Optional.empty());
    }

    static Article article(String id, String hash) {
        return new Article(id, "Title " + id, LocalDate.of(2019, 1, 23), TEXT, "https://example.org/" + id,
                "feed.jsonl:" + id, hash);
    }

    static CodedArticle coded(String id, String hash, List<Event> events) {
        List<SentenceText> sentences = List.of(
                new SentenceText(0, 0, new Span(0, 26), TEXT.substring(0, 26)),
                new SentenceText(1, 0, new Span(27, 49), TEXT.substring(27, 49)),
                new SentenceText(2, 1, new Span(50, TEXT.length()), TEXT.substring(50)));
        List<Quote> quotes = List.of(
                new Quote("We will talk,", new Span(50, 65), 2,
                        Optional.of(new Quote.Speaker("the minister", "RUSGOV", "said-verb"))),
                new Quote("talk", new Span(58, 62), 2, Optional.empty()));
        List<Actor> actors = List.of(actor("RUS", 0, 0, 6), actor("UKR", 0, 18, 25));
        List<Diagnostic> diagnostics = List.of(
                Diagnostic.warning("year-guessed", "feed.jsonl:" + id, "sentence 1", "year taken from context"));
        return new CodedArticle(article(id, hash), "en", sentences, events, quotes, actors, List.of("RUS", "UKR"), diagnostics);
    }

    static EventDate day(int year, int month, int dayOfMonth) {
        return EventDate.ofDay(LocalDate.of(year, month, dayOfMonth), "article-date");
    }
}
