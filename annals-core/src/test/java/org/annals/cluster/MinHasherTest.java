package org.annals.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MinHasherTest {

    private final MinHasher hasher = new MinHasher(120, StoryMatcher.SEED);

    /** Shingles "s{from}" .. "s{to - 1}": sets whose overlap, and so Jaccard similarity, is known exactly. */
    private static Set<String> range(int from, int to) {
        Set<String> shingles = new LinkedHashSet<>();
        IntStream.range(from, to).forEach(i -> shingles.add("shingle number " + i));
        return shingles;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / union.size();
    }

    private double estimate(Set<String> a, Set<String> b) {
        return hasher.signature(a).orElseThrow().similarity(hasher.signature(b).orElseThrow());
    }

    @Test
    void identicalSets_areSimilarityOne() {
        assertEquals(1.0, estimate(range(0, 300), range(0, 300)));
    }

    @Test
    void disjointSets_areNearZero() {
        assertTrue(estimate(range(0, 300), range(300, 600)) <= 0.03);
    }

    @Test
    void estimate_isWithinTolerance_ofTheTrueJaccard() {
        // 120 functions: the standard error is at most sqrt(0.25 / 120) = 0.046; 0.12 is over 2.5 of them.
        int[][] cases = {{0, 400, 300, 700}, {0, 400, 200, 600}, {0, 400, 100, 500}, {0, 400, 40, 440},
            {0, 50, 25, 75}, {0, 1000, 0, 500}};
        for (int[] c : cases) {
            Set<String> a = range(c[0], c[1]);
            Set<String> b = range(c[2], c[3]);
            double truth = jaccard(a, b);
            double estimate = estimate(a, b);
            assertTrue(Math.abs(estimate - truth) <= 0.12,
                    "estimate " + estimate + " against true " + truth + " for " + java.util.Arrays.toString(c));
        }
    }

    @Test
    void estimate_onRealTexts_tracksTheShingleJaccard() {
        Shingler shingler = new Shingler(3);
        String story = "Colombia expelled two Venezuelan diplomats on Tuesday, the foreign ministry said. "
                + "The ministry accused them of meddling in the country's domestic politics. "
                + "Venezuela rejected the accusation and said it would respond in kind. "
                + "Relations between the two neighbours have been strained for years.";
        String edited = story.replace("on Tuesday", "late on Tuesday")
                + " The expulsion comes a week after a clash at the border near Cucuta.";
        Set<String> a = shingler.shingles(story);
        Set<String> b = shingler.shingles(edited);
        assertTrue(Math.abs(estimate(a, b) - jaccard(a, b)) <= 0.12, estimate(a, b) + " vs " + jaccard(a, b));
    }

    @Test
    void signatures_areTheSameInEveryRun() {
        // Stored signatures are compared with tomorrow's: the functions must never change. These values were
        // computed once; a change to Mix, the seed or the shingle hash makes this fail and needs a schema version.
        Signature signature = hasher.signature(Set.of("colombia expelled two")).orElseThrow();
        assertEquals(new MinHasher(120, StoryMatcher.SEED).signature(Set.of("colombia expelled two")).orElseThrow(),
                signature);
        assertEquals(List.of(PINNED_0, PINNED_1, PINNED_119),
                List.of(signature.values().get(0), signature.values().get(1), signature.values().get(119)));
    }

    private static final long PINNED_0 = 2159700490347978840L;
    private static final long PINNED_1 = 521407994007508536L;
    private static final long PINNED_119 = -6052721579732481883L;

    @Test
    void anotherSeed_givesOtherFunctions() {
        Set<String> shingles = range(0, 50);
        assertTrue(!hasher.signature(shingles).equals(new MinHasher(120, 7).signature(shingles)));
    }

    @Test
    void noShingles_noSignature() {
        assertEquals(Optional.empty(), hasher.signature(Set.of()));
    }

    @Test
    void signaturesOfDifferentLengths_cannotBeCompared() {
        Signature short4 = new MinHasher(4, 1).signature(Set.of("a")).orElseThrow();
        Signature long8 = new MinHasher(8, 1).signature(Set.of("a")).orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> short4.similarity(long8));
        assertThrows(IllegalArgumentException.class, () -> new MinHasher(0, 1));
    }
}
