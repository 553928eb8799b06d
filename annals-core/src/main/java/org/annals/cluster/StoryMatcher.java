package org.annals.cluster;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which texts are the same story: wire copy republished with small edits (another headline, an added
 * paragraph, a different boilerplate line, sentences in another order).
 *
 * <p>Design note. A text is the set of its 3-word shingles within sentences ({@link Shingler}). Two texts are
 * near duplicates when the Jaccard similarity of those sets, estimated from 120-value MinHash signatures
 * ({@link MinHasher}), is at least 0.5. Only candidates are compared: texts that share a key of one of 40 LSH
 * bands of 3 rows ({@link LshBands}).
 * <ul>
 *   <li><b>Shingles of 3 words</b>, not 5 or more as for web-page duplicates: a one-word edit ("said on
 *   Wednesday" → "said Wednesday") costs 3 shingles, not 5, and unrelated news texts still share almost no
 *   3-word runs. Shingles stop at sentence ends, so reordering sentences changes nothing. The headline is not
 *   shingled: a changed headline is one of the edits to see through.</li>
 *   <li><b>Threshold 0.5</b>: an added paragraph of as many words as the story leaves it at 0.5; two different
 *   stories about the same event rarely pass 0.2.</li>
 *   <li><b>40 × 3 bands</b> put the LSH curve's midpoint at (1/40)^(1/3) ≈ 0.29, well below the threshold, so
 *   pairs at the threshold are almost never missed: a pair of similarity 0.5 becomes a candidate with
 *   probability 0.995, one of 0.6 with 0.9999, while one of 0.1 does with 0.04 and one of 0.01 with 0.00004.
 *   The 32 × 4 bands of 128 values often used would miss one pair in eight at 0.5 (0.874). A missed candidate
 *   never becomes an error, only a pair left apart; a false candidate costs one signature comparison.</li>
 *   <li>The estimate's standard error at 0.5 is √(0.25/120) ≈ 0.046: pairs within a few hundredths of the
 *   threshold may fall either side, but the same pair always falls the same side (everything is fixed-seed).</li>
 * </ul>
 * Changing any number here changes stored fingerprints: it needs a new store schema version.
 *
 * <p>Why written here rather than taken from a library. What the store needs is a fixed family of hash functions,
 * a fixed-length signature and band keys it can keep and look up by key: about a hundred lines. Apache
 * DataSketches estimates Jaccard similarity from Theta sketches, whose size varies with the set and which have no
 * banding, so there is nothing to look up by key. info.debatty's java-lsh does MinHash and LSH, but draws its
 * hash coefficients at random when built (stored signatures would stay comparable only through its serialised
 * object) and was last released in 2019. Spark's MinHashLSH needs Spark, which annals-core must not; Lucene's
 * MinHashFilter makes tokens for a Lucene index, not signatures.
 *
 * <p>Immutable and thread-safe.
 */
public final class StoryMatcher {

    /** Words per shingle. */
    public static final int SHINGLE_WORDS = 3;
    /** LSH bands. */
    public static final int BANDS = 40;
    /** Signature values per band. */
    public static final int ROWS = 3;
    /** The estimated Jaccard similarity from which two texts are the same story. */
    public static final double THRESHOLD = 0.5;
    /** The hasher's fixed seed. */
    public static final long SEED = 0x416e6e616c73L;

    private final Shingler shingler;
    private final MinHasher hasher;
    private final LshBands bands;
    private final double threshold;

    public StoryMatcher(Shingler shingler, MinHasher hasher, LshBands bands, double threshold) {
        this.shingler = Objects.requireNonNull(shingler, "shingler");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.bands = Objects.requireNonNull(bands, "bands");
        if (hasher.functions() < bands.width()) {
            throw new IllegalArgumentException(hasher + " gives too few values for " + bands);
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
        }
        this.threshold = threshold;
    }

    /** The matcher with the numbers of the design note; the store's fingerprints are made with it. */
    public static StoryMatcher standard() {
        return new StoryMatcher(new Shingler(SHINGLE_WORDS), new MinHasher(BANDS * ROWS, SEED),
                new LshBands(BANDS, ROWS), THRESHOLD);
    }

    /** The fingerprint of {@code text}; empty for a text without a word, which matches nothing. */
    public Optional<Fingerprint> fingerprint(String text) {
        Set<String> shingles = shingler.shingles(text);
        return hasher.signature(shingles).map(s -> new Fingerprint(s, bands.keys(s), shingles.size()));
    }

    /** True when two signatures are similar enough to be the same story. */
    public boolean sameStory(Signature a, Signature b) {
        return a.similarity(b) >= threshold;
    }

    public Shingler shingler() {
        return shingler;
    }

    public LshBands bands() {
        return bands;
    }

    @Override
    public String toString() {
        return "StoryMatcher[" + shingler + ", " + hasher + ", " + bands + ", threshold " + threshold + "]";
    }
}
