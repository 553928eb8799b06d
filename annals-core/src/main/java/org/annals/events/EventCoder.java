package org.annals.events;

import java.time.LocalDate;
import java.util.List;
import org.annals.actors.DocumentActors;
import org.annals.geo.DocumentPlaces;
import org.annals.model.Event;
import org.annals.model.Quote;
import org.annals.nlp.AnnotatedText;

/**
 * Codes the events of one annotated article from its parse and its resolved actors. Implementations are
 * immutable and thread-safe: {@link DependencyPatternCoder} (Annals' own patterns), {@link PetrarchVerbCoder}
 * (imported PETRARCH verb dictionaries) and {@link CompositeEventCoder} (several of them together).
 */
public interface EventCoder {
    /** The events of one article, in the order its sentences give them. */
    List<Event> code(String articleId, LocalDate articleDate, AnnotatedText text, DocumentActors actors,
                     List<Quote> quotes, DocumentPlaces places);
}
