package org.annals.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * CoreNLP's neural dependency parsers, one per thread that parses at the same time, up to a limit.
 *
 * <p>Why not one shared parser: CoreNLP's parser ({@code nndep.Classifier}) keeps the hidden-layer products of
 * the features it did not precompute in one least-recently-used cache behind a lock, and every parse step asks
 * it. Two threads sharing one parser queue on that lock, and on two cores the second thread gained nothing (3.56
 * articles/s on one thread, 3.49 on two; {@code docs/benchmarks.md}). Each parser here has its own cache, so
 * threads parse side by side.
 *
 * <p>A parser costs memory (its embeddings and precomputed products, about {@value #PARSER_BYTES_ESTIMATE_MB} MB)
 * and a couple of seconds to load, so the pool loads one at start and another only when every loaded parser is in
 * use; {@link #limitFor} caps their number by the cores and the heap. A thread that finds every parser busy and the
 * pool full waits for one.
 */
final class ParserPool {

    /** What one more parser is taken to cost on the heap, in MB (measured: see {@code docs/benchmarks.md}). */
    static final long PARSER_BYTES_ESTIMATE_MB = 450;

    /** Heap the rest of the default pipeline needs at its peak, in MB, before any second parser is loaded. */
    static final long PIPELINE_HEAP_MB = 2_800;

    /** A property CoreNLP's parser ignores, set to a number of our own so that CoreNLP loads a parser anew. */
    static final String INSTANCE_PROPERTY = "annals.parserInstance";

    /** The JVM system property that sets the most parsers a process loads, instead of {@link #limitFor}. */
    static final String LIMIT_PROPERTY = "annals.parsers";

    private final Supplier<Annotator> loader;
    private final int limit;
    private final Deque<Annotator> idle = new ArrayDeque<>();
    private int loaded;
    private int loading;

    ParserPool(Supplier<Annotator> loader, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a parser pool needs room for one parser, not " + limit);
        }
        this.loader = loader;
        this.limit = limit;
        Annotator first = loader.get();
        idle.push(first);
        loaded = 1;
    }

    /** A pool of CoreNLP dependency parsers built from the pipeline's properties ({@code depparse.*}). */
    static ParserPool of(Properties properties) {
        Properties parserProperties = PropertiesUtils.extractPrefixedProperties(properties, "depparse.");
        AtomicInteger instances = new AtomicInteger();
        return new ParserPool(() -> {
            // CoreNLP keeps loaded parsers in a cache keyed by model and properties, and would hand every
            // annotator the same parser (and its one locked cache): a property of our own makes each distinct.
            Properties own = new Properties();
            own.putAll(parserProperties);
            own.setProperty(INSTANCE_PROPERTY, Integer.toString(instances.incrementAndGet()));
            return new DependencyParseAnnotator(own);
        }, Integer.getInteger(LIMIT_PROPERTY,
                limitFor(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory())));
    }

    /**
     * How many parsers a process may hold: one per core, as many as the heap has room for beside the rest of the
     * pipeline, and at least one.
     */
    static int limitFor(int cores, long maxHeapBytes) {
        long spareMb = maxHeapBytes / (1024 * 1024) - PIPELINE_HEAP_MB;
        long byHeap = 1 + Math.max(0, spareMb / PARSER_BYTES_ESTIMATE_MB);
        return (int) Math.max(1, Math.min(cores, byHeap));
    }

    /** Parses the sentences of {@code document} with a parser no other thread is using. */
    void annotate(Annotation document) {
        Annotator parser = borrow();
        try {
            parser.annotate(document);
        } finally {
            giveBack(parser);
        }
    }

    /** How many parsers are loaded now. */
    synchronized int loaded() {
        return loaded;
    }

    /** The most parsers this pool will load. */
    int limit() {
        return limit;
    }

    private Annotator borrow() {
        synchronized (this) {
            while (idle.isEmpty() && loaded + loading >= limit) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new edu.stanford.nlp.util.RuntimeInterruptedException(e);
                }
            }
            if (!idle.isEmpty()) {
                return idle.pop();
            }
            loading++;
        }
        // Loaded outside the lock: the other threads keep parsing with the parsers they hold.
        Annotator fresh = null;
        try {
            fresh = loader.get();
            return fresh;
        } finally {
            synchronized (this) {
                loading--;
                if (fresh != null) {
                    loaded++;
                }
                notifyAll();
            }
        }
    }

    private synchronized void giveBack(Annotator parser) {
        idle.push(parser);
        notifyAll();
    }
}
