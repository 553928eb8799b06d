package org.annals.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annals.model.Actor;
import org.annals.model.Span;
import org.annals.nlp.SentenceGraph;

/**
 * Third-person pronouns, without statistical coreference: "they" and "it" are the subject of the clause that
 * reports theirs ("Peru said it will not obey"), "he" and "she" the last person named, within three sentences.
 * Stateless; the document's state is passed in.
 */
final class Pronouns {
    static final Set<String> THIRD_SINGULAR = Set.of("he", "him", "she", "her");
    private static final Set<String> THIRD_PLURAL = Set.of("they", "them");

    private Pronouns() {
    }

    /**
     * The actors the pronoun at {@code head} stands for; a resolved "he" or "she" is added to {@code personHistory}
     * (the persons named so far, in order), so that the next pronoun can refer back through it.
     */
    static List<Actor> resolve(SentenceGraph graph, int head, DocumentActors actors, List<Actor> personHistory) {
        String lemma = graph.token(head).lemma();
        int sentence = graph.sentence().index();
        Span span = graph.token(head).span();
        String word = graph.token(head).word();
        if (THIRD_PLURAL.contains(lemma) || lemma.equals("it")) {
            for (int clause : graph.governors(head, "nsubj")) {
                for (int up : graph.governors(clause, "ccomp")) {
                    List<Actor> found = new ArrayList<>();
                    for (int subject : graph.children(up, "nsubj")) {
                        for (Actor a : actors.at(sentence, subject)) {
                            if (lemma.equals("it") && a.entryId().startsWith("person:")) {
                                continue;
                            }
                            found.add(rebind(a, word, span, sentence, "'" + word + "' = the subject of '"
                                    + graph.token(up).word() + "'"));
                        }
                    }
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
            return List.of();
        }
        if (THIRD_SINGULAR.contains(lemma) && !personHistory.isEmpty()) {
            Actor last = personHistory.get(personHistory.size() - 1);
            if (sentence - last.sentence() <= 3) {
                Actor a = rebind(last, word, span, sentence, "'" + word + "' = the last person named, '"
                        + last.text() + "' (sentence " + last.sentence() + ")");
                personHistory.add(a);
                return List.of(a);
            }
        }
        return List.of();
    }

    private static Actor rebind(Actor a, String word, Span span, int sentence, String reason) {
        return new Actor(a.code(), word, a.name(), a.entryId(), reason, sentence, span);
    }
}
