package org.annals.cluster;

import java.util.List;
import java.util.Objects;

/**
 * What the store keeps of a text to find its near duplicates later.
 *
 * @param signature its MinHash signature
 * @param bandKeys  the LSH key of each band of the signature, in band order
 * @param shingles  how many distinct shingles the text has (shown to people; short texts estimate worse)
 */
public record Fingerprint(Signature signature, List<Long> bandKeys, int shingles) {
    public Fingerprint {
        Objects.requireNonNull(signature, "signature");
        bandKeys = List.copyOf(bandKeys);
        if (shingles < 1) {
            throw new IllegalArgumentException("a fingerprint needs at least one shingle, got " + shingles);
        }
    }
}
