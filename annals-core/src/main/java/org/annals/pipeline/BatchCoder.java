package org.annals.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.annals.ingest.InputReader;
import org.annals.ingest.InputRecord;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.Diagnostic;
import org.annals.store.EventStore;
import org.annals.store.SaveOutcome;

/**
 * Reads inputs, codes every article and, when given a store, saves it: the main job of {@code annals code}
 * and {@code annals ingest}. One bad record never stops the batch: it becomes a {@link RecordResult} with
 * diagnostics, in input order like every other record. With a store, an article whose content is already
 * stored is not coded again, which makes ingest idempotent. An article whose coding takes longer than the time
 * limit is abandoned with an {@code article-timeout} diagnostic and not stored, so a later run tries it again.
 */
public final class BatchCoder {
    /**
     * The default time limit per article: twice what the longest article that is coded (200,000 characters of
     * news) took on a busy two-core machine, 143 s, so that only a runaway article reaches it.
     */
    public static final int DEFAULT_ARTICLE_TIMEOUT_SECONDS = 300;

    /** {@link #DEFAULT_ARTICLE_TIMEOUT_SECONDS} as a duration. */
    public static final Duration DEFAULT_ARTICLE_TIMEOUT = Duration.ofSeconds(DEFAULT_ARTICLE_TIMEOUT_SECONDS);

    private final InputReader reader;
    private final ArticleCoder coder;
    private final Optional<EventStore> store;
    private final int threads;
    private final Duration articleTimeout;

    /**
     * @param threads        how many articles are coded at once; the NLP is the cost, and one pipeline serves all
     * @param articleTimeout the longest the coding of one article may take, {@link Duration#ZERO} for no limit
     */
    public BatchCoder(InputReader reader, ArticleCoder coder, Optional<EventStore> store, int threads,
                      Duration articleTimeout) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (articleTimeout.isNegative()) {
            throw new IllegalArgumentException("the article time limit must not be negative, got " + articleTimeout);
        }
        this.reader = reader;
        this.coder = coder;
        this.store = store;
        this.threads = threads;
        this.articleTimeout = articleTimeout;
    }

    public BatchCoder(InputReader reader, ArticleCoder coder, Optional<EventStore> store, int threads) {
        this(reader, coder, store, threads, DEFAULT_ARTICLE_TIMEOUT);
    }

    public BatchCoder(InputReader reader, ArticleCoder coder, Optional<EventStore> store) {
        this(reader, coder, store, 1);
    }

    /**
     * Processes {@code paths}, handing each record's result to {@code sink} in input order, on the calling
     * thread. Records are read in order and coded by a pool of {@code threads}; at most twice that many are in
     * flight, so memory stays bounded whatever the batch size.
     */
    public void run(List<Path> paths, Consumer<RecordResult> sink) {
        run(paths, sink, bytes -> { });
    }

    /**
     * Like {@link #run(List, Consumer)}; after each result, also hands {@code inputBytesDone} the bytes of input
     * read up to the end of that record (see {@link InputReader#readWithOffsets}), on the same thread.
     */
    public void run(List<Path> paths, Consumer<RecordResult> sink, LongConsumer inputBytesDone) {
        try (ArticleDeadline deadline = new ArticleDeadline(coder, articleTimeout)) {
            if (threads == 1) {
                reader.readWithOffsets(paths, (record, bytes) -> {
                    sink.accept(process(record, deadline));
                    inputBytesDone.accept(bytes);
                });
            } else {
                runParallel(paths, sink, inputBytesDone, deadline);
            }
        }
    }

    private void runParallel(List<Path> paths, Consumer<RecordResult> sink, LongConsumer inputBytesDone,
                             ArticleDeadline deadline) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "annals-coder");
            thread.setDaemon(true);
            return thread;
        });
        Deque<Pending> inFlight = new ArrayDeque<>();
        try {
            reader.readWithOffsets(paths, (record, bytes) -> {
                inFlight.add(new Pending(pool.submit(() -> process(record, deadline)), bytes));
                while (inFlight.size() > 2 * threads) {
                    hand(inFlight.poll(), sink, inputBytesDone);
                }
            });
            while (!inFlight.isEmpty()) {
                hand(inFlight.poll(), sink, inputBytesDone);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A record being coded, and how far through the input it ends. */
    private record Pending(Future<RecordResult> result, long bytesThrough) {
    }

    private static void hand(Pending pending, Consumer<RecordResult> sink, LongConsumer inputBytesDone) {
        sink.accept(join(pending.result()));
        inputBytesDone.accept(pending.bytesThrough());
    }

    private static RecordResult join(Future<RecordResult> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while coding a batch", e);
        } catch (ExecutionException e) {
            // process() turns every failure of an article into a diagnostic; anything else is a bug.
            throw new IllegalStateException("coding failed outside any article: " + e.getCause(), e.getCause());
        }
    }

    private RecordResult process(InputRecord record, ArticleDeadline deadline) {
        List<Diagnostic> diagnostics = new ArrayList<>(record.diagnostics());
        if (record.article().isEmpty()) {
            return new RecordResult(record.origin(), record.id(), Optional.empty(), false, false, diagnostics);
        }
        Article article = record.article().get();
        if (store.isPresent() && store.get().contains(article.contentHash())) {
            boolean newSource = store.get().recordSource(article);
            diagnostics.add(Diagnostic.info("already-stored", record.origin(), "",
                    "an article with the same text is already stored; not coded again"
                            + (newSource ? "; this source was added to it" : "")));
            return new RecordResult(record.origin(), record.id(), Optional.empty(), false, true, diagnostics);
        }
        Optional<CodedArticle> attempt;
        try {
            attempt = deadline.code(article, diagnostics::add);
        } catch (RuntimeException e) {
            // A bug in one article's coding must not cost the rest of the batch; it is reported, not hidden.
            diagnostics.add(Diagnostic.error("internal-error", record.origin(), "", "coding failed: " + e));
            return new RecordResult(record.origin(), record.id(), Optional.empty(), false, false, diagnostics);
        }
        if (attempt.isEmpty()) {
            // Timed out: not stored, so that a later run, perhaps with a longer limit, codes it.
            return new RecordResult(record.origin(), record.id(), Optional.empty(), false, false, diagnostics);
        }
        CodedArticle coded = attempt.get();
        diagnostics.addAll(coded.diagnostics());
        boolean stored = false;
        boolean duplicate = false;
        if (store.isPresent()) {
            SaveOutcome outcome = store.get().save(coded.withDiagnostics(diagnostics));
            stored = outcome == SaveOutcome.STORED;
            duplicate = outcome == SaveOutcome.ALREADY_STORED;
            if (duplicate) {
                // Another thread stored the same text first: this origin is one more source of it.
                store.get().recordSource(article);
            }
        }
        return new RecordResult(record.origin(), record.id(), Optional.of(coded), stored, duplicate, diagnostics);
    }

}
