package org.annals.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.annals.ingest.InputReader;
import org.annals.ingest.ReadOptions;
import org.annals.language.LanguageGuess;
import org.annals.model.Diagnostic;
import org.annals.nlp.AnnotatedText;
import org.annals.nlp.AnnotationException;
import org.annals.nlp.TextAnnotator;
import org.annals.store.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One article that takes too long is abandoned with a diagnostic and the batch goes on; no CoreNLP needed. */
class ArticleTimeLimitTest {
    private static final Duration LIMIT = Duration.ofMillis(400);

    /** Releases the annotator that ignores interrupts, so that its thread ends with the test. */
    private static final AtomicBoolean RELEASE = new AtomicBoolean();

    /**
     * A fake NLP stage: "slow" sleeps (and so stops when interrupted, as CoreNLP's tagger does), "forgetful"
     * swallows interrupts that arrive during a sentence, "stuck" spins ignoring interrupts until released,
     * anything else is annotated at once with nothing found.
     */
    private static final TextAnnotator FAKE_NLP = (text, date) -> {
        if (text.contains("slow")) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AnnotationException("interrupted", e);
            }
        } else if (text.contains("forgetful")) {
            // Like CoreNLP's NER: an interrupt during a sentence only fails that sentence (and clears the flag);
            // only one that arrives between sentences stops the document.
            for (int sentence = 0; sentence < 100_000; sentence++) {
                if (Thread.interrupted()) {
                    throw new AnnotationException("interrupted between sentences", null);
                }
                try {
                    // Sentences of uneven length: a fixed length would lock in phase with the 20 ms re-interrupts
                    // and could lose every one of them, which no real text does.
                    Thread.sleep(ThreadLocalRandom.current().nextInt(5, 14));
                } catch (InterruptedException e) {
                    continue;
                }
                long until = System.nanoTime() + 3_000_000;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
            }
        } else if (text.contains("stuck")) {
            while (!RELEASE.get()) {
                Thread.onSpinWait();
            }
        }
        return new AnnotatedText(List.of(), List.of());
    };

    private static ArticleCoder coder;

    @TempDir
    Path dir;

    @BeforeAll
    static void wire() {
        coder = ArticleCoder.withStages(text -> new LanguageGuess(LanguageGuess.ENGLISH, "test"), FAKE_NLP);
    }

    @BeforeEach
    void hold() {
        RELEASE.set(false);
    }

    @AfterEach
    void release() {
        RELEASE.set(true);
    }

    private Path batch(String... texts) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            lines.add("{\"id\": \"r" + i + "\", \"date\": \"2019-02-26\", \"text\": \"" + texts[i] + "\"}");
        }
        return Files.write(dir.resolve("batch.jsonl"), lines);
    }

    private static List<RecordResult> run(Path input, int threads, Duration limit, Optional<EventStore> store) {
        List<RecordResult> results = new ArrayList<>();
        new BatchCoder(new InputReader(new ReadOptions(Optional.empty())), coder, store, threads, limit)
                .run(List.of(input), results::add);
        return results;
    }

    private static Optional<Diagnostic> timeout(RecordResult result) {
        return result.diagnostics().stream().filter(d -> d.kind().equals("article-timeout")).findFirst();
    }

    @Test
    void slowArticle_isAbandonedAndItsWorkerStopsAndTheBatchGoesOn() throws IOException {
        Path input = batch("A quick one.", "A slow one.", "Another quick one.");
        long start = System.nanoTime();
        List<RecordResult> results = run(input, 1, LIMIT, Optional.empty());
        double seconds = (System.nanoTime() - start) / 1e9;

        assertEquals(List.of("r0", "r1", "r2"), results.stream().map(RecordResult::id).toList());
        Diagnostic abandoned = timeout(results.get(1)).orElseThrow(() -> new AssertionError(results.get(1).toString()));
        assertEquals(Diagnostic.Severity.ERROR, abandoned.severity());
        assertTrue(abandoned.message().contains("0.4 s") && abandoned.message().contains("stopped when interrupted"),
                abandoned.message());
        assertTrue(results.get(1).coded().isEmpty() && results.get(1).failed());
        assertTrue(results.get(0).coded().isPresent() && timeout(results.get(0)).isEmpty());
        assertTrue(results.get(2).coded().isPresent() && timeout(results.get(2)).isEmpty());
        assertTrue(seconds < 30, "the batch did not wait for the slow article: " + seconds + " s");
    }

    @Test
    void stageThatSwallowsAnInterrupt_isInterruptedAgainUntilItStops() throws IOException {
        Path input = batch("A forgetful one.", "A quick one.");
        // Three interrupts in four land during a sentence and are lost; the grace period holds fifty.
        List<RecordResult> results = run(input, 1, Duration.ofSeconds(1), Optional.empty());
        Diagnostic abandoned = timeout(results.get(0)).orElseThrow(() -> new AssertionError(results.get(0).toString()));
        assertTrue(abandoned.message().contains("stopped when interrupted"), abandoned.message());
        assertTrue(results.get(1).coded().isPresent());
    }

    @Test
    void articleIgnoringInterrupts_isLeftRunningAndReportedAndTheBatchGoesOn() throws IOException {
        Path input = batch("A stuck one.", "A quick one.");
        List<RecordResult> results = run(input, 1, LIMIT, Optional.empty());
        Diagnostic abandoned = timeout(results.get(0)).orElseThrow(() -> new AssertionError(results.get(0).toString()));
        assertTrue(abandoned.message().contains("did not stop") && abandoned.message().contains("left running"),
                abandoned.message());
        assertTrue(results.get(1).coded().isPresent(), "the next article is coded on a fresh worker");
    }

    @Test
    void parallelBatch_keepsOrderAndTimesOutOnlyTheSlowArticle() throws IOException {
        Path input = batch("One.", "A slow one.", "Two.", "Three.", "Four.");
        List<RecordResult> results = run(input, 2, LIMIT, Optional.empty());
        assertEquals(List.of("r0", "r1", "r2", "r3", "r4"), results.stream().map(RecordResult::id).toList());
        assertEquals(List.of(false, true, false, false, false),
                results.stream().map(r -> timeout(r).isPresent()).toList());
    }

    @Test
    void abandonedArticle_isNotStoredSoALaterRunTriesItAgain() throws IOException {
        Path input = batch("A quick one.", "A slow one.");
        try (EventStore store = EventStore.open(dir.resolve("annals.duckdb"))) {
            List<RecordResult> results = run(input, 1, LIMIT, Optional.of(store));
            assertTrue(results.get(0).stored());
            assertFalse(results.get(1).stored());
            assertEquals(1, store.counts().articles());
            List<RecordResult> again = run(input, 1, LIMIT, Optional.of(store));
            assertTrue(again.get(0).duplicate(), "the stored one is skipped");
            assertTrue(timeout(again.get(1)).isPresent(), "the abandoned one is tried again");
        }
    }

    @Test
    void zeroLimit_meansNoLimit() throws IOException {
        TextAnnotator sleepy = (text, date) -> {
            try {
                Thread.sleep(600);
            } catch (InterruptedException e) {
                throw new AssertionError("interrupted without a limit", e);
            }
            return new AnnotatedText(List.of(), List.of());
        };
        ArticleCoder patient = ArticleCoder.withStages(text -> new LanguageGuess("en", "test"), sleepy);
        List<RecordResult> results = new ArrayList<>();
        new BatchCoder(new InputReader(new ReadOptions(Optional.of(LocalDate.of(2019, 2, 26)))), patient,
                Optional.empty(), 1, Duration.ZERO).run(List.of(batch("Takes a while.")), results::add);
        assertTrue(results.get(0).coded().isPresent(), results.toString());
    }

    @Test
    void negativeLimit_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BatchCoder(
                new InputReader(new ReadOptions(Optional.empty())), coder, Optional.empty(), 1, Duration.ofSeconds(-1)));
    }
}
