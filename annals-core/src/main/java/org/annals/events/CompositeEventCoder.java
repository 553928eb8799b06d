package org.annals.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.annals.actors.DocumentActors;
import org.annals.geo.DocumentPlaces;
import org.annals.model.Actor;
import org.annals.model.Event;
import org.annals.model.Quote;
import org.annals.nlp.AnnotatedText;

/**
 * Several coders over the same article, in order: the built-in patterns, then imported PETRARCH verbs. When two
 * coders give the same act (same sentence, source, target, code and modality), the earlier coder's event is
 * kept, so a dictionary laid over the built-in patterns adds acts rather than counting one twice. Thread-safe
 * when its coders are.
 */
public final class CompositeEventCoder implements EventCoder {
    private final List<EventCoder> coders;

    public CompositeEventCoder(List<EventCoder> coders) {
        if (coders.isEmpty()) {
            throw new IllegalArgumentException("a composite coder needs at least one coder");
        }
        this.coders = List.copyOf(coders);
    }

    @Override
    public List<Event> code(String articleId, LocalDate articleDate, AnnotatedText text, DocumentActors actors,
                            List<Quote> quotes, DocumentPlaces places) {
        List<Event> events = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (EventCoder coder : coders) {
            for (Event e : coder.code(articleId, articleDate, text, actors, quotes, places)) {
                String key = e.sentence() + "|" + e.source().code() + "|" + e.target().map(Actor::code).orElse("")
                        + "|" + e.code() + "|" + e.modality();
                if (seen.add(key)) {
                    events.add(e);
                }
            }
        }
        events.sort((a, b) -> Integer.compare(a.sentence(), b.sentence()));
        return events;
    }
}
