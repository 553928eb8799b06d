package org.annals.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.annals.pipeline.SharedCoder;
import org.junit.jupiter.api.Test;

/**
 * Pins the place stage's accuracy on the gold places ({@code eval/places.tsv}: news-like sentences with the place
 * each name stands for, namesakes on purpose) from below, through the real pipeline, so that a drop fails the
 * build. {@code annals eval --places} prints the same report ({@code docs/places.md}).
 */
class PlaceEvaluationTest {
    private static final Path GOLD = Path.of("src/test/resources/eval/places.tsv");

    @Test
    void placeAccuracy_doesNotDrop() {
        List<GoldPlace> gold = GoldReader.places(GOLD);
        PlaceScoreboard board = new PlaceEvaluator(SharedCoder.get()).evaluate(gold);
        String report = board.report();
        System.out.println(report);
        assertTrue(gold.size() >= 150, "the gold set has " + gold.size() + " records");
        assertTrue(board.overall().accuracy() >= PINNED_ACCURACY, report);
        assertTrue(board.groups().get("ambiguous").accuracy() >= PINNED_AMBIGUOUS, report);
    }

    /**
     * Measured on 2026-12-01: 171 of 174 right (0.983), 101 of 103 ambiguous names (0.981); the three misses are
     * names the NER does not tag as a location. Resolution is deterministic, so the pins sit just below; raise
     * them as it improves.
     */
    private static final double PINNED_ACCURACY = 0.97;
    private static final double PINNED_AMBIGUOUS = 0.97;
}
