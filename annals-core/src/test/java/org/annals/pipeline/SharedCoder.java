package org.annals.pipeline;

import java.time.LocalDate;
import org.annals.actors.ActorRegistry;
import org.annals.ingest.ContentHash;
import org.annals.language.LanguageIdentifier;
import org.annals.language.LinguaLanguageIdentifier;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.nlp.CoreNlpAnnotator;
import org.annals.nlp.TextAnnotator;

/**
 * One loaded pipeline for the whole test JVM: loading CoreNLP takes seconds, so tests share it. Test code
 * only; the application wires its own.
 */
public final class SharedCoder {
    private static TextAnnotator annotator;
    private static LanguageIdentifier languages;
    private static ArticleCoder coder;

    private SharedCoder() {
    }

    public static synchronized ArticleCoder get() {
        if (coder == null) {
            coder = ArticleCoder.withStages(languages(), annotator());
        }
        return coder;
    }

    /** The shared CoreNLP stage, for tests that wire their own coder around it (another actor registry). */
    public static synchronized TextAnnotator annotator() {
        if (annotator == null) {
            annotator = CoreNlpAnnotator.load();
        }
        return annotator;
    }

    /** The shared language identifier. */
    public static synchronized LanguageIdentifier languages() {
        if (languages == null) {
            languages = LinguaLanguageIdentifier.load();
        }
        return languages;
    }

    /** A coder like {@link #get()} but coding actors with {@code registry}; it shares the loaded CoreNLP. */
    public static ArticleCoder withRegistry(ActorRegistry registry) {
        return ArticleCoder.withStages(languages(), annotator(), registry);
    }

    /** Codes {@code text} as an article of {@code date}. */
    public static CodedArticle code(String text, String date) {
        return code(get(), text, date);
    }

    /** Codes {@code text} as an article of {@code date} with the given coder. */
    public static CodedArticle code(ArticleCoder coder, String text, String date) {
        Article article = new Article("test", "", LocalDate.parse(date), text, "", "test", ContentHash.of(text));
        return coder.code(article);
    }
}
