package org.annals.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Computes {@link Signature}s with a fixed family of hash functions: function {@code i} maps a shingle's 64-bit
 * hash {@code x} to {@code mix(x ^ seed[i])}, the seeds drawn from a SplitMix64 sequence started at a fixed
 * seed. Nothing is random at run time, so a signature stored yesterday compares with one computed today.
 * Changing the seed or the count invalidates stored signatures.
 *
 * <p>Immutable and thread-safe.
 */
public final class MinHasher {

    private final long seed;
    private final long[] seeds;

    /**
     * @param functions the signature length, at least 1
     * @param seed      where the hash functions' seeds are drawn from
     */
    public MinHasher(int functions, long seed) {
        if (functions < 1) {
            throw new IllegalArgumentException("a MinHasher needs at least one function, got " + functions);
        }
        this.seed = seed;
        this.seeds = Mix.sequence(seed, functions);
    }

    /** The signature length. */
    public int functions() {
        return seeds.length;
    }

    /** The signature of a set of shingles; empty when there are none, as an empty set has no minimum. */
    public Optional<Signature> signature(Collection<String> shingles) {
        if (shingles.isEmpty()) {
            return Optional.empty();
        }
        long[] minima = new long[seeds.length];
        java.util.Arrays.fill(minima, Long.MAX_VALUE);
        for (String shingle : shingles) {
            long x = Mix.hash(shingle);
            for (int i = 0; i < seeds.length; i++) {
                long h = Mix.mix(x ^ seeds[i]);
                if (h < minima[i]) {
                    minima[i] = h;
                }
            }
        }
        List<Long> values = new ArrayList<>(minima.length);
        for (long minimum : minima) {
            values.add(minimum);
        }
        return Optional.of(new Signature(values));
    }

    @Override
    public String toString() {
        return "MinHasher[" + seeds.length + " functions, seed " + seed + "]";
    }
}
