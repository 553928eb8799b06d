package org.annals.nlp;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent in each part of the NLP stage, summed over all threads, for benchmarks and batch summaries.
 * Thread-safe; costs two clock reads a part per article.
 */
public final class StageTimes {

    /** The parts of the NLP stage, in the order they run. */
    public enum Part {
        /** Tokens, sentences, parts of speech, lemmas and quotations, for the whole text. */
        WORDS,
        /** Named entities (the 3-class CRF), for the analysed sentences. */
        ENTITIES,
        /** The dependency parse, for the analysed sentences. */
        PARSE,
        /** SUTime over the words around temporal cues, for the analysed sentences. */
        DATES
    }

    private final Map<Part, LongAdder> nanos = new EnumMap<>(Part.class);
    private final LongAdder sentences = new LongAdder();
    private final LongAdder analysed = new LongAdder();
    private final LongAdder tokens = new LongAdder();
    private final LongAdder entityWords = new LongAdder();
    private final LongAdder dateWindows = new LongAdder();
    private final LongAdder dateWindowsRun = new LongAdder();

    StageTimes() {
        for (Part part : Part.values()) {
            nanos.put(part, new LongAdder());
        }
    }

    void add(Part part, long elapsedNanos) {
        nanos.get(part).add(elapsedNanos);
    }

    void count(int sentenceCount, int analysedCount, int tokenCount) {
        sentences.add(sentenceCount);
        analysed.add(analysedCount);
        tokens.add(tokenCount);
    }

    void countEntityWords(int words) {
        entityWords.add(words);
    }

    void countDateWindows(int windows) {
        dateWindows.add(windows);
    }

    void countDateWindowRun() {
        dateWindowsRun.increment();
    }

    /** Seconds spent in {@code part} since the last reset, summed over threads. */
    public double seconds(Part part) {
        return nanos.get(part).sum() / 1e9;
    }

    /** Sentences seen since the last reset. */
    public long sentences() {
        return sentences.sum();
    }

    /** Sentences that got named entities, dates and the parse since the last reset. */
    public long analysedSentences() {
        return analysed.sum();
    }

    /** Tokens seen since the last reset. */
    public long tokens() {
        return tokens.sum();
    }

    /** Tokens the named-entity CRF was run on since the last reset. */
    public long entityWords() {
        return entityWords.sum();
    }

    /** Windows around temporal cues in the analysed sentences since the last reset. */
    public long dateWindows() {
        return dateWindows.sum();
    }

    /** Of those, the windows SUTime was run on (the event stage asked about their words). */
    public long dateWindowsRun() {
        return dateWindowsRun.sum();
    }

    /** Starts counting again (benchmarks reset after warming up). */
    public void reset() {
        nanos.values().forEach(LongAdder::reset);
        sentences.reset();
        analysed.reset();
        tokens.reset();
        entityWords.reset();
        dateWindows.reset();
        dateWindowsRun.reset();
    }
}
