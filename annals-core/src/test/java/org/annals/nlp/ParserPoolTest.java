package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Properties;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParserPoolTest {
    private static final long GB = 1024L * 1024 * 1024;

    /** A stand-in parser that fails when two threads use it at once, and holds each parse until released. */
    private static final class Recording implements ParserPool.Parser {
        final AtomicInteger uses = new AtomicInteger();
        final AtomicInteger inUse = new AtomicInteger();
        final CountDownLatch hold;

        Recording(CountDownLatch hold) {
            this.hold = hold;
        }

        @Override
        public void parse(CoreMap sentence) {
            if (inUse.incrementAndGet() != 1) {
                throw new AssertionError("two threads share one parser");
            }
            uses.incrementAndGet();
            try {
                hold.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inUse.decrementAndGet();
            }
        }
    }

    @Test
    void limit_isOnePerCoreWithinTheHeap() {
        assertEquals(1, ParserPool.limitFor(2, 2 * GB), "a small heap holds one parser");
        assertEquals(1, ParserPool.limitFor(1, 16 * GB), "one core needs one parser");
        assertEquals(2, ParserPool.limitFor(2, 4 * GB));
        assertEquals(4, ParserPool.limitFor(16, 4 * GB), "the heap caps it below the cores");
        assertEquals(16, ParserPool.limitFor(16, 32 * GB));
    }

    @Test
    void oneParserServesOneThreadAtATime() throws Exception {
        List<Recording> made = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch release = new CountDownLatch(1);
        ParserPool pool = new ParserPool(() -> {
            Recording r = new Recording(release);
            made.add(r);
            return r;
        }, 2);
        assertEquals(1, pool.loaded(), "one parser is loaded at start");
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> parses = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                parses.add(threads.submit(() -> pool.parse(List.of(new ArrayCoreMap()))));
            }
            // Two parse at once (one each), the third waits for one of them: the pool never exceeds its limit.
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (made.stream().mapToInt(r -> r.inUse.get()).sum() < 2 && System.nanoTime() < until) {
                Thread.sleep(5);
            }
            assertEquals(2, pool.loaded(), "a second parser was loaded when the first was busy");
            release.countDown();
            for (Future<?> parse : parses) {
                parse.get(5, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(2, made.size(), "no more parsers than the limit");
        assertEquals(3, made.stream().mapToInt(r -> r.uses.get()).sum());
        Set<Recording> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        distinct.addAll(made);
        assertEquals(2, distinct.size());
    }

    @Test
    void anInterruptedThreadStopsBetweenSentences() {
        Recording parser = new Recording(new CountDownLatch(0));
        ParserPool pool = new ParserPool(() -> parser, 1);
        Thread.currentThread().interrupt();
        try {
            assertThrows(RuntimeInterruptedException.class,
                    () -> pool.parse(List.of(new ArrayCoreMap(), new ArrayCoreMap())));
        } finally {
            Thread.interrupted();
        }
        assertEquals(0, parser.uses.get());
        pool.parse(List.of(new ArrayCoreMap()));
        assertEquals(1, parser.uses.get(), "the parser went back to the pool");
    }

    /** The one graph Annals keeps is the one CoreNLP's annotator leaves, edge for edge, on the sample article. */
    @Test
    void enhancedPlusPlusGraphIsCoreNlpsOwn() throws IOException {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,depparse");
        props.setProperty("tokenize.options", "invertible=true,splitHyphenated=false");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        Annotation document = new Annotation(Files.readString(Path.of("../samples/venezuela-2019-01-23.txt")));
        new StanfordCoreNLP(props).annotate(document);
        // CoreNLP's annotator with its own settings; ours with the pipeline's (a larger cache of hidden-layer
        // products, which must not change a single parse).
        ParserPool.Parser ours = ParserPool.load(CoreNlpAnnotator.defaultProperties());
        int edges = 0;
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            SemanticGraph theirs = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            CoreMap copy = new ArrayCoreMap(sentence);
            copy.remove(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            ours.parse(copy);
            SemanticGraph mine = copy.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            assertEquals(theirs.toList(), mine.toList(), sentence.toString());
            edges += theirs.edgeCount();
        }
        assertTrue(edges > 300, "the sample has many edges: " + edges);
    }

    @Test
    void reloadReplacesEveryParser() {
        List<Recording> made = new ArrayList<>();
        ParserPool pool = new ParserPool(() -> {
            Recording r = new Recording(new CountDownLatch(0));
            made.add(r);
            return r;
        }, 2);
        pool.reload();
        assertEquals(2, made.size());
        assertEquals(1, pool.loaded());
        pool.parse(List.of(new ArrayCoreMap()));
        assertEquals(0, made.get(0).uses.get(), "the first parser was dropped");
        assertEquals(1, made.get(1).uses.get());
    }

    @Test
    void aPoolHoldsAtLeastOneParser() {
        assertThrows(IllegalArgumentException.class, () -> new ParserPool(() -> new Recording(new CountDownLatch(0)), 0));
        assertTrue(ParserPool.limitFor(0, 0) >= 1);
    }
}
