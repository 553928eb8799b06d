package org.annals.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annals.actors.DocumentActors;
import org.annals.model.Actor;
import org.annals.model.Event;
import org.annals.nlp.AnnotatedSentence;
import org.annals.nlp.AnnotatedText;
import org.annals.nlp.Dependency;

/** Fills in targets the sentence leaves implicit, from the events and sentences around them. */
final class TargetCountries {
    private static final String UNKNOWN = Actor.UNKNOWN_COUNTRY;

    private TargetCountries() {
    }

    /**
     * A target of unknown country ("our diplomats") takes the country of another target of the same source in
     * the same sentence ("breaking ties with the U.S. and ordering our diplomats to leave").
     */
    static List<Event> borrow(List<Event> events) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event event : events) {
            Event e = event;
            Optional<Actor> target = e.target();
            if (target.isPresent() && target.get().country().equals(UNKNOWN)) {
                Optional<Actor> donor = events.stream()
                        .filter(o -> o != event && o.source().code().equals(event.source().code()) && o.target().isPresent()
                                && !o.target().get().country().equals(UNKNOWN))
                        .map(o -> o.target().get()).findFirst();
                if (donor.isPresent()) {
                    Actor t = target.get();
                    Actor filled = new Actor(donor.get().country() + t.code().substring(UNKNOWN.length()), t.text(),
                            t.name(), t.entryId(), t.reason() + "; country of the coordinated target '"
                            + donor.get().text() + "'", t.sentence(), t.span());
                    e = e.withTarget(filled);
                }
            }
            out.add(e);
        }
        return out;
    }

    /**
     * The target of a statement that names none ("all options are on the table"): the actor something was
     * last said to be "against" in the two sentences before.
     */
    static List<Actor> contextTarget(AnnotatedText text, DocumentActors actors, int sentence) {
        for (int s = sentence; s >= Math.max(0, sentence - 2); s--) {
            AnnotatedSentence earlier = text.sentences().get(s);
            for (Dependency d : earlier.dependencies()) {
                if (d.relation().endsWith(":against")) {
                    List<Actor> found = actors.at(s, d.dependent());
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
        }
        return List.of();
    }
}
