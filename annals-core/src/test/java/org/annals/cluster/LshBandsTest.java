package org.annals.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LshBandsTest {

    private final LshBands bands = new LshBands(4, 3);

    private static Signature signature(long... values) {
        List<Long> list = new ArrayList<>();
        for (long value : values) {
            list.add(value);
        }
        return new Signature(list);
    }

    @Test
    void equalBands_giveEqualKeys_andOneChangedValueChangesOneKey() {
        List<Long> a = bands.keys(signature(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
        List<Long> b = bands.keys(signature(1, 2, 3, 4, 5, 6, 7, 8, 99, 10, 11, 12));
        assertEquals(4, a.size());
        assertEquals(a.get(0), b.get(0));
        assertEquals(a.get(1), b.get(1));
        assertNotEquals(a.get(2), b.get(2));
        assertEquals(a.get(3), b.get(3));
    }

    @Test
    void theSameValuesInAnotherBand_giveAnotherKey() {
        List<Long> keys = bands.keys(signature(1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3));
        assertEquals(4, keys.stream().distinct().count());
    }

    @Test
    void candidateProbability_followsTheSCurve() {
        LshBands standard = new LshBands(StoryMatcher.BANDS, StoryMatcher.ROWS);
        assertEquals(0.995, standard.candidateProbability(0.5), 0.001);
        assertEquals(0.039, standard.candidateProbability(0.1), 0.001);
        assertEquals(1.0, standard.candidateProbability(1.0), 1e-12);
    }

    @Test
    void aShortSignature_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> bands.keys(signature(1, 2, 3)));
        assertThrows(IllegalArgumentException.class, () -> new LshBands(0, 3));
    }
}
