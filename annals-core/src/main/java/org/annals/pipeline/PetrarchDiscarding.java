package org.annals.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annals.events.PetrarchDiscards;
import org.annals.model.Diagnostic;
import org.annals.model.Event;
import org.annals.nlp.AnnotatedSentence;
import org.annals.nlp.AnnotatedText;

/**
 * Applies a PETRARCH discard list to an article's events: a story phrase ("+Manchester United") leaves the whole
 * article uncoded, a sentence phrase ("BASEBALL") its sentence; each discard is one {@code petrarch-discard}
 * diagnostic naming the phrase and its dictionary line. Stateless.
 */
final class PetrarchDiscarding {
    /** The diagnostic kind of a discarded story or sentence. */
    static final String KIND = "petrarch-discard";

    private PetrarchDiscarding() {
    }

    static List<Event> apply(PetrarchDiscards discards, AnnotatedText text, String origin, List<Diagnostic> diagnostics,
                             List<Event> events) {
        if (discards.isEmpty()) {
            return events;
        }
        for (AnnotatedSentence s : text.sentences()) {
            Optional<PetrarchDiscards.Phrase> story = discards.storyDiscard(s.tokens());
            if (story.isPresent()) {
                diagnostics.add(Diagnostic.info(KIND, origin, "sentence " + s.index(), "story discarded: '"
                        + story.get().text() + "' (" + story.get().where() + "); " + events.size() + " events dropped"));
                return List.of();
            }
        }
        List<Integer> dropped = new ArrayList<>();
        for (AnnotatedSentence s : text.sentences()) {
            Optional<PetrarchDiscards.Phrase> phrase = discards.sentenceDiscard(s.tokens());
            if (phrase.isPresent()) {
                dropped.add(s.index());
                diagnostics.add(Diagnostic.info(KIND, origin, "sentence " + s.index(), "sentence discarded: '"
                        + phrase.get().text() + "' (" + phrase.get().where() + ")"));
            }
        }
        return events.stream().filter(e -> !dropped.contains(e.sentence())).toList();
    }
}
