package org.annals.store;

import java.util.Objects;
import org.annals.model.Event;

/**
 * A stored event with the sentence that is its evidence and the clusters it is part of.
 *
 * @param event    the event
 * @param evidence the text of its evidence sentence
 * @param story    the story cluster of its article (named after the least content hash in it)
 * @param cluster  the event cluster of this mention, with its counts
 */
public record StoredEvent(Event event, String evidence, String story, EventCluster cluster) {
    public StoredEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(cluster, "cluster");
    }
}
