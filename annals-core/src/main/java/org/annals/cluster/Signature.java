package org.annals.cluster;

import java.util.List;

/**
 * A MinHash signature: for each of the hasher's functions, the least hash over a text's shingles. The share
 * of positions where two signatures agree estimates the Jaccard similarity of the two shingle sets.
 *
 * @param values one minimum per hash function, in the hasher's order
 */
public record Signature(List<Long> values) {
    public Signature {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a signature needs at least one value");
        }
    }

    /**
     * The estimated Jaccard similarity with {@code other}: the fraction of positions with equal values.
     *
     * @throws IllegalArgumentException when the signatures have different lengths, i.e. come from different hashers
     */
    public double similarity(Signature other) {
        if (other.values.size() != values.size()) {
            throw new IllegalArgumentException("signatures of different lengths cannot be compared: "
                    + values.size() + " and " + other.values.size());
        }
        int equal = 0;
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).longValue() == other.values.get(i).longValue()) {
                equal++;
            }
        }
        return (double) equal / values.size();
    }
}
