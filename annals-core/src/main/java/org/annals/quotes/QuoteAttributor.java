package org.annals.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.actors.DocumentActors;
import org.annals.model.Actor;
import org.annals.model.Quote;
import org.annals.model.Span;
import org.annals.nlp.AnnotatedSentence;
import org.annals.nlp.AnnotatedText;
import org.annals.nlp.QuotationSpan;
import org.annals.nlp.SentenceGraph;
import org.annals.nlp.Token;

/**
 * Credits each quotation to its speaker.
 *
 * <p>Design note: news quotes follow a few frames, tried in this order.
 * <ol>
 *   <li>A speech verb outside the quotation marks in the quotation's own sentence: "..., Trump wrote in a
 *   statement", "Gladys Ibarra ... told the Post". Its subject is the speaker; a subject such as
 *   "Pompeo's statement" gives its possessor.</li>
 *   <li>The same frame in the sentence right after the quotation, when the sentence splitter cut it off:
 *   "...liberated!" / "he said."</li>
 *   <li>A quotation with no frame that follows another in the same paragraph continues it: same speaker.</li>
 * </ol>
 * Pronoun subjects ("he said") arrive already resolved by the actor stage. A quotation with no frame gets no
 * speaker rather than a guess. Thread-safe and stateless.
 */
public final class QuoteAttributor {
    private static final Set<String> SPEECH_VERBS = Set.of("say", "tell", "write", "add", "state", "declare",
            "announce", "insist", "note", "explain", "warn", "ask", "reply", "respond", "claim", "argue", "shout",
            "chant", "tweet", "post", "remark", "comment", "acknowledge", "admit", "deny", "stress", "emphasize",
            "emphasise", "vow", "predict", "suggest", "conclude", "recall", "urge", "continue");
    private static final Set<String> STATEMENT_NOUNS = Set.of("statement", "spokesman", "spokeswoman",
            "spokesperson", "office", "account", "tweet", "letter", "communique", "release", "post", "message");

    /** Attributes the quotations of {@code text}, using the actors already coded in it. */
    public List<Quote> attribute(AnnotatedText text, DocumentActors actors) {
        List<Quote> quotes = new ArrayList<>();
        Optional<Quote.Speaker> previousSpeaker = Optional.empty();
        int previousParagraph = -1;
        int previousEnd = -1;
        for (QuotationSpan q : text.quotes()) {
            AnnotatedSentence first = text.sentences().get(q.firstSentence());
            Optional<Quote.Speaker> speaker = Optional.empty();
            for (int s = q.firstSentence(); s <= q.lastSentence() && speaker.isEmpty(); s++) {
                speaker = frame(text.sentences().get(s), q.span(), actors, "speech verb in the same sentence");
            }
            if (speaker.isEmpty() && q.lastSentence() + 1 < text.sentences().size()) {
                AnnotatedSentence next = text.sentences().get(q.lastSentence() + 1);
                if (next.paragraph() == first.paragraph() && next.span().begin() - q.span().end() <= 2) {
                    speaker = frame(next, q.span(), actors, "speech verb right after the quotation");
                }
            }
            if (speaker.isEmpty() && previousSpeaker.isPresent() && previousParagraph == first.paragraph()
                    && q.span().begin() > previousEnd) {
                Quote.Speaker p = previousSpeaker.get();
                speaker = Optional.of(new Quote.Speaker(p.name(), p.code(), "continues the previous quotation"));
            }
            quotes.add(new Quote(q.text(), q.span(), q.firstSentence(), speaker));
            if (speaker.isPresent()) {
                previousSpeaker = speaker;
                previousParagraph = text.sentences().get(q.lastSentence()).paragraph();
                previousEnd = q.span().end();
            }
        }
        return quotes;
    }

    private static Optional<Quote.Speaker> frame(AnnotatedSentence sentence, Span quote, DocumentActors actors,
                                                 String how) {
        SentenceGraph graph = new SentenceGraph(sentence);
        for (Token verb : sentence.tokens()) {
            if (!verb.isVerb() || !SPEECH_VERBS.contains(verb.lemma()) || quote.overlaps(verb.span())) {
                continue;
            }
            for (int subject : graph.children(verb.index(), "nsubj")) {
                if (quote.overlaps(graph.token(subject).span())) {
                    continue;
                }
                Optional<Quote.Speaker> speaker = speakerAt(graph, subject, actors, how + " '" + verb.word() + "'");
                if (speaker.isPresent()) {
                    return speaker;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Quote.Speaker> speakerAt(SentenceGraph graph, int subject, DocumentActors actors,
                                                     String how) {
        int sentence = graph.sentence().index();
        Token token = graph.token(subject);
        if (STATEMENT_NOUNS.contains(token.lemma())) {
            for (int owner : graph.children(subject, "nmod")) {
                Optional<Quote.Speaker> s = speakerAt(graph, owner, actors, how + " of '" + token.word() + "'");
                if (s.isPresent()) {
                    return s;
                }
            }
        }
        Optional<Actor> actor = actors.first(sentence, subject);
        if (actor.isPresent()) {
            return Optional.of(new Quote.Speaker(actor.get().name(), actor.get().code(), how));
        }
        if ("PERSON".equals(token.ner())) {
            StringBuilder name = new StringBuilder(token.word());
            for (int i = subject - 1; i >= 0 && "PERSON".equals(graph.token(i).ner()); i--) {
                name.insert(0, graph.token(i).word() + " ");
            }
            return Optional.of(new Quote.Speaker(name.toString(), "---", how + "; speaker not coded"));
        }
        return Optional.empty();
    }
}
