package org.annals.store;

/** What {@link EventStore#save} did with an article. */
public enum SaveOutcome {
    /** The article and everything coded from it were written. */
    STORED,
    /** An article with the same content hash was already stored; nothing was written. */
    ALREADY_STORED
}
