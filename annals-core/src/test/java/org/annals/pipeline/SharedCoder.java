package org.annals.pipeline;

import java.time.LocalDate;
import org.annals.ingest.ContentHash;
import org.annals.model.Article;
import org.annals.model.CodedArticle;

/**
 * One loaded pipeline for the whole test JVM: loading CoreNLP takes seconds, so tests share it. Test code
 * only; the application wires its own.
 */
public final class SharedCoder {
    private static ArticleCoder coder;

    private SharedCoder() {
    }

    public static synchronized ArticleCoder get() {
        if (coder == null) {
            coder = ArticleCoder.loadDefault();
        }
        return coder;
    }

    /** Codes {@code text} as an article of {@code date}. */
    public static CodedArticle code(String text, String date) {
        Article article = new Article("test", "", LocalDate.parse(date), text, "", "test", ContentHash.of(text));
        return get().code(article);
    }
}
