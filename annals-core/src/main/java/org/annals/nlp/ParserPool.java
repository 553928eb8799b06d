package org.annals.nlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * CoreNLP's neural dependency parsers, lent to one thread at a time: one by default, up to a limit when asked.
 *
 * <p>By default the threads share one parser. CoreNLP's parser ({@code nndep.Classifier}) keeps the hidden-layer
 * products of the features it did not precompute in one least-recently-used cache behind a lock, which every parse
 * step takes; a parser per thread avoids sharing it. On the 2-core machine of {@code docs/benchmarks.md} that was
 * no faster (no thread was seen blocked on the lock; the parse is bound by memory) and took up to a GB more heap,
 * so more than one parser is an option for many-core machines, not the default.
 *
 * <p>A parser costs memory (measured: 245 MB loaded, and up to about 85 MB more as its cache of
 * {@code CoreNlpAnnotator.PARSER_CACHE} products fills; {@value #PARSER_BYTES_ESTIMATE_MB} MB is assumed) and a
 * couple of seconds to load, so the pool loads one at start and another only when every loaded parser is in use;
 * {@link #limitFor} caps their number by the cores and the heap, and {@code -Dannals.parsers=N} sets it. A thread
 * that finds every parser busy and the pool full waits for one.
 */
final class ParserPool {

    /** What one more parser is taken to cost on the heap, in MB (measured: see {@code docs/benchmarks.md}). */
    static final long PARSER_BYTES_ESTIMATE_MB = 350;

    /** Heap the rest of the default pipeline needs at its peak, in MB, before any second parser is loaded. */
    static final long PIPELINE_HEAP_MB = 2_800;

    /**
     * The JVM system property that sets the most parsers a process loads (default 1: threads share one), within
     * {@link #limitFor}.
     */
    static final String LIMIT_PROPERTY = "annals.parsers";

    private final Supplier<Parser> loader;
    private final int limit;
    private final Deque<Parser> idle = new ArrayDeque<>();
    private int loaded;
    private int loading;

    /**
     * One loaded parser: it parses one sentence and leaves the graph on it. Not thread-safe; the pool lends it to one
     * thread at a time.
     */
    interface Parser {
        void parse(CoreMap sentence);
    }

    ParserPool(Supplier<Parser> loader, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a parser pool needs room for one parser, not " + limit);
        }
        this.loader = loader;
        this.limit = limit;
        Parser first = loader.get();
        idle.push(first);
        loaded = 1;
    }

    /** A pool of CoreNLP dependency parsers built from the pipeline's properties ({@code depparse.*}). */
    static ParserPool of(Properties properties) {
        int requested = Integer.getInteger(LIMIT_PROPERTY, 1);
        return new ParserPool(() -> load(properties), Math.max(1, Math.min(requested,
                limitFor(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory()))));
    }

    /** Loads one CoreNLP dependency parser with the pipeline's {@code depparse.*} properties. */
    static Parser load(Properties properties) {
        Properties parserProperties = PropertiesUtils.extractPrefixedProperties(properties, "depparse.");
        // Loaded directly: CoreNLP's own loader keeps one parser per model and properties, and would hand every
        // caller the same one.
        DependencyParser parser = new DependencyParser(parserProperties);
        parser.loadModelFile(parserProperties.getProperty("model", DependencyParser.DEFAULT_MODEL));
        return enhancedPlusPlus(parser::predict);
    }

    /**
     * A parser that leaves only the enhanced++ graph on the sentence, the one Annals reads. CoreNLP's annotator
     * builds five (basic, collapsed, CC-processed, enhanced, enhanced++) from each parse.
     */
    static Parser enhancedPlusPlus(Function<CoreMap, GrammaticalStructure> predict) {
        return sentence -> sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
                SemanticGraphFactory.makeFromTree(predict.apply(sentence),
                        SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, GrammaticalStructure.Extras.NONE, null));
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

    /**
     * Parses {@code sentences} with a parser no other thread is using.
     *
     * @throws RuntimeInterruptedException when the thread is interrupted, between sentences or within one
     */
    void parse(List<CoreMap> sentences) {
        Parser parser = borrow();
        try {
            for (CoreMap sentence : sentences) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new RuntimeInterruptedException();
                }
                parser.parse(sentence);
            }
        } finally {
            giveBack(parser);
        }
    }

    /**
     * Loads every parser anew (as many as are loaded now), so that no cached product is left from the text parsed
     * so far: for benchmarks, which must not measure text the parser has met. Call it when no thread is parsing.
     */
    void reload() {
        int count = loaded();
        List<Parser> fresh = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            fresh.add(loader.get());
        }
        synchronized (this) {
            if (idle.size() != loaded || loading > 0) {
                throw new IllegalStateException("parsers are in use; reload only between batches");
            }
            idle.clear();
            fresh.forEach(idle::push);
            loaded = fresh.size();
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

    private Parser borrow() {
        synchronized (this) {
            while (idle.isEmpty() && loaded + loading >= limit) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new RuntimeInterruptedException(e);
                }
            }
            if (!idle.isEmpty()) {
                return idle.pop();
            }
            loading++;
        }
        // Loaded outside the lock: the other threads keep parsing with the parsers they hold.
        Parser fresh = null;
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

    private synchronized void giveBack(Parser parser) {
        idle.push(parser);
        notifyAll();
    }
}
