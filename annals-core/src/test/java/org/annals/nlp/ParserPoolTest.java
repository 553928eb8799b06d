package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.Collections;
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
    private static final class Recording implements Annotator {
        final AtomicInteger uses = new AtomicInteger();
        final AtomicInteger inUse = new AtomicInteger();
        final CountDownLatch hold;

        Recording(CountDownLatch hold) {
            this.hold = hold;
        }

        @Override
        public void annotate(Annotation annotation) {
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

        @Override
        @SuppressWarnings("rawtypes") // CoreNLP's Annotator interface names the raw type
        public Set<Class<? extends edu.stanford.nlp.ling.CoreAnnotation>> requirementsSatisfied() {
            return Set.of();
        }

        @Override
        @SuppressWarnings("rawtypes") // CoreNLP's Annotator interface names the raw type
        public Set<Class<? extends edu.stanford.nlp.ling.CoreAnnotation>> requires() {
            return Set.of();
        }
    }

    @Test
    void limit_isOnePerCoreWithinTheHeap() {
        assertEquals(1, ParserPool.limitFor(2, 2 * GB), "a small heap holds one parser");
        assertEquals(1, ParserPool.limitFor(1, 16 * GB), "one core needs one parser");
        assertEquals(2, ParserPool.limitFor(2, 4 * GB));
        assertEquals(3, ParserPool.limitFor(16, 4 * GB), "the heap caps it below the cores");
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
                parses.add(threads.submit(() -> pool.annotate(new Annotation(""))));
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
    void aPoolHoldsAtLeastOneParser() {
        assertThrows(IllegalArgumentException.class, () -> new ParserPool(() -> new Recording(new CountDownLatch(0)), 0));
        assertTrue(ParserPool.limitFor(0, 0) >= 1);
    }
}
