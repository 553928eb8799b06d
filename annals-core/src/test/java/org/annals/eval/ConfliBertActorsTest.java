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
 * Pins from below how often coded events name the right source and target mentions on ConfliBERT's
 * {@code cameo_ner} sentences, so that a drop fails the build. Every third sentence (0, 3, 6...) of that file is the
 * held-out sample: nothing was tuned on it ({@code docs/evaluation.md}). Skips with a message where
 * {@code ../shared/reference} is absent.
 */
class ConfliBertActorsTest {
    private static final Path DATA = Path.of("../../shared/reference/conflibert/cameo_ner/train.txt");

    @Test
    void actorScore_doesNotDrop() {
        Assumptions.assumeTrue(Files.isRegularFile(DATA), "ConfliBERT actor spans not found at " + DATA.toAbsolutePath()
                + "; the evaluation needs ../shared/reference beside the checkout");
        List<ActorSentence> all = GoldReader.conflibertActors(DATA, LocalDate.of(2019, 1, 1));
        List<ActorSentence> sample = new ArrayList<>();
        for (int i = 0; i < all.size(); i += EVERY) {
            sample.add(all.get(i));
        }
        ActorScoreboard board = new CodingEvaluator(SharedCoder.get()).evaluateActors(sample);
        String score = board.report();
        assertTrue(board.events() >= PINNED_EVENTS, score);
        assertTrue(board.share(board.sourceRight()) >= PINNED_SOURCE, score);
        assertTrue(board.share(board.targetRight()) >= PINNED_TARGET, score);
        assertTrue(board.share(board.bothRight()) >= PINNED_BOTH, score);
        assertTrue(board.shareWithTarget(board.bothRight()) >= PINNED_BOTH_WHEN_NAMED, score);
        assertTrue(board.share(board.bothCountriesRight()) >= PINNED_BOTH_COUNTRIES, score);
        assertTrue(board.shareOfAll(board.allBothCountriesRight()) >= PINNED_EVERY_SENTENCE, score);
    }

    private static final int EVERY = 3;

    /**
     * Measured on 2026-12-02 on this sample ({@code annals eval --conflibert-actors FILE --every 3}) after targets by
     * nearness (the last resort for an act whose paths and phrase find none) and regions as actors: 296 of 385
     * sentences have a source and a target span; 292 asserted events in them; source right 0.955, target right
     * 0.723, both right 0.719, sides swapped 0.003, target missing 0.127; of the 255 events that name a target, both
     * right 0.824; by country, both right 0.805 (235 of 292; 9 of them with a target of unknown country); over every
     * labelled sentence (393 events), both countries right 0.649. Coding is deterministic, so the pins sit just
     * below; raise them when the coder improves. The both-countries pin is the target, 0.80.
     */
    private static final int PINNED_EVENTS = 285;
    private static final double PINNED_SOURCE = 0.95;
    private static final double PINNED_TARGET = 0.72;
    private static final double PINNED_BOTH = 0.71;
    private static final double PINNED_BOTH_WHEN_NAMED = 0.82;
    private static final double PINNED_BOTH_COUNTRIES = 0.80;
    private static final double PINNED_EVERY_SENTENCE = 0.645;
}
