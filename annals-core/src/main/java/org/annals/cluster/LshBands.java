package org.annals.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a signature into {@code bands} bands of {@code rows} values and hashes each band to one 64-bit key. Two
 * texts whose signatures agree on every value of some band share that band's key: they are candidates, looked
 * up by key, and only candidates are compared. The key includes the band's number, so equal values in
 * different bands never meet.
 *
 * <p>Two texts of Jaccard similarity {@code s} share at least one key with probability
 * {@code 1 - (1 - s^rows)^bands}; see {@link StoryMatcher} for the numbers chosen.
 *
 * <p>Immutable and thread-safe.
 */
public final class LshBands {

    /** Fixed like the hasher's seed: band keys are stored. */
    private static final long BAND_SEED = 0x5a17e5b4a2d3c1e7L;

    private final int bands;
    private final int rows;

    public LshBands(int bands, int rows) {
        if (bands < 1 || rows < 1) {
            throw new IllegalArgumentException("bands and rows must be at least 1, got " + bands + " x " + rows);
        }
        this.bands = bands;
        this.rows = rows;
    }

    /** How many values the bands use: signatures must be at least this long. */
    public int width() {
        return bands * rows;
    }

    /** The probability that two texts of Jaccard similarity {@code similarity} share at least one band key. */
    public double candidateProbability(double similarity) {
        return 1 - Math.pow(1 - Math.pow(similarity, rows), bands);
    }

    /** One key per band, in band order. */
    public List<Long> keys(Signature signature) {
        List<Long> values = signature.values();
        if (values.size() < width()) {
            throw new IllegalArgumentException("a signature of " + values.size() + " values is too short for "
                    + bands + " bands of " + rows + " rows");
        }
        List<Long> keys = new ArrayList<>(bands);
        for (int band = 0; band < bands; band++) {
            long key = Mix.mix(BAND_SEED ^ band);
            for (int row = 0; row < rows; row++) {
                key = Mix.mix(key ^ values.get(band * rows + row));
            }
            keys.add(key);
        }
        return List.copyOf(keys);
    }

    @Override
    public String toString() {
        return "LshBands[" + bands + " x " + rows + "]";
    }
}
