package org.annals.store;

import java.util.Objects;
import org.annals.model.Event;

/**
 * A stored event with the sentence that is its evidence.
 *
 * @param event    the event
 * @param evidence the text of its evidence sentence
 */
public record StoredEvent(Event event, String evidence) {
    public StoredEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(evidence, "evidence");
    }
}
