package org.annals.pipeline;

import java.nio.file.Path;
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
 * stored is not coded again, which makes ingest idempotent.
 */
public final class BatchCoder {
    private final InputReader reader;
    private final ArticleCoder coder;
    private final Optional<EventStore> store;
    private final int threads;

    /**
     * @param threads how many articles are coded at once; the NLP is the cost, and one pipeline serves all
     */
    public BatchCoder(InputReader reader, ArticleCoder coder, Optional<EventStore> store, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.reader = reader;
        this.coder = coder;
        this.store = store;
        this.threads = threads;
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
        if (threads == 1) {
            reader.read(paths, record -> sink.accept(process(record)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "annals-coder");
            thread.setDaemon(true);
            return thread;
        });
        Deque<Future<RecordResult>> inFlight = new ArrayDeque<>();
        try {
            reader.read(paths, record -> {
                inFlight.add(pool.submit(() -> process(record)));
                while (inFlight.size() > 2 * threads) {
                    sink.accept(join(inFlight.poll()));
                }
            });
            while (!inFlight.isEmpty()) {
                sink.accept(join(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
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

    private RecordResult process(InputRecord record) {
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
        CodedArticle coded;
        try {
            coded = coder.code(article);
        } catch (RuntimeException e) {
            // A bug in one article's coding must not cost the rest of the batch; it is reported, not hidden.
            diagnostics.add(Diagnostic.error("internal-error", record.origin(), "", "coding failed: " + e));
            return new RecordResult(record.origin(), record.id(), Optional.empty(), false, false, diagnostics);
        }
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
