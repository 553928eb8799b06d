package org.annals.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    public BatchCoder(InputReader reader, ArticleCoder coder, Optional<EventStore> store) {
        this.reader = reader;
        this.coder = coder;
        this.store = store;
    }

    /** Processes {@code paths}, handing each record's result to {@code sink} in input order. */
    public void run(List<Path> paths, Consumer<RecordResult> sink) {
        reader.read(paths, record -> sink.accept(process(record)));
    }

    private RecordResult process(InputRecord record) {
        List<Diagnostic> diagnostics = new ArrayList<>(record.diagnostics());
        if (record.article().isEmpty()) {
            return new RecordResult(record.origin(), record.id(), Optional.empty(), false, false, diagnostics);
        }
        Article article = record.article().get();
        if (store.isPresent() && store.get().contains(article.contentHash())) {
            diagnostics.add(Diagnostic.info("already-stored", record.origin(), "",
                    "an article with the same text is already stored; not coded again"));
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
            SaveOutcome outcome = store.get().save(withDiagnostics(coded, diagnostics));
            stored = outcome == SaveOutcome.STORED;
            duplicate = outcome == SaveOutcome.ALREADY_STORED;
        }
        return new RecordResult(record.origin(), record.id(), Optional.of(coded), stored, duplicate, diagnostics);
    }

    private static CodedArticle withDiagnostics(CodedArticle coded, List<Diagnostic> diagnostics) {
        return new CodedArticle(coded.article(), coded.sentences(), coded.events(), coded.quotes(), coded.actors(),
                diagnostics);
    }
}
