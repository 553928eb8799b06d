package org.annals.pipeline;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
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
 * limit. When the limit passes, the batch's thread interrupts the worker and reports the article as
 * article-timeout, then goes on: the batch never waits on a runaway article longer than the limit plus a short
 * grace period. Java cannot stop a thread that ignores interrupts, so the grace period is only there to say
 * honestly in the diagnostic whether the worker stopped. CoreNLP checks interrupts between annotators and
 * sentences and inside its taggers and matchers, so in practice it stops within about a sentence; a worker
 * that does not is left running on a daemon thread (the pool makes a new thread for the next article, so the
 * batch does not shrink), and is interrupted again when the batch ends.
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
        CountDownLatch finished = new CountDownLatch(1);
        Future<CodedArticle> coding = workers.submit(() -> {
            try {
                return coder.code(article);
            } finally {
                finished.countDown();
            }
        });
        try {
            try {
                return Optional.of(coding.get(limit.toNanos(), TimeUnit.NANOSECONDS));
            } catch (TimeoutException e) {
                if (!coding.cancel(true)) {
                    // It finished as the limit passed: the work is done, so it is kept.
                    return Optional.of(coding.get());
                }
            }
            long interrupted = System.nanoTime();
            boolean stopped = awaitQuietly(finished, grace);
            String worker = stopped
                    ? String.format(Locale.ROOT, "its worker stopped when interrupted (after %d ms)",
                            (System.nanoTime() - interrupted) / 1_000_000)
                    : "its worker did not stop within " + describe(grace) + " of being interrupted and was left running";
            report.accept(Diagnostic.error("article-timeout", article.origin(), "", "coding took longer than "
                    + describe(limit) + " and was abandoned; " + worker
                    + "; the batch went on (--article-timeout sets the limit)"));
            return Optional.empty();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("coding failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            coding.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while coding " + article.origin(), e);
        }
    }

    /** Interrupts every worker still running; they are daemons, so none keeps the JVM alive. */
    @Override
    public void close() {
        workers.shutdownNow();
    }

    private static boolean awaitQuietly(CountDownLatch latch, Duration timeout) {
        try {
            return latch.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
