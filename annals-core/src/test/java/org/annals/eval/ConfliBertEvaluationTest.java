package org.annals.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annals.pipeline.SharedCoder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Pins the coder's score on ConfliBERT's labelled news sentences from below, so that a drop in accuracy fails
 * the build. Every third sentence (0, 3, 6...) keeps the test short and is the held-out set: patterns are
 * developed on the other sentences only ({@code docs/evaluation.md}). Skips with a message where {@code ../shared/reference} is absent.
 */
class ConfliBertEvaluationTest {
    private static final Path DATA = Path.of("../../shared/reference/conflibert/cameo_class/train.tsv");

    @Test
    void rootGroupScore_doesNotDrop() {
        Assumptions.assumeTrue(Files.isRegularFile(DATA), "ConfliBERT sentences not found at " + DATA.toAbsolutePath()
                + "; the evaluation needs ../shared/reference beside the checkout");
        List<RootGroups.Labelled> all = GoldReader.conflibertClasses(DATA, LocalDate.of(2019, 1, 1));
        List<RootGroups.Labelled> sample = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 3) {
            sample.add(all.get(i));
        }
        GroupScoreboard board = new CodingEvaluator(SharedCoder.get()).evaluateGroups(sample);
        String score = "precision " + board.precision() + ", recall " + board.recall() + "\n" + board.confusionTable();
        assertTrue(board.precision() >= PINNED_PRECISION, score);
        assertTrue(board.recall() >= PINNED_RECALL, score);
    }

    /**
     * Measured on 2026-12-01 on this sample, the held-out set (never read during development, which used the other
     * two thirds: {@code annals eval --conflibert FILE --skip-every 3}): precision 0.895, recall 0.664 (334 of 450
     * sentences coded) after the third recall round; 0.898 and 0.644 after the second, 0.865 and 0.598 after the
     * first. Coding is deterministic, so the pins sit just below; raise them when the coder improves.
     */
    private static final double PINNED_PRECISION = 0.88;
    private static final double PINNED_RECALL = 0.655;
}
