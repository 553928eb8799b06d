package org.annals.store;

/**
 * The event store could not do what was asked: the database file could not be opened or created, or a
 * statement failed. The message names the database file and, for writes, the article concerned.
 *
 * <p>Unchecked because a failing store is not something the pipeline can work around article by article;
 * the caller that wired the store decides whether to stop.
 */
public final class StoreException extends RuntimeException {

    StoreException(String message) {
        super(message);
    }

    StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
