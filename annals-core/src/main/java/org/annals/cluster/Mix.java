package org.annals.cluster;

/** 64-bit hashing shared by the hasher and the bands; both must stay fixed, or stored signatures stop matching. */
final class Mix {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Mix() {
    }

    /**
     * A bijective scrambler of 64-bit values (the finaliser of SplitMix64): every input bit affects every output
     * bit, so {@code mix(x ^ seed)} for different seeds behaves like independent random permutations.
     */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /**
     * A 64-bit hash of a string's UTF-16 units (FNV-1a, then mixed). Not {@link String#hashCode()}: 32 bits would
     * make shingle collisions common in long texts.
     */
    static long hash(CharSequence text) {
        long h = FNV_OFFSET;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= FNV_PRIME;
        }
        return mix(h);
    }

    /** The {@code count} values of a SplitMix64 sequence from {@code seed}: fixed, so every run draws the same. */
    static long[] sequence(long seed, int count) {
        long[] values = new long[count];
        long state = seed;
        for (int i = 0; i < count; i++) {
            state += 0x9e3779b97f4a7c15L;
            values[i] = mix(state);
        }
        return values;
    }
}
