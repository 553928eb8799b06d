package org.annals.store;

/**
 * How many rows each kind of stored data has, and how many clusters they make.
 *
 * @param articles  stored articles
 * @param sentences their sentences
 * @param actors    coded actor mentions
 * @param events    coded events
 * @param quotes    quotations
 * @param stories   story clusters (a text without near duplicates is a story of one)
 * @param eventClusters event clusters (an event reported once is a cluster of one)
 */
public record StoreCounts(long articles, long sentences, long actors, long events, long quotes, long stories,
                          long eventClusters) {
}
