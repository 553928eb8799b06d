package org.annals.pipeline;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.Diagnostic;

/*
 * Design note: giving up on an article.
 *
 * Each article is coded on a worker thread of its own while the batch's thread waits for it at most the time
 * limit. When the limit passes, the batch's thread interrupts the worker, reports the article as article-timeout
 * and goes on: the batch never waits on a runaway article longer than the limit plus a short grace period.
 *
 * Stopping the worker takes more than one interrupt. CoreNLP's tagger, CRF, TokensRegex matchers and parser
 * check the interrupt flag and throw, but its NER annotator catches that exception for each sentence, marks the
 * sentence as failed and goes on with the next, having cleared the flag: one interrupt during NER costs a
 * sentence, not the document (measured: a 200,000-character article interrupted once during NER ran on for
 * more than 5 s). So the worker is interrupted every INTERRUPT_INTERVAL until it ends (measured: it then stopped
 * within 2-3 s, against 4-10 ms when interrupted in the tagger). Interrupts are only ever sent while the worker
 * codes this article, never to a pool thread that has moved on to the next one.
 *
 * Java cannot stop a thread that ignores interrupts altogether, so a worker still running after the grace period
 * is reported as left running, on a daemon thread, and interrupted again now and then until it ends; the pool
 * makes a new thread for the next article, so the batch does not shrink.
 *
 * A thread per article costs a thread hand-off, microseconds against the tenth of a second or more that an
 * article's NLP takes.
 */

/**
 * Codes articles on worker threads and abandons one that takes longer than a time limit, so that one
 * pathological input cannot stall a batch. Made for one batch; close it when the batch ends. Thread-safe.
 */
final class ArticleDeadline implements AutoCloseable {

    /** The most a worker is given to stop after being interrupted before it is reported as left running. */
    static final Duration MAX_GRACE = Duration.ofSeconds(5);

    /** How often an abandoned worker is interrupted again: CoreNLP's NER swallows single interrupts. */
    static final Duration INTERRUPT_INTERVAL = Duration.ofMillis(20);

    private final ArticleCoder coder;
    private final Duration limit;
    private final Duration grace;
    private final ExecutorService workers;

    /** @param limit the longest one article may take; {@link Duration#ZERO} for no limit */
    ArticleDeadline(ArticleCoder coder, Duration limit) {
        if (limit.isNegative()) {
            throw new IllegalArgumentException("the article time limit must not be negative, got " + limit);
        }
        this.coder = coder;
        this.limit = limit;
        this.grace = limit.compareTo(MAX_GRACE) < 0 ? limit : MAX_GRACE;
        this.workers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "annals-article");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Codes {@code article}; empty when the limit passed first, in which case an {@code article-timeout}
     * diagnostic goes to {@code report}. A failure of the coder is rethrown.
     */
    Optional<CodedArticle> code(Article article, Consumer<Diagnostic> report) {
        if (limit.isZero()) {
            return Optional.of(coder.code(article));
        }
        Worker worker = new Worker(coder, article);
        Future<CodedArticle> coding = workers.submit(worker);
        try {
            try {
                return Optional.of(coding.get(limit.toNanos(), TimeUnit.NANOSECONDS));
            } catch (TimeoutException e) {
                if (coding.isDone()) {
                    // It finished as the limit passed: the work is done, so it is kept.
                    return Optional.of(coding.get());
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("coding failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while coding " + article.origin(), e);
        }
        long interrupted = System.nanoTime();
        boolean stopped = worker.stop(grace);
        String outcome = stopped
                ? String.format(Locale.ROOT, "its worker stopped when interrupted (after %d ms)",
                        (System.nanoTime() - interrupted) / 1_000_000)
                : "its worker did not stop within " + describe(grace) + " of being interrupted and was left running"
                        + " (it is interrupted again until it ends)";
        if (!stopped) {
            worker.keepStopping();
        }
        report.accept(Diagnostic.error("article-timeout", article.origin(), "", "coding took longer than "
                + describe(limit) + " and was abandoned; " + outcome
                + "; the batch went on (--article-timeout sets the limit)"));
        return Optional.empty();
    }

    /** Interrupts every worker still running; they are daemons, so none keeps the JVM alive. */
    @Override
    public void close() {
        workers.shutdownNow();
    }

    /**
     * The coding of one article on a worker thread, and the means to interrupt it: only while it runs, so that an
     * interrupt meant for it never reaches the next article the pool gives that thread.
     */
    private static final class Worker implements Callable<CodedArticle> {
        private final ArticleCoder coder;
        private final Article article;
        private final CountDownLatch finished = new CountDownLatch(1);
        private Thread thread;
        private boolean cancelled;
        private boolean done;

        Worker(ArticleCoder coder, Article article) {
            this.coder = coder;
            this.article = article;
        }

        @Override
        public CodedArticle call() {
            synchronized (this) {
                if (cancelled) {
                    throw new CancellationException("abandoned before it started: " + article.origin());
                }
                thread = Thread.currentThread();
            }
            try {
                return coder.code(article);
            } finally {
                synchronized (this) {
                    done = true;
                    Thread.interrupted();
                }
                finished.countDown();
            }
        }

        synchronized void interrupt() {
            cancelled = true;
            if (thread != null && !done) {
                thread.interrupt();
            }
        }

        /** Interrupts the worker every few milliseconds until it ends or {@code grace} passes; true if it ended. */
        boolean stop(Duration grace) {
            long until = System.nanoTime() + grace.toNanos();
            try {
                do {
                    interrupt();
                    if (finished.await(INTERRUPT_INTERVAL.toNanos(), TimeUnit.NANOSECONDS)) {
                        return true;
                    }
                } while (System.nanoTime() < until);
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        /** Leaves a daemon thread interrupting the worker now and then until it ends. */
        void keepStopping() {
            Thread stopper = new Thread(() -> {
                try {
                    while (!finished.await(INTERRUPT_INTERVAL.toNanos() * 5, TimeUnit.NANOSECONDS)) {
                        interrupt();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "annals-article-stopper");
            stopper.setDaemon(true);
            stopper.start();
        }
    }

    static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
