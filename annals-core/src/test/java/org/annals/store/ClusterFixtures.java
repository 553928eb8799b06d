package org.annals.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.annals.ingest.ContentHash;
import org.annals.model.Actor;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.Event;
import org.annals.model.EventDate;
import org.annals.model.Modality;
import org.annals.model.SentenceText;
import org.annals.model.Span;

/** Articles with chosen texts, URLs, dates and events, for the cluster tests of the store (no NLP). */
final class ClusterFixtures {

    private ClusterFixtures() {
    }

    /** An article of {@code text} read from {@code url} (empty for none) at {@code origin}, with one sentence. */
    static CodedArticle article(String id, String text, String url, String origin, LocalDate date, List<Event> events) {
        Article article = new Article(id, "Headline of " + id, date, text, url, origin, ContentHash.of(text));
        List<SentenceText> sentences = List.of(new SentenceText(0, 0, new Span(0, text.length()), text));
        List<Event> own = events.stream().map(e -> new Event(id, e.source(), e.target(), e.code(), e.root(),
                e.quadClass(), e.goldstein(), e.date(), e.sentence(), e.span(), e.trigger(), e.rule(), e.modality(),
                e.deadline(), e.location())).toList();
        return new CodedArticle(article, "en", sentences, own, List.of(), List.of(), List.of(), List.of());
    }

    /** {@code source} did {@code code} to {@code target} on {@code day}, reported as done. */
    static Event event(String source, String target, String code, LocalDate day) {
        return event(source, target, code, EventDate.ofDay(day, "article date"), Set.of());
    }

    static Event event(String source, String target, String code, EventDate date, Set<Modality> modality) {
        Actor s = new Actor(source, source, source, "country:" + source, "test", 0, new Span(0, 1));
        Optional<Actor> t = target.isEmpty() ? Optional.empty()
                : Optional.of(new Actor(target, target, target, "country:" + target, "test", 0, new Span(2, 3)));
        return new Event("x", s, t, code, code.substring(0, 2), 4, -5.0, date, 0, new Span(0, 3), "did", "rule-" + code,
                modality, Optional.empty(), Optional.empty());
    }

    /**
     * {@code count} sentences of made-up words, the same for the same {@code seed}: texts built from overlapping
     * runs of them have known overlaps (each sentence gives the same number of shingles).
     */
    static List<String> sentences(long seed, int count) {
        Random random = new Random(seed);
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder sentence = new StringBuilder();
            for (int w = 0; w < 12; w++) {
                sentence.append(w == 0 ? "" : " ").append(word(random));
            }
            sentences.add(sentence.append('.').toString());
        }
        return sentences;
    }

    /** Sentences {@code from} (inclusive) to {@code to} (exclusive) as one paragraph each. */
    static String text(List<String> sentences, int from, int to) {
        return String.join("\n\n", sentences.subList(from, to));
    }

    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        int length = 3 + random.nextInt(6);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
