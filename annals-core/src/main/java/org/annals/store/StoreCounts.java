package org.annals.store;

/**
 * How many rows each kind of stored data has.
 *
 * @param articles  stored articles
 * @param sentences their sentences
 * @param actors    coded actor mentions
 * @param events    coded events
 * @param quotes    quotations
 */
public record StoreCounts(long articles, long sentences, long actors, long events, long quotes) {
}
